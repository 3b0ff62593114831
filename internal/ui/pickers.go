package ui

import (
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/internal/i18n"
)

// The pickers of the list fields (features, regions, what the move
// changes): what is chosen, in words, and the checkboxes behind a
// disclosure that are built only while it is open.

// idList is a group of checkboxes for a vocabulary (features, regions).
// The handlers read and write *list when they run: go-app keeps a row's
// first handler, so nothing rendered may be captured in it.
func (p *planner) idList(key string, vocab []string, list *[]string, label func(string) string) app.UI {
	errs := p.problems.For(key)
	chosen := t(p.lang, "none")
	if len(*list) > 0 {
		names := make([]string, len(*list))
		for i, id := range *list {
			names[i] = strings.SplitN(label(id), " — ", 2)[0]
		}
		chosen = strings.Join(names, p.lang.Comma())
	}
	// The checkboxes are drawn when the picker is opened: the first view
	// and every edit do not build 40 of them nobody has asked for (go-app's
	// If builds its arguments whatever the condition, so a plain if).
	var grid app.UI
	if p.picking[key] {
		grid = app.Div().Class("id-grid").Body(app.Range(vocab).Slice(func(i int) app.UI {
			id := vocab[i]
			return p.checkbox(key+"."+id, label(id), slices.Contains(*list, id), func(on bool) {
				*list = toggle(*list, id, on, vocab)
			})
		}))
	}
	return app.FieldSet().Class("ids").DataSet("field", key).Body(
		app.Legend().Text(t(p.lang, key)),
		app.P().ID(fieldID(key)+"-chosen").Class("chosen").Text(chosen),
		app.Details().Class("id-pick").DataSet("field", key).Open(p.picking[key]).OnToggle(p.onPick(key), key).Body(
			app.Summary().Text(t(p.lang, "choose", i18n.Num(int64(len(*list))), i18n.Num(int64(len(vocab))))),
			grid,
		),
		app.If(len(errs) > 0, app.P().Class("field-error").Text(strings.Join(errs, "; "))),
	)
}

// onPick notes a picker opened or closed, so its checkboxes are drawn or
// dropped.
func (p *planner) onPick(key string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		open := ctx.JSSrc().Get("open").Bool()
		if p.picking[key] != open {
			if p.picking == nil {
				p.picking = map[string]bool{}
			}
			p.picking[key] = open
			p.refresh()
		}
	}
}
