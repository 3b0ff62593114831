package plans

import (
	"strings"
	"time"

	"tierfit/internal/i18n"
	"tierfit/rules"
)

// todayText is the evaluation's today as a date, or "today".
func (c *checklist) todayText() string {
	if d, ok := rules.ParseDay(c.ev.Today); ok {
		return c.w.date(d)
	}
	return c.w.t("today")
}

func (c *checklist) cutover() {
	w, sc := &c.w, c.sc
	w.heading(2, w.t("h.cutover"))
	w.due = w.day(sc, sc.cutover)
	w.task(w.t("c.window", w.day(sc, sc.cutover), clock(sc.hour), esc(sc.zone)))
	if sc.dated && riskyDay(sc.date(sc.cutover)) {
		w.task(w.t("c.weekend", w.list("weekday")[sc.date(sc.cutover).Weekday()]))
	}
	w.task(w.t("c.freeze", w.day(sc, sc.cutover-2), w.day(sc, sc.monitorEnd())))
	w.due = w.day(sc, sc.monitorEnd())
	w.task(w.t("c.monitor", w.num(int64(sc.monitor)), w.day(sc, sc.cutover), w.day(sc, sc.monitorEnd())))
	w.task(w.t("c.feedback"))
	w.task(w.t("c.exit"))
	w.due = w.day(sc, sc.monitorEnd()+decommissionAt)
	old := c.tierLabel(c.cat, c.cur)
	if c.stopgap != nil {
		old = c.tierLabel(c.cat, *c.stopgap)
	}
	w.task(w.t("c.decom", w.day(sc, sc.monitorEnd()+decommissionAt), old))
}

// rollbackTarget names where a rollback sends traffic: the tier left,
// unless it refuses today's usage; then the stopgap tier, or nowhere.
func (c *checklist) rollbackTarget() (string, bool) {
	switch {
	case len(c.refused) == 0:
		return c.tierLabel(c.cat, c.cur), true
	case c.stopgap != nil:
		return c.tierLabel(c.cat, *c.stopgap), true
	}
	return "", false
}

func (c *checklist) rollback() {
	w, sc := &c.w, c.sc
	w.heading(2, w.t("h.rollback"))
	w.due = w.day(sc, -rehearsalDays)
	w.task(w.t("r.triggers"))
	w.task(w.t("r.who"))
	w.line("- " + w.t("r.steps"))
	target, ok := c.rollbackTarget()
	for i, key := range []string{"r.flag", "r.route", "r.reverse", "r.kill", "r.verify"} {
		s := w.t(key)
		if key == "r.route" {
			if ok {
				s = w.t(key, target)
			} else {
				s = w.t("r.route_none", c.tierLabel(c.cat, c.cur), c.refusedText())
			}
		}
		w.line("  " + itoa(i+1) + ". [ ] " + s + w.dueText() + " — " + w.t("owner"))
	}
	if len(c.refused) > 0 && ok {
		w.task(w.t("r.not_back", c.tierLabel(c.cat, c.cur), c.refusedText()))
	}
	d, dc, x, fits := budget(sc.rollback)
	w.task(w.t("r.budget", w.num(int64(d)), w.num(int64(dc)), w.num(int64(x)), w.num(int64(sc.rollback))))
	if !fits {
		w.task(w.t("k.budget_short", w.num(int64(sc.rollback)), w.num(minBudget)))
	}
	if m := c.s.Usage.MessagesPerDay; m != nil {
		during := int64(*m) * int64(sc.rollback) / (24 * 60)
		w.task(w.t("r.rpo", w.num(int64(*m)), w.num(during), w.num(int64(sc.rollback))))
	} else {
		w.task(w.t("r.rpo.unknown"))
	}
	w.task(w.t("r.rehearse", w.day(sc, -rehearsalDays)))
	w.due = w.day(sc, sc.monitorEnd())
	w.task(w.t("r.reconcile"))
}

func itoa(i int) string { return i18n.Num(int64(i)) }

func (c *checklist) pitfalls() {
	w, sc := &c.w, c.sc
	w.heading(2, w.t("h.pitfalls"))
	w.due = w.day(sc, -goNoGoDays)
	w.task(w.t("p.clients"))
	w.task(w.t("p.timing", clock(sc.hour)+" "+esc(sc.zone)))
	w.task(w.t("p.rehearse", w.day(sc, -rehearsalDays)))
	w.task(w.t("p.comms"))
}

func (c *checklist) comms() {
	w, sc := &c.w, c.sc
	w.heading(2, w.t("h.comms"))
	when := w.day(sc, sc.cutover) + " " + clock(sc.hour)
	rows := [][]string{
		{w.t("m.before"), w.day(sc, -sc.notice), w.t("aud.users"), w.t("msg.notice")},
		{w.t("m.before"), w.day(sc, -sc.notice), w.t("aud.support"), w.t("msg.brief")},
		{w.t("m.cut"), w.day(sc, sc.cutover-reminderDays), w.t("aud.all"), w.t("msg.maint", when)},
		{w.t("m.cut"), w.day(sc, sc.cutover-1), w.t("aud.all"), w.t("msg.maint", when)},
		{w.t("m.day"), w.day(sc, sc.cutover), w.t("aud.all"), w.t("msg.done")},
		{w.t("m.after"), w.day(sc, sc.monitorEnd()), w.t("aud.team"), w.t("msg.report")},
	}
	w.table([]string{w.t("col.when"), w.t("col.date"), w.t("col.aud"), w.t("col.msg")}, rows)
	w.due = w.day(sc, -sc.notice)
	w.task(w.t("k.send"))
	w.heading(3, w.t("notice.h"))
	if sc.dated {
		w.line("> " + w.t("notice", c.name(), w.day(sc, 0), w.day(sc, sc.cutover), clock(sc.hour), esc(sc.zone)))
	} else {
		w.line("> " + w.t("notice.undated", c.name()))
	}
}

// timeline draws the plan's steps as a Mermaid gantt chart: on dates when
// the plan has them, else on day numbers (day 1 is the first bar's day,
// which the line above the chart names).
func (c *checklist) timeline() {
	w, sc := &c.w, c.sc
	var bars []Phase
	c.bars(func(label string, from, to int) { bars = append(bars, Phase{Label: label, From: from, To: to}) })
	if len(bars) == 0 {
		return
	}
	w.heading(2, w.t("h.timeline"))
	first := bars[0].From
	for _, b := range bars {
		first = min(first, b.From)
	}
	base := sc.start
	axis := "%Y-%m-%d"
	if !sc.dated {
		// Day numbers: day 1 falls on 2001-01-01, a year with 365 days, and
		// the axis prints the day of the year.
		base = time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -first)
		axis = w.t("t.axis")
		w.line(w.t("t.days", w.day(sc, first)))
		w.blank()
	}
	iso := func(off int) string { return rules.FormatDay(base.AddDate(0, 0, off)) }
	var b strings.Builder
	b.WriteString("```mermaid\ngantt\n  dateFormat YYYY-MM-DD\n  axisFormat " + axis + "\n")
	b.WriteString("  title " + mermaidText(c.s.Name) + "\n")
	last := ""
	for _, bar := range bars {
		if section := c.section(bar.From); section != last {
			b.WriteString("  section " + mermaidText(section) + "\n")
			last = section
		}
		b.WriteString("  " + mermaidText(bar.Label) + " : " + iso(bar.From) + ", " + itoa(bar.To-bar.From+1) + "d\n")
	}
	b.WriteString("```")
	w.line(strings.ReplaceAll(b.String(), "%%", "%"))
}

// bars calls draw for every bar of the timeline, in order: the kind's own
// steps (none for a watch plan).
func (c *checklist) bars(draw func(label string, from, to int)) {
	w, sc := &c.w, c.sc
	switch c.kind {
	case Watch:
		return
	case PlanChange:
		draw(w.t("gt.contract"), -sc.assess, -changeContract)
		draw(w.t("gt.gonogo"), -goNoGoDays, -goNoGoDays)
		draw(w.t("gt.change"), 0, 0)
		draw(w.t("gt.monitor"), 0, sc.monitorEnd())
		return
	case Expedited:
		draw(w.t("gt.change"), 0, 0)
		draw(w.t("gt.test"), 0, 2)
		draw(w.t("gt.monitor"), 0, sc.monitorEnd())
		return
	}
	draw(w.t("gt.assess"), -sc.assess, -sc.staging-1)
	draw(w.t("gt.notice"), -sc.notice, -sc.notice)
	draw(w.t("gt.staging"), -sc.staging, -1)
	draw(w.t("gt.rehearse"), -rehearsalDays, -rehearsalDays)
	draw(w.t("gt.gonogo"), -goNoGoDays, -goNoGoDays)
	draw(w.t("gt.copy"), -fullCopyDays, -fullCopyDays)
	for _, st := range sc.steps[:len(sc.steps)-1] {
		draw(w.t("gt.step", pct(st.percent)), st.from, st.to)
	}
	draw(w.t("gt.cutover"), sc.cutover, sc.cutover)
	draw(w.t("gt.monitor"), sc.cutover, sc.monitorEnd())
}

// section names the gantt section a bar starting on day from belongs to.
func (c *checklist) section(from int) string {
	switch {
	case from < 0:
		return c.w.t("gt.prepare")
	case from < c.sc.cutover:
		return c.w.t("gt.gray")
	}
	return c.w.t("gt.cutover")
}
