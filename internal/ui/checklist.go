package ui

import (
	"strings"

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
	// Stale names the invalid inputs ("" when there are none): the
	// buttons then say they export the last valid plan, and why.
	Stale string
}

func (v *checklistView) Render() app.UI {
	lang, p := v.Lang, v.P
	label := func(now, last string) string {
		if v.Stale != "" {
			return t(lang, last)
		}
		return t(lang, now)
	}
	return app.Div().ID("checklist").Body(
		app.H3().Text(t(lang, "checklist")),
		app.If(v.Stale != "", app.P().ID("export-stale").Class("export-stale").Aria("live", "polite").Text(t(lang, "export.stale", v.Stale))),
		app.Div().Class("actions").Body(
			app.Button().ID("download-md").Text(label("download", "download.last")).OnClick(p.onDownload),
			app.Button().ID("copy-md").Text(label("copy", "copy.last")).OnClick(p.onCopy),
			app.Button().ID("print").Text(label("print", "print.last")).OnClick(p.printNow),
			p.checkbox("gantt", t(lang, "gantt"), !v.NoGantt, func(on bool) { p.noGantt = !on }),
		),
		// The preview is goldmark's HTML of the exported Markdown, rendered
		// without WithUnsafe: raw HTML in the source is dropped.
		app.Raw(v.HTML),
	)
}

// staleWhy names the invalid inputs and their problems, for the export's
// notice; "" when the result is current.
func (p *planner) staleWhy() string {
	if !p.stale {
		return ""
	}
	var parts []string
	for _, pr := range p.problems {
		parts = append(parts, fieldLabel(pr.Field, p.lang)+p.lang.Colon()+pr.Message)
	}
	return strings.Join(parts, p.lang.Sep())
}

// fieldLabel is the form's label of a field path, or of its section.
func fieldLabel(path string, lang i18n.Lang) string {
	switch {
	case words.Has(path):
		return t(lang, path)
	case words.Has("sec." + path):
		return t(lang, "sec."+path)
	}
	return path
}

func (p *planner) onDownload(ctx app.Context, e app.Event) {
	download(plans.FileName(p.scen), p.checklist(), "text/markdown;charset=utf-8")
}

func (p *planner) onCopy(ctx app.Context, e app.Event) {
	copyText(ctx, p.checklist(), func(ctx app.Context, ok bool) {
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
