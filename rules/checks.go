package rules

import (
	"math"
	"strconv"
)

// env is what every check needs besides the month's usage and the tier.
type env struct {
	lang     string
	currency string
	text     bool    // write sentences; off for the months only counted
	headroom float64 // percent of a cap kept free
	group    *float64
	history  *float64
	features []string
	regions  []string
	sla      *float64
	latency  *float64
	support  string
}

// month is the usage of one month: dau, mau, peak concurrent.
type month struct {
	v     [3]int64
	known [3]bool
}

func slot(m Metric) int {
	switch m {
	case DAU:
		return 0
	case MAU:
		return 1
	}
	return 2
}

func (u *month) get(m Metric) (int64, bool) { i := slot(m); return u.v[i], u.known[i] }

// included is a quota's included amount this month: the limit, raised by a
// share of another metric where the tier has one.
func included(t *Tier, m Metric, u *month) (int64, bool) {
	var n int64
	known := false
	if l := t.Limits.Get(m); l != nil {
		n, known = int64(*l), true
	}
	if s, ok := t.IncludedShare[m]; ok {
		if base, ok := u.get(s.Of); ok {
			n, known = max(n, int64(math.Ceil(float64(base)*s.Percent/100))), true
		}
	}
	return n, known
}

// near reports whether v has eaten into the headroom below cap.
func (e *env) near(v, cap int64) bool {
	return float64(v)*100 >= (100-e.headroom)*float64(cap)
}

func percentOf(v, cap int64) string {
	if cap == 0 {
		return "∞"
	}
	return Num(int64(math.Round(float64(v) * 100 / float64(cap))))
}

func checkUsage(m Metric) func(e *env, u *month, t *Tier) Finding {
	return func(e *env, u *month, t *Tier) Finding {
		st, key, v, limit, maxV := usageStatus(e, u, t, m)
		f := Finding{Rule: string(m), Status: st}
		if !e.text {
			return f // counted months need no sentence, and formatting is the costly part
		}
		name := metricName(e.lang, m)
		switch key {
		case "usage.unlimited":
			shown := "—"
			if _, known := u.get(m); known {
				shown = Num(v)
			}
			f.Message = msg(e.lang, key, name, shown, t.Name)
		case "usage.not_provided":
			f.Message = msg(e.lang, key, name, t.Name, Num(limit))
		case "usage.nothing":
			f.Message = msg(e.lang, key, name, t.Name)
		case "usage.limit_unknown":
			f.Message = msg(e.lang, key, name, t.Name, Num(v))
		case "hard.warn":
			f.Message = msg(e.lang, key, name, Num(v), t.Name, Num(limit), percentOf(v, limit), Dec(e.headroom))
		case "quota.max_warn":
			f.Message = msg(e.lang, key, name, Num(v), t.Name, Num(maxV), percentOf(v, maxV), Dec(e.headroom))
		case "quota.max_fail", "quota.no_limit_under_max":
			f.Message = msg(e.lang, key, name, Num(v), t.Name, Num(maxV))
		case "quota.over":
			o := t.Overage[m]
			f.Message = msg(e.lang, key, name, Num(v), t.Name, Num(limit), Num(v-limit), Money(e.lang, o.Cost(v-limit), e.currency))
		default: // hard.fail, hard.pass, quota.within, quota.over_unknown
			f.Message = msg(e.lang, key, name, Num(v), t.Name, Num(limit))
		}
		return f
	}
}

// usageStatus decides a usage rule: hard caps fail above the limit and warn
// inside the headroom; included quotas pass with overage billed up to the
// plan maximum, fail above it and warn inside the headroom below it. A
// number nobody knows is unknown, never a silent pass.
func usageStatus(e *env, u *month, t *Tier, m Metric) (st Status, key string, v, limit, maxV int64) {
	v, known := u.get(m)
	if t.isUnlimited(m) {
		return Pass, "usage.unlimited", v, 0, 0
	}
	limit, limitKnown := included(t, m, u)
	maxF, maxKnown := t.Max[m]
	maxV = int64(maxF)
	switch {
	case !known && limitKnown:
		return Unknown, "usage.not_provided", v, limit, maxV
	case !known && maxKnown:
		return Unknown, "usage.not_provided", v, maxV, maxV
	case !known:
		return Pass, "usage.nothing", v, limit, maxV
	}
	if t.isHardCap(m) {
		switch {
		case !limitKnown:
			return Unknown, "usage.limit_unknown", v, limit, maxV
		case v > limit:
			return Fail, "hard.fail", v, limit, maxV
		case e.near(v, limit):
			return Warn, "hard.warn", v, limit, maxV
		}
		return Pass, "hard.pass", v, limit, maxV
	}
	switch {
	case maxKnown && v > maxV:
		return Fail, "quota.max_fail", v, limit, maxV
	case !limitKnown && maxKnown:
		return Pass, "quota.no_limit_under_max", v, limit, maxV
	case !limitKnown:
		return Unknown, "usage.limit_unknown", v, limit, maxV
	}
	if _, priced := t.Overage[m]; v > limit && !priced {
		return Unknown, "quota.over_unknown", v, limit, maxV
	}
	switch {
	case maxKnown && e.near(v, maxV):
		return Warn, "quota.max_warn", v, limit, maxV
	case v > limit:
		return Pass, "quota.over", v, limit, maxV
	}
	return Pass, "quota.within", v, limit, maxV
}

// say builds a finding, with its sentence when e writes sentences.
func (e *env) say(rule string, s Status, key string, args ...any) Finding {
	f := Finding{Rule: rule, Status: s}
	if e.text {
		f.Message = msg(e.lang, key, args...)
	}
	return f
}

// checkNeed compares a need that must not exceed the tier's value.
func checkNeed(m Metric) func(e *env, u *month, t *Tier) Finding {
	return func(e *env, _ *month, t *Tier) Finding {
		say := func(s Status, key string, args ...any) Finding { return e.say(string(m), s, key, args...) }
		need := e.group
		if m == HistoryDays {
			need = e.history
		}
		name := metricName(e.lang, m)
		limit := t.Limits.Get(m)
		switch {
		case need == nil && limit == nil:
			return say(Pass, "need.nothing", name)
		case need == nil:
			return say(Unknown, "need.not_provided", name, t.Name, amount(e.lang, m, int64(*limit)))
		case limit == nil:
			return say(Unknown, "need.unknown", name, t.Name, amount(e.lang, m, int64(*need)))
		case *need > *limit:
			return say(Fail, "need.fail", name, amount(e.lang, m, int64(*need)), t.Name, amount(e.lang, m, int64(*limit)))
		}
		return say(Pass, "need.pass", name, amount(e.lang, m, int64(*need)), t.Name, amount(e.lang, m, int64(*limit)))
	}
}

func checkFeatures(e *env, _ *month, t *Tier) Finding {
	return checkSet(e, "features", e.features, t.Features, t.FeaturesPartial, t.Name)
}

func checkRegions(e *env, _ *month, t *Tier) Finding {
	return checkSet(e, "regions", e.regions, t.Regions, false, t.Name)
}

// checkSet requires every needed id in offered. A nil offered list is
// unknown; a partial list makes a missing id unknown rather than absent.
func checkSet(e *env, rule string, needed, offered []string, partial bool, tier string) Finding {
	say := func(s Status, key string, args ...any) Finding { return e.say(rule, s, key, args...) }
	what := setName(e.lang, rule)
	switch {
	case len(needed) == 0:
		return say(Pass, "set.nothing", what)
	case offered == nil:
		return say(Unknown, "set.unknown", what, tier, joinIDs(needed))
	}
	var missing []string
	for _, id := range needed {
		if !contains(offered, id) {
			missing = append(missing, id)
		}
	}
	switch {
	case len(missing) == 0:
		return say(Pass, "set.pass", what, tier, joinIDs(needed))
	case partial:
		return say(Unknown, "set.partial", what, tier, joinIDs(missing))
	}
	return say(Fail, "set.fail", what, tier, joinIDs(missing))
}

func checkSLA(e *env, _ *month, t *Tier) Finding {
	say := func(s Status, key string, args ...any) Finding { return e.say("sla", s, key, args...) }
	switch {
	case e.sla == nil || *e.sla == 0:
		return say(Pass, "sla.nothing")
	case t.SLAPercent == nil:
		return say(Unknown, "sla.unknown", t.Name, Dec(*e.sla))
	case *t.SLAPercent == 0:
		return say(Fail, "sla.none", t.Name, Dec(*e.sla))
	case *t.SLAPercent < *e.sla:
		return say(Fail, "sla.fail", t.Name, decPrecise(*e.sla), decPrecise(*t.SLAPercent))
	}
	return say(Pass, "sla.pass", t.Name, decPrecise(*e.sla), decPrecise(*t.SLAPercent))
}

// decPrecise keeps every digit of an SLA such as 99.995.
func decPrecise(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func checkLatency(e *env, _ *month, t *Tier) Finding {
	say := func(s Status, key string, args ...any) Finding { return e.say("latency", s, key, args...) }
	switch {
	case e.latency == nil:
		return say(Pass, "lat.nothing")
	case t.LatencyMS == nil:
		return say(Unknown, "lat.unknown", t.Name, Dec(*e.latency))
	case *t.LatencyMS > *e.latency:
		return say(Fail, "lat.fail", t.Name, Dec(*e.latency), Dec(*t.LatencyMS))
	}
	return say(Pass, "lat.pass", t.Name, Dec(*e.latency), Dec(*t.LatencyMS))
}

func checkSupport(e *env, _ *month, t *Tier) Finding {
	say := func(s Status, key string, args ...any) Finding { return e.say("support", s, key, args...) }
	switch {
	case e.support == "":
		return say(Pass, "sup.nothing")
	case t.Support == nil:
		return say(Unknown, "sup.unknown", t.Name, supportName(e.lang, e.support))
	case supportRank(*t.Support) < supportRank(e.support):
		return say(Fail, "sup.fail", t.Name, supportName(e.lang, e.support), supportName(e.lang, *t.Support))
	}
	return say(Pass, "sup.pass", t.Name, supportName(e.lang, e.support), supportName(e.lang, *t.Support))
}
