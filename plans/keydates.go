package plans

import (
	"strings"

	"tierfit/rules"

	"tierfit/internal/i18n"
)

// keyDates writes the first section of every export: what moves, the dates
// and the decisions a migration lead needs before anything else, and the
// warnings that change them (holiday freezes, a deadline missed, a rollback
// budget too short).
func (c *checklist) keyDates() {
	w, sc := &c.w, c.sc
	w.heading(2, w.t("h.key"))
	w.key("k.move", c.moveText())
	if !sc.dated {
		w.key("k.d", w.t("k.d."+string(c.kind)))
	} else if c.kind != Watch {
		w.key("k.d", w.day(sc, 0)+w.paren(w.t("k.d_is."+string(c.kind))))
	}
	switch c.kind {
	case Watch:
		c.watchDates()
	case PlanChange:
		w.key("k.gonogo", w.day(sc, -goNoGoDays))
		w.key("k.change", c.at(0))
		c.deadline()
		w.key("k.monitor", w.day(sc, 0)+" – "+w.day(sc, sc.monitorEnd()))
	case Expedited:
		w.key("k.change", w.day(sc, 0)+" — "+w.t("k.now"))
		w.key("k.monitor", w.day(sc, 0)+" – "+w.day(sc, sc.monitorEnd()))
	default:
		if c.stopgap != nil {
			w.key("k.stopgap", w.t("k.stopgap_text", esc(c.stopgap.Name), c.refusedText()))
		}
		w.key("k.notice", w.day(sc, -sc.notice))
		w.key("k.gonogo", w.day(sc, -goNoGoDays))
		w.key("k.first", w.day(sc, 0)+w.paren(pct(sc.steps[0].percent)+"%"))
		w.key("k.cutover", c.at(sc.cutover))
		w.key("k.monitor", w.day(sc, sc.cutover)+" – "+w.day(sc, sc.monitorEnd()))
	}
	if c.kind != Watch {
		d, dc, x, ok := budget(sc.rollback)
		w.key("k.rollback", w.t("k.budget", w.num(int64(sc.rollback)), w.num(int64(d)), w.num(int64(dc)), w.num(int64(x))))
		if !ok {
			w.warning(w.t("k.budget_short", w.num(int64(sc.rollback)), w.num(minBudget)))
		}
	}
	w.key("k.who", w.t("k.who."+string(c.kind)))
	for _, x := range c.freezes {
		when := w.date(x.from)
		if x.to.After(x.from) {
			when += " – " + w.date(x.to)
		}
		w.warning(w.t("k.freeze", x.what, when, x.freeze.name(w.lang), w.date(x.freeze.from), w.date(x.freeze.to)))
	}
	if len(c.freezes) > 0 {
		w.bullet(w.t("k.freeze_source", freezeSources()))
	}
	if !sc.zoneGiven && c.kind != Watch && c.kind != Expedited {
		w.bullet(w.t("k.zone", clock(sc.hour)))
	}
}

// moveText says what moves: nothing, a plan, or a vendor.
func (c *checklist) moveText() string {
	w := &c.w
	from, to := c.tierLabel(c.cat, c.cur), c.tierLabel(c.recCat, c.rec)
	switch c.kind {
	case Watch:
		return w.t("k.move.watch", from)
	case PlanChange, Expedited:
		return w.t("k.move.change", from, to, esc(c.cat.Name))
	case Migration:
		return w.t("k.move.migration", from, to, esc(c.cat.Name), c.changesText())
	}
	return w.t("k.move.switch", from, to)
}

// changesText names what a same-vendor migration changes besides the plan.
func (c *checklist) changesText() string {
	var names []string
	for _, ch := range c.s.Rollout.Changes {
		names = append(names, c.w.t("change."+ch))
	}
	return joinIDs(names, c.w.lang)
}

// refusedText quotes what the current tier refuses today.
func (c *checklist) refusedText() string {
	var parts []string
	for _, f := range c.refused {
		parts = append(parts, esc(f.Message))
	}
	return joinList(parts, c.w.lang)
}

// at is a day and the cutover hour in the scenario's time zone.
func (c *checklist) at(offset int) string {
	return c.w.day(c.sc, offset) + " " + clock(c.sc.hour) + " " + esc(c.sc.zone)
}

// deadline writes, for a planned upgrade, the month the headroom runs out:
// the change must be done before it.
func (c *checklist) deadline() {
	w, sc := &c.w, c.sc
	m := c.ev.UpgradeWithinMonths
	if c.ev.Decision != rules.PlanUpgrade || m == nil {
		return
	}
	lost := ""
	if c.cur.LostBy != nil {
		lost = esc(c.cur.LostBy.Message)
	}
	today, ok := rules.ParseDay(c.ev.Today)
	if !ok {
		w.key("k.deadline", w.t("k.deadline_month", w.num(int64(*m)), lost))
		return
	}
	by := today.AddDate(0, *m, 0)
	w.key("k.deadline", w.t("k.deadline_date", w.date(by), w.num(int64(*m)), lost))
	if sc.dated && sc.date(0).After(by) {
		w.warning(w.t("k.deadline_late", w.day(sc, 0), w.date(by)))
	}
}

// joinList joins items with the language's separator.
func joinList(items []string, lang i18n.Lang) string { return strings.Join(items, lang.Sep()) }

// joinIDs joins short items (ids, names) with the language's comma.
func joinIDs(items []string, lang i18n.Lang) string { return strings.Join(items, lang.Comma()) }
