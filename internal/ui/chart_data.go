package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/internal/i18n"
)

// chartData is one chart: its ECharts option (JSON) and the same numbers
// as a table, the chart's text alternative, shown on request and read by
// screen readers; Notes are lines under the table (the caps a chart
// draws as lines).
type chartData struct {
	Option string
	Head   []string
	Rows   [][]string
	Notes  []string
}

// chartSet holds the charts of the result. They are built from rules' and
// plans' results only; these files only draw.
type chartSet struct {
	Use, Growth, Cost, Rollout chartData
	Vendors                    chartData // with the vendor comparison open
}

// chartBox is a chart with its caption and its numbers as a table;
// height is the chart's in pixels (0: the stylesheet's).
func chartBox(title string, id string, c chartData, height int, lang i18n.Lang) app.UI {
	return app.Figure().Class("chart-box").Body(
		app.FigCaption().Text(title),
		&echart{ID: id, Label: title, Option: c.Option, Height: height},
		app.Details().Class("chart-numbers").Body(
			app.Summary().Text(t(lang, "ch.numbers")),
			app.Table().ID(id+"-table").Body(
				app.THead().Body(app.Tr().Body(app.Range(c.Head).Slice(func(i int) app.UI {
					return app.Th().Scope("col").Text(c.Head[i])
				}))),
				app.TBody().Body(app.Range(c.Rows).Slice(func(i int) app.UI {
					row := c.Rows[i]
					return app.Tr().Body(app.Range(row).Slice(func(j int) app.UI {
						if j == 0 {
							return app.Th().Scope("row").Text(row[j])
						}
						return app.Td().Text(row[j])
					}))
				})),
			),
			app.If(len(c.Notes) > 0, app.Ul().Body(app.Range(c.Notes).Slice(func(i int) app.UI { return app.Li().Text(c.Notes[i]) }))),
		),
	)
}
