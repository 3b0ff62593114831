package ui

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/plans"
	"tierfit/rules"
)

func (p *planner) renderResults() app.UI {
	lang, ev := p.lang, p.ev
	if ev == nil {
		return app.P().Class("field-error").Text(p.problems.Error())
	}
	cur, rec := p.tierResult(ev.CurrentTier), p.tierResult(ev.Recommended)
	return app.Div().ID("result").Class(resultClass(p.stale)).Body(
		app.If(p.stale, app.P().ID("stale").Class("stale").Aria("live", "polite").Text(t(lang, "stale"))),
		app.Div().ID("decision").Class("banner "+string(ev.Decision)).DataSet("decision", string(ev.Decision)).Body(
			app.P().Class("headline").Text(plans.Headline(ev, lang)),
			app.Ul().Body(app.Range(ev.Reasons).Slice(func(i int) app.UI { return app.Li().Text(ev.Reasons[i]) })),
			app.If(len(ev.Signals) > 0, app.Div().ID("signals").Body(
				app.H3().Text(t(lang, "signals")),
				app.Ul().Body(app.Range(ev.Signals).Slice(func(i int) app.UI {
					return app.Li().DataSet("signal", ev.Signals[i].ID).Text(ev.Signals[i].Message)
				})),
			)),
			app.P().Class("source").Text(fmt.Sprintf(t(lang, "source"), p.cat.Name, p.cat.AsOf, rules.ConfidenceName(p.cat.Confidence, lang))),
			app.If(len(ev.Caveats) > 0, app.Ul().ID("caveats").Class("caveats").Body(
				app.Range(ev.Caveats).Slice(func(i int) app.UI { return app.Li().Text(ev.Caveats[i]) }),
			)),
		),
		p.recommendedCard(cur, rec),
		p.tierTable(),
		p.compareView(),
		p.renderVendors(),
		p.renderCharts(),
		p.renderChecklist(),
	)
}

func resultClass(stale bool) string {
	if stale {
		return "result is-stale"
	}
	return "result"
}

// tierResult is the result of tier id; ticked ids of an older catalog fall
// back to the first tier rather than fail.
func (p *planner) tierResult(id string) rules.TierResult {
	if t := p.ev.Tier(id); t != nil {
		return *t
	}
	return p.ev.Tiers[0]
}

func (p *planner) money(v *float64) string {
	if v == nil {
		return t(p.lang, "price.unk")
	}
	return rules.Money(p.lang, *v, p.cat.Currency)
}

func (p *planner) recommendedCard(cur, rec rules.TierResult) app.UI {
	lang := p.lang
	if p.ev.Recommended == "" {
		return app.Div().ID("recommended").Class("card").Body(
			app.H3().Text(t(lang, "recommended")+colon(lang)+t(lang, "none")),
			app.P().Text(p.ev.RecommendedWhy),
		)
	}
	tier := p.cat.Tier(rec.ID)
	price := t(lang, "price.unk")
	if tier.PriceMonth != nil {
		price = rules.Money(lang, *tier.PriceMonth, p.cat.Currency)
	}
	var gains []string
	if rec.ID != cur.ID {
		gains = rules.Gains(p.cat.Tier(cur.ID), tier, lang)
	}
	use := p.ev.Use(tier, p.scen)
	saving := ""
	if sv := p.ev.Saving; sv != nil && sv.Horizon != nil {
		saving = p.money(sv.Horizon)
	}
	return app.Div().ID("recommended").Class("card").Body(
		app.H3().Text(t(lang, "recommended")+colon(lang)+rec.Name),
		app.P().Text(p.ev.RecommendedWhy),
		app.Dl().Body(
			app.Dt().Text(t(lang, "price")), app.Dd().Text(price),
			app.Dt().Text(t(lang, "cost.now")), app.Dd().ID("cost-now").Text(p.money(rec.MonthlyCost.Now)),
			app.Dt().Text(fmt.Sprintf(t(lang, "cost.horizon"), p.ev.HorizonMonths)), app.Dd().ID("cost-horizon").Text(p.money(rec.MonthlyCost.Horizon)),
			app.Dt().Text(t(lang, "limits")), app.Dd().Text(limitsLine(use, lang)),
			app.If(saving != "", app.Dt().Text(t(lang, "saving")), app.Dd().ID("saving").Text(saving)),
			app.If(tier.PriceNote != "", app.Dt().Text(t(lang, "price.note")), app.Dd().ID("price-note").Text(tier.PriceNote)),
		),
		app.If(len(gains) > 0, app.Div().Body(
			app.P().Text(fmt.Sprintf(t(lang, "adds"), cur.Name)),
			app.Ul().ID("gains").Body(app.Range(gains).Slice(func(i int) app.UI { return app.Li().Text(gains[i]) })),
		)),
	)
}

// limitsLine lists a tier's known limits: "MAU 10,000 · group 1,000".
func limitsLine(use []rules.MetricUse, lang string) string {
	var parts []string
	for _, u := range use {
		if u.Limit != nil {
			parts = append(parts, metricWord(u.Metric, lang)+" "+rules.Num(*u.Limit))
		}
	}
	if len(parts) == 0 {
		return t(lang, "price.unk")
	}
	return strings.Join(parts, " · ")
}

func metricWord(m rules.Metric, lang string) string {
	switch m {
	case rules.DAU:
		return "DAU"
	case rules.MAU:
		return "MAU"
	case rules.PeakConcurrent:
		return t(lang, "usage.peak_concurrent")
	case rules.GroupMembers:
		return t(lang, "usage.max_group_members")
	}
	return t(lang, "usage.history_days")
}

func (p *planner) tierTable() app.UI {
	lang, ev := p.lang, p.ev
	return app.Div().ID("tiers").Body(
		app.H3().Text(t(lang, "tiers")),
		app.Table().Class("tiers").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(t(lang, "col.tier")), app.Th().Scope("col").Text(t(lang, "col.fits")),
				app.Th().Scope("col").Text(fmt.Sprintf(t(lang, "col.cost"), ev.HorizonMonths)),
				app.Th().Scope("col").Text(t(lang, "col.unknown")), app.Th().Scope("col").Text(t(lang, "col.compare")),
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
									app.Span().Class("badge "+string(f.Status)).Text(string(f.Status)),
									app.Text(" "+f.Message),
								)
							})),
						),
					),
					app.Td().Class("fits "+class).Text(fits),
					app.Td().Text(p.money(tr.MonthlyCost.Now)+" → "+p.money(tr.MonthlyCost.Horizon)),
					app.Td().Text(rules.Num(int64(tr.Unknowns))),
					app.Td().Body(app.Input().Type("checkbox").ID("cmp-"+tr.ID).Aria("label", t(lang, "col.compare")+" "+tr.Name).
						Checked(contains(p.compare, tr.ID)).OnChange(p.onCompare(tr.ID), tr.ID)),
				)
			})),
		),
	)
}

// fitsWord says whether a tier fits, never green when the catalog cannot
// confirm it: a tier that fits only as far as the catalog knows is "verify".
func fitsWord(tr rules.TierResult, lang string) (word, class string) {
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
	}
}

// compareView shows two ticked tiers' findings rule by rule.
func (p *planner) compareView() app.UI {
	lang := p.lang
	if len(p.compare) != 2 {
		return app.P().Class("hint").Text(t(lang, "compare.hint"))
	}
	a, b := p.tierResult(p.compare[0]), p.tierResult(p.compare[1])
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
			app.Span().Class("badge "+string(f.Status)).Text(string(f.Status)), app.Text(" "+f.Message))
	}
	return app.Div().ID("compare").Body(
		app.H3().Text(t(lang, "compare")),
		app.Table().Class("compare").Body(
			app.THead().Body(app.Tr().Body(app.Th().Scope("col").Text(t(lang, "rule")), app.Th().Scope("col").Text(a.Name), app.Th().Scope("col").Text(b.Name))),
			app.TBody().Body(app.Range(rules.Rules).Slice(func(i int) app.UI {
				r := rules.Rules[i]
				return app.Tr().Body(app.Th().Scope("row").Title(r.DocIn(lang)).Text(r.ID), cell(byRule(a, r.ID)), cell(byRule(b, r.ID)))
			})),
		),
	)
}

func colon(lang string) string {
	if lang == "zh" {
		return "："
	}
	return ": "
}
