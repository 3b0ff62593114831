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
			chartBox(t(lang, "ch.use"), "chart-use", c.Use, 0, lang),
			chartBox(t(lang, "ch.growth"), "chart-growth", c.Growth, 0, lang),
			chartBox(t(lang, "ch.cost"), "chart-cost", c.Cost, 0, lang),
			app.If(c.Rollout.Option != "", chartBox(t(lang, "ch.rollout"), "chart-rollout", c.Rollout, 0, lang)),
		),
	)
}
