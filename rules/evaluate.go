package rules

import (
	"math"
	"strings"
	"unsafe"
)

// An Evaluation is the engine's answer for one scenario and one catalog.
// It is also the JSON that `plan -format json` prints.
type Evaluation struct {
	Catalog         string   `json:"catalog"`
	CatalogName     string   `json:"catalog_name"`
	Currency        string   `json:"currency"`
	AsOf            string   `json:"as_of"`
	Confidence      string   `json:"confidence"`
	Illustrative    bool     `json:"illustrative,omitempty"`
	Sources         []string `json:"sources"`
	CurrentTier     string   `json:"current_tier"`
	Decision        Decision `json:"decision"`
	Reasons         []string `json:"reasons"`
	Recommended     string   `json:"recommended"`
	RecommendedWhy  string   `json:"recommended_why"`
	RecommendedCase string   `json:"recommended_case"` // headroom, all_months, now or fewest_failures
	// UpgradeWithinMonths is the first month the current tier loses its
	// headroom; set only for plan_upgrade.
	UpgradeWithinMonths *int         `json:"upgrade_within_months"`
	HorizonMonths       int          `json:"horizon_months"`
	HeadroomPercent     float64      `json:"headroom_percent"`
	Signals             []Signal     `json:"signals"`
	Estimates           []Estimate   `json:"estimates"`
	Projection          []Projection `json:"projection"`
	Tiers               []TierResult `json:"tiers"`
}

// A Signal is one of the source article's reasons to upgrade, seen on the
// current tier now.
type Signal struct {
	ID      string `json:"id"`
	Message string `json:"message"`
}

// An Estimate says which usage number the engine estimated, and how.
type Estimate struct {
	Field   string `json:"field"`
	Value   int64  `json:"value"`
	Message string `json:"message"`
}

// A Projection is the usage of one month of the horizon; nil is not provided.
type Projection struct {
	Month          int    `json:"month"`
	DAU            *int64 `json:"dau"`
	MAU            *int64 `json:"mau"`
	PeakConcurrent *int64 `json:"peak_concurrent"`
}

// A TierResult is one tier's verdict.
type TierResult struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Fits is true when no rule fails now (warnings and unknowns allowed).
	Fits bool `json:"fits"`
	// FitsHorizon is true when no rule fails in any month of the horizon.
	FitsHorizon bool `json:"fits_horizon"`
	// Headroom is true when, in every month, no rule fails and no usage
	// rule warns.
	Headroom bool `json:"headroom"`
	// HeadroomLostMonth is the first month that breaks Headroom.
	HeadroomLostMonth *int        `json:"headroom_lost_month"`
	Failures          int         `json:"failures"`
	Unknowns          int         `json:"unknowns"`
	Confidence        string      `json:"confidence"`
	MonthlyCost       MonthlyCost `json:"monthly_cost"`
	// Findings are the verdicts now, failures first.
	Findings []Finding `json:"findings"`
	// LostBy is the finding that broke the headroom in HeadroomLostMonth.
	LostBy *Finding `json:"lost_by,omitempty"`
}

// MonthlyCost is a tier's estimated monthly price with overage, now and at
// the horizon; nil when a price or an overage rate is unknown.
type MonthlyCost struct {
	Now      *float64 `json:"now"`
	Horizon  *float64 `json:"horizon"`
	Currency string   `json:"currency"`
}

// Evaluate validates the scenario against the catalog and, if it is valid,
// evaluates every tier for every month of the horizon. It never reads the
// clock; the same input gives the same output.
func Evaluate(s Scenario, cat *Catalog) (*Evaluation, Problems) {
	s = s.WithDefaults()
	s.Catalog = cat.ID
	if ps := s.validate([]*Catalog{cat}); len(ps) > 0 {
		return nil, ps
	}
	lang := s.language()
	horizon := int(*s.Policy.HorizonMonths)
	e := &env{
		lang: lang, currency: cat.Currency, headroom: *s.Policy.HeadroomPercent,
		group: s.Usage.MaxGroupMembers, history: s.Usage.HistoryDays,
		features: s.Needs.Features, regions: s.Needs.Regions,
		sla: s.Needs.SLAPercent, latency: s.Needs.LatencyMS, support: s.Needs.Support,
		out: make([]byte, 0, 96*len(Rules)*(len(cat.Tiers)+1)),
	}
	months, estimates := project(s, horizon, lang)
	for _, est := range estimates {
		e.guessed[slot(Metric(est.Field))] = true
	}
	ev := &Evaluation{
		Catalog: cat.ID, CatalogName: cat.Name, Currency: cat.Currency, AsOf: cat.AsOf,
		Confidence: cat.Confidence, Illustrative: cat.Illustrative, Sources: cat.Sources,
		CurrentTier: s.CurrentTier, HorizonMonths: horizon, HeadroomPercent: *s.Policy.HeadroomPercent,
		Estimates: estimates, Signals: []Signal{}, Reasons: []string{},
	}
	if ev.CurrentTier == "" {
		ev.CurrentTier = cat.Tiers[0].ID
	}
	ev.Projection = make([]Projection, len(months))
	for i := range months {
		ev.Projection[i] = months[i].projection(i)
	}
	ev.Tiers = make([]TierResult, len(cat.Tiers))
	for i := range cat.Tiers {
		ev.Tiers[i] = evaluateTier(e, &cat.Tiers[i], months, cat.Currency)
	}
	// Every sentence is a slice of one string. The buffer is never written
	// again, so it can become that string without a copy.
	all := unsafe.String(unsafe.SliceData(e.out), len(e.out))
	for i := range ev.Tiers {
		t := &ev.Tiers[i]
		for j := range t.Findings {
			t.Findings[j].setMessage(all)
		}
		if t.LostBy != nil {
			t.LostBy.setMessage(all)
		}
	}
	ev.decide(cat, lang)
	ev.recommend(cat, lang)
	ev.signals(cat, e, months)
	return ev, nil
}

// project returns the usage of months 0…horizon: today's numbers, with
// estimates where asked, grown by the monthly rate and rounded up.
func project(s Scenario, horizon int, lang string) ([]month, []Estimate) {
	u := s.Usage
	var base month
	for i, p := range []*float64{u.DAU, u.MAU, u.PeakConcurrent} {
		if p != nil {
			base.v[i], base.known[i] = int64(*p), true
		}
	}
	estimates := []Estimate{}
	if u.Estimate {
		if !base.known[1] && base.known[0] {
			base.v[1], base.known[1] = ceilWhole(float64(base.v[0])*100 / *u.DAUMAUPercent), true
			estimates = append(estimates, Estimate{"mau", base.v[1], msg(lang, "est.mau", dec(*u.DAUMAUPercent))})
		}
		if !base.known[2] && base.known[1] {
			base.v[2], base.known[2] = ceilWhole(float64(base.v[1])**u.PeakPercentOfMAU/100), true
			estimates = append(estimates, Estimate{"peak_concurrent", base.v[2], msg(lang, "est.peak", dec(*u.PeakPercentOfMAU))})
		}
	}
	g := 0.0
	if u.MonthlyGrowthPercent != nil {
		g = *u.MonthlyGrowthPercent
	}
	months := make([]month, horizon+1)
	factor := 1.0
	for m := range months {
		months[m] = base
		for i := range base.v {
			if base.known[i] {
				months[m].v[i] = ceilWhole(float64(base.v[i]) * factor)
			}
		}
		factor *= 1 + g/100
	}
	return months, estimates
}

// ceilWhole rounds up to a whole number, forgiving float noise (3000 × 1.1
// is 3300, not 3301), and caps at 10^15 so growth cannot overflow.
func ceilWhole(x float64) int64 {
	if r := math.Round(x); math.Abs(x-r) <= 1e-9*math.Max(1, math.Abs(x)) {
		x = r
	}
	return int64(math.Min(math.Ceil(x), 1e15))
}

func (u *month) projection(m int) Projection {
	p := Projection{Month: m}
	ptr := func(i int) *int64 {
		if !u.known[i] {
			return nil
		}
		v := u.v[i]
		return &v
	}
	p.DAU, p.MAU, p.PeakConcurrent = ptr(0), ptr(1), ptr(2)
	return p
}

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

// decide applies the decision rules in their order.
func (ev *Evaluation) decide(cat *Catalog, lang string) {
	cur := ev.tier(ev.CurrentTier)
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

func (ev *Evaluation) tier(id string) *TierResult {
	for i := range ev.Tiers {
		if ev.Tiers[i].ID == id {
			return &ev.Tiers[i]
		}
	}
	return &ev.Tiers[0]
}

// signals reports the source article's upgrade signals seen on the current
// tier now, in a fixed order.
func (ev *Evaluation) signals(cat *Catalog, e *env, months []month) {
	cur := ev.tier(ev.CurrentTier)
	t := cat.Tier(cur.ID)
	lang := e.lang
	byRule := map[string]Finding{}
	for _, f := range cur.Findings {
		byRule[f.Rule] = f
	}
	var near, quality, over []string
	for _, m := range usageMetrics {
		f := byRule[string(m)]
		if t.isHardCap(m) && (f.Status == Fail || f.Status == Warn) {
			near = append(near, f.Message)
		}
		if !t.isHardCap(m) && !t.isUnlimited(m) {
			v, known := months[0].get(m)
			if limit, ok := included(t, m, &months[0]); known && ok && v > limit {
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
