package plans

import (
	"tierfit/rules"
)

// questions writes, for the verify decision, what to ask the vendor first:
// each question as a task with the number it needs, due before the
// decision, and what each answer means for the plan that follows.
func (c *checklist) questions() {
	w := &c.w
	w.heading(2, w.t("h.questions", esc(c.cat.Name)))
	w.line(w.t("q.intro", esc(c.cur.Name), esc(c.cat.Name)))
	w.blank()
	w.due = c.decideBy()
	for _, q := range c.ev.Questions {
		w.task(w.t("q.ask", esc(c.cat.Name), esc(q)))
	}
	w.task(w.t("q.decide", esc(c.cur.Name)))
	w.due = ""
}

// change writes a plan change at the same vendor: the contract and
// billing, the switch in the console, checks that the new limits are live,
// what a downgrade deletes or switches off, the rollback (switching back)
// with its own limits, the watch after the change and who to tell. An
// expedited change (users refused today) switches first and tests after,
// and never rolls back to the tier that refuses them.
func (c *checklist) change() {
	w, sc := &c.w, c.sc
	vendor, from, to := esc(c.cat.Name), esc(c.cur.Name), esc(c.rec.Name)
	n := 1
	section := func(key string, args ...string) {
		w.heading(2, itoa(n)+". "+w.t(key, args...))
		n++
	}
	if c.kind == Expedited {
		section("h.now", from)
		w.line(w.t("x.intro", from, c.refusedText()))
		w.blank()
		w.due = w.day(sc, 0)
		w.task(w.t("x.switch", from, to, vendor))
		w.task(w.t("c.features", to, c.addedFeatures()))
		w.due = w.day(sc, 2)
		w.task(w.t("x.contract", to, c.moneyIn(c.rec.MonthlyCost.Now, c.cat.Currency)))
	} else {
		section("h.contract")
		w.due = w.day(sc, -changeContract)
		if c.unknowns > 0 {
			w.task(w.t("a.confirm", w.num(int64(c.unknowns))))
		}
		w.task(w.t("a.budget", c.moneyIn(c.rec.MonthlyCost.Now, c.cat.Currency), c.moneyIn(c.rec.MonthlyCost.Horizon, c.cat.Currency),
			w.num(int64(c.ev.HorizonMonths)), c.money(c.cur.MonthlyCost.Now), from))
		w.task(w.t("c.billing", to))
		w.task(w.t("c.back", from))
		section("h.console", vendor)
		w.due = c.at(0)
		w.task(w.t("c.switch", from, to, vendor))
		w.task(w.t("c.features", to, c.addedFeatures()))
	}
	section("h.check", to)
	w.due = w.day(sc, 0)
	w.task(w.t("c.limits", to, c.limitsText(c.recEval, c.recTier)))
	w.task(w.t("c.smoke"))
	if c.kind == Expedited {
		w.task(w.t("x.refused_gone"))
		w.due = w.day(sc, 2)
		for _, item := range w.list("reg.items") {
			w.task(w.t("s.reg", item))
		}
	}
	if losses := c.downgrade(); len(losses) > 0 {
		section("h.downgrade", from, to)
		w.due = w.day(sc, -changeContract)
		for _, l := range losses {
			w.task(l)
		}
	}
	c.switchBack(section)
	section("h.after", to)
	w.due = w.day(sc, sc.monitorEnd())
	for _, a := range c.alerts(c.recTier, 100-c.ev.HeadroomPercent) {
		w.task(w.t("c.alert", w.num(a.level), rules.MetricName(a.metric, w.lang), pct(100-c.ev.HeadroomPercent), to, a.of))
	}
	w.task(w.t("c.watch", w.num(int64(sc.monitor)), w.day(sc, 0), w.day(sc, sc.monitorEnd())))
	c.changeComms(section)
	w.due = ""
}

// switchBack writes the rollback of a plan change: switch back, unless the
// tier left refuses today's usage; then never, and what to do instead.
func (c *checklist) switchBack(section func(string, ...string)) {
	w, sc := &c.w, c.sc
	from, to := esc(c.cur.Name), esc(c.rec.Name)
	if len(c.refused) > 0 {
		section("h.noback", from)
	} else {
		section("h.switchback")
	}
	w.due = w.day(sc, sc.monitorEnd())
	w.task(w.t("r.triggers"))
	w.task(w.t("r.who"))
	if len(c.refused) > 0 {
		w.task(w.t("x.noback", from, c.refusedText()))
		w.task(w.t("x.instead", to, esc(c.cat.Name)))
	} else {
		w.task(w.t("c.switchback", from, c.limitsText(c.ev, c.curTier)))
		w.task(w.t("c.switchback_loss", to))
	}
	d, dc, x, _ := budget(sc.rollback)
	w.task(w.t("r.budget", w.num(int64(d)), w.num(int64(dc)), w.num(int64(x)), w.num(int64(sc.rollback))))
}

// changeComms tells support and the team, and users only when the change
// takes something away from them (two weeks ahead, a reminder before).
func (c *checklist) changeComms(section func(string, ...string)) {
	w, sc := &c.w, c.sc
	section("h.comms")
	w.due = w.day(sc, -1)
	if c.kind == Expedited {
		w.due = w.day(sc, 0)
	}
	w.task(w.t("c.tell", esc(c.rec.Name), w.day(sc, 0)))
	if len(c.downgrade()) > 0 && c.kind != Expedited {
		w.due = w.day(sc, -sc.notice)
		w.task(w.t("c.notice", w.day(sc, 0)))
		w.due = w.day(sc, -reminderDays)
		w.task(w.t("c.remind"))
	}
}

// addedFeatures names the features the scenario needs that the new tier
// adds over the current one, or says there are none.
func (c *checklist) addedFeatures() string {
	var added []string
	for _, f := range c.s.Needs.Features {
		if !contains(c.curTier.Features, f) && contains(c.recTier.Features, f) {
			added = append(added, esc(rules.FeatureName(f, c.w.lang)))
		}
	}
	if len(added) == 0 {
		return c.w.t("none_needed")
	}
	return joinIDs(added, c.w.lang)
}

// limitsText lists a tier's known limits: "MAU 10,000 (included), …".
func (c *checklist) limitsText(ev *rules.Evaluation, t *rules.Tier) string {
	var parts []string
	for _, u := range ev.Use(t, c.s) {
		if u.Limit != nil || u.Kind == "unlimited" {
			parts = append(parts, metricLabel(c.w.lang, u.Metric)+" "+c.limit(u))
		}
	}
	if len(parts) == 0 {
		return rules.UnknownValue(c.w.lang)
	}
	return joinList(parts, c.w.lang)
}

// downgrade lists what moving to the new tier deletes or switches off: a
// shorter history (export it first), a smaller group size, features the
// current tier has and the new one lacks.
func (c *checklist) downgrade() []string {
	w := &c.w
	var out []string
	from, to := c.curTier, c.recTier
	if a, b := from.Limits.HistoryDays, to.Limits.HistoryDays; a != nil && b != nil && *b < *a {
		out = append(out, w.t("g.history", esc(c.rec.Name), w.num(int64(*b)), esc(c.cur.Name), w.num(int64(*a))))
	}
	if a, b := from.Limits.GroupMembers, to.Limits.GroupMembers; a != nil && b != nil && *b < *a {
		largest := w.t("not_given")
		if g := c.s.Usage.MaxGroupMembers; g != nil {
			largest = w.num(int64(*g))
		}
		out = append(out, w.t("g.groups", esc(c.rec.Name), w.num(int64(*b)), largest))
	}
	if from.Features != nil && to.Features != nil && !to.FeaturesPartial {
		var lost []string
		for _, f := range from.Features {
			if !contains(to.Features, f) {
				lost = append(lost, esc(rules.FeatureName(f, w.lang)))
			}
		}
		if len(lost) > 0 {
			out = append(out, w.t("g.features", joinIDs(lost, w.lang), esc(c.rec.Name)))
		}
	}
	return out
}
