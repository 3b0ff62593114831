package plans

import (
	"math"

	"tierfit/rules"
)

// A Target is the tier a checklist moves to when it is not the recommended
// one: its catalog, that catalog's evaluation for the scenario, and the tier.
type Target struct {
	Catalog *rules.Catalog
	Eval    *rules.Evaluation
	Tier    string
}

// TargetOf evaluates the scenario's target among catalogs, with data ages
// counted to today (YYYY-MM-DD, or ""); nil when the scenario names none.
// The target's catalog is evaluated without a current tier unless it is
// the scenario's own.
func TargetOf(s rules.Scenario, catalogs []*rules.Catalog, today string) (*Target, rules.Problems) {
	if s.Target == nil {
		return nil, nil
	}
	if ps := s.Validate(catalogs); len(ps) > 0 {
		return nil, ps
	}
	cat := rules.CatalogByID(catalogs, s.Target.Catalog)
	ts := s.WithDefaults()
	if cat.ID != ts.Catalog {
		ts.CurrentTier = ""
	}
	ts.Catalog, ts.Target = cat.ID, nil
	ev, ps := rules.Evaluate(ts, cat, rules.Context{Today: today})
	if len(ps) > 0 {
		return nil, ps
	}
	return &Target{Catalog: cat, Eval: ev, Tier: s.Target.Tier}, nil
}

// vendorSwitch writes what moving to another vendor adds: the strategy,
// the ID map, export and import, the SDK swap per platform, the double
// billing of the overlap, and closing the old account.
func (c *checklist) vendorSwitch() {
	w, sc := &c.w, c.sc
	from, to := esc(c.cat.Name), esc(c.recCat.Name)
	end := sc.monitorEnd() + decommissionAt
	w.heading(2, w.t("h.switch", from, to))
	w.line(w.t("v.intro", from, to, w.day(sc, end)))
	w.blank()
	w.due = w.day(sc, -sc.staging)
	w.line("- " + w.t("v.strategy", w.day(sc, -sc.staging)))
	w.line("  - [ ] " + w.t("v.hard", w.day(sc, -rehearsalDays)) + w.dueText() + " — " + w.t("owner"))
	w.line("  - [ ] " + w.t("v.coexist", from, to) + w.dueText() + " — " + w.t("owner"))
	w.due = w.day(sc, -goNoGoDays)
	w.task(w.t("v.idmap"))
	w.task(w.t("v.export", from))
	w.task(w.t("v.practice", to))
	for _, platform := range w.list("v.platforms") {
		w.task(w.t("v.platform", platform, to, w.day(sc, end)))
	}
	w.due = w.day(sc, end)
	days := end + 1
	months := int64(math.Ceil(float64(days) / 30))
	w.task(w.t("v.billing", w.day(sc, 0), w.day(sc, end), w.num(months),
		c.moneyIn(c.cur.MonthlyCost.Now, c.cat.Currency), esc(c.cur.Name), c.moneyIn(c.rec.MonthlyCost.Horizon, c.recCat.Currency), esc(c.rec.Name)))
	w.task(w.t("v.rollback", from, w.day(sc, end)))
	w.task(w.t("v.decom", from, w.day(sc, end)))
}
