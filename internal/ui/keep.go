package ui

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// MaxAside is how many set-aside copies are kept; the oldest goes first.
const MaxAside = 10

// An aside is a value that could not be read, kept side by side with the
// others under keyCorrupt + what + "@" + when.
type aside struct {
	Key, What, When string
}

// setAside moves the value stored under key aside, if any; raw is used
// when the value was read already.
func (p *planner) setAside(key, raw string) {
	defer func() { recover() }() // storage that fails here has failed on reading already
	ls := app.Window().Get("localStorage")
	if raw == "" {
		if v := ls.Call("getItem", key); v.Truthy() {
			raw = v.String()
		}
	}
	if raw != "" {
		p.keepAside(key, raw)
	}
	ls.Call("removeItem", key)
}

// keepAside keeps raw, what could not be read from what, as a copy of its
// own: a second fault never overwrites the first copy.
func (p *planner) keepAside(what, raw string) {
	defer func() { recover() }()
	ls := app.Window().Get("localStorage")
	key := keyCorrupt + what + "@" + time.Now().UTC().Format("2006-01-02T15:04:05.000Z")
	for n := 2; ls.Call("getItem", key).Truthy(); n++ { // two in the same millisecond
		key = fmt.Sprintf("%s#%d", strings.SplitN(key, "#", 2)[0], n)
	}
	ls.Call("setItem", key, raw)
	if all := asides(); len(all) > MaxAside {
		for _, a := range all[MaxAside:] {
			ls.Call("removeItem", a.Key)
		}
	}
	p.aside = asides()
}

// asides lists the set-aside copies in storage, newest first.
func asides() []aside {
	defer func() { recover() }()
	ls := app.Window().Get("localStorage")
	var out []aside
	for i := 0; i < ls.Get("length").Int(); i++ {
		k := ls.Call("key", i).String()
		rest, ok := strings.CutPrefix(k, keyCorrupt)
		if !ok {
			continue
		}
		what, when, _ := strings.Cut(rest, "@")
		out = append(out, aside{Key: k, What: what, When: when})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].When > out[j].When })
	return out
}

// renderAside lists the copies set aside, each with a download and a
// delete button.
func (p *planner) renderAside() app.UI {
	lang, list := p.lang, p.aside
	return app.If(len(list) > 0, app.Details().ID("aside").Body(
		app.Summary().Text(t(lang, "aside", fmt.Sprint(len(list)))),
		app.P().Class("hint").Text(t(lang, "aside.what")),
		app.Ul().Class("saved").Body(app.Range(list).Slice(func(i int) app.UI {
			a := list[i]
			return app.Li().DataSet("key", a.Key).Body(
				app.Span().Class("saved-name").Text(a.When+" · "+a.What),
				app.Button().Text(t(lang, "download.copy")).Aria("label", t(lang, "download.copy")+" "+a.What).OnClick(p.onAsideDownload(i), i),
				app.Button().Text(t(lang, "delete")).Aria("label", t(lang, "delete")+" "+a.What).OnClick(p.onAsideDelete(i), i),
			)
		})),
	))
}

func (p *planner) onAsideDownload(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if i < len(p.aside) {
			a := p.aside[i]
			raw := app.Window().Get("localStorage").Call("getItem", a.Key)
			if raw.Truthy() {
				download("tierfit-set-aside-"+strings.NewReplacer(":", "-", ".", "-").Replace(a.When)+".json", raw.String(), "application/json")
			}
		}
	}
}

func (p *planner) onAsideDelete(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if i < len(p.aside) {
			app.Window().Get("localStorage").Call("removeItem", p.aside[i].Key)
			p.aside = asides()
			p.retryStorage(ctx)
			p.refresh()
		}
	}
}

// errFull: the browser's storage for the site is full. Unlike
// errNoStorage it passes: every later write tries again.
var errFull = errors.New("browser storage full")

// storageProblem says why something could not be stored, in the page's
// language.
func (p *planner) storageProblem(err error) string {
	if errors.Is(err, errFull) {
		return t(p.lang, "storage.full")
	}
	return t(p.lang, "no.storage")
}

// retryStorage writes the form again after space was freed: a success ends
// the full-storage notice.
func (p *planner) retryStorage(ctx app.Context) {
	if p.storageFull {
		p.save(ctx)
	}
}
