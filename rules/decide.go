package rules

import (
	"strings"

	"tierfit/internal/i18n"
)

// decide applies the decision rules in their order: no_fit, upgrade_now,
// plan_upgrade, verify, switch_to_save, stay. It runs after recommend.
func (ev *Evaluation) decide(cat *Catalog, lang i18n.Lang) {
	cur := ev.Tier(ev.CurrentTier)
	anyFits := false
	for i, t := range ev.Tiers {
		anyFits = anyFits || (t.Fits && cat.Tiers[i].Candidate())
	}
	rec := ev.Tier(ev.Recommended)
	switch {
	case !anyFits:
		ev.Decision = NoFit
		ev.Reasons = append(ev.Reasons, msg(lang, "dec.no_fit", txt(cat.Name)))
	case !cur.Fits:
		ev.Decision = UpgradeNow
		ev.Reasons = append(ev.Reasons, msg(lang, "dec.upgrade_now", txt(cur.Name)))
		for _, f := range cur.Findings {
			if f.Status == Fail {
				ev.Reasons = append(ev.Reasons, f.Message)
			}
		}
	case !cur.Headroom:
		ev.Decision = PlanUpgrade
		m := *cur.HeadroomLostMonth
		ev.UpgradeWithinMonths = &m
		ev.Reasons = append(ev.Reasons, msg(lang, "dec.plan_upgrade", txt(cur.Name), num(int64(m)), num(int64(ev.HorizonMonths))), cur.LostBy.Message)
	case !cur.Verified:
		ev.Decision = Verify
		if m := *cur.UnverifiedMonth; m == 0 {
			ev.Reasons = append(ev.Reasons, msg(lang, "dec.verify", txt(cur.Name)))
		} else {
			ev.Reasons = append(ev.Reasons, msg(lang, "dec.verify_later", txt(cur.Name), num(int64(m))))
		}
		for _, f := range cur.Questions {
			ev.Questions = append(ev.Questions, f.Message)
		}
		ev.Reasons = append(ev.Reasons, ev.Questions...)
	case rec != nil && rec.ID != cur.ID && saves(cur, rec):
		ev.Decision = SwitchToSave
		ev.Saving = &Saving{Now: minus(cur.MonthlyCost.Now, rec.MonthlyCost.Now),
			Horizon: minus(cur.MonthlyCost.Horizon, rec.MonthlyCost.Horizon), Currency: cat.Currency}
		ev.Reasons = append(ev.Reasons, msg(lang, "dec.switch_to_save", txt(rec.Name), txt(i18n.Money(lang, *ev.Saving.Horizon, cat.Currency)),
			num(int64(ev.HorizonMonths)), txt(cur.Name), txt(i18n.Money(lang, *cur.MonthlyCost.Horizon, cat.Currency)),
			txt(i18n.Money(lang, *rec.MonthlyCost.Horizon, cat.Currency))))
	default:
		ev.Decision = Stay
		ev.Reasons = append(ev.Reasons, msg(lang, "dec.stay", txt(cur.Name), num(int64(ev.HorizonMonths))))
	}
	if !cat.Tier(cur.ID).Candidate() {
		ev.Reasons = append(ev.Reasons, msg(lang, "dec.status."+cur.Status, txt(cur.Name)))
	}
}

// saves reports whether rec is a verified tier that keeps its headroom
// through the horizon at a known cost below cur's known cost.
func saves(cur, rec *TierResult) bool {
	c, r := cur.MonthlyCost.Horizon, rec.MonthlyCost.Horizon
	return rec.Headroom && rec.Verified && c != nil && r != nil && *r < *c
}

// minus is a − b, nil when either is unknown.
func minus(a, b *float64) *float64 {
	if a == nil || b == nil {
		return nil
	}
	d := roundCents(*a - *b)
	return &d
}

// recommend picks among the tiers that may be recommended (not superseded,
// not placeholders), level by level: those that keep their headroom
// through the horizon; failing that, those that fit through it; then those
// that fit now. Within a level: verified at every month first, then a known
// horizon cost before an unknown one, then the lower cost, then catalog
// order. When none fits now, the closest: the fewest failing rules now,
// then the fewest usage warnings, then catalog order.
func (ev *Evaluation) recommend(cat *Catalog, lang i18n.Lang) {
	steps := []struct {
		name, key string
		ok        func(t *TierResult) bool
	}{
		{"headroom", "rec.headroom", func(t *TierResult) bool { return t.Headroom }},
		{"all_months", "rec.all_months", func(t *TierResult) bool { return t.FitsHorizon }},
		{"now", "rec.now", func(t *TierResult) bool { return t.Fits }},
	}
	candidate := func(i int) bool { return cat.Tiers[i].Candidate() }
	for _, st := range steps {
		best := -1
		for i := range ev.Tiers {
			if candidate(i) && st.ok(&ev.Tiers[i]) && (best < 0 || better(&ev.Tiers[i], &ev.Tiers[best])) {
				best = i
			}
		}
		if best >= 0 {
			t := ev.Tiers[best]
			ev.Recommended, ev.RecommendedCase = t.ID, st.name
			key := st.key
			if !t.Verified {
				key += "_unverified"
			}
			ev.RecommendedWhy = msg(lang, key, txt(t.Name), num(int64(ev.HorizonMonths)))
			return
		}
	}
	best := -1
	for i := range ev.Tiers {
		if !candidate(i) {
			continue
		}
		t, b := &ev.Tiers[i], (*TierResult)(nil)
		if best >= 0 {
			b = &ev.Tiers[best]
		}
		if b == nil || t.Failures < b.Failures || t.Failures == b.Failures && t.Warnings < b.Warnings {
			best = i
		}
	}
	if best < 0 {
		ev.RecommendedCase = "none"
		ev.RecommendedWhy = msg(lang, "rec.none", txt(cat.Name))
		return
	}
	t := ev.Tiers[best]
	ev.Recommended, ev.RecommendedCase = t.ID, "closest"
	ev.RecommendedWhy = msg(lang, "rec.closest", txt(t.Name), num(int64(ev.HorizonMonths)), num(int64(t.Failures)))
}

// NextTier is the tier a team moves to when the current one runs out: of
// the tiers on sale other than except, the best (as the recommendation
// orders them) that keeps its headroom through the horizon; nil when none
// does.
func (ev *Evaluation) NextTier(cat *Catalog, except string) *TierResult {
	var best *TierResult
	for i := range ev.Tiers {
		t := &ev.Tiers[i]
		if t.ID != except && cat.Tiers[i].Candidate() && t.Headroom && (best == nil || better(t, best)) {
			best = t
		}
	}
	return best
}

// better orders two tiers of one level: verified first, then a known
// horizon cost before an unknown one, then the lower cost. Equal tiers
// keep catalog order (the caller scans in that order).
func better(a, b *TierResult) bool {
	if a.Verified != b.Verified {
		return a.Verified
	}
	ca, cb := a.MonthlyCost.Horizon, b.MonthlyCost.Horizon
	switch {
	case ca == nil:
		return false
	case cb == nil:
		return true
	}
	return *ca < *cb
}

// Tier returns the result of the tier with id, or nil. The ids the
// evaluation names itself (CurrentTier, Recommended) always have one.
func (ev *Evaluation) Tier(id string) *TierResult {
	for i := range ev.Tiers {
		if ev.Tiers[i].ID == id {
			return &ev.Tiers[i]
		}
	}
	return nil
}

// signals reports the source article's upgrade signals seen on the current
// tier now, in a fixed order.
func (ev *Evaluation) signals(cat *Catalog, e *env, months []month) {
	cur := ev.Tier(ev.CurrentTier)
	t := cat.Tier(cur.ID)
	facts := factsOf(t)
	lang := e.lang
	byRule := map[string]Finding{}
	for _, f := range cur.Findings {
		byRule[f.Rule] = f
	}
	var near, quality, over []string
	for _, m := range usageMetrics {
		f, x := byRule[string(m)], &facts[slot(m)]
		if x.hard && (f.Status == Fail || f.Status == Warn) {
			near = append(near, f.Message)
		}
		if !x.hard && !x.unlimited {
			v, known := months[0].get(m)
			if limit, ok := x.includedBy(&months[0]); known && ok && v > limit {
				over = append(over, f.Message)
			}
		}
	}
	for _, id := range []string{"sla", "latency", "support"} {
		if f := byRule[id]; f.Status == Fail {
			quality = append(quality, f.Message)
		}
	}
	add := func(id string, details []string) {
		if len(details) > 0 {
			ev.Signals = append(ev.Signals, Signal{id, msg(lang, "signame."+id, txt(cur.Name)),
				msg(lang, "sig."+id, txt(cur.Name), txt(strings.Join(details, lang.Sep())))})
		}
	}
	failed := func(rule string) []string {
		if f := byRule[rule]; f.Status == Fail {
			return []string{f.Message}
		}
		return nil
	}
	add("concurrency_near_limit", near)
	add("feature_gap", failed("features"))
	add("region_gap", failed("regions"))
	add("quality_gap", quality)
	add("retention_gap", failed("history_days"))
	add("group_size_gap", failed("group_members"))
	add("overage", over)
}
