package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// echart draws one ECharts option. It is the only place that talks to
// ECharts: init on mount, setOption when the option changes, dispose on
// dismount so no chart instance outlives its element.
type echart struct {
	app.Compo

	ID     string
	Label  string
	Option string

	inst     app.Value
	drawn    string
	unlisten func()
}

func (c *echart) Render() app.UI {
	return app.Div().ID(c.ID).Class("chart").Attr("role", "img").Aria("label", c.Label)
}

func (c *echart) OnMount(ctx app.Context) {
	c.unlisten = app.Window().AddEventListener("resize", func(ctx app.Context, e app.Event) {
		if c.inst != nil && c.inst.Truthy() {
			c.inst.Call("resize")
		}
	})
	c.draw(ctx)
}

func (c *echart) OnUpdate(ctx app.Context) { c.draw(ctx) }

func (c *echart) OnDismount() {
	if c.unlisten != nil {
		c.unlisten()
		c.unlisten = nil
	}
	if c.inst != nil && c.inst.Truthy() {
		c.inst.Call("dispose")
	}
	c.inst, c.drawn = nil, ""
}

// draw sets the option when it changed. ECharts loads with defer; if it is
// not there yet, try again shortly.
func (c *echart) draw(ctx app.Context) {
	if c.Option == c.drawn || !app.IsClient {
		return
	}
	ec := app.Window().Get("echarts")
	if !ec.Truthy() {
		ctx.After(50*time.Millisecond, c.draw)
		return
	}
	if c.inst == nil {
		c.inst = ec.Call("init", c.JSValue(), nil, map[string]any{"renderer": "canvas"})
	}
	c.inst.Call("setOption", app.Window().Get("JSON").Call("parse", c.Option), true)
	c.drawn = c.Option
}
