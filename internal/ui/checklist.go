package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/plans"

	"tierfit/internal/i18n"
)

// checklistView is the export: download, copy, print, the timeline switch
// and goldmark's preview of the Markdown. It is drawn from its fields; P
// holds the Markdown the buttons use.
type checklistView struct {
	app.Compo

	P       *planner
	HTML    string
	Lang    i18n.Lang
	NoGantt bool
}

func (v *checklistView) Render() app.UI {
	lang, p := v.Lang, v.P
	return app.Div().ID("checklist").Body(
		app.H3().Text(t(lang, "checklist")),
		app.Div().Class("actions").Body(
			app.Button().ID("download-md").Text(t(lang, "download")).OnClick(p.onDownload),
			app.Button().ID("copy-md").Text(t(lang, "copy")).OnClick(p.onCopy),
			app.Button().ID("print").Text(t(lang, "print")).OnClick(p.printNow),
			p.checkbox("gantt", t(lang, "gantt"), !v.NoGantt, func(on bool) { p.noGantt = !on }),
		),
		// The preview is goldmark's HTML of the exported Markdown, rendered
		// without WithUnsafe: raw HTML in the source is dropped.
		app.Raw(v.HTML),
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
		return t(p.lang, "imported", name)
	}
	return t(p.lang, "import.bad", name)
}
