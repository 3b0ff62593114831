package rules

import "math"

// A MetricUse is one limit of a tier against the usage now and at the
// horizon: what the checklist's usage table and the utilization chart show.
// Nil means unknown (or, for usage, not provided).
type MetricUse struct {
	Metric Metric `json:"metric"`
	// Kind is hard_cap, included (a quota billed above it), unlimited,
	// not_metered, unknown, or need (group size, history and API rate, which
	// do not grow).
	Kind         string   `json:"kind"`
	Now          *int64   `json:"now"`
	Horizon      *int64   `json:"horizon"`
	Limit        *int64   `json:"limit"`         // the limit or included amount now
	LimitHorizon *int64   `json:"limit_horizon"` // the same at the horizon (a share grows)
	Max          *int64   `json:"max"`           // plan maximum of a quota
	UseNow       *float64 `json:"use_now"`       // Now as a percent of Limit
	UseHorizon   *float64 `json:"use_horizon"`   // Horizon as a percent of LimitHorizon
}

// Use lists the tier's limits against the evaluation's usage, in the order
// dau, mau, peak concurrent, messages a month (when the scenario gives
// messages), largest group, history days, API calls per second (when the
// scenario gives them). The rows depend on the scenario only, so two tiers'
// lists line up.
func (ev *Evaluation) Use(t *Tier, s Scenario) []MetricUse {
	first, last := &month{}, &month{}
	if n := len(ev.Projection); n > 0 {
		*first = fromProjection(ev.Projection[0])
		*last = fromProjection(ev.Projection[n-1])
	}
	facts := factsOf(t)
	var out []MetricUse
	for _, m := range usageMetrics {
		if m == MessagesMonth && s.Usage.MessagesPerDay == nil {
			continue
		}
		x := &facts[slot(m)]
		u := MetricUse{Metric: m}
		if v, ok := first.get(m); ok {
			u.Now = &v
		}
		if v, ok := last.get(m); ok {
			u.Horizon = &v
		}
		switch {
		case !x.metered:
			u.Kind = "not_metered"
		case x.unlimited:
			u.Kind = "unlimited"
		case x.hard:
			u.Kind = "hard_cap"
		case x.limitKnown || x.hasShare || x.maxKnown:
			u.Kind = "included"
		default:
			u.Kind = "unknown"
		}
		if x.metered && !x.unlimited {
			if l, ok := x.includedBy(first); ok {
				u.Limit = &l
			}
			if l, ok := x.includedBy(last); ok {
				u.LimitHorizon = &l
			}
			if x.maxKnown {
				mx := x.max
				u.Max = &mx
			}
		}
		u.UseNow, u.UseHorizon = percent(u.Now, u.Limit), percent(u.Horizon, u.LimitHorizon)
		out = append(out, u)
	}
	for _, m := range NeedMetrics {
		u := MetricUse{Metric: m, Kind: "need"}
		need := s.Usage.MaxGroupMembers
		switch m {
		case HistoryDays:
			need = s.Usage.HistoryDays
		case APIQPS:
			if s.Usage.APICallsPerSecond == nil {
				continue
			}
			need = s.Usage.APICallsPerSecond
		}
		if need != nil {
			v := int64(*need)
			u.Now, u.Horizon = &v, &v
		}
		if l := t.Limits.Get(m); l != nil {
			v := int64(*l)
			u.Limit, u.LimitHorizon = &v, &v
		} else {
			u.Kind = "unknown"
		}
		u.UseNow, u.UseHorizon = percent(u.Now, u.Limit), percent(u.Horizon, u.LimitHorizon)
		out = append(out, u)
	}
	return out
}

func fromProjection(p Projection) month {
	var u month
	for i, v := range []*int64{p.DAU, p.MAU, p.PeakConcurrent, p.MessagesMonth} {
		if v != nil {
			u.v[i], u.known[i] = *v, true
		}
	}
	return u
}

// percent is v as a whole percent of limit; nil when either is unknown or
// the limit is zero.
func percent(v, limit *int64) *float64 {
	if v == nil || limit == nil || *limit == 0 {
		return nil
	}
	p := math.Round(float64(*v) * 100 / float64(*limit))
	return &p
}
