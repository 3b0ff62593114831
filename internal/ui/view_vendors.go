package ui

import (
	"sort"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/rules"
)

// renderVendors is the "Compare vendors" view: every catalog's tiers ranked
// by rules.Rank for this scenario, filtered and sorted here, with a button
// that makes a pair the checklist's target.
func (p *planner) renderVendors() app.UI {
	lang := p.lang
	toggle := app.Button().ID("vendors-toggle").Aria("expanded", p.showCompare).Text(t(lang, "vendors")).
		OnClick(func(ctx app.Context, e app.Event) {
			p.showCompare = !p.showCompare
			p.recompute()
		})
	target := p.form.Values["target.catalog"]
	head := app.Div().Class("actions").Body(toggle,
		app.If(target != "", app.Span().ID("target").Text(t(lang, "target")+" "+target+" · "+p.form.Values["target.tier"]),
			app.Button().ID("target-clear").Text(t(lang, "target.clear")).OnClick(func(ctx app.Context, e app.Event) {
				delete(p.form.Values, "target.catalog")
				delete(p.form.Values, "target.tier")
				p.changed(ctx)
			})),
	)
	if !p.showCompare || p.ranking == nil {
		return app.Div().ID("vendors").Body(app.H3().Text(t(lang, "vendors")), head)
	}
	entries := p.rankedRows()
	regions := append([]string{""}, rules.Regions...)
	return app.Div().ID("vendors").Body(
		app.H3().Text(t(lang, "vendors")), head,
		app.P().ID("ranking-note").Class("hint").Text(p.ranking.Note),
		app.Div().Class("actions").Body(
			p.filter("rank-region", t(lang, "filter.region"), regions, p.rankRegion, func(v string) string {
				if v == "" {
					return t(lang, "any")
				}
				return rules.RegionName(v, lang)
			}, func(v string) { p.rankRegion = v }),
			p.filter("rank-conf", t(lang, "filter.conf"), []string{"", "medium", "high"}, p.rankConf, func(v string) string {
				if v == "" {
					return t(lang, "any")
				}
				return "≥ " + rules.ConfidenceName(v, lang)
			}, func(v string) { p.rankConf = v }),
		),
		app.Table().ID("ranking").Class("tiers").Body(
			app.THead().Body(app.Tr().Body(
				p.sortHeader("rank", "#"), p.sortHeader("vendor", t(lang, "col.vendor")), app.Th().Scope("col").Text(t(lang, "col.tier")),
				app.Th().Scope("col").Text(t(lang, "col.fits")), p.sortHeader("cost", t(lang, "col.horizon")),
				p.sortHeader("unknowns", t(lang, "col.unknown")), app.Th().Scope("col").Text(t(lang, "col.conf")),
				app.Th().Scope("col").Text(t(lang, "col.use")),
			)),
			app.TBody().Body(app.Range(entries).Slice(func(i int) app.UI {
				e := entries[i]
				fits, class := t(lang, "fits.no"), "fail"
				if e.Fits {
					fits, class = t(lang, "fits.yes"), "pass"
				}
				why := ""
				if len(e.WhyNot) > 0 {
					why = e.WhyNot[0]
				}
				cost := t(lang, "price.unk")
				if e.MonthlyCost.Horizon != nil {
					cost = rules.Money(lang, *e.MonthlyCost.Horizon, e.MonthlyCost.Currency)
				}
				return app.Tr().DataSet("pair", e.Catalog+"/"+e.Tier).Body(
					app.Td().Text(rules.Num(int64(e.Rank))), app.Td().Text(e.CatalogName), app.Td().Text(e.TierName),
					app.Td().Class("fits "+class).Title(why).Text(fits),
					app.Td().Text(cost), app.Td().Text(rules.Num(int64(e.Unknowns))),
					app.Td().Text(rules.ConfidenceName(e.Confidence, lang)+" · "+e.AsOf),
					app.Td().Body(app.Button().ID("target-"+e.Catalog+"-"+e.Tier).Aria("label", t(lang, "use.target")+" "+e.CatalogName+" "+e.TierName).
						Text(t(lang, "use.target")).OnClick(p.onTarget(e.Catalog, e.Tier), e.Catalog, e.Tier)),
				)
			})),
		),
		chartBox(t(lang, "ch.vendors"), &echart{ID: "chart-vendors", Label: t(lang, "ch.vendors"), Option: p.charts.Vendors}),
	)
}

// rankedRows filters and sorts the ranking for display.
func (p *planner) rankedRows() []rules.RankEntry {
	var out []rules.RankEntry
	conf := map[string]int{"": 0, "low": 0, "medium": 1, "high": 2}
	for _, e := range p.ranking.Entries {
		if conf[e.Confidence] < conf[p.rankConf] {
			continue
		}
		if p.rankRegion != "" {
			tier := rules.CatalogByID(p.catalogs(), e.Catalog).Tier(e.Tier)
			if !contains(tier.Regions, p.rankRegion) {
				continue
			}
		}
		out = append(out, e)
	}
	cost := func(e rules.RankEntry) (float64, bool) {
		if p.ranking.Currency != "" && e.Compared != nil {
			return *e.Compared, true
		}
		if e.MonthlyCost.Horizon != nil {
			return *e.MonthlyCost.Horizon, true
		}
		return 0, false
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		switch p.rankSort {
		case "cost":
			ca, okA := cost(a)
			cb, okB := cost(b)
			if okA != okB {
				return okA
			}
			return ca < cb
		case "unknowns":
			return a.Unknowns < b.Unknowns
		case "vendor":
			return a.CatalogName < b.CatalogName
		}
		return false // rank: the engine's order
	})
	return out
}

func (p *planner) sortHeader(key, label string) app.UI {
	sorted := "none"
	if p.rankSort == key || (p.rankSort == "" && key == "rank") {
		sorted = "ascending"
	}
	return app.Th().Scope("col").Aria("sort", sorted).Body(
		app.Button().ID("sort-" + key).Class("sort").Text(label).OnClick(func(ctx app.Context, e app.Event) { p.rankSort = key }),
	)
}

func (p *planner) filter(id, label string, values []string, cur string, name func(string) string, set func(string)) app.UI {
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		app.Select().ID(id).OnChange(func(ctx app.Context, e app.Event) { set(ctx.JSSrc().Get("value").String()) }, id).Body(
			app.Range(values).Slice(func(i int) app.UI {
				return app.Option().Value(values[i]).Selected(values[i] == cur).Text(name(values[i]))
			}),
		),
	)
}

// onTarget makes a (catalog, tier) pair the checklist's target.
func (p *planner) onTarget(catalog, tier string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.form.Values["target.catalog"], p.form.Values["target.tier"] = catalog, tier
		p.changed(ctx)
	}
}
