package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// readyID is the id of an element that only the running WASM renders (after
// OnMount), never the pre-rendered HTML; browser tests wait for it.
const readyID = "tierfit-ready"

// planner is the single page: the input panel and the result panel.
type planner struct {
	app.Compo
	mounted bool
}

func (p *planner) OnMount(ctx app.Context) {
	p.mounted = true
}

func (p *planner) Render() app.UI {
	return app.Div().Class("page").Body(
		app.Header().Class("top").Body(
			app.H1().Text("tierfit"),
			app.P().Class("tagline").Text("Which tier of your chat SDK fits, and how to switch safely."),
		),
		app.Main().Class("panels").Body(
			app.Section().Class("panel inputs").Aria("label", "Inputs").Body(
				app.H2().Text("Your product"),
			),
			app.Section().Class("panel results").Aria("label", "Results").Body(
				app.H2().Text("Result"),
			),
		),
		app.If(p.mounted, app.Span().ID(readyID).Hidden(true)),
	)
}
