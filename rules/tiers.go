package rules

import "math"

// evaluateTier runs every rule: the static ones once with sentences, the
// monthly ones with sentences for month 0 and as counts for later months.
// Sentences for a later month are written only for the finding that broke
// the headroom and the questions that left the tier unverified.
func evaluateTier(e *env, t *Tier, months []month, currency string) TierResult {
	r := TierResult{ID: t.ID, Name: t.Name, Status: t.Status, Confidence: t.Confidence, PriceNote: t.PriceNote,
		Notes: t.Notes, FitsHorizon: true, Headroom: true, Verified: true}
	r.Findings = make([]Finding, 0, len(Rules))
	e.facts = factsOf(t)
	e.text = true
	for _, rule := range Rules {
		f := rule.check(e, &months[0], t)
		r.Findings = append(r.Findings, f)
		switch {
		case f.Status == Fail:
			r.Failures++
		case f.Status == Unknown:
			r.Unknowns++
		case f.Status == Warn && rule.Monthly:
			r.Warnings++
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
		var seen uint8 // useFlags of this month's usage findings, or-ed
		for i, rule := range Rules {
			if !rule.Monthly {
				if i == staticLost && lost < 0 {
					lost = i
				}
				continue
			}
			f := r.Findings[i]
			if m > 0 {
				f = rule.check(e, &months[m], t)
			}
			seen |= f.flags
			if f.Status == Fail {
				r.FitsHorizon = false
			}
			if lost < 0 && (f.Status == Fail || f.Status == Warn) {
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
		if r.Verified && (seen&overUnknown != 0 || seen&knownUse == 0) {
			r.Verified = false
			mm := m
			r.UnverifiedMonth = &mm
			r.Questions = questions(e, t, &months[m])
		}
		if !r.Headroom && !r.FitsHorizon && !r.Verified {
			break // nothing later can change a flag
		}
	}
	r.Findings = bySeverity(r.Findings)
	now, nowParts := cost(t, &e.facts, &months[0])
	horizon, horizonParts := cost(t, &e.facts, &months[len(months)-1])
	r.MonthlyCost = MonthlyCost{Now: now, Horizon: horizon, Currency: currency,
		NowParts: nowParts, HorizonParts: horizonParts, MinimumSpend: t.MinimumSpend}
	return r
}

// questions are the usage findings of month u that leave a tier unverified,
// with their sentences: what to ask the vendor (or which number to enter).
func questions(e *env, t *Tier, u *month) []Finding {
	e.text = true
	defer func() { e.text = false }()
	var out []Finding
	for _, rule := range Rules {
		if !rule.Monthly {
			continue
		}
		if f := rule.check(e, u, t); f.Status == Unknown {
			out = append(out, f)
		}
	}
	return out
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
// usage exceeds (or the larger of the two, when the price is a minimum
// spend); nil when the price or a needed overage rate is unknown: never the
// price alone.
func cost(t *Tier, facts *tierFacts, u *month) (*float64, []CostPart) {
	if t.PriceMonth == nil {
		return nil, nil
	}
	parts := []CostPart{{Amount: *t.PriceMonth}}
	usage := 0.0
	for _, m := range usageMetrics {
		x := &facts[slot(m)]
		if !x.metered || x.hard || x.unlimited {
			continue
		}
		limit, limitKnown := x.includedBy(u)
		v, known := u.get(m)
		o, priced := x.overage, x.priced
		switch {
		case !known && priced && limitKnown:
			return nil, nil // billed by usage nobody gave
		case !known || !limitKnown || v <= limit:
		case !priced:
			return nil, nil
		default:
			amount := o.Cost(v - limit)
			usage += amount
			parts = append(parts, CostPart{Metric: m, Over: v - limit, Amount: math.Round(amount*100) / 100})
		}
	}
	total := *t.PriceMonth + usage
	if t.MinimumSpend {
		total = math.Max(*t.PriceMonth, usage)
	}
	total = math.Round(total*100) / 100
	return &total, parts
}
