package ui

import (
	"slices"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/rules"

	"tierfit/internal/i18n"
)

// tierTable lists every tier with whether it fits, its cost and its
// findings, and shows two ticked tiers side by side. It is drawn from its
// fields; P takes the ticks.
type tierTable struct {
	app.Compo

	P       *planner
	Ev      *rules.Evaluation
	Lang    i18n.Lang
	Compare []string // tier ids ticked for side-by-side
}

func (v *tierTable) Render() app.UI {
	return app.Div().Body(v.table(), v.sideBySide())
}

func (v *tierTable) table() app.UI {
	lang, ev := v.Lang, v.Ev
	costCol := t(lang, "col.cost", i18n.Num(int64(ev.HorizonMonths)))
	return app.Div().ID("tiers").Body(
		app.H3().Text(t(lang, "tiers")),
		app.Table().Class("tiers cards").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(t(lang, "col.tier")), app.Th().Scope("col").Text(t(lang, "col.fits")),
				app.Th().Scope("col").Text(costCol), app.Th().Scope("col").Text(t(lang, "col.unknown")),
				app.Th().Scope("col").Text(t(lang, "col.compare")),
			)),
			app.TBody().Body(app.Range(ev.Tiers).Slice(func(i int) app.UI {
				tr := ev.Tiers[i]
				fits, class := fitsWord(tr, lang)
				name := tr.Name
				if tr.Status != "" {
					name += " (" + t(lang, "status."+tr.Status) + ")"
				}
				return app.Tr().DataSet("tier", tr.ID).Body(
					app.Th().Scope("row").Body(
						app.Details().Body(
							app.Summary().Text(name),
							app.Ul().Class("findings").Body(app.Range(tr.Findings).Slice(func(j int) app.UI {
								f := tr.Findings[j]
								return app.Li().Class("finding "+string(f.Status)).DataSet("rule", f.Rule).Body(
									app.Span().Class("badge "+string(f.Status)).Text(rules.StatusName(f.Status, lang)),
									app.Text(" "+f.Message),
								)
							})),
						),
					),
					app.Td().DataSet("label", t(lang, "col.fits")).Class("fits "+class).Text(fits),
					app.Td().DataSet("label", costCol).Text(money(tr.MonthlyCost.Now, ev.Currency, lang)+" → "+money(tr.MonthlyCost.Horizon, ev.Currency, lang)),
					app.Td().DataSet("label", t(lang, "col.unknown")).Text(i18n.Num(int64(tr.Unknowns))),
					app.Td().DataSet("label", t(lang, "col.compare")).Body(app.Input().Type("checkbox").ID("cmp-"+tr.ID).Aria("label", t(lang, "col.compare")+" "+tr.Name).
						Checked(slices.Contains(v.Compare, tr.ID)).OnChange(v.P.onCompare(tr.ID), tr.ID)),
				)
			})),
		),
	)
}

// fitsWord says whether a tier fits, never green when the catalog cannot
// confirm it: a tier that fits only as far as the catalog knows is "verify".
func fitsWord(tr rules.TierResult, lang i18n.Lang) (word, class string) {
	switch {
	case !tr.Fits:
		return t(lang, "fits.no"), "fail"
	case !tr.Verified:
		return t(lang, "fits.verify"), "unknown"
	}
	return t(lang, "fits.yes"), "pass"
}

func (p *planner) onCompare(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		on := ctx.JSSrc().Get("checked").Bool()
		var out []string
		for _, x := range p.compare {
			if x != id {
				out = append(out, x)
			}
		}
		if on {
			out = append(out, id)
		}
		if len(out) > 2 {
			out = out[len(out)-2:]
		}
		p.compare = out
		p.refresh()
	}
}

// sideBySide shows two ticked tiers' findings rule by rule.
func (v *tierTable) sideBySide() app.UI {
	lang := v.Lang
	if len(v.Compare) != 2 {
		return app.P().Class("hint").Text(t(lang, "compare.hint"))
	}
	a, b := tierResult(v.Ev, v.Compare[0]), tierResult(v.Ev, v.Compare[1])
	byRule := func(tr rules.TierResult, rule string) rules.Finding {
		for _, f := range tr.Findings {
			if f.Rule == rule {
				return f
			}
		}
		return rules.Finding{}
	}
	cell := func(f rules.Finding) app.UI {
		return app.Td().Class("finding "+string(f.Status)).Body(
			app.Span().Class("badge "+string(f.Status)).Text(rules.StatusName(f.Status, lang)), app.Text(" "+f.Message))
	}
	return app.Div().ID("compare").Body(
		app.H3().Text(t(lang, "compare")),
		app.Table().Class("compare").Body(
			app.THead().Body(app.Tr().Body(app.Th().Scope("col").Text(t(lang, "rule")), app.Th().Scope("col").Text(a.Name), app.Th().Scope("col").Text(b.Name))),
			app.TBody().Body(app.Range(rules.Rules).Slice(func(i int) app.UI {
				r := rules.Rules[i]
				return app.Tr().Body(app.Th().Scope("row").Title(r.DocIn(lang)).DataSet("rule", r.ID).Text(rules.RuleName(r.ID, lang)), cell(byRule(a, r.ID)), cell(byRule(b, r.ID)))
			})),
		),
	)
}
