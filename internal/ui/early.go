package ui

import (
	"slices"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/rules"
)

// applyEarly takes what was typed into the pre-rendered form before the
// app started (web/storage-guard.js kept it) and puts it in the form; with
// stop, the keeping ends (the app's own form is drawn). It reports whether
// anything in the form changed.
func (p *planner) applyEarly(stop bool) bool {
	if !app.IsClient {
		return false
	}
	win := app.Window()
	if stop {
		win.Set("__tierfitStarted", true)
	}
	early := win.Get("__tierfitEarly")
	if !early.Truthy() {
		return false
	}
	keys := win.Get("Object").Call("keys", early)
	applied := false
	for i := 0; i < keys.Length(); i++ {
		id := keys.Index(i).String()
		v := early.Get(id).String()
		if path, ok := fieldOfID(id); ok && v != "\x01on" && v != "\x01off" {
			applied = applied || p.form.Values[path] != v
			p.form.Values[path] = v
			continue
		}
		if f, choice, ok := listOfID(id); ok && (v == "\x01on" || v == "\x01off") {
			list := p.form.list(f.Path)
			was := slices.Clone(*list)
			*list = toggle(*list, choice, v == "\x01on", f.Choices)
			applied = applied || !slices.Equal(*list, was)
		}
	}
	return applied
}

// fieldOfID is the form field whose input has id.
func fieldOfID(id string) (string, bool) {
	for _, f := range rules.Fields {
		if fieldID(f.Path) == id && f.Kind != rules.IDs && f.Kind != rules.Flag {
			return f.Path, true
		}
	}
	return "", false
}

// listOfID is the list field and the choice whose checkbox has id.
func listOfID(id string) (rules.Field, string, bool) {
	for _, f := range rules.Fields {
		if f.Kind != rules.IDs {
			continue
		}
		for _, c := range f.Choices {
			if fieldID(f.Path+"."+c) == id {
				return f, c, true
			}
		}
	}
	return rules.Field{}, "", false
}
