package rules

import "math"

// evaluateTier runs every rule: the static ones once with sentences, the
// monthly ones with sentences for month 0 and as counts for later months.
func evaluateTier(e *env, t *Tier, months []month, currency string) TierResult {
	r := TierResult{ID: t.ID, Name: t.Name, Confidence: t.Confidence, FitsHorizon: true, Headroom: true}
	r.Findings = make([]Finding, 0, len(Rules))
	e.facts = factsOf(t)
	e.text = true
	for _, rule := range Rules {
		f := rule.check(e, &months[0], t)
		r.Findings = append(r.Findings, f)
		switch f.Status {
		case Fail:
			r.Failures++
		case Unknown:
			r.Unknowns++
		}
	}
	r.Fits = r.Failures == 0
	// Static rules do not change with the month: their first failure breaks
	// the headroom from month 0 on, whatever the monthly rules say.
	staticLost := -1
	for i, rule := range Rules {
		if !rule.Monthly && r.Findings[i].Status == Fail {
			r.FitsHorizon = false
			if staticLost < 0 {
				staticLost = i
			}
		}
	}
	e.text = false
	for m := range months {
		lost := -1
		for i, rule := range Rules {
			if !rule.Monthly {
				if i == staticLost && lost < 0 {
					lost = i
				}
				continue
			}
			st := r.Findings[i].Status
			if m > 0 {
				st = rule.check(e, &months[m], t).Status
			}
			if st == Fail {
				r.FitsHorizon = false
			}
			if lost < 0 && (st == Fail || st == Warn) {
				lost = i
			}
		}
		if lost >= 0 && r.Headroom {
			r.Headroom = false
			mm := m
			r.HeadroomLostMonth = &mm
			e.text = true
			f := Rules[lost].check(e, &months[m], t)
			e.text = false
			r.LostBy = &f
		}
		if !r.Headroom && !r.FitsHorizon {
			break // nothing later can change either flag
		}
	}
	r.Findings = bySeverity(r.Findings)
	r.MonthlyCost = MonthlyCost{Now: cost(t, &e.facts, &months[0]), Horizon: cost(t, &e.facts, &months[len(months)-1]), Currency: currency}
	return r
}

// bySeverity orders findings failures first, keeping rule order within a
// status: an insertion sort in place, stable and without allocating.
func bySeverity(fs []Finding) []Finding {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].Status.severity() < fs[j-1].Status.severity(); j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
	return fs
}

// cost is the tier's price plus the overage of every included quota that
// usage exceeds; nil when the price or a needed overage rate is unknown.
func cost(t *Tier, facts *tierFacts, u *month) *float64 {
	if t.PriceMonth == nil {
		return nil
	}
	total := *t.PriceMonth
	for _, m := range usageMetrics {
		x := &facts[slot(m)]
		if x.hard || x.unlimited {
			continue
		}
		limit, limitKnown := x.includedBy(u)
		v, known := u.get(m)
		o, priced := x.overage, x.priced
		switch {
		case !known && priced && limitKnown:
			return nil // billed by usage nobody gave
		case !known || !limitKnown || v <= limit:
		case !priced:
			return nil
		default:
			total += o.Cost(v - limit)
		}
	}
	total = math.Round(total*100) / 100
	return &total
}
