package plans

import (
	"strconv"
	"strings"

	"tierfit/rules"

	"tierfit/internal/i18n"
)

// summary writes what the plan rests on: the catalog and its sources, the
// decision, usage against the limits of the tier kept or moved to, the
// cost, the upgrade signals and what to verify about that tier.
func (c *checklist) summary() {
	w := &c.w
	w.heading(2, w.t("h.summary"))
	w.bullet(w.label("project") + c.name())
	w.bullet(w.label("catalog") + esc(c.cat.Name) + w.paren(c.cat.Currency+", "+c.cat.AsOf+", "+w.confidence(c.cat.Confidence)))
	w.bullet(w.label("sources") + c.sourcesText(c.cat.Sources))
	if c.switching {
		w.bullet(w.label("sources_to") + c.sourcesText(c.recCat.Sources))
	}
	w.bullet(w.label("decision") + "**" + c.decision() + "** — " + reasons(c.ev.Reasons, w.lang))
	if c.rec.ID == c.ev.Recommended && !c.switching && c.kind != Watch {
		w.bullet(w.label("why_tier") + esc(c.ev.RecommendedWhy))
	}
	c.usageTable()
	c.costTable()
	c.priceNotes()
	w.heading(3, w.t("h.signals"))
	if len(c.ev.Signals) == 0 {
		w.line(w.t("no_signals"))
	}
	for _, sig := range c.ev.Signals {
		w.bullet(esc(sig.Message))
	}
	c.verifyList()
}

// verifyList lists what to confirm with the vendor about the tier the plan
// ends on (the current one only when nothing moves): the caveats, the
// unknowns and a low-confidence catalog. What concerns only the tier being
// left is not asked.
func (c *checklist) verifyList() {
	w := &c.w
	w.heading(3, w.t("h.verify"))
	w.due = c.decideBy()
	defer func() { w.due = "" }()
	n := 0
	for _, cv := range append(append([]string(nil), c.ev.Caveats...), c.targetCaveats()...) {
		w.task(esc(cv))
		n++
	}
	for _, f := range c.rec.Findings {
		if f.Status == rules.Unknown && !contains(c.ev.Questions, f.Message) {
			w.task(esc(f.Message))
			n++
		}
	}
	if c.recCat.Confidence != "high" {
		w.task(w.t("verify_low", w.confidence(c.recCat.Confidence), c.recCat.AsOf, esc(c.rec.Name)))
		n++
	}
	if n == 0 {
		w.line(w.t("no_unknowns"))
	}
	c.unknowns = n
}

// usageTable shows usage now and at the horizon against each limit of the
// current and the destination tier (only the current one when nothing
// moves), with the utilization in percent.
func (c *checklist) usageTable() {
	w := &c.w
	h := c.ev.HorizonMonths
	w.heading(3, w.t("h.usage"))
	header := []string{w.t("col.metric"), w.t("col.now"), w.t("col.month", w.num(int64(h))),
		w.t("col.limit", esc(c.cur.Name)), w.t("col.util", esc(c.cur.Name))}
	moving := c.kind != Watch
	if moving {
		header = append(header, w.t("col.limit", esc(c.rec.Name)), w.t("col.util", esc(c.rec.Name)))
	}
	estimated := map[string]bool{}
	for _, e := range c.ev.Estimates {
		estimated[e.Field] = true
	}
	curUse, recUse := c.ev.Use(c.curTier, c.s), c.recEval.Use(c.recTier, c.s)
	var rows [][]string
	for i, u := range curUse {
		now, later := c.amount(u.Now), c.amount(u.Horizon)
		if estimated[string(u.Metric)] {
			now, later = w.t("estimated", now), w.t("estimated", later)
		}
		row := []string{metricLabel(w.lang, u.Metric), now, later, c.limit(u), c.use(u.UseNow, u.UseHorizon)}
		if moving {
			r := recUse[i]
			row = append(row, c.limit(r), c.use(r.UseNow, r.UseHorizon))
		}
		rows = append(rows, row)
	}
	w.table(header, rows)
}

func (c *checklist) amount(v *int64) string {
	if v == nil {
		return c.w.t("not_given")
	}
	return c.w.num(*v)
}

// limit describes a limit: "500 (hard cap)", "5,000 (included, max 50,000)".
func (c *checklist) limit(u rules.MetricUse) string {
	w := &c.w
	switch {
	case u.Kind == "unlimited":
		return w.t("no_limit")
	case u.Kind == "not_metered":
		return w.t("not_metered")
	case u.Limit == nil:
		return rules.UnknownValue(w.lang)
	case u.Kind == "hard_cap":
		return w.num(*u.Limit) + w.paren(w.t("hard"))
	case u.Kind == "included":
		s := w.t("included")
		if u.Max != nil {
			s += w.t("max", w.num(*u.Max))
		}
		return w.num(*u.Limit) + w.paren(s)
	}
	return w.num(*u.Limit)
}

// use shows utilization now → at the horizon.
func (c *checklist) use(now, later *float64) string {
	f := func(p *float64) string {
		if p == nil {
			return "—"
		}
		return strconv.FormatFloat(*p, 'f', 0, 64) + "%"
	}
	if now == nil && later == nil {
		return "—"
	}
	return f(now) + " → " + f(later)
}

// metricLabel is a metric's name as a table row heading, with its unit
// where the metric has one.
func metricLabel(lang i18n.Lang, m rules.Metric) string {
	switch m {
	case rules.HistoryDays:
		return rules.MetricLabel(m, lang) + lang.Paren(words.Msg(lang, "unit.days"))
	case rules.APIQPS:
		return rules.MetricLabel(m, lang) + lang.Paren(words.Msg(lang, "unit.qps"))
	}
	return rules.MetricLabel(m, lang)
}

// costTable shows the monthly cost of the current and destination tiers.
func (c *checklist) costTable() {
	w := &c.w
	w.heading(3, w.t("h.cost"))
	header := []string{w.t("col.tier"), w.t("col.cost0"), w.t("col.costH", w.num(int64(c.ev.HorizonMonths)))}
	rows := [][]string{{c.tierLabel(c.cat, c.cur), c.money(c.cur.MonthlyCost.Now), c.money(c.cur.MonthlyCost.Horizon)}}
	if c.kind != Watch {
		rows = append(rows, []string{c.tierLabel(c.recCat, c.rec), c.moneyIn(c.rec.MonthlyCost.Now, c.recCat.Currency),
			c.moneyIn(c.rec.MonthlyCost.Horizon, c.recCat.Currency)})
	}
	w.table(header, rows)
}

// money formats a cost of the scenario's own catalog.
func (c *checklist) money(v *float64) string { return c.moneyIn(v, c.cat.Currency) }

func (c *checklist) moneyIn(v *float64, currency string) string { return money(&c.w, v, currency) }

// priceNotes quotes the catalog's price notes of the current and the
// destination tier under the cost table: a price is only as good as what
// the vendor says it covers (a prepay, a slider, an older list price).
func (c *checklist) priceNotes() {
	w := &c.w
	tiers := []rules.TierResult{c.cur}
	if c.kind != Watch {
		tiers = append(tiers, c.rec)
	}
	for i, tr := range tiers {
		if tr.PriceNote == "" {
			continue
		}
		cat := c.cat
		if i == 1 {
			cat = c.recCat
		}
		w.bullet(w.t("price_note", c.tierLabel(cat, tr)) + w.colon() + esc(tr.PriceNote))
	}
	w.blank()
}

// targetCaveats are the caveats of a target in another catalog that the
// scenario's own evaluation does not already carry.
func (c *checklist) targetCaveats() []string {
	if c.recEval == c.ev {
		return nil
	}
	var out []string
	for _, cv := range c.recEval.Caveats {
		if !contains(c.ev.Caveats, cv) {
			out = append(out, cv)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// sourceLinks writes a catalog's sources as links a wiki can follow; a
// source that is not an http(s) address stays text.
// sourcesText is the sources as links, or says there are none.
func (c *checklist) sourcesText(sources []string) string {
	if len(sources) == 0 {
		return c.w.t("no_sources")
	}
	return sourceLinks(sources)
}

func sourceLinks(sources []string) string {
	out := make([]string, len(sources))
	for i, src := range sources {
		out[i] = link(src)
	}
	return strings.Join(out, ", ")
}

// decideBy is when the summary's questions need their answers: before the
// go/no-go of a move, within a week for a watch plan.
func (c *checklist) decideBy() string {
	switch c.kind {
	case Watch:
		return c.w.day(c.sc, 7)
	case Expedited:
		return c.w.day(c.sc, 2)
	}
	return c.w.day(c.sc, -goNoGoDays)
}
