package rules

// A FieldKind is how a scenario field is written.
type FieldKind int

// The kinds of scenario fields.
const (
	Count   FieldKind = iota // a whole number ≥ 0 and < 10^12 (users, messages, days)
	Number                   // a number between Min and Max
	Whole                    // a whole number between Min and Max
	Text                     // free text (a name)
	Date                     // YYYY-MM-DD
	Choice                   // one id of Choices (or of the catalogs)
	IDs                      // ids of Choices
	Flag                     // true or false
	Steps                    // percents of users, rising to 100
	Freezes                  // periods, each from and to
)

// A Field is one scenario field as a form shows it: its path in the JSON,
// how it is written, its unit (a word id the UI translates), its range,
// and, for the estimate's ratios, the flag that makes it apply. Fields lists
// every field once; the validation of numbers, the browser's form, its
// labels and units, and the form's reading and writing of a scenario all
// follow it.
type Field struct {
	Path     string
	Kind     FieldKind
	Unit     string
	Min, Max float64
	Choices  []string
	// DependsOn is the flag a field applies with ("usage.estimate").
	DependsOn string
}

// Fields is every field of a scenario a form edits, in the form's order
// (its sections are the paths' first words).
var Fields = []Field{
	{Path: "name", Kind: Text},
	{Path: "catalog", Kind: Choice},
	{Path: "current_tier", Kind: Choice},
	{Path: "usage.dau", Kind: Count, Unit: "users"},
	{Path: "usage.mau", Kind: Count, Unit: "users"},
	{Path: "usage.peak_concurrent", Kind: Count, Unit: "users"},
	{Path: "usage.messages_per_day", Kind: Count, Unit: "msgs"},
	{Path: "usage.max_group_members", Kind: Count, Unit: "members"},
	{Path: "usage.history_days", Kind: Count, Unit: "days"},
	{Path: "usage.monthly_growth_percent", Kind: Number, Unit: "month", Min: -99, Max: 1000},
	{Path: "usage.api_calls_per_second", Kind: Count, Unit: "qps"},
	{Path: "usage.estimate", Kind: Flag},
	{Path: "usage.dau_mau_percent", Kind: Number, Unit: "pct", Min: 1, Max: 100, DependsOn: "usage.estimate"},
	{Path: "usage.peak_percent_of_mau", Kind: Number, Unit: "pct", Min: 0.01, Max: 100, DependsOn: "usage.estimate"},
	{Path: "needs.features", Kind: IDs, Choices: Features},
	{Path: "needs.regions", Kind: IDs, Choices: Regions},
	{Path: "needs.latency_ms", Kind: Number, Unit: "ms", Min: 1, Max: 600000},
	{Path: "needs.sla_percent", Kind: Number, Unit: "pct", Min: 0, Max: 100},
	{Path: "needs.support", Kind: Choice, Choices: SupportLevels},
	{Path: "policy.headroom_percent", Kind: Number, Unit: "pct", Min: 0, Max: 90},
	{Path: "policy.horizon_months", Kind: Whole, Unit: "months", Min: 1, Max: 60},
	{Path: "rollout.start", Kind: Date},
	{Path: "rollout.steps_percent", Kind: Steps, Unit: "steps"},
	{Path: "rollout.bake_days", Kind: Whole, Unit: "days", Min: 0, Max: 90},
	{Path: "rollout.timezone", Kind: Choice, Choices: TimeZones},
	{Path: "rollout.cutover_hour", Kind: Whole, Unit: "hour", Min: 0, Max: 23},
	{Path: "rollout.monitor_days", Kind: Whole, Unit: "days", Min: 0, Max: 180},
	{Path: "rollout.rollback_minutes", Kind: Whole, Unit: "min", Min: 1, Max: 1440},
	{Path: "rollout.changes", Kind: IDs, Choices: Changes},
	{Path: "rollout.freezes", Kind: Freezes, Unit: "freezes"},
}

// IsNumber reports whether the field holds one number.
func (f Field) IsNumber() bool { return f.Kind == Count || f.Kind == Number || f.Kind == Whole }

// NumberAt is where the number at path lives in s (a pointer to its
// pointer: nil when not given), or nil when path names no number field.
func (s *Scenario) NumberAt(path string) **float64 {
	u, n, p, r := &s.Usage, &s.Needs, &s.Policy, &s.Rollout
	switch path {
	case "usage.dau":
		return &u.DAU
	case "usage.mau":
		return &u.MAU
	case "usage.peak_concurrent":
		return &u.PeakConcurrent
	case "usage.messages_per_day":
		return &u.MessagesPerDay
	case "usage.max_group_members":
		return &u.MaxGroupMembers
	case "usage.history_days":
		return &u.HistoryDays
	case "usage.monthly_growth_percent":
		return &u.MonthlyGrowthPercent
	case "usage.api_calls_per_second":
		return &u.APICallsPerSecond
	case "usage.dau_mau_percent":
		return &u.DAUMAUPercent
	case "usage.peak_percent_of_mau":
		return &u.PeakPercentOfMAU
	case "needs.latency_ms":
		return &n.LatencyMS
	case "needs.sla_percent":
		return &n.SLAPercent
	case "policy.headroom_percent":
		return &p.HeadroomPercent
	case "policy.horizon_months":
		return &p.HorizonMonths
	case "rollout.bake_days":
		return &r.BakeDays
	case "rollout.cutover_hour":
		return &r.CutoverHour
	case "rollout.monitor_days":
		return &r.MonitorDays
	case "rollout.rollback_minutes":
		return &r.RollbackMinutes
	}
	return nil
}

// ListAt is where the ids of the list field at path live in s, or nil.
func (s *Scenario) ListAt(path string) *[]string {
	switch path {
	case "needs.features":
		return &s.Needs.Features
	case "needs.regions":
		return &s.Needs.Regions
	case "rollout.changes":
		return &s.Rollout.Changes
	}
	return nil
}

// checkNumbers validates every number field of s (defaults applied) by its
// kind and range.
func (v *validator) checkNumbers(s *Scenario) {
	for _, f := range Fields {
		if !f.IsNumber() {
			continue
		}
		x := *s.NumberAt(f.Path)
		if x == nil {
			continue
		}
		switch f.Kind {
		case Count:
			v.count(f.Path, *x)
		case Number:
			v.number(f.Path, *x, f.Min, f.Max)
		case Whole:
			v.whole(f.Path, *x, f.Min, f.Max)
		}
	}
}
