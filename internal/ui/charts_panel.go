package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/internal/i18n"
)

// chartsPanel shows the four charts of the result (three for a plan with no
// steps). It is drawn from its fields: go-app leaves it alone while the
// options stay the same.
type chartsPanel struct {
	app.Compo

	Charts chartSet
	Lang   i18n.Lang
}

func (v *chartsPanel) Render() app.UI {
	lang, c := v.Lang, v.Charts
	return app.Div().ID("charts").Class("charts").Body(
		app.H3().Text(t(lang, "charts")),
		app.Div().Class("chart-grid").Body(
			chartBox(t(lang, "ch.use"), &echart{ID: "chart-use", Label: t(lang, "ch.use"), Option: c.Use}),
			chartBox(t(lang, "ch.growth"), &echart{ID: "chart-growth", Label: t(lang, "ch.growth"), Option: c.Growth}),
			chartBox(t(lang, "ch.cost"), &echart{ID: "chart-cost", Label: t(lang, "ch.cost"), Option: c.Cost}),
			app.If(c.Rollout != "", chartBox(t(lang, "ch.rollout"), &echart{ID: "chart-rollout", Label: t(lang, "ch.rollout"), Option: c.Rollout})),
		),
	)
}

func chartBox(title string, c *echart) app.UI {
	return app.Figure().Class("chart-box").Body(app.FigCaption().Text(title), c)
}
