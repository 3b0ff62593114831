package ui

import (
	"strconv"
	"strings"

	"tierfit/rules"

	"tierfit/internal/i18n"
)

// form is what the user typed, kept as text: a half-typed or invalid
// number stays in its field (and in storage) until it is fixed.
type form struct {
	Values   map[string]string `json:"values"`
	Features []string          `json:"features"`
	Regions  []string          `json:"regions"`
	Estimate bool              `json:"estimate"`
	// Changes are what the move changes besides the plan (rollout.changes).
	Changes []string `json:"changes,omitempty"`
}

// exampleForm is what a first visit shows: the example scenario.
func exampleForm() form { return formOf(rules.Example()) }

// scenario turns the form into a scenario in lang. Text that is not a
// number is a problem of its field; everything else is left to Validate.
func (f form) scenario(lang i18n.Lang) (rules.Scenario, rules.Problems) {
	var ps rules.Problems
	num := func(field string) *float64 {
		raw := f.Values[field]
		v, ok := rules.ParseNumber(raw)
		if !ok {
			ps = append(ps, rules.NotNumber(field, raw, lang))
		}
		return v
	}
	v := f.Values
	s := rules.Scenario{
		Name: strings.TrimSpace(v["name"]), Catalog: v["catalog"], CurrentTier: v["current_tier"], Lang: string(lang),
		Usage: rules.Usage{
			DAU: num("usage.dau"), MAU: num("usage.mau"), PeakConcurrent: num("usage.peak_concurrent"),
			MessagesPerDay: num("usage.messages_per_day"), MaxGroupMembers: num("usage.max_group_members"),
			HistoryDays: num("usage.history_days"), MonthlyGrowthPercent: num("usage.monthly_growth_percent"),
			APICallsPerSecond: num("usage.api_calls_per_second"),
			Estimate:          f.Estimate, DAUMAUPercent: num("usage.dau_mau_percent"), PeakPercentOfMAU: num("usage.peak_percent_of_mau"),
		},
		Needs: rules.Needs{
			Features: append([]string(nil), f.Features...), Regions: append([]string(nil), f.Regions...),
			LatencyMS: num("needs.latency_ms"), SLAPercent: num("needs.sla_percent"), Support: v["needs.support"],
		},
		Policy: rules.Policy{HeadroomPercent: num("policy.headroom_percent"), HorizonMonths: num("policy.horizon_months")},
		Rollout: rules.Rollout{
			Start: strings.TrimSpace(v["rollout.start"]), BakeDays: num("rollout.bake_days"), Timezone: v["rollout.timezone"],
			CutoverHour: num("rollout.cutover_hour"), MonitorDays: num("rollout.monitor_days"), RollbackMinutes: num("rollout.rollback_minutes"),
		},
	}
	s.Rollout.Changes = append([]string(nil), f.Changes...)
	if fr, fps := rules.ParseFreezes("rollout.freezes", v["rollout.freezes"], lang); len(fps) > 0 {
		ps = append(ps, fps...)
	} else {
		s.Rollout.Freezes = fr
	}
	if v["target.catalog"] != "" {
		s.Target = &rules.Target{Catalog: v["target.catalog"], Tier: v["target.tier"]}
	}
	if raw := strings.TrimSpace(v["rollout.steps_percent"]); raw != "" {
		for _, part := range strings.FieldsFunc(raw, func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '，' || r == '；' || r == '、' }) {
			x, ok := rules.ParseNumber(part)
			if !ok || x == nil {
				ps = append(ps, rules.NotNumber("rollout.steps_percent", part, lang))
				break
			}
			s.Rollout.StepsPercent = append(s.Rollout.StepsPercent, *x)
		}
	}
	return s, ps
}

// formOf fills a form from a scenario (an import, a share link).
func formOf(s rules.Scenario) form {
	f := form{Values: map[string]string{
		"name": s.Name, "catalog": s.Catalog, "current_tier": s.CurrentTier, "needs.support": s.Needs.Support,
		"rollout.start": s.Rollout.Start, "rollout.timezone": s.Rollout.Timezone,
		"rollout.freezes": rules.FormatFreezes(s.Rollout.Freezes),
	}, Features: s.Needs.Features, Regions: s.Needs.Regions, Estimate: s.Usage.Estimate, Changes: s.Rollout.Changes}
	if s.Target != nil {
		f.Values["target.catalog"], f.Values["target.tier"] = s.Target.Catalog, s.Target.Tier
	}
	u, n, p, r := s.Usage, s.Needs, s.Policy, s.Rollout
	for field, x := range map[string]*float64{
		"usage.dau": u.DAU, "usage.mau": u.MAU, "usage.peak_concurrent": u.PeakConcurrent,
		"usage.messages_per_day": u.MessagesPerDay, "usage.max_group_members": u.MaxGroupMembers,
		"usage.history_days": u.HistoryDays, "usage.monthly_growth_percent": u.MonthlyGrowthPercent,
		"usage.api_calls_per_second": u.APICallsPerSecond,
		"usage.dau_mau_percent":      u.DAUMAUPercent, "usage.peak_percent_of_mau": u.PeakPercentOfMAU,
		"needs.latency_ms": n.LatencyMS, "needs.sla_percent": n.SLAPercent,
		"policy.headroom_percent": p.HeadroomPercent, "policy.horizon_months": p.HorizonMonths,
		"rollout.bake_days": r.BakeDays, "rollout.cutover_hour": r.CutoverHour, "rollout.monitor_days": r.MonitorDays,
		"rollout.rollback_minutes": r.RollbackMinutes,
	} {
		if x != nil {
			f.Values[field] = strconv.FormatFloat(*x, 'f', -1, 64)
		}
	}
	if len(r.StepsPercent) > 0 {
		parts := make([]string, len(r.StepsPercent))
		for i, x := range r.StepsPercent {
			parts[i] = strconv.FormatFloat(x, 'f', -1, 64)
		}
		f.Values["rollout.steps_percent"] = strings.Join(parts, ", ")
	}
	return f
}

// clone copies a form so that edits never alias a saved one.
func (f form) clone() form {
	c := form{Values: make(map[string]string, len(f.Values)), Estimate: f.Estimate}
	for k, v := range f.Values {
		c.Values[k] = v
	}
	c.Features = append([]string(nil), f.Features...)
	c.Regions = append([]string(nil), f.Regions...)
	c.Changes = append([]string(nil), f.Changes...)
	return c
}

// toggle adds or removes id from a list, keeping the vocabulary's order.
func toggle(list []string, id string, on bool, order []string) []string {
	set := map[string]bool{}
	for _, x := range list {
		set[x] = true
	}
	set[id] = on
	var out []string
	for _, x := range order {
		if set[x] {
			out = append(out, x)
		}
	}
	return out
}
