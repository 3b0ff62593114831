package plans

import (
	"math"
	"strconv"

	"tierfit/rules"
)

func pct(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func (c *checklist) assess() {
	w, sc := &c.w, c.sc
	if len(c.refused) > 0 {
		w.heading(2, w.t("h.stopgap", esc(c.cur.Name)))
		w.due = c.todayText()
		if c.stopgap != nil {
			w.task(w.t("x.stopgap", esc(c.cur.Name), esc(c.stopgap.Name), esc(c.cat.Name), c.refusedText()))
		} else {
			w.task(w.t("x.nostopgap", esc(c.cat.Name), c.refusedText()))
		}
	}
	w.heading(2, w.t("h.assess"))
	w.due = w.day(sc, -sc.staging-1)
	if c.unknowns > 0 {
		w.task(w.t("a.confirm", w.num(int64(c.unknowns))))
	}
	w.task(w.t("a.budget", c.moneyIn(c.rec.MonthlyCost.Now, c.recCat.Currency), c.moneyIn(c.rec.MonthlyCost.Horizon, c.recCat.Currency),
		w.num(int64(c.ev.HorizonMonths)), c.money(c.cur.MonthlyCost.Now), esc(c.cur.Name)))
	w.task(w.t("a.contract", esc(c.rec.Name)))
	if n := c.s.Needs.SLAPercent; n != nil && *n > 0 {
		w.task(w.t("a.sla", pct(*n), esc(finding(c.rec, "sla"))))
	}
	w.task(w.t("a.escalation"))
	w.task(w.t("a.owners"))
	w.blank()
	phases := w.list("ph.items")
	dates := [][2]int{{-sc.assess, -sc.staging - 1}, {-sc.staging, -1}, {0, sc.cutover - 1},
		{-fullCopyDays, sc.cutover}, {sc.cutover, sc.monitorEnd()}, {-rehearsalDays, sc.monitorEnd()}}
	var rows [][]string
	for i, p := range phases {
		rows = append(rows, []string{p, "____", "____", w.day(sc, dates[i][0]) + " – " + w.day(sc, dates[i][1])})
	}
	w.table([]string{w.t("col.phase"), w.t("col.owner"), w.t("col.approver"), w.t("col.dates")}, rows)
	w.task(w.t("a.freeze"))
	w.due = w.day(sc, -goNoGoDays)
	w.task(w.t("a.gonogo", w.day(sc, -goNoGoDays), w.num(int64(sc.rollback))))
}

// finding returns the sentence of a tier's rule, or "".
func finding(tr rules.TierResult, rule string) string {
	for _, f := range tr.Findings {
		if f.Rule == rule {
			return f.Message
		}
	}
	return ""
}

func (c *checklist) staging() {
	w := &c.w
	w.heading(2, w.t("h.staging"))
	w.due = w.day(c.sc, -goNoGoDays-1)
	w.task(w.t("s.changelog", esc(c.rec.Name)))
	for _, item := range w.list("reg.items") {
		w.task(w.t("s.reg", item))
	}
	for _, f := range c.s.Needs.Features {
		w.task(w.t("s.feature", esc(rules.FeatureName(f, w.lang))))
	}
	w.task(w.t("s.edge.retry"))
	w.task(w.t("s.edge.order"))
	w.task(w.t("s.edge.device"))
	h := c.ev.HorizonMonths
	if p := c.ev.Projection[len(c.ev.Projection)-1].PeakConcurrent; p != nil {
		target := int64(math.Ceil(float64(*p) * 1.5))
		w.task(w.t("s.load", w.num(int64(h)), w.num(target), pct(c.success), w.num(c.p95), pct(c.errorRate)))
	} else {
		w.task(w.t("s.load.unknown", w.num(int64(h)), pct(c.success), w.num(c.p95)))
	}
	w.task(w.t("s.compat"))
	w.task(w.t("s.flag"))
	w.task(w.t("s.rbtest"))
}

func (c *checklist) gray() {
	w, sc := &c.w, c.sc
	w.heading(2, w.t("h.gray"))
	w.line(w.t("g.intro"))
	w.blank()
	smp := c.samples()
	var rows [][]string
	for i, st := range sc.steps {
		bake := w.t("days", w.num(int64(st.to-st.from+1)))
		rows = append(rows, []string{strconv.Itoa(i + 1), pct(st.percent) + "%", w.day(sc, st.from), w.day(sc, st.to),
			bake, w.t("cohort.user", pct(st.percent)), smp.cell(w, i)})
	}
	w.table([]string{w.t("col.step"), w.t("col.users"), w.t("col.start"), w.t("col.end"), w.t("col.bake"), w.t("col.cohort"),
		w.t("col.sample", w.num(smp.need))}, rows)
	smp.advice(w)

	w.line(w.t("g.thresholds") + ":")
	w.blank()
	rows = rows[:0]
	for i, st := range sc.steps {
		p95 := w.num(c.p95) + " ms"
		delta := w.t("delta", pct(deltaSuccess), pct(deltaP95))
		if i == 0 && len(sc.steps) > 1 {
			p95, delta = w.t("not_judged"), w.t("not_judged")
		}
		rows = append(rows, []string{pct(st.percent) + "%", pct(c.success) + "%", p95, pct(c.crashFree) + "%", pct(c.errorRate) + "%", delta})
	}
	w.table([]string{w.t("col.users"), w.t("col.success"), w.t("col.p95"), w.t("col.crash"), w.t("col.errors"), w.t("col.delta")}, rows)
	w.line(w.t("g.defaults", pct(defaultSuccess), w.num(defaultP95), pct(defaultCrashFree), pct(defaultErrorRate)))
	w.blank()
	w.due = w.day(sc, -1)
	w.task(w.t("g.compare"))
	w.task(w.t("g.peak"))
	w.task(w.t("g.one"))
	for i := 1; i < len(sc.steps); i++ {
		prev, next := sc.steps[i-1], sc.steps[i]
		w.due = w.day(sc, next.from)
		w.task(w.t("g.gate", pct(prev.percent)+"%", pct(next.percent)+"%", w.day(sc, next.from)))
	}
}

func (c *checklist) data() {
	w, sc := &c.w, c.sc
	w.heading(2, w.t("h.data"))
	if c.switching {
		w.line(w.t("d.switch", esc(c.cat.Name), esc(c.recCat.Name)))
	} else {
		w.line(w.t("d.same", esc(c.rec.Name)))
	}
	w.blank()
	w.due = w.day(sc, -fullCopyDays-1)
	w.task(w.t("d.idmap"))
	w.task(w.t("d.practice"))
	w.line("- " + w.t("d.order"))
	for _, item := range w.list("imp.items") {
		w.line("  - [ ] " + w.t("d.step", item) + w.dueText() + " — " + w.t("owner"))
	}
	w.due = w.day(sc, -fullCopyDays)
	w.task(w.t("d.full", w.day(sc, -fullCopyDays), clock(sc.hour), esc(sc.zone)))
	w.due = w.day(sc, sc.cutover)
	w.task(w.t("d.incr"))
	w.task(w.t("d.sample", w.num(int64(sampleSize(z99, 0.01))), pct(z99)))
	w.task(w.t("d.changed"))
	w.task(w.t("d.dual"))
}
