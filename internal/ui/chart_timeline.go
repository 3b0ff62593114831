package ui

import (
	"sort"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"tierfit/plans"
	"tierfit/rules"

	"tierfit/internal/i18n"
)

// rolloutChart: the phases as horizontal bars over the days from D (the
// axis says so, with D's date when the plan is dated), drawn as an
// invisible offset stacked under each visible bar; empty for a plan with
// no steps (watch).
func rolloutChart(phases []plans.Phase, lang i18n.Lang) chartData {
	if len(phases) == 0 {
		return chartData{}
	}
	axis := t(lang, "ch.days")
	if d := phases[0].Start; d != "" {
		axis = t(lang, "ch.days.dated", d)
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(animationOff, fitLabels, charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(false)}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", AxisLabel: &opts.AxisLabel{Interval: "0"}}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Name: axis, NameLocation: "middle", NameGap: 22}))
	d := chartData{Head: []string{t(lang, "ch.phase"), t(lang, "ch.from"), t(lang, "ch.to")}}
	first := phases[0].From
	var names []string
	var offset, length []opts.BarData
	for i := len(phases) - 1; i >= 0; i-- { // first phase on top
		ph := phases[i]
		label := ph.Label
		from, to := dayName(ph.From-first, lang), dayName(ph.To-first, lang)
		if ph.Start != "" {
			label += " " + ph.Start[5:] // MM-DD; the table and the checklist have the full dates
			from, to = ph.Start, ph.End
		}
		names = append(names, label)
		offset = append(offset, opts.BarData{Value: ph.From - first})
		length = append(length, opts.BarData{Value: ph.To - ph.From + 1})
		d.Rows = append([][]string{{ph.Label, from, to}}, d.Rows...)
	}
	bar.SetXAxis(names)
	bar.AddSeries("offset", offset, charts.WithBarChartOpts(opts.BarChart{Stack: "t"}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: "transparent"}))
	bar.AddSeries(axis, length, charts.WithBarChartOpts(opts.BarChart{Stack: "t"}))
	bar.XYReversal()
	bar.Validate()
	d.Option = string(bar.JSONNotEscaped())
	return d
}

// dayName is a day offset from D: "D", "D+7", "D-3".
func dayName(n int, lang i18n.Lang) string {
	switch {
	case n == 0:
		return "D"
	case n > 0:
		return "D+" + i18n.Num(int64(n))
	}
	return "D" + i18n.Num(int64(n))
}

// vendorChart: the cost at the horizon of each vendor's best fitting tier
// (the first fitting pair of its catalog in the ranking's order), as
// horizontal bars in one currency: the ranking's when rates were stated,
// else the given currency, the others listed as not drawn. Height is the
// chart's height in pixels, so the labels never overlap on a phone.
func vendorChart(r *rules.Ranking, currency string, lang i18n.Lang) (d chartData, height int) {
	if r.Currency != "" {
		currency = r.Currency
	}
	d.Head = []string{t(lang, "col.vendor"), t(lang, "col.horizon") + " (" + currency + ")"}
	var names []string
	var data []opts.BarData
	seen := map[string]bool{}
	others := map[string]bool{}
	for _, e := range r.Entries {
		if !e.Fits || seen[e.Catalog] {
			continue
		}
		seen[e.Catalog] = true
		v := e.MonthlyCost.Horizon
		if r.Currency != "" {
			v = e.Compared
		} else if e.MonthlyCost.Currency != currency {
			others[e.CatalogName] = true
			continue
		}
		short, _, _ := strings.Cut(e.CatalogName, " — ")
		name := short + " · " + e.TierName
		names = append(names, name)
		data = append(data, costBar(v, lang))
		d.Rows = append(d.Rows, []string{name, money(v, currency, lang)})
	}
	if len(others) > 0 {
		d.Notes = []string{t(lang, "ch.vendors.others", strings.Join(sortedKeys(others), lang.Comma()))}
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(animationOff, tooltipOn,
		charts.WithGridOpts(opts.Grid{ContainLabel: opts.Bool(true), Left: "8", Right: "48", Top: "8", Bottom: "8"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Inverse: opts.Bool(true),
			AxisLabel: &opts.AxisLabel{Interval: "0", Width: 130, Overflow: "break"}}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Name: currency}))
	bar.SetXAxis(names)
	bar.AddSeries(currency, data, charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: "right"}))
	bar.XYReversal()
	bar.Validate()
	d.Option = string(bar.JSONNotEscaped())
	return d, 70 + 64*len(names)
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
