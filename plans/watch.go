package plans

import (
	"math"

	"tierfit/rules"
)

// watch writes the plan for "nothing moves": each limit with today's use,
// the alert level at (100 − headroom) % and the month it is reached at the
// stated growth; the alerts to set; a review date; what to prepare.
func (c *checklist) watch() {
	w := &c.w
	h := c.ev.HeadroomPercent
	level := 100 - h
	w.heading(2, w.t("h.watch", esc(c.cur.Name)))
	intro := "w.intro"
	switch c.ev.Decision {
	case rules.Verify:
		intro = "w.intro_verify"
	case rules.NoFit, rules.UpgradeNow:
		intro = "w.intro_nofit"
	}
	w.line(w.t(intro, esc(c.cur.Name), pct(level)))
	w.blank()
	alerts, _, review := c.watchPlan()
	var rows [][]string
	for _, a := range alerts {
		rows = append(rows, []string{metricLabel(w.lang, a.metric), c.amount(a.now), a.limit, w.num(a.level), c.reachedText(a.month)})
	}
	if len(rows) > 0 {
		w.table([]string{w.t("col.metric"), w.t("col.now"), w.t("col.limit", esc(c.cur.Name)), w.t("col.alert", pct(level)), w.t("col.reached")}, rows)
	}
	w.due = c.monthDate(0)
	for _, a := range alerts {
		if a.month == 0 {
			w.task(w.t("w.over", rules.MetricName(a.metric, w.lang), c.amount(a.now), pct(level), a.of))
			continue
		}
		w.task(w.t("w.alert", w.num(a.level), rules.MetricName(a.metric, w.lang), pct(level), esc(c.cur.Name), a.of))
	}
	w.due = c.monthDate(review)
	w.task(w.t("w.review"))
	if next := c.ev.NextTier(c.cat, c.cur.ID); next != nil {
		w.task(w.t("w.prepare", esc(next.Name), c.moneyIn(next.MonthlyCost.Horizon, c.cat.Currency), w.num(int64(c.ev.HorizonMonths))))
		for _, g := range rules.Gains(c.curTier, c.cat.Tier(next.ID), w.lang) {
			w.line("  - " + esc(g))
		}
	} else {
		w.task(w.t("w.prepare_none", esc(c.cat.Name)))
	}
	w.task(w.t("w.rerun"))
	w.due = ""
}

// watchPlan is the watch plan's alerts, the first month one is reached (-1:
// none at the stated growth) and the review month: a month before the first
// alert, or the horizon.
func (c *checklist) watchPlan() (alerts []alert, first, review int) {
	alerts = c.alerts(c.curTier, 100-c.ev.HeadroomPercent)
	first = -1
	for _, a := range alerts {
		if a.month >= 0 && (first < 0 || a.month < first) {
			first = a.month
		}
	}
	review = c.ev.HorizonMonths
	if first >= 0 && first-1 < review {
		review = max(first-1, 0)
	}
	return alerts, first, review
}

// watchDates are the watch plan's key dates: the alerts and the review.
func (c *checklist) watchDates() {
	w := &c.w
	alerts, first, review := c.watchPlan()
	w.key("k.alerts", w.t("k.alerts_text", w.num(int64(len(alerts))), pct(100-c.ev.HeadroomPercent), c.reachedText(first)))
	w.key("k.review", c.monthDate(review))
}

// An alert is one limit the watch plan watches.
type alert struct {
	metric rules.Metric
	now    *int64
	limit  string // the limit as the table shows it
	of     string // what the level is a share of, in a sentence
	level  int64  // the alert level
	month  int    // the month usage reaches it; -1: not at the stated growth
}

// alerts are the watch plan's limits: a hard cap, or an included quota's
// plan maximum (else its included amount: overage starts there). Needs do
// not grow, and unknown, unlimited and unmetered limits have nothing to
// alert on.
func (c *checklist) alerts(t *rules.Tier, level float64) []alert {
	growth := 0.0
	if g := c.s.Usage.MonthlyGrowthPercent; g != nil {
		growth = *g
	}
	var out []alert
	for _, u := range c.ev.Use(t, c.s) {
		if u.Limit == nil || (u.Kind != "hard_cap" && u.Kind != "included") {
			continue
		}
		base, what := *u.Limit, "al.included"
		switch {
		case u.Kind == "hard_cap":
			what = "al.hard"
		case u.Max != nil:
			base, what = *u.Max, "al.max"
		}
		a := alert{metric: u.Metric, now: u.Now, limit: c.limit(u), of: c.w.t(what, c.w.num(base)),
			level: int64(math.Floor(float64(base) * level / 100)), month: -1}
		grows := u.LimitHorizon == nil || *u.LimitHorizon == *u.Limit || u.Max != nil
		switch {
		case u.Now == nil:
		case *u.Now >= a.level:
			a.month = 0
		case grows && growth > 0 && *u.Now > 0:
			a.month = int(math.Ceil(math.Log(float64(a.level)/float64(*u.Now)) / math.Log(1+growth/100)))
		}
		out = append(out, a)
	}
	return out
}

// reachedText says when an alert level is reached.
func (c *checklist) reachedText(month int) string {
	switch {
	case month < 0:
		return c.w.t("w.never")
	case month == 0:
		return c.w.t("w.now")
	}
	return c.monthDate(month)
}

// monthDate is the date m months after D, or "month m" when undated.
func (c *checklist) monthDate(m int) string {
	if !c.sc.dated {
		return c.w.t("col.month", c.w.num(int64(m)))
	}
	return c.w.date(c.sc.start.AddDate(0, m, 0))
}
