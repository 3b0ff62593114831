package ui

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// echart draws one ECharts option. It is the only place that talks to
// ECharts: init when first seen, setOption when the option changed and the
// chart is on screen (or about to be), dispose on dismount so no chart
// instance, observer or callback outlives its element.
type echart struct {
	app.Compo

	ID     string
	Label  string
	Option string
	Height int // pixels; 0 keeps the stylesheet's

	inst     app.Value
	drawn    string
	at       time.Time // when the option was last set
	waiting  bool      // a redraw is due, after paint and redrawEvery
	draws    int       // options set so far, shown as data-drawn
	sized    int       // the Height the chart was last laid out at
	visible  bool
	observer app.Value
	onSeen   app.Func
	unlisten func()
}

// redrawEvery is the shortest time between two redraws of one chart:
// typing fast redraws a chart once per pause, not once per keystroke.
const redrawEvery = 100 * time.Millisecond

// nearScreen is how close to the viewport a chart counts as seen: it is
// drawn just before it scrolls in.
const nearScreen = "300px"

func (c *echart) Render() app.UI {
	div := app.Div().ID(c.ID).Class("chart").Attr("role", "img").Aria("label", c.Label)
	if c.Height > 0 {
		div = div.Style("height", strconv.Itoa(c.Height)+"px")
	}
	return div
}

func (c *echart) OnMount(ctx app.Context) {
	c.unlisten = app.Window().AddEventListener("resize", func(ctx app.Context, e app.Event) {
		if c.inst != nil && c.inst.Truthy() {
			c.inst.Call("resize")
		}
	})
	c.watch(ctx)
	c.draw(ctx)
}

// watch notes when the chart comes near the screen. A browser without
// IntersectionObserver draws every chart at once.
func (c *echart) watch(ctx app.Context) {
	io := app.Window().Get("IntersectionObserver")
	if !app.IsClient || !io.Truthy() {
		c.visible = true
		return
	}
	c.onSeen = app.FuncOf(func(this app.Value, args []app.Value) any {
		entries := args[0]
		seen := false
		for i := 0; i < entries.Length(); i++ {
			seen = entries.Index(i).Get("isIntersecting").Bool()
		}
		ctx.Dispatch(func(ctx app.Context) {
			c.visible = seen
			c.draw(ctx)
		})
		return nil
	})
	c.observer = io.New(c.onSeen, map[string]any{"rootMargin": nearScreen})
	c.observer.Call("observe", c.JSValue())
}

func (c *echart) OnUpdate(ctx app.Context) { c.draw(ctx) }

func (c *echart) OnDismount() {
	if c.unlisten != nil {
		c.unlisten()
		c.unlisten = nil
	}
	if c.observer != nil && c.observer.Truthy() {
		c.observer.Call("disconnect")
		c.onSeen.Release()
	}
	if c.inst != nil && c.inst.Truthy() {
		c.inst.Call("dispose")
	}
	c.inst, c.drawn, c.observer, c.visible, c.waiting = nil, "", nil, false, false
}

// replaced are the option parts a new option replaces rather than merges
// into: a series, axis or mark line that is gone must disappear.
var replaced = []any{"series", "xAxis", "yAxis", "grid", "legend", "tooltip"}

// draw sets the option when it changed and the chart is near the screen.
// The first option is set whole; later ones are merged, which lets ECharts
// keep its views instead of rebuilding them, and wait until the browser has
// painted the numbers that changed with them, redrawEvery apart at most.
// ECharts loads after the first paint; if it is not there yet, try again
// shortly.
func (c *echart) draw(ctx app.Context) {
	c.drawNow(ctx, false)
}

// drawNow is draw; due, it sets a changed option at once.
func (c *echart) drawNow(ctx app.Context, due bool) {
	if c.inst != nil && c.inst.Truthy() && c.Height != c.sized {
		c.sized = c.Height
		c.inst.Call("resize")
	}
	if c.Option == c.drawn || !c.visible || !app.IsClient {
		return
	}
	ec := app.Window().Get("echarts")
	if !ec.Truthy() {
		ctx.After(50*time.Millisecond, c.draw)
		return
	}
	if c.inst != nil && !due {
		if !c.waiting {
			c.waiting = true
			wait := max(redrawEvery-time.Since(c.at), 0)
			afterPaint(ctx, func(ctx app.Context) {
				ctx.After(wait, func(ctx app.Context) {
					c.waiting = false
					c.drawNow(ctx, true)
				})
			})
		}
		return
	}
	option := app.Window().Get("JSON").Call("parse", c.Option)
	if c.inst == nil {
		c.sized = c.Height
		c.inst = ec.Call("init", c.JSValue(), nil, map[string]any{"renderer": "canvas"})
		c.inst.Call("setOption", option, true)
	} else {
		c.inst.Call("setOption", option, map[string]any{"replaceMerge": replaced})
	}
	c.drawn, c.at = c.Option, time.Now()
	c.draws++
	c.JSValue().Call("setAttribute", "data-drawn", strconv.Itoa(c.draws))
}
