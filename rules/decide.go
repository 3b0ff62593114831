package rules

import "strings"

// decide applies the decision rules in their order.
func (ev *Evaluation) decide(cat *Catalog, lang string) {
	cur := ev.Tier(ev.CurrentTier)
	anyFits := false
	for _, t := range ev.Tiers {
		anyFits = anyFits || t.Fits
	}
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
	default:
		ev.Decision = Stay
		ev.Reasons = append(ev.Reasons, msg(lang, "dec.stay", txt(cur.Name), num(int64(ev.HorizonMonths))))
	}
}

// recommend picks the cheapest tier at the horizon among those that keep
// their headroom through it; failing that, among those that fit through
// it; then among those that fit now; then the tier with fewest failures.
// Tiers whose cost is unknown come after priced ones; ties keep catalog order.
func (ev *Evaluation) recommend(cat *Catalog, lang string) {
	steps := []struct {
		name, key string
		ok        func(t *TierResult) bool
	}{
		{"headroom", "rec.headroom", func(t *TierResult) bool { return t.Headroom }},
		{"all_months", "rec.all_months", func(t *TierResult) bool { return t.FitsHorizon }},
		{"now", "rec.now", func(t *TierResult) bool { return t.Fits }},
	}
	for _, st := range steps {
		best := -1
		for i := range ev.Tiers {
			if st.ok(&ev.Tiers[i]) && (best < 0 || cheaper(&ev.Tiers[i], &ev.Tiers[best])) {
				best = i
			}
		}
		if best >= 0 {
			t := ev.Tiers[best]
			ev.Recommended, ev.RecommendedCase = t.ID, st.name
			ev.RecommendedWhy = msg(lang, st.key, txt(t.Name), num(int64(ev.HorizonMonths)))
			return
		}
	}
	best := 0
	for i, t := range ev.Tiers {
		if t.Failures < ev.Tiers[best].Failures {
			best = i
		}
	}
	t := ev.Tiers[best]
	ev.Recommended, ev.RecommendedCase = t.ID, "fewest_failures"
	ev.RecommendedWhy = msg(lang, "rec.fewest", txt(t.Name), num(int64(ev.HorizonMonths)), num(int64(t.Failures)))
}

// cheaper orders by known horizon cost; an unknown cost is never cheaper,
// and equal costs keep catalog order (the caller scans in that order).
func cheaper(a, b *TierResult) bool {
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
			sep := "; "
			if lang == "zh" {
				sep = "；"
			}
			ev.Signals = append(ev.Signals, Signal{id, msg(lang, "sig."+id, txt(cur.Name), txt(strings.Join(details, sep)))})
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
