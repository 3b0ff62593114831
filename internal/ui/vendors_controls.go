package ui

import (
	"slices"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/rules"
)

// rates are the exchange rates the comparison uses, one field per
// currency the catalogs price in besides the US dollar: stating them all
// ranks every vendor in dollars.
func (v *vendorsView) rates() app.UI {
	lang, p := v.Lang, v.P
	return app.FieldSet().ID("rates").Class("rates").Body(
		app.Legend().Text(t(lang, "rates")),
		app.Range(v.FX).Slice(func(i int) app.UI {
			cur, val := v.FX[i][0], v.FX[i][1]
			key := "policy.fx." + cur
			id := fieldID(key)
			errs := p.problems.For(key)
			return app.Div().Class("field").Body(
				app.Label().For(id).Text(t(lang, "rate", cur)),
				app.Input().Type("text").ID(id).Attr("inputmode", "decimal").Attr("autocomplete", "off").
					Aria("invalid", len(errs) > 0).Value(val).OnInput(p.onValue(key), key),
				app.If(len(errs) > 0, app.P().Class("field-error").Text(strings.Join(errs, "; "))),
			)
		}),
	)
}

// fxValues are the currencies of the comparable catalogs besides the US
// dollar, each with the rate typed for it.
func (p *planner) fxValues() [][2]string {
	seen := map[string]bool{"USD": true}
	var out [][2]string
	for _, c := range p.catalogs() {
		if !seen[c.Currency] && !c.Illustrative {
			seen[c.Currency] = true
			out = append(out, [2]string{c.Currency, p.form.Values["policy.fx."+c.Currency]})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

func (v *vendorsView) filters() app.UI {
	lang, p := v.Lang, v.P
	regions := append([]string{""}, rules.Regions...)
	return app.Div().Class("actions").Body(
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
			if !slices.Contains(tier.Regions, v.Region) {
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
		app.Button().Class("sort").DataSet("sort", key).Text(label).OnClick(func(ctx app.Context, e app.Event) { p.rankSort = key; p.refresh() }),
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
