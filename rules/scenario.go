package rules

import (
	"math"

	"tierfit/internal/i18n"
)

// A Scenario is the user's input: the product's numbers and needs, the
// catalog and current tier, the planning policy and the rollout settings.
// It is what the browser saves, shares, imports and exports. Numbers are
// pointers: nil means "not provided", which is not zero.
type Scenario struct {
	Name        string  `json:"name,omitempty"`
	Catalog     string  `json:"catalog,omitempty"`
	CurrentTier string  `json:"current_tier,omitempty"`
	Usage       Usage   `json:"usage"`
	Needs       Needs   `json:"needs"`
	Policy      Policy  `json:"policy"`
	Rollout     Rollout `json:"rollout"`
	Lang        string  `json:"lang,omitempty"`
	// Target, when set, is the tier the checklist moves to instead of the
	// recommended one; a tier of another catalog makes it a vendor switch.
	Target *Target `json:"target,omitempty"`
}

// Target names a tier of a catalog.
type Target struct {
	Catalog string `json:"catalog"`
	Tier    string `json:"tier"`
}

// Usage is what the product uses today.
type Usage struct {
	DAU                  *float64 `json:"dau,omitempty"`
	MAU                  *float64 `json:"mau,omitempty"`
	PeakConcurrent       *float64 `json:"peak_concurrent,omitempty"`
	MessagesPerDay       *float64 `json:"messages_per_day,omitempty"`
	MaxGroupMembers      *float64 `json:"max_group_members,omitempty"`
	HistoryDays          *float64 `json:"history_days,omitempty"`
	MonthlyGrowthPercent *float64 `json:"monthly_growth_percent,omitempty"`
	// APICallsPerSecond is the peak rate of server API calls.
	APICallsPerSecond *float64 `json:"api_calls_per_second,omitempty"`
	// Estimate fills a missing MAU from DAU and a missing peak concurrency
	// from MAU, with the two ratios below; estimated numbers are labelled.
	Estimate         bool     `json:"estimate,omitempty"`
	DAUMAUPercent    *float64 `json:"dau_mau_percent,omitempty"`     // default 25
	PeakPercentOfMAU *float64 `json:"peak_percent_of_mau,omitempty"` // default 10
}

// Needs are what the product requires of a tier.
type Needs struct {
	Features   []string `json:"features,omitempty"`
	Regions    []string `json:"regions,omitempty"`
	LatencyMS  *float64 `json:"latency_ms,omitempty"`  // the slowest acceptable p95 message latency
	SLAPercent *float64 `json:"sla_percent,omitempty"` // the lowest acceptable uptime SLA
	Support    string   `json:"support,omitempty"`
}

// Policy is how cautiously to plan.
type Policy struct {
	HeadroomPercent *float64 `json:"headroom_percent,omitempty"` // default 20
	HorizonMonths   *float64 `json:"horizon_months,omitempty"`   // default 6
	// FX are exchange rates stated by the user: units of a currency per US
	// dollar ({"CNY": 7.1}). Costs in different currencies are compared only
	// through them.
	FX map[string]float64 `json:"fx,omitempty"`
}

// Rollout is the schedule of the switch.
type Rollout struct {
	Start           string    `json:"start,omitempty"` // YYYY-MM-DD of the first gray step
	StepsPercent    []float64 `json:"steps_percent,omitempty"`
	BakeDays        *float64  `json:"bake_days,omitempty"`
	Timezone        string    `json:"timezone,omitempty"`
	CutoverHour     *float64  `json:"cutover_hour,omitempty"`
	MonitorDays     *float64  `json:"monitor_days,omitempty"`
	RollbackMinutes *float64  `json:"rollback_minutes,omitempty"`
	// Changes lists what the move changes besides the plan: the SDK, the
	// app ID or the data region (Changes). A plan change at the same vendor
	// needs gray cohorts and a data import only when one of them changes.
	Changes []string `json:"changes,omitempty"`
	// Freezes are the team's own change freezes, added to the built-in
	// holiday table the checklist warns about.
	Freezes []Freeze `json:"freezes,omitempty"`
}

// A Freeze is a period no step of a rollout should cross: From and To are
// YYYY-MM-DD, both included.
type Freeze struct {
	Name string `json:"name,omitempty"`
	From string `json:"from"`
	To   string `json:"to"`
}

// Changes are what a move may change besides the plan.
var Changes = []string{"sdk", "app_id", "data_region"}

// MaxFreezes bounds a rollout's own freeze list.
const MaxFreezes = 50

// Caps on the lists of a scenario and a catalog: a list longer than its
// vocabulary (features, regions, changes) or than these is refused whole,
// before anything in it is read.
const (
	MaxSteps      = 20 // gray steps
	MaxCurrencies = 20 // exchange rates
	MaxSources    = 50 // sources of a catalog or a tier, and page dates
)

// Defaults used for every field the scenario leaves out.
const (
	DefaultCatalog          = "generic"
	DefaultHeadroomPercent  = 20
	DefaultHorizonMonths    = 6
	DefaultBakeDays         = 7
	DefaultMonitorDays      = 14
	DefaultRollbackMinutes  = 15
	DefaultCutoverHour      = 3
	DefaultTimezone         = "UTC"
	DefaultDAUMAUPercent    = 25
	DefaultPeakPercentOfMAU = 10
	DefaultLang             = "en"
)

// DefaultSteps is the source article's gray-release schedule.
var DefaultSteps = []float64{5, 20, 50, 100}

// TimeZones are the time zones a rollout may name (IANA names).
var TimeZones = []string{
	"UTC", "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Tokyo", "Asia/Seoul",
	"Asia/Kolkata", "Asia/Jakarta", "Asia/Bangkok", "Asia/Dubai", "Europe/London", "Europe/Berlin",
	"Europe/Paris", "Europe/Moscow", "America/New_York", "America/Chicago", "America/Los_Angeles",
	"America/Sao_Paulo", "Australia/Sydney", "Africa/Johannesburg", "Africa/Lagos",
}

// WithDefaults returns a copy of s with every missing field set to its
// default. Usage numbers stay as given: not provided is not zero.
func (s Scenario) WithDefaults() Scenario {
	if s.Catalog == "" {
		s.Catalog = DefaultCatalog
	}
	if s.Lang == "" {
		s.Lang = DefaultLang
	}
	s.Usage.DAUMAUPercent = orDefault(s.Usage.DAUMAUPercent, DefaultDAUMAUPercent)
	s.Usage.PeakPercentOfMAU = orDefault(s.Usage.PeakPercentOfMAU, DefaultPeakPercentOfMAU)
	s.Policy.HeadroomPercent = orDefault(s.Policy.HeadroomPercent, DefaultHeadroomPercent)
	s.Policy.HorizonMonths = orDefault(s.Policy.HorizonMonths, DefaultHorizonMonths)
	if s.Rollout.StepsPercent == nil {
		s.Rollout.StepsPercent = append([]float64(nil), DefaultSteps...)
	}
	s.Rollout.BakeDays = orDefault(s.Rollout.BakeDays, DefaultBakeDays)
	s.Rollout.MonitorDays = orDefault(s.Rollout.MonitorDays, DefaultMonitorDays)
	s.Rollout.RollbackMinutes = orDefault(s.Rollout.RollbackMinutes, DefaultRollbackMinutes)
	s.Rollout.CutoverHour = orDefault(s.Rollout.CutoverHour, DefaultCutoverHour)
	if s.Rollout.Timezone == "" {
		s.Rollout.Timezone = DefaultTimezone
	}
	return s
}

func orDefault(p *float64, def float64) *float64 {
	if p != nil {
		return p
	}
	return &def
}

// MaxScenarioBytes bounds a scenario file or share link.
const MaxScenarioBytes = 1 << 20

var scenarioShape = &shape{kind: kObject, required: []string{"usage"}, fields: map[string]*shape{
	"name": stringShape, "catalog": stringShape, "current_tier": stringShape, "lang": stringShape,
	"usage": object(map[string]*shape{
		"dau": numberShape, "mau": numberShape, "peak_concurrent": numberShape, "messages_per_day": numberShape,
		"max_group_members": numberShape, "history_days": numberShape, "monthly_growth_percent": numberShape,
		"api_calls_per_second": numberShape,
		"estimate":             boolShape, "dau_mau_percent": numberShape, "peak_percent_of_mau": numberShape,
	}),
	"needs": object(map[string]*shape{
		"features": listOf(stringShape, len(Features)), "regions": listOf(stringShape, len(Regions)),
		"latency_ms": numberShape, "sla_percent": numberShape, "support": stringShape,
	}),
	"policy": object(map[string]*shape{"headroom_percent": numberShape, "horizon_months": numberShape,
		"fx": &shape{kind: kMap, elem: numberShape, max: MaxCurrencies}}),
	"target": object(map[string]*shape{"catalog": stringShape, "tier": stringShape}),
	"rollout": object(map[string]*shape{
		"start": stringShape, "steps_percent": listOf(numberShape, MaxSteps), "bake_days": numberShape, "timezone": stringShape,
		"cutover_hour": numberShape, "monitor_days": numberShape, "rollback_minutes": numberShape,
		"changes": listOf(stringShape, len(Changes)),
		"freezes": &shape{kind: kList, max: MaxFreezes, elem: &shape{kind: kObject, required: []string{"from", "to"},
			fields: map[string]*shape{"name": stringShape, "from": stringShape, "to": stringShape}}},
	}),
}}

// DecodeScenario decodes a scenario from JSON. It reports malformed JSON,
// unknown fields (typos must not be ignored) and wrong types, every one at
// once, in lang. It does not validate values: see Validate.
func DecodeScenario(data []byte, lang i18n.Lang) (Scenario, Problems) {
	var s Scenario
	if ps := decodeJSON(data, scenarioShape, &s, MaxScenarioBytes, lang); len(ps) > 0 {
		return Scenario{}, ps
	}
	return s, nil
}

// Lang returns the scenario's language if known, else English.
func (s Scenario) language() i18n.Lang { return i18n.Of(s.Lang) }

// Validate returns every problem of the scenario (with defaults applied)
// against the catalogs it may name, in the scenario's language.
func (s Scenario) Validate(catalogs []*Catalog) Problems { return s.WithDefaults().validate(catalogs) }

// validate checks a scenario whose defaults are applied.
func (s Scenario) validate(catalogs []*Catalog) Problems {
	v := validator{lang: s.language()}
	v.name("name", s.Name, false)
	v.oneOf("lang", s.Lang, Langs, true)

	cat := CatalogByID(catalogs, s.Catalog)
	if cat == nil {
		v.add("catalog", msg(v.lang, "v.catalog", txt(clip(s.Catalog)), ids(CatalogIDs(catalogs))))
	} else if s.CurrentTier != "" && cat.Tier(s.CurrentTier) == nil {
		v.add("current_tier", msg(v.lang, "v.tier", txt(clip(s.CurrentTier)), txt(cat.Name), ids(cat.TierIDs())))
	}

	if tg := s.Target; tg != nil {
		switch tc := CatalogByID(catalogs, tg.Catalog); {
		case tc == nil:
			v.add("target.catalog", msg(v.lang, "v.catalog", txt(clip(tg.Catalog)), ids(CatalogIDs(catalogs))))
		case tc.Tier(tg.Tier) == nil:
			v.add("target.tier", msg(v.lang, "v.tier", txt(clip(tg.Tier)), txt(tc.Name), ids(tc.TierIDs())))
		}
	}

	v.checkNumbers(&s)
	v.usage(s.Usage)

	n := s.Needs
	v.ids("needs.features", n.Features, Features)
	v.ids("needs.regions", n.Regions, Regions)
	v.oneOf("needs.support", n.Support, SupportLevels, false)
	for _, c := range sortedKeys(s.Policy.FX) {
		if !currencyPattern().MatchString(c) {
			v.add("policy.fx", msg(v.lang, "v.currency", txt(clip(c))))
			continue
		}
		v.number("policy.fx."+c, s.Policy.FX[c], 1e-6, 1e9)
	}

	r := s.Rollout
	v.date("rollout.start", r.Start, false)
	v.steps("rollout.steps_percent", r.StepsPercent)
	v.oneOf("rollout.timezone", r.Timezone, TimeZones, true)
	v.ids("rollout.changes", r.Changes, Changes)
	v.freezes("rollout.freezes", r.Freezes)
	return v.ps.sorted()
}

// steps checks that gray-release steps rise strictly, start above 0 and
// end at 100.
func (v *validator) steps(f string, steps []float64) {
	ok := len(steps) > 0 && len(steps) <= 20 && steps[len(steps)-1] == 100
	prev := 0.0
	for _, x := range steps {
		if math.IsNaN(x) || x <= prev || x > 100 {
			ok = false
		}
		prev = x
	}
	if !ok {
		parts := make([]string, len(steps))
		for i, x := range steps {
			parts[i] = fmtNumber(x)
		}
		v.add(f, msg(v.lang, "v.steps", txt("["+joinIDs(parts)+"]")))
	}
}
