package ui

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"tierfit/plans"
	"tierfit/rules"

	"tierfit/internal/i18n"
)

// chartSet holds the ECharts options (JSON) of the four charts. They are
// built from rules' and plans' results only; this file only draws.
type chartSet struct {
	Use, Growth, Cost, Rollout string
	Vendors                    string // with the vendor comparison open
}

func buildCharts(s rules.Scenario, cat *rules.Catalog, ev *rules.Evaluation, target *plans.Target, lang i18n.Lang) chartSet {
	return chartSet{
		Use:     useChart(s, cat, ev, lang),
		Growth:  growthChart(cat, ev, lang),
		Cost:    costChart(ev, lang),
		Rollout: rolloutChart(plans.Phases(s, cat, ev, plans.Options{Target: target})),
	}
}

var (
	animationOff = charts.WithAnimation(false) // redraws on every keystroke must not replay animations
	// The grid keeps axis labels inside the chart box.
	fitLabels = charts.WithGridOpts(opts.Grid{ContainLabel: opts.Bool(true), Left: "8", Right: "24", Top: "40", Bottom: "8"})
	// Every category gets its label.
	allLabels = charts.WithXAxisOpts(opts.XAxis{AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 25}})
)

func value(p *float64) any {
	if p == nil {
		return nil // ECharts leaves a gap: unknown is not zero
	}
	return *p
}

func intValue(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}

// useChart: how much of each limit the current and the recommended tier's
// usage takes now, in percent.
func useChart(s rules.Scenario, cat *rules.Catalog, ev *rules.Evaluation, lang i18n.Lang) string {
	bar := charts.NewBar()
	bar.SetGlobalOptions(animationOff, fitLabels, allLabels, charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "0"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true)}))
	var names []string
	for _, m := range []rules.Metric{rules.DAU, rules.MAU, rules.PeakConcurrent, rules.GroupMembers, rules.HistoryDays} {
		names = append(names, rules.MetricName(m, lang))
	}
	bar.SetXAxis(names)
	for _, id := range uniq(ev.CurrentTier, ev.Recommended) {
		var data []opts.BarData
		for _, u := range ev.Use(cat.Tier(id), s) {
			data = append(data, opts.BarData{Value: value(u.UseNow)})
		}
		bar.AddSeries(cat.Tier(id).Name, data)
	}
	bar.Validate()
	return string(bar.JSONNotEscaped())
}

func uniq(a, b string) []string {
	if a == b {
		return []string{a}
	}
	return []string{a, b}
}

// growthChart: DAU, MAU and peak concurrency over the horizon, with the
// current tier's caps and the month its headroom is lost.
func growthChart(cat *rules.Catalog, ev *rules.Evaluation, lang i18n.Lang) string {
	line := charts.NewLine()
	line.SetGlobalOptions(animationOff, fitLabels, charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "0"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}))
	months := make([]int, len(ev.Projection))
	for i := range months {
		months[i] = i
	}
	line.SetXAxis(months)
	cur := ev.Tier(ev.CurrentTier)
	tier := cat.Tier(cur.ID)
	for _, m := range []rules.Metric{rules.DAU, rules.MAU, rules.PeakConcurrent} {
		var data []opts.LineData
		for _, p := range ev.Projection {
			v := map[rules.Metric]*int64{rules.DAU: p.DAU, rules.MAU: p.MAU, rules.PeakConcurrent: p.PeakConcurrent}[m]
			data = append(data, opts.LineData{Value: intValue(v)})
		}
		var marks []opts.MarkLineNameYAxisItem
		if l := tier.Limits.Get(m); l != nil {
			marks = append(marks, opts.MarkLineNameYAxisItem{Name: tier.Name + " " + rules.MetricName(m, lang), YAxis: *l})
		}
		if mx, ok := tier.Max[m]; ok {
			marks = append(marks, opts.MarkLineNameYAxisItem{Name: tier.Name + " max", YAxis: mx})
		}
		seriesOpts := []charts.SeriesOpts{}
		if len(marks) > 0 {
			seriesOpts = append(seriesOpts, charts.WithMarkLineNameYAxisItemOpts(marks...))
		}
		if m == rules.DAU && cur.HeadroomLostMonth != nil {
			seriesOpts = append(seriesOpts, charts.WithMarkLineNameXAxisItemOpts(opts.MarkLineNameXAxisItem{
				Name: t(lang, "ch.lost"), XAxis: *cur.HeadroomLostMonth}))
		}
		line.AddSeries(rules.MetricName(m, lang), data, seriesOpts...)
	}
	line.Validate()
	return string(line.JSONNotEscaped())
}

// costChart: every tier's monthly cost now and at the horizon.
func costChart(ev *rules.Evaluation, lang i18n.Lang) string {
	bar := charts.NewBar()
	bar.SetGlobalOptions(animationOff, fitLabels, allLabels, charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "0"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true)}))
	var names []string
	var now, later []opts.BarData
	for _, t := range ev.Tiers {
		names = append(names, t.Name)
		now = append(now, opts.BarData{Value: value(t.MonthlyCost.Now)})
		later = append(later, opts.BarData{Value: value(t.MonthlyCost.Horizon)})
	}
	bar.SetXAxis(names)
	bar.AddSeries(t(lang, "cost.now")+" ("+ev.Currency+")", now)
	bar.AddSeries(monthLabel(lang, ev.HorizonMonths)+" ("+ev.Currency+")", later)
	bar.Validate()
	return string(bar.JSONNotEscaped())
}

// rolloutChart: the phases as bars over days, drawn as an invisible offset
// stacked under each visible bar; "" for a plan with no steps (watch).
func rolloutChart(phases []plans.Phase) string {
	if len(phases) == 0 {
		return ""
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(animationOff, fitLabels, charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(false)}),
		charts.WithYAxisOpts(opts.YAxis{AxisLabel: &opts.AxisLabel{Interval: "0"}}))
	first := phases[0].From
	var names []string
	var offset, length []opts.BarData
	for i := len(phases) - 1; i >= 0; i-- { // first phase on top
		ph := phases[i]
		label := ph.Label
		if ph.Start != "" {
			label += " " + ph.Start[5:] // MM-DD; the checklist has the full dates
		}
		names = append(names, label)
		offset = append(offset, opts.BarData{Value: ph.From - first})
		length = append(length, opts.BarData{Value: ph.To - ph.From + 1})
	}
	bar.SetXAxis(names)
	bar.AddSeries("offset", offset, charts.WithBarChartOpts(opts.BarChart{Stack: "t"}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: "transparent"}))
	bar.AddSeries("days", length, charts.WithBarChartOpts(opts.BarChart{Stack: "t"}))
	bar.XYReversal()
	bar.Validate()
	return string(bar.JSONNotEscaped())
}

func monthLabel(lang i18n.Lang, m int) string { return t(lang, "month", i18n.Num(int64(m))) }

// vendorChart: each vendor's best fitting tier's monthly cost at the
// horizon; one series per currency unless the ranking compares in one.
func vendorChart(r *rules.Ranking, lang i18n.Lang) string {
	bar := charts.NewBar()
	bar.SetGlobalOptions(animationOff, fitLabels, allLabels, charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "0"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true)}))
	var names []string
	series := map[string][]opts.BarData{}
	var currencies []string
	seen := map[string]bool{}
	for _, e := range r.Entries {
		if !e.Fits || seen[e.Catalog] {
			continue
		}
		seen[e.Catalog] = true
		names = append(names, e.CatalogName+" · "+e.TierName)
		cur, v := e.MonthlyCost.Currency, e.MonthlyCost.Horizon
		if r.Currency != "" {
			cur, v = r.Currency, e.Compared
		}
		if _, ok := series[cur]; !ok {
			currencies = append(currencies, cur)
		}
		for _, c := range currencies { // keep every series as long as the axis
			for len(series[c]) < len(names)-1 {
				series[c] = append(series[c], opts.BarData{Value: nil})
			}
		}
		series[cur] = append(series[cur], opts.BarData{Value: value(v)})
	}
	bar.SetXAxis(names)
	for _, c := range currencies {
		for len(series[c]) < len(names) {
			series[c] = append(series[c], opts.BarData{Value: nil})
		}
		bar.AddSeries(c, series[c], charts.WithBarChartOpts(opts.BarChart{Stack: "v"}))
	}
	bar.Validate()
	return string(bar.JSONNotEscaped())
}
