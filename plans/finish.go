package plans

import (
	"strings"

	"tierfit/rules"
)

func (c *checklist) cutover() {
	w, sc := &c.w, c.sc
	w.heading(2, w.t("h.cutover"))
	w.task(w.t("c.window", w.day(sc, sc.cutover), clock(sc.hour), esc(sc.zone)))
	if sc.dated && riskyDay(sc.date(sc.cutover)) {
		w.task(w.t("c.weekend", w.list("weekday")[sc.date(sc.cutover).Weekday()]))
	}
	w.task(w.t("c.freeze", w.day(sc, sc.cutover-2), w.day(sc, sc.monitorEnd())))
	w.task(w.t("c.monitor", w.num(int64(sc.monitor)), w.day(sc, sc.cutover), w.day(sc, sc.monitorEnd())))
	w.task(w.t("c.feedback"))
	w.task(w.t("c.exit"))
	w.task(w.t("c.decom", w.day(sc, sc.monitorEnd()+decommissionAt), c.tierLabel(c.cat, c.cur)))
}

// budget splits the rollback minutes into detect, decide and execute.
func budget(total int) (detect, decide, execute int) {
	detect, decide = total*2/5, total/5
	return detect, decide, total - detect - decide
}

func (c *checklist) rollback() {
	w, sc := &c.w, c.sc
	w.heading(2, w.t("h.rollback"))
	w.task(w.t("r.triggers"))
	w.task(w.t("r.who", "____"))
	w.line("- " + w.t("r.steps"))
	for i, key := range []string{"r.flag", "r.route", "r.reverse", "r.kill", "r.verify"} {
		s := w.t(key)
		if key == "r.route" {
			s = w.t(key, c.tierLabel(c.cat, c.cur))
		}
		w.line("  " + itoa(i+1) + ". [ ] " + s + " — " + w.t("owner"))
	}
	d, dc, x := budget(sc.rollback)
	w.task(w.t("r.budget", w.num(int64(d)), w.num(int64(dc)), w.num(int64(x)), w.num(int64(sc.rollback))))
	if m := c.s.Usage.MessagesPerDay; m != nil {
		during := int64(*m) * int64(sc.rollback) / (24 * 60)
		w.task(w.t("r.rpo", w.num(int64(*m)), w.num(during), w.num(int64(sc.rollback))))
	} else {
		w.task(w.t("r.rpo.unknown"))
	}
	w.task(w.t("r.rehearse", w.day(sc, -rehearsalDays)))
	w.task(w.t("r.reconcile"))
}

func itoa(i int) string { return rules.Num(int64(i)) }

func (c *checklist) pitfalls() {
	w, sc := &c.w, c.sc
	w.heading(2, w.t("h.pitfalls"))
	w.task(w.t("p.clients"))
	w.task(w.t("p.timing", clock(sc.hour)+" "+esc(sc.zone)))
	w.task(w.t("p.rehearse", w.day(sc, -rehearsalDays)))
	w.task(w.t("p.comms"))
}

func (c *checklist) comms() {
	w, sc := &c.w, c.sc
	w.heading(2, w.t("h.comms"))
	rows := [][]string{
		{w.t("m.before"), w.day(sc, -noticeDays), w.t("aud.users"), w.t("msg.notice")},
		{w.t("m.before"), w.day(sc, -noticeDays), w.t("aud.support"), w.t("msg.brief")},
		{w.t("m.cut"), w.day(sc, sc.cutover-reminderDays), w.t("aud.all"), w.t("msg.maint", w.day(sc, sc.cutover)+" "+clock(sc.hour))},
		{w.t("m.cut"), w.day(sc, sc.cutover-1), w.t("aud.all"), w.t("msg.maint", w.day(sc, sc.cutover)+" "+clock(sc.hour))},
		{w.t("m.day"), w.day(sc, sc.cutover), w.t("aud.all"), w.t("msg.done")},
		{w.t("m.after"), w.day(sc, sc.monitorEnd()), w.t("aud.team"), w.t("msg.report")},
	}
	w.table([]string{w.t("col.when"), w.t("col.date"), w.t("col.aud"), w.t("col.msg")}, rows)
	w.task(w.t("k.send"))
	w.heading(3, w.t("notice.h"))
	w.line("> " + w.t("notice", c.name(), w.day(sc, 0), w.day(sc, sc.cutover), clock(sc.hour), esc(sc.zone)))
}

// timeline draws the phases and steps as a Mermaid gantt chart.
func (c *checklist) timeline() {
	w, sc := &c.w, c.sc
	w.heading(2, w.t("h.timeline"))
	if !sc.dated {
		w.line(w.t("t.nodate"))
		return
	}
	iso := func(off int) string { return sc.date(off).Format("2006-01-02") }
	var b strings.Builder
	b.WriteString("```mermaid\ngantt\n  dateFormat YYYY-MM-DD\n")
	b.WriteString("  title " + mermaidText(c.s.Name) + "\n")
	last := ""
	bar := func(label string, from, to int) {
		b.WriteString("  " + mermaidText(label) + " : " + iso(from) + ", " + itoa(to-from+1) + "d\n")
	}
	c.bars(func(label string, from, to int) {
		if section := c.section(from); section != last {
			b.WriteString("  section " + mermaidText(section) + "\n")
			last = section
		}
		bar(label, from, to)
	})
	b.WriteString("```")
	w.line(strings.ReplaceAll(b.String(), "%%", "%"))
}

// bars calls draw for every bar of the timeline, in order.
func (c *checklist) bars(draw func(label string, from, to int)) {
	w, sc := &c.w, c.sc
	draw(w.t("gt.assess"), -assessDays, -stagingDays-1)
	draw(w.t("gt.staging"), -stagingDays, -1)
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
