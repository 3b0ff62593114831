package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/plans"
)

// An edit redraws at once what the user can see: the verdict, the tiers,
// and the checklist preview and charts when they are on screen (or nearly).
// The preview and charts below the screen wait until the user pauses typing
// for pauseDelay, or until they scroll near the screen, whichever is first:
// every keystroke stays cheap, and the page is complete for printing or
// scrolling a moment later.
const pauseDelay = 150 * time.Millisecond

// sections are the page parts derived lazily, by element id.
const (
	secPreview = "checklist"
	secCharts  = "charts"
)

// isNear reports whether a section is near the screen. Outside the browser
// (pre-rendering, tests) everything is derived at once.
func (p *planner) isNear(id string) bool { return !app.IsClient || p.near[id] }

// derive brings the preview and the charts up to date: those near the
// screen, or all of them.
func (p *planner) derive(all bool) {
	if p.ev == nil {
		return
	}
	if p.previewStale && (all || p.isNear(secPreview)) {
		p.html = plans.PreviewHTML(p.checklist(), p.lang)
		p.previewStale = false
	}
	if p.chartsStale && (all || p.isNear(secCharts)) {
		vendors := p.charts.Vendors
		p.charts = buildCharts(p.scen, p.cat, p.ev, p.target, p.lang)
		p.charts.Vendors = vendors
		p.chartsStale = false
	}
}

// later derives everything once no edit has followed this one for
// pauseDelay. The call is dispatched to the planner itself: ctx may belong
// to an element the edit removes (a button that clears what it shows), and
// go-app drops calls whose element is gone.
func (p *planner) later(ctx app.Context) {
	p.lateEdit++
	edit, disp := p.lateEdit, ctx.Dispatcher()
	ctx.Async(func() {
		time.Sleep(pauseDelay)
		disp.Dispatch(app.Dispatch{Mode: app.Update, Source: p, Function: func(app.Context) {
			if edit == p.lateEdit {
				p.derive(true)
			}
		}})
	})
}

// watchSections follows which lazily derived sections are near the screen
// and derives one as it comes near.
func (p *planner) watchSections(ctx app.Context) {
	p.near = map[string]bool{}
	observeNear(ctx, []string{secPreview, secCharts}, func(ctx app.Context, id string, near bool) {
		p.near[id] = near
		if near {
			p.derive(false)
		}
	})
}

// printNow derives everything, then prints once it is drawn.
func (p *planner) printNow(ctx app.Context, e app.Event) {
	p.derive(true)
	ctx.Defer(func(app.Context) { printPage() })
}

// checklist is the export of the last valid scenario, written when first
// asked for after a change.
func (p *planner) checklist() string {
	if p.md == "" && p.ev != nil {
		p.md = plans.Checklist(p.scen, p.cat, p.ev, plans.Options{NoGantt: p.noGantt, Target: p.target})
	}
	return p.md
}
