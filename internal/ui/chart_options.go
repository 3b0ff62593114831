package ui

import (
	"math"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"tierfit/plans"
	"tierfit/rules"

	"tierfit/internal/i18n"
)

func buildCharts(s rules.Scenario, cat *rules.Catalog, ev *rules.Evaluation, target *plans.Target, lang i18n.Lang) chartSet {
	return chartSet{
		Use:     useChart(s, cat, ev, lang),
		Growth:  growthChart(s, cat, ev, lang),
		Cost:    costChart(ev, lang),
		Rollout: rolloutChart(plans.Phases(s, cat, ev, plans.Options{Target: target}), lang),
	}
}

var (
	animationOff = charts.WithAnimation(false) // redraws on every keystroke must not replay animations
	// The grid keeps axis labels inside the chart box.
	fitLabels = charts.WithGridOpts(opts.Grid{ContainLabel: opts.Bool(true), Left: "8", Right: "64", Top: "40", Bottom: "28"})
	legendTop = charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "0"})
	tooltipOn = charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true)})
	// Mark lines say what they are: their name, which carries the number.
	namedLines = charts.WithMarkLineStyleOpts(opts.MarkLineStyle{Symbol: []string{"none", "none"},
		Label: &opts.Label{Show: opts.Bool(true), Formatter: "{b}", Position: "insideEndTop"}})
	// On a horizontal bar chart the lines stand upright: names go above.
	namedUpright = charts.WithMarkLineStyleOpts(opts.MarkLineStyle{Symbol: []string{"none", "none"},
		Label: &opts.Label{Show: opts.Bool(true), Formatter: "{b}", Position: "end"}})
)

// useMax is where the use chart's axis ends: a bar past it is drawn to the
// edge with its real value written on it.
const useMax = 200

// useChart: how much of each limit the current and the recommended tier's
// usage takes now, as horizontal bars per metric, with the limit (100 %)
// and the alert level (100 − headroom) as named lines.
func useChart(s rules.Scenario, cat *rules.Catalog, ev *rules.Evaluation, lang i18n.Lang) chartData {
	ids := uniq(ev.CurrentTier, ev.Recommended)
	uses := make([][]rules.MetricUse, len(ids))
	for i, id := range ids {
		uses[i] = ev.Use(cat.Tier(id), s)
	}
	d := chartData{Head: []string{t(lang, "col.metric")}}
	var names []string
	for _, u := range uses[0] {
		names = append(names, rules.MetricName(u.Metric, lang))
		d.Rows = append(d.Rows, []string{rules.MetricName(u.Metric, lang)})
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(animationOff, fitLabels, legendTop, tooltipOn,
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Inverse: opts.Bool(true), AxisLabel: &opts.AxisLabel{Interval: "0"}}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Min: 0, Max: useMax, Name: "%"}))
	bar.SetXAxis(names)
	for i, id := range ids {
		name := cat.Tier(id).Name
		d.Head = append(d.Head, name)
		var data []opts.BarData
		for j, u := range uses[i] {
			label := useLabel(u, lang)
			d.Rows[j] = append(d.Rows[j], label)
			v := 0.0
			if u.UseNow != nil {
				v = math.Min(*u.UseNow, useMax)
			}
			data = append(data, opts.BarData{Value: v, Label: &opts.Label{Show: opts.Bool(true), Position: "right", Formatter: label, Color: "#1b2430"}})
		}
		var so []charts.SeriesOpts
		if i == 0 {
			level := 100 - ev.HeadroomPercent
			so = append(so, namedUpright, charts.WithMarkLineNameXAxisItemOpts(
				opts.MarkLineNameXAxisItem{Name: t(lang, "ch.limit"), XAxis: 100},
				opts.MarkLineNameXAxisItem{Name: t(lang, "ch.alert", i18n.Dec(level)), XAxis: level}))
		}
		bar.AddSeries(name, data, so...)
	}
	bar.XYReversal()
	bar.Validate()
	d.Option = string(bar.JSONNotEscaped())
	d.Notes = []string{t(lang, "ch.use.note", i18n.Dec(100-ev.HeadroomPercent))}
	return d
}

// useLabel is a bar's value in words: "17%", "2,400%" (drawn clipped at
// the axis end), or why there is no bar.
func useLabel(u rules.MetricUse, lang i18n.Lang) string {
	switch {
	case u.UseNow != nil:
		return i18n.Num(int64(math.Round(*u.UseNow))) + "%"
	case u.Now == nil:
		return t(lang, "bar.not_given")
	case u.Kind == "unlimited":
		return t(lang, "bar.unlimited")
	case u.Kind == "not_metered":
		return t(lang, "bar.not_metered")
	}
	return t(lang, "bar.unknown")
}

func uniq(a, b string) []string {
	if a == b || b == "" {
		return []string{a}
	}
	return []string{a, b}
}

// growthChart: DAU, MAU and peak concurrency over the horizon on a log
// scale (users and caps differ a hundredfold), with the current and the
// recommended tier's limits as named lines carrying their full numbers,
// and the month the current tier's headroom is lost.
func growthChart(s rules.Scenario, cat *rules.Catalog, ev *rules.Evaluation, lang i18n.Lang) chartData {
	line := charts.NewLine()
	line.SetGlobalOptions(animationOff, fitLabels, legendTop,
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Name: t(lang, "ch.month")}),
		charts.WithYAxisOpts(opts.YAxis{Type: "log"}))
	metrics := []rules.Metric{rules.DAU, rules.MAU, rules.PeakConcurrent}
	d := chartData{Head: []string{t(lang, "ch.month")}}
	months := make([]string, len(ev.Projection))
	for i, p := range ev.Projection {
		months[i] = i18n.Num(int64(p.Month))
		d.Rows = append(d.Rows, []string{months[i]})
	}
	line.SetXAxis(months)
	cur := ev.Tier(ev.CurrentTier)
	for _, m := range metrics {
		d.Head = append(d.Head, rules.MetricName(m, lang))
		var data []opts.LineData
		for i, p := range ev.Projection {
			v := map[rules.Metric]*int64{rules.DAU: p.DAU, rules.MAU: p.MAU, rules.PeakConcurrent: p.PeakConcurrent}[m]
			data = append(data, opts.LineData{Value: intValue(v)})
			d.Rows[i] = append(d.Rows[i], numOr(v, lang))
		}
		var marks []opts.MarkLineNameYAxisItem
		for _, id := range uniq(ev.CurrentTier, ev.Recommended) {
			for _, c := range caps(cat.Tier(id), ev.Use(cat.Tier(id), s), m, lang) {
				marks = append(marks, opts.MarkLineNameYAxisItem{Name: c.name, YAxis: c.value})
				d.Notes = append(d.Notes, c.name)
			}
		}
		so := []charts.SeriesOpts{namedLines}
		if len(marks) > 0 {
			so = append(so, charts.WithMarkLineNameYAxisItemOpts(marks...))
		}
		if m == rules.MAU && cur.HeadroomLostMonth != nil {
			lost := t(lang, "ch.lost", cur.Name, i18n.Num(int64(*cur.HeadroomLostMonth)))
			so = append(so, charts.WithMarkLineNameXAxisItemOpts(opts.MarkLineNameXAxisItem{Name: lost, XAxis: *cur.HeadroomLostMonth}))
			d.Notes = append(d.Notes, lost)
		}
		line.AddSeries(rules.MetricName(m, lang), data, so...)
	}
	line.Validate()
	d.Option = string(line.JSONNotEscaped())
	return d
}

// A capLine is one limit drawn on the growth chart.
type capLine struct {
	name  string
	value int64
}

// caps are a tier's limits on metric m: its hard cap or included amount
// (the amount now; a share of MAU grows with it) and its plan maximum.
func caps(tier *rules.Tier, use []rules.MetricUse, m rules.Metric, lang i18n.Lang) []capLine {
	var out []capLine
	for _, u := range use {
		if u.Metric != m || u.Limit == nil || *u.Limit <= 0 {
			continue
		}
		key := "cap.included"
		if u.Kind == "hard_cap" {
			key = "cap.hard"
		}
		out = append(out, capLine{t(lang, key, tier.Name, rules.MetricName(m, lang), i18n.Num(*u.Limit)), *u.Limit})
		if u.Max != nil {
			out = append(out, capLine{t(lang, "cap.max", tier.Name, rules.MetricName(m, lang), i18n.Num(*u.Max)), *u.Max})
		}
	}
	return out
}

// costChart: every tier's monthly cost now and at the horizon, as
// horizontal bars (tier names stay readable on a phone); an unknown cost
// is written "unknown" where its bar would be, never left empty.
func costChart(ev *rules.Evaluation, lang i18n.Lang) chartData {
	bar := charts.NewBar()
	bar.SetGlobalOptions(animationOff, fitLabels, legendTop, tooltipOn,
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Inverse: opts.Bool(true), AxisLabel: &opts.AxisLabel{Interval: "0"}}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Name: ev.Currency}))
	nowName, laterName := t(lang, "cost.now"), monthLabel(lang, ev.HorizonMonths)
	d := chartData{Head: []string{t(lang, "col.tier"), nowName, laterName}}
	var names []string
	var now, later []opts.BarData
	for _, tr := range ev.Tiers {
		names = append(names, tr.Name)
		now = append(now, costBar(tr.MonthlyCost.Now, lang))
		later = append(later, costBar(tr.MonthlyCost.Horizon, lang))
		d.Rows = append(d.Rows, []string{tr.Name, money(tr.MonthlyCost.Now, ev.Currency, lang), money(tr.MonthlyCost.Horizon, ev.Currency, lang)})
	}
	bar.SetXAxis(names)
	bar.AddSeries(nowName, now)
	bar.AddSeries(laterName, later)
	bar.XYReversal()
	bar.Validate()
	d.Option = string(bar.JSONNotEscaped())
	return d
}

// costBar is a cost's horizontal bar: unknown is a zero-length bar
// labelled "unknown", free a zero labelled "0".
func costBar(v *float64, lang i18n.Lang) opts.BarData {
	switch {
	case v == nil:
		return opts.BarData{Value: 0, Label: &opts.Label{Show: opts.Bool(true), Position: "right", Formatter: t(lang, "bar.unknown"), Color: "#1b2430"}}
	case *v == 0:
		return opts.BarData{Value: 0, Label: &opts.Label{Show: opts.Bool(true), Position: "right", Formatter: "0", Color: "#1b2430"}}
	}
	return opts.BarData{Value: *v}
}

func intValue(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}

// numOr is a number, or "not given".
func numOr(v *int64, lang i18n.Lang) string {
	if v == nil {
		return t(lang, "bar.not_given")
	}
	return i18n.Num(*v)
}

func monthLabel(lang i18n.Lang, m int) string { return t(lang, "month", i18n.Num(int64(m))) }
