package ui

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/plans"
)

func (p *planner) renderCharts() app.UI {
	lang := p.lang
	return app.Div().ID("charts").Class("charts").Body(
		app.H3().Text(t(lang, "charts")),
		app.Div().Class("chart-grid").Body(
			chartBox(t(lang, "ch.use"), &echart{ID: "chart-use", Label: t(lang, "ch.use"), Option: p.charts.Use}),
			chartBox(t(lang, "ch.growth"), &echart{ID: "chart-growth", Label: t(lang, "ch.growth"), Option: p.charts.Growth}),
			chartBox(t(lang, "ch.cost"), &echart{ID: "chart-cost", Label: t(lang, "ch.cost"), Option: p.charts.Cost}),
			app.If(p.charts.Rollout != "", chartBox(t(lang, "ch.rollout"), &echart{ID: "chart-rollout", Label: t(lang, "ch.rollout"), Option: p.charts.Rollout})),
		),
	)
}

func chartBox(title string, c *echart) app.UI {
	return app.Figure().Class("chart-box").Body(app.FigCaption().Text(title), c)
}

func (p *planner) renderChecklist() app.UI {
	lang := p.lang
	return app.Div().ID("checklist").Body(
		app.H3().Text(t(lang, "checklist")),
		app.Div().Class("actions").Body(
			app.Button().ID("download-md").Text(t(lang, "download")).OnClick(p.onDownload),
			app.Button().ID("copy-md").Text(t(lang, "copy")).OnClick(p.onCopy),
			app.Button().ID("print").Text(t(lang, "print")).OnClick(p.printNow),
			p.checkbox("gantt", t(lang, "gantt"), !p.noGantt, func(on bool) { p.noGantt = !on }),
		),
		// The preview is goldmark's HTML of the exported Markdown, rendered
		// without WithUnsafe: raw HTML in the source is dropped.
		app.Raw(p.html),
	)
}

func (p *planner) onDownload(ctx app.Context, e app.Event) {
	download(plans.FileName(p.scen), p.md, "text/markdown;charset=utf-8")
}

func (p *planner) onCopy(ctx app.Context, e app.Event) {
	copyText(ctx, p.md, func(ctx app.Context, ok bool) {
		if ok {
			p.setStatus(true, t(p.lang, "copied"))
		} else {
			p.setStatus(false, t(p.lang, "copy.failed"))
		}
	})
}

func (p *planner) importMessage(name string, ok bool) string {
	if ok {
		return fmt.Sprintf(t(p.lang, "imported"), name)
	}
	return fmt.Sprintf(t(p.lang, "import.bad"), name)
}
