package ui

import (
	"sort"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/rules"

	"tierfit/internal/i18n"
)

// vendorsView is "Compare vendors": every catalog's tiers ranked by
// rules.Rank for this scenario, filtered and sorted here, with a button that
// makes a pair the checklist's target. It is drawn from its fields; P takes
// the clicks.
type vendorsView struct {
	app.Compo

	P       *planner
	Lang    i18n.Lang
	Show    bool
	Ranking *rules.Ranking
	Target  [2]string // catalog and tier, or empty
	Sort    string    // "rank", "cost", "unknowns" or "vendor"
	Region  string    // show only tiers known to serve this region
	Conf    string    // show only tiers of at least this confidence
	Chart   string    // the chart of each vendor's best tier
	Cats    []*rules.Catalog
}

func (v *vendorsView) Render() app.UI {
	lang, p := v.Lang, v.P
	toggle := app.Button().ID("vendors-toggle").Aria("expanded", v.Show).Text(t(lang, "vendors")).
		OnClick(func(ctx app.Context, e app.Event) {
			p.showCompare = !p.showCompare
			p.recompute()
			p.refresh()
		})
	head := app.Div().Class("actions").Body(toggle,
		app.If(v.Target[0] != "", app.Span().ID("target").Text(t(lang, "target")+" "+v.Target[0]+" · "+v.Target[1]),
			app.Button().ID("target-clear").Text(t(lang, "target.clear")).OnClick(func(ctx app.Context, e app.Event) {
				delete(p.form.Values, "target.catalog")
				delete(p.form.Values, "target.tier")
				p.changed(ctx)
			})),
	)
	if !v.Show || v.Ranking == nil {
		return app.Div().ID("vendors").Body(app.H3().Text(t(lang, "vendors")), head)
	}
	entries := v.rankedRows()
	regions := append([]string{""}, rules.Regions...)
	return app.Div().ID("vendors").Body(
		app.H3().Text(t(lang, "vendors")), head,
		app.P().ID("ranking-note").Class("hint").Text(v.Ranking.Note),
		app.Div().Class("actions").Body(
			filter("rank-region", t(lang, "filter.region"), regions, v.Region, func(id string) string {
				if id == "" {
					return t(lang, "any")
				}
				return rules.RegionName(id, lang)
			}, func(id string) { p.rankRegion = id; p.refresh() }),
			filter("rank-conf", t(lang, "filter.conf"), []string{"", "medium", "high"}, v.Conf, func(id string) string {
				if id == "" {
					return t(lang, "any")
				}
				return "≥ " + rules.ConfidenceName(id, lang)
			}, func(id string) { p.rankConf = id; p.refresh() }),
		),
		app.Table().ID("ranking").Class("tiers").Body(
			app.THead().Body(app.Tr().Body(
				v.sortHeader("rank", "#"), v.sortHeader("vendor", t(lang, "col.vendor")), app.Th().Scope("col").Text(t(lang, "col.tier")),
				app.Th().Scope("col").Text(t(lang, "col.fits")), v.sortHeader("cost", t(lang, "col.horizon")),
				v.sortHeader("unknowns", t(lang, "col.unknown")), app.Th().Scope("col").Text(t(lang, "col.conf")),
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
				cost := rules.UnknownValue(lang)
				if e.MonthlyCost.Horizon != nil {
					cost = i18n.Money(lang, *e.MonthlyCost.Horizon, e.MonthlyCost.Currency)
				}
				return app.Tr().DataSet("pair", e.Catalog+"/"+e.Tier).Body(
					app.Td().Text(i18n.Num(int64(e.Rank))), app.Td().Text(e.CatalogName), app.Td().Text(e.TierName),
					app.Td().Class("fits "+class).Title(why).Text(fits),
					app.Td().Text(cost), app.Td().Text(i18n.Num(int64(e.Unknowns))),
					app.Td().Text(rules.ConfidenceName(e.Confidence, lang)+" · "+e.AsOf),
					app.Td().Body(app.Button().ID("target-"+e.Catalog+"-"+e.Tier).Aria("label", t(lang, "use.target")+" "+e.CatalogName+" "+e.TierName).
						Text(t(lang, "use.target")).OnClick(p.onTarget(e.Catalog, e.Tier), e.Catalog, e.Tier)),
				)
			})),
		),
		chartBox(t(lang, "ch.vendors"), &echart{ID: "chart-vendors", Label: t(lang, "ch.vendors"), Option: v.Chart}),
	)
}

// rankedRows filters and sorts the ranking for display.
func (v *vendorsView) rankedRows() []rules.RankEntry {
	var out []rules.RankEntry
	for _, e := range v.Ranking.Entries {
		if v.Conf != "" && index(rules.Confidences, e.Confidence) < index(rules.Confidences, v.Conf) {
			continue
		}
		if v.Region != "" {
			tier := rules.CatalogByID(v.Cats, e.Catalog).Tier(e.Tier)
			if !contains(tier.Regions, v.Region) {
				continue
			}
		}
		out = append(out, e)
	}
	cost := func(e rules.RankEntry) (float64, bool) {
		if v.Ranking.Currency != "" && e.Compared != nil {
			return *e.Compared, true
		}
		if e.MonthlyCost.Horizon != nil {
			return *e.MonthlyCost.Horizon, true
		}
		return 0, false
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		switch v.Sort {
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

func (v *vendorsView) sortHeader(key, label string) app.UI {
	sorted := "none"
	if v.Sort == key || (v.Sort == "" && key == "rank") {
		sorted = "ascending"
	}
	p := v.P
	return app.Th().Scope("col").Aria("sort", sorted).Body(
		app.Button().ID("sort-" + key).Class("sort").Text(label).OnClick(func(ctx app.Context, e app.Event) { p.rankSort = key; p.refresh() }),
	)
}

func filter(id, label string, values []string, cur string, name func(string) string, set func(string)) app.UI {
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

// index is the position of s in list, or -1.
func index(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}
