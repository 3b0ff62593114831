package ui

import (
	"encoding/json"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/internal/i18n"
)

// How the page starts in the browser, each step a task of its own so the
// answer comes first: OnInit restores the user's work and computes the
// verdict before go-app first draws the page, with the pre-rendered form
// standing in for the live one; once the verdict is painted, goLive draws
// the live form; once that is painted, showDetails draws the tiers, the
// vendors, the charts and the checklist.

// OnInit restores the user's work and computes its verdict before the
// page is first drawn in the browser, so the first drawing is the answer:
// no drawing of the example that a second update then replaces.
func (p *planner) OnInit() {
	if app.IsClient {
		p.start(nil)
		if p.lang == i18n.EN { // the language the page is pre-rendered in
			p.staticInputs = preRenderedInputs()
		}
	}
}

// start restores what the user had (ctx nil: before the mount) and
// computes the verdict.
func (p *planner) start(ctx app.Context) {
	p.restore(ctx)
	p.early = p.applyEarly(false)
	p.recompute()
	setDocumentLang(p.lang)
}

func (p *planner) OnMount(ctx app.Context) {
	// Another tab saving or deleting a scenario updates this tab's list; what
	// this tab saw stays as it was, so saving over the other tab's change is
	// caught as a conflict.
	app.Window().AddEventListener("storage", func(ctx app.Context, e app.Event) {
		if e.Get("key").String() == keyForm {
			p.otherTab(ctx)
			return
		}
		fresh := map[string]form{}
		if p.get(ctx, keySaved, &fresh) == nil {
			p.saved = fresh
			p.refresh()
		}
	})
	if !app.IsClient { // natively (tests) OnInit leaves it to the mount
		p.start(ctx)
	}
	p.mounted = true
	p.Update() // the verdict mark
	afterPaint(ctx, p.goLive)
	p.later(ctx)
}

// OnAppUpdate is go-app's call when the service worker has installed a new
// version of the site.
func (p *planner) OnAppUpdate(ctx app.Context) { p.update = ctx.AppUpdateAvailable() }

// goLive replaces the pre-rendered form with the live one (a field being
// typed in keeps its focus), applies what was typed into the pre-rendered
// form until now, writes back what the page shows and, once the live form
// is painted, has the details drawn.
func (p *planner) goLive(ctx app.Context) {
	focus := focusedField()
	p.inputsLive = true
	p.refresh()
	ctx.Defer(func(ctx app.Context) {
		focus.restore()
		if p.applyEarly(true) { // from here on the live form takes the typing
			p.early = true
			p.recompute()
		}
		if p.early {
			p.setStatus(true, t(p.lang, "early.kept"))
		}
		// Early typing, the example, or a corrupt entry that was set aside.
		p.save(ctx)
		afterPaint(ctx, p.showDetails)
	})
}

// showDetails draws the details and marks the page ready; then the
// sections to watch exist, the service worker registers and ECharts
// loads.
func (p *planner) showDetails(ctx app.Context) {
	p.detailsReady = true
	p.refresh()
	ctx.Defer(func(ctx app.Context) {
		registerWorker()
		p.watchSections(ctx)
		loadCharts(ctx)
	})
}

// kv is the part of a browser storage the planner uses.
type kv interface {
	Get(key string, v any) error
	Set(key string, v any) error
}

// storageOf is go-app's local storage once the planner is mounted (ctx);
// before that (OnInit, ctx nil) the same window.localStorage, read
// directly: the first drawing already shows the user's work.
func storageOf(ctx app.Context) kv {
	if ctx != nil {
		return ctx.LocalStorage()
	}
	return windowStorage{}
}

// windowStorage reads and writes window.localStorage as go-app's own
// storage does: JSON values; a refusal by the browser panics, which get
// and set turn into errNoStorage or errFull.
type windowStorage struct{}

func (windowStorage) Get(key string, v any) error {
	item := app.Window().Get("localStorage").Call("getItem", key)
	if !item.Truthy() {
		return nil
	}
	return json.Unmarshal([]byte(item.String()), v)
}

func (windowStorage) Set(key string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	app.Window().Get("localStorage").Call("setItem", key, string(b))
	return nil
}
