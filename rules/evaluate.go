package rules

import (
	"math"
	"unsafe"

	"tierfit/internal/i18n"
)

// An Evaluation is the engine's answer for one scenario and one catalog.
// It is also the JSON that `plan -format json` prints.
type Evaluation struct {
	Catalog      string   `json:"catalog"`
	CatalogName  string   `json:"catalog_name"`
	Currency     string   `json:"currency"`
	AsOf         string   `json:"as_of"`
	Confidence   string   `json:"confidence"`
	Illustrative bool     `json:"illustrative,omitempty"`
	Sources      []string `json:"sources"`
	// Today is the date data ages are counted to, as the caller passed it
	// ("" when none was); DataAgeMonths is the catalog's age then.
	Today         string `json:"today"`
	DataAgeMonths *int   `json:"data_age_months"`
	// Caveats are sentences that qualify every number of the evaluation:
	// illustrative figures, old data.
	Caveats     []string `json:"caveats"`
	CurrentTier string   `json:"current_tier"`
	Decision    Decision `json:"decision"`
	Reasons     []string `json:"reasons"`
	// Questions are what to ask the vendor (or which number to enter) before
	// relying on the current tier; set for the verify decision.
	Questions []string `json:"questions"`
	// Saving is what the recommended tier saves a month; set only for
	// switch_to_save.
	Saving *Saving `json:"saving"`
	// Elsewhere is the best tier of another built-in catalog that fits now,
	// when no tier of this one does (and the caller passed Context.Others).
	Elsewhere *RankEntry `json:"elsewhere"`
	// Recommended is the recommended tier's id; "" when the catalog has no
	// tier that may be recommended (every tier superseded or a placeholder).
	Recommended     string `json:"recommended"`
	RecommendedWhy  string `json:"recommended_why"`
	RecommendedCase string `json:"recommended_case"` // headroom, all_months, now, closest or none
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
	ID string `json:"id"`
	// Name is the signal alone ("feature gap"); Message adds what shows it.
	Name    string `json:"name"`
	Message string `json:"message"`
}

// An Estimate says which usage number the engine estimated, and how.
type Estimate struct {
	Field   string `json:"field"`
	Value   int64  `json:"value"`
	Message string `json:"message"`
}

// A Saving is how much less the recommended tier costs than the current
// one a month, now and at the horizon; nil when a cost is unknown.
type Saving struct {
	Now      *float64 `json:"now"`
	Horizon  *float64 `json:"horizon"`
	Currency string   `json:"currency"`
}

// A Projection is the usage of one month of the horizon; nil is not provided.
type Projection struct {
	Month          int    `json:"month"`
	DAU            *int64 `json:"dau"`
	MAU            *int64 `json:"mau"`
	PeakConcurrent *int64 `json:"peak_concurrent"`
	MessagesMonth  *int64 `json:"messages_month"`
}

// A TierResult is one tier's verdict.
type TierResult struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Status is the catalog's: "" on sale, superseded or placeholder (never
	// recommended or ranked).
	Status string `json:"status,omitempty"`
	// PriceNote and Notes travel with the numbers they qualify.
	PriceNote string `json:"price_note"`
	Notes     string `json:"notes"`
	// AsOf is the catalog's as_of, DataAgeMonths its age at the evaluation's
	// Today: every tier carries the age of its figures.
	AsOf          string `json:"as_of"`
	DataAgeMonths *int   `json:"data_age_months"`
	// Fits is true when no rule fails now (warnings and unknowns allowed).
	Fits bool `json:"fits"`
	// FitsHorizon is true when no rule fails in any month of the horizon.
	FitsHorizon bool `json:"fits_horizon"`
	// Headroom is true when, in every month, no rule fails and no usage
	// rule warns.
	Headroom bool `json:"headroom"`
	// HeadroomLostMonth is the first month that breaks Headroom.
	HeadroomLostMonth *int `json:"headroom_lost_month"`
	// Verified is true when, in every month, no usage is above an included
	// amount whose price is unknown and at least one usage number the user
	// gave meets a known limit (pass or warn). UnverifiedMonth is the first
	// month that breaks it, Questions that month's unknown usage findings.
	Verified        bool        `json:"verified"`
	UnverifiedMonth *int        `json:"unverified_month"`
	Questions       []Finding   `json:"questions,omitempty"`
	Failures        int         `json:"failures"`
	Unknowns        int         `json:"unknowns"`
	Warnings        int         `json:"warnings"` // usage rules that warn now
	Confidence      string      `json:"confidence"`
	MonthlyCost     MonthlyCost `json:"monthly_cost"`
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
	// NowParts and HorizonParts are what each total is made of: the tier's
	// price first, then each overage; empty when the total is unknown.
	NowParts     []CostPart `json:"now_parts,omitempty"`
	HorizonParts []CostPart `json:"horizon_parts,omitempty"`
	// MinimumSpend: the price is a monthly minimum the usage is credited
	// against, so the total is the larger of the two, not their sum.
	MinimumSpend bool `json:"minimum_spend,omitempty"`
}

// A CostPart is the tier's price (Metric "") or the overage of one metric:
// Over units above the included amount cost Amount.
type CostPart struct {
	Metric Metric  `json:"metric,omitempty"`
	Over   int64   `json:"over,omitempty"`
	Amount float64 `json:"amount"`
}

// A Context is what an evaluation needs besides the scenario and the
// catalog, from its caller.
type Context struct {
	// Today is the date (YYYY-MM-DD) data ages are counted to; the engine
	// never reads the clock. "" leaves the ages out.
	Today string
	// Others are catalogs to search for a tier that fits when none of the
	// evaluated catalog does (illustrative ones and the catalog itself are
	// skipped).
	Others []*Catalog
}

// Evaluate validates the scenario against the catalog and, if it is valid,
// evaluates every tier for every month of the horizon. It never reads the
// clock; the same input and context give the same output.
func Evaluate(s Scenario, cat *Catalog, ctx Context) (*Evaluation, Problems) {
	s = s.WithDefaults()
	s.Catalog = cat.ID
	s.Target = nil // the checklist's business, in another catalog perhaps
	if ps := s.validate([]*Catalog{cat}); len(ps) > 0 {
		return nil, ps
	}
	lang := s.language()
	horizon := int(*s.Policy.HorizonMonths)
	e := &env{
		lang: lang, currency: cat.Currency, headroom: *s.Policy.HeadroomPercent,
		group: s.Usage.MaxGroupMembers, history: s.Usage.HistoryDays,
		features: s.Needs.Features, regions: s.Needs.Regions,
		qps: s.Usage.APICallsPerSecond,
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
		Estimates: estimates, Signals: []Signal{}, Reasons: []string{}, Questions: []string{}, Caveats: []string{},
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
	ev.ages(cat, ctx.Today)
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
		for j := range t.Questions {
			t.Questions[j].setMessage(all)
		}
	}
	ev.recommend(cat, lang)
	ev.decide(cat, lang)
	ev.signals(cat, e, months)
	ev.caveats(cat, lang)
	if ev.Decision == NoFit {
		ev.lookElsewhere(s, cat, ctx)
	}
	return ev, nil
}

// project returns the usage of months 0…horizon: today's numbers, with
// estimates where asked, grown by the monthly rate and rounded up.
func project(s Scenario, horizon int, lang i18n.Lang) ([]month, []Estimate) {
	u := s.Usage
	var base month
	for i, p := range []*float64{u.DAU, u.MAU, u.PeakConcurrent} {
		if p != nil {
			base.v[i], base.known[i] = int64(*p), true
		}
	}
	if u.MessagesPerDay != nil {
		i := slot(MessagesMonth)
		base.v[i], base.known[i] = ceilWhole(*u.MessagesPerDay*DaysPerMonth), true
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

// DaysPerMonth turns messages per day into messages a month.
const DaysPerMonth = 30

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
	p.DAU, p.MAU, p.PeakConcurrent, p.MessagesMonth = ptr(0), ptr(1), ptr(2), ptr(3)
	return p
}
