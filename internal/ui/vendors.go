package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/rules"

	"tierfit/internal/i18n"
)

// vendorsView is "Compare vendors": every catalog's tiers ranked by
// rules.Rank for this scenario, in one currency when exchange rates are
// stated (the rates are editable here), else one table per currency. The
// pairs that fit and are verified come first; the rest wait behind a
// button that says how many. It is drawn from its fields; P takes the
// clicks.
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
	All     bool      // show the pairs that do not fit or are unverified
	FX      [][2]string
	Chart   chartData // each vendor's best tier
	Height  int
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
	groups, hidden := v.groups()
	moreText := t(lang, "rank.more", i18n.Num(int64(hidden)))
	if v.All {
		moreText = t(lang, "rank.less")
	}
	return app.Div().ID("vendors").Body(
		app.H3().Text(t(lang, "vendors")), head,
		app.P().ID("ranking-note").Class("hint").Text(v.Ranking.Note),
		v.rates(),
		v.filters(),
		app.Range(groups).Slice(func(i int) app.UI { return v.table(groups[i]) }),
		app.If(hidden > 0 || v.All, app.Button().ID("rank-more").Aria("expanded", v.All).Text(moreText).
			OnClick(func(ctx app.Context, e app.Event) { p.rankAll = !p.rankAll; p.refresh() })),
		chartBox(t(lang, "ch.vendors"), "chart-vendors", v.Chart, v.Height, lang),
	)
}

// A rankGroup is the pairs priced in one currency (all of them when the
// ranking compares in one).
type rankGroup struct {
	currency string
	rows     []rules.RankEntry
}

// groups are the rows to show, per currency, and how many are hidden.
func (v *vendorsView) groups() ([]rankGroup, int) {
	var out []rankGroup
	at := map[string]int{}
	hidden := 0
	for _, e := range v.rankedRows() {
		if !v.All && !(e.Fits && e.Verified) {
			hidden++
			continue
		}
		cur := v.Ranking.Currency
		if cur == "" {
			cur = e.MonthlyCost.Currency
		}
		i, ok := at[cur]
		if !ok {
			i = len(out)
			at[cur] = i
			out = append(out, rankGroup{currency: cur})
		}
		out[i].rows = append(out[i].rows, e)
	}
	return out, hidden
}

// table is one currency's ranking, numbered from 1.
func (v *vendorsView) table(g rankGroup) app.UI {
	lang, p := v.Lang, v.P
	cols := []string{"#", t(lang, "col.vendor"), t(lang, "col.tier"), t(lang, "col.fits"), t(lang, "col.horizon"),
		t(lang, "col.unknown"), t(lang, "col.conf"), t(lang, "col.use")}
	return app.Div().Class("ranking-group").DataSet("currency", g.currency).Body(
		app.H4().Text(t(lang, "rank.in", g.currency)),
		app.Table().Class("ranking cards").Body(
			app.THead().Body(app.Tr().Body(
				v.sortHeader("rank", cols[0]), v.sortHeader("vendor", cols[1]), app.Th().Scope("col").Text(cols[2]),
				app.Th().Scope("col").Text(cols[3]), v.sortHeader("cost", cols[4]),
				v.sortHeader("unknowns", cols[5]), app.Th().Scope("col").Text(cols[6]),
				app.Th().Scope("col").Text(cols[7]),
			)),
			app.TBody().Body(app.Range(g.rows).Slice(func(i int) app.UI {
				e := g.rows[i]
				fits, class := t(lang, "fits.no"), "fail"
				switch {
				case e.Fits && e.Verified:
					fits, class = t(lang, "fits.yes"), "pass"
				case e.Fits:
					fits, class = t(lang, "fits.verify"), "unknown"
				}
				why := ""
				if len(e.WhyNot) > 0 {
					why = e.WhyNot[0]
				}
				return app.Tr().DataSet("pair", e.Catalog+"/"+e.Tier).Body(
					app.Td().DataSet("label", cols[0]).Text(i18n.Num(int64(i+1))),
					app.Td().DataSet("label", cols[1]).Text(e.CatalogName),
					app.Td().DataSet("label", cols[2]).Text(e.TierName),
					app.Td().DataSet("label", cols[3]).Class("fits "+class).Title(why).Text(fits),
					app.Td().DataSet("label", cols[4]).Text(v.cost(e)),
					app.Td().DataSet("label", cols[5]).Text(i18n.Num(int64(e.Unknowns))),
					app.Td().DataSet("label", cols[6]).Body(app.Text(rules.ConfidenceName(e.Confidence, lang)+" · "+e.AsOf), v.flags(e)),
					app.Td().DataSet("label", cols[7]).Body(app.Button().ID("target-"+e.Catalog+"-"+e.Tier).
						Aria("label", t(lang, "use.target")+" "+e.CatalogName+" "+e.TierName).
						Text(t(lang, "use.target")).OnClick(p.onTarget(e.Catalog, e.Tier), e.Catalog, e.Tier)),
				)
			})),
		),
	)
}

// cost is the pair's cost at the horizon, in the compared currency with
// its own price after it when the two differ.
func (v *vendorsView) cost(e rules.RankEntry) string {
	lang, c := v.Lang, e.MonthlyCost
	own := money(c.Horizon, c.Currency, lang)
	if v.Ranking.Currency == "" || v.Ranking.Currency == c.Currency {
		return own
	}
	return money(e.Compared, v.Ranking.Currency, lang) + lang.Paren(own)
}

// flags mark what to distrust: old data, low confidence, illustrative
// numbers.
func (v *vendorsView) flags(e rules.RankEntry) app.UI {
	lang := v.Lang
	var fs []string
	if e.Stale() {
		fs = append(fs, t(lang, "flag.stale", i18n.Num(int64(*e.DataAgeMonths))))
	}
	if e.Confidence == "low" {
		fs = append(fs, t(lang, "flag.low"))
	}
	if e.Illustrative {
		fs = append(fs, t(lang, "flag.illustrative"))
	}
	return app.Range(fs).Slice(func(i int) app.UI { return app.Span().Class("flag").Text(fs[i]) })
}
