package ui

import (
	"encoding/json"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/plans"
	"tierfit/rules"
)

func (p *planner) renderScenarios() app.UI {
	lang, names := p.lang, p.savedNames()
	return app.FieldSet().ID("scenarios").Body(
		app.Legend().Text(t(lang, "scenarios")),
		app.Div().Class("field").Body(
			app.Label().For("scen-name").Text(t(lang, "scen.name")),
			app.Input().ID("scen-name").Type("text").MaxLength(rules.MaxNameLen).Value(p.scenName).
				OnInput(func(ctx app.Context, e app.Event) { p.scenName = ctx.JSSrc().Get("value").String() }),
		),
		app.Div().Class("actions").Body(
			app.Button().ID("scen-save").Text(t(lang, "save")).OnClick(p.onSaveNamed),
		),
		app.If(len(names) == 0, app.P().Class("hint").Text(t(lang, "no.saved"))).Else(
			app.Ul().ID("saved").Class("saved").Body(app.Range(names).Slice(func(i int) app.UI {
				n := names[i]
				return app.Li().DataSet("name", n).Body(
					app.Span().Class("saved-name").Text(n),
					app.Button().Text(t(lang, "load")).Aria("label", t(lang, "load")+" "+n).OnClick(p.onOpen(n), n),
					app.Button().Text(t(lang, "rename")).Aria("label", t(lang, "rename")+" "+n).OnClick(p.onRename(n), n),
					app.Button().Text(t(lang, "duplicate")).Aria("label", t(lang, "duplicate")+" "+n).OnClick(p.onDuplicate(n), n),
					app.Button().Text(t(lang, "delete")).Aria("label", t(lang, "delete")+" "+n).OnClick(p.onDelete(n), n),
				)
			})),
		),
		app.Div().Class("actions").Body(
			app.Button().ID("share").Text(t(lang, "share")).OnClick(p.onShare),
			app.Button().ID("export-json").Text(t(lang, "export")).OnClick(p.onExport),
			// A file input keeps its keyboard focus; its label looks like a
			// button and shows the focus ring (input.file:focus-visible + label).
			app.Input().ID("import-json").Type("file").Accept(".json,application/json,.md,text/markdown").Class("file").OnChange(p.onImportScenario),
			app.Label().For("import-json").Class("button").Text(t(lang, "import")),
			app.Input().ID("import-catalog").Type("file").Accept(".json,application/json").Class("file").OnChange(p.onImportCatalog),
			app.Label().For("import-catalog").Class("button").Text(t(lang, "import.cat")),
		),
		app.P().Class("hint").Text(t(lang, "share.note")),
	)
}

func (p *planner) onSaveNamed(ctx app.Context, e app.Event) {
	name := strings.TrimSpace(p.scenName)
	if name == "" {
		p.setStatus(false, t(p.lang, "name.needed"))
		return
	}
	p.updateSaved(ctx, func(saved map[string]form) {
		if p.changedElsewhere(saved, name) {
			alt := freeName(saved, name)
			saved[alt] = p.form.clone()
			p.setStatus(false, t(p.lang, "conflict", name, alt))
			return
		}
		saved[name] = p.form.clone()
	})
}

func (p *planner) onOpen(name string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.replaceForm(ctx, p.saved[name].clone(), "open")
		p.scenName = name
		p.setStatus(true, t(p.lang, "opened", name))
		p.offerRestore()
		p.changed(ctx)
	}
}

func (p *planner) onRename(name string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		to := strings.TrimSpace(p.scenName)
		if to == "" || to == name {
			p.setStatus(false, t(p.lang, "name.needed"))
			return
		}
		p.updateSaved(ctx, func(saved map[string]form) {
			f, ok := saved[name]
			if !ok {
				return // another tab deleted it
			}
			delete(saved, name)
			saved[freeName(saved, to)] = f
		})
	}
}

func (p *planner) onDuplicate(name string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.updateSaved(ctx, func(saved map[string]form) {
			if f, ok := saved[name]; ok {
				saved[freeName(saved, name+" (2)")] = f.clone()
			}
		})
	}
}

func (p *planner) onShare(ctx app.Context, e app.Event) {
	link := ShareLink(pageURL(), p.scen)
	copyText(ctx, link, func(ctx app.Context, ok bool) {
		if ok {
			p.setStatus(true, t(p.lang, "copied"), link)
		} else {
			p.setStatus(false, t(p.lang, "copy.failed"), link)
		}
	})
}

func (p *planner) onExport(ctx app.Context, e app.Event) {
	b, _ := json.MarshalIndent(p.scen, "", "  ")
	download(strings.TrimSuffix(plans.FileName(p.scen), ".md")+".json", string(b)+"\n", "application/json")
}

func (p *planner) onImportScenario(ctx app.Context, e app.Event) {
	p.importFile(ctx, rules.MaxScenarioBytes, func(ctx app.Context, name string, data []byte) {
		if block, ok := plans.ScenarioJSON(data); ok { // an exported checklist carries its scenario
			data = block
		}
		s, ps := rules.DecodeScenario(data, p.lang)
		if len(ps) > 0 {
			p.setStatus(false, p.importMessage(name, false), problemLines(ps.Capped(p.lang))...)
			return
		}
		if ps := s.Validate(p.catalogs()); len(ps) > 0 {
			p.propose(s, "import", t(p.lang, "import.invalid", name), ps)
			return
		}
		p.replaceWith(ctx, s, "import")
		p.setStatus(true, p.importMessage(name, true))
		p.offerRestore()
		p.changed(ctx)
	})
}

func (p *planner) onImportCatalog(ctx app.Context, e app.Event) {
	p.importFile(ctx, rules.MaxCatalogBytes, func(ctx app.Context, name string, data []byte) {
		cat, ps := rules.ImportCatalog(data, p.lang)
		if len(ps) > 0 {
			p.setStatus(false, p.importMessage(name, false), problemLines(ps.Capped(p.lang))...)
			return
		}
		var kept []*rules.Catalog
		for _, c := range p.imported {
			if c.ID != cat.ID {
				kept = append(kept, c)
			}
		}
		// A catalog the browser cannot keep is refused now, with the reason,
		// rather than lost at the next reload.
		if err := p.set(ctx, keyCatalogs, append(kept, cat)); err != nil {
			p.set(ctx, keyCatalogs, p.imported) // what was stored before
			p.setStatus(false, p.importMessage(name, false), p.storageProblem(err))
			return
		}
		p.imported = append(kept, cat)
		p.form.Values["catalog"], p.form.Values["current_tier"] = cat.ID, ""
		p.setStatus(true, p.importMessage(name, true))
		p.changed(ctx)
	})
}

// importFile reads the chosen file and hands it to use, which says what
// came of it; a file over limit is refused unread.
func (p *planner) importFile(ctx app.Context, limit int, use func(ctx app.Context, name string, data []byte)) {
	readFile(ctx, ctx.JSSrc(), limit, func(ctx app.Context, name string, data []byte, size int) {
		if size > limit {
			p.setStatus(false, p.importMessage(name, false), rules.TooLarge(size, limit, p.lang).Message)
			return
		}
		use(ctx, name, data)
	})
}
