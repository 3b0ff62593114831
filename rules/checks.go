package rules

import (
	"math"

	"tierfit/internal/i18n"
)

// env is what every check needs besides the month's usage and the tier.
type env struct {
	lang     i18n.Lang
	currency string
	facts    tierFacts      // of the tier being checked
	guessed  [nMetrics]bool // usage estimated, not given, by slot
	out      []byte         // every sentence of the evaluation, back to back
	text     bool           // write sentences; off for the months only counted
	headroom float64        // percent of a cap kept free
	group    *float64
	history  *float64
	qps      *float64
	features []string
	regions  []string
	sla      *float64
	latency  *float64
	support  string
}

// month is the usage of one month: dau, mau, peak concurrent, messages.
type month struct {
	v     [nMetrics]int64
	known [nMetrics]bool
}

func slot(m Metric) int {
	switch m {
	case DAU:
		return 0
	case MAU:
		return 1
	case PeakConcurrent:
		return 2
	}
	return 3
}

func (u *month) get(m Metric) (int64, bool) { i := slot(m); return u.v[i], u.known[i] }

// near reports whether v has eaten into the headroom below cap.
func (e *env) near(v, cap int64) bool {
	return float64(v)*100 >= (100-e.headroom)*float64(cap)
}

func percentOf(v, cap int64) string {
	if cap == 0 {
		return "∞"
	}
	return i18n.Num(int64(math.Round(float64(v) * 100 / float64(cap))))
}

func checkUsage(m Metric) func(e *env, u *month, t *Tier) Finding {
	return func(e *env, u *month, t *Tier) Finding {
		st, key, v, limit, maxV := usageStatus(e, u, t, m)
		f := Finding{Rule: string(m), Status: st, flags: useFlags(key)}
		if key == "usage.unlimited" {
			if _, known := u.get(m); known {
				f.flags = knownUse
			}
		}
		if !e.text {
			return f // counted months need no sentence, and formatting is the costly part
		}
		name := metricName(e.lang, m)
		if e.guessed[slot(m)] {
			name += msg(e.lang, "estimated")
		}
		switch key {
		case "usage.unlimited":
			shown := "—"
			if _, known := u.get(m); known {
				shown = i18n.Num(v)
			}
			e.write(&f, key, txt(name), txt(shown), txt(t.Name))
		case "usage.not_provided":
			e.write(&f, key, txt(name), txt(t.Name), num(limit))
		case "usage.nothing", "usage.not_metered":
			e.write(&f, key, txt(name), txt(t.Name))
		case "usage.limit_unknown":
			e.write(&f, key, txt(name), txt(t.Name), num(v))
		case "hard.warn":
			e.write(&f, key, txt(name), num(v), txt(t.Name), num(limit), txt(percentOf(v, limit)), dec(e.headroom))
		case "quota.max_warn":
			e.write(&f, key, txt(name), num(v), txt(t.Name), num(maxV), txt(percentOf(v, maxV)), dec(e.headroom))
		case "quota.max_fail", "quota.no_limit_under_max":
			e.write(&f, key, txt(name), num(v), txt(t.Name), num(maxV))
		case "quota.over":
			o := e.facts[slot(m)].overage
			e.write(&f, key, txt(name), num(v), txt(t.Name), num(limit), num(v-limit), txt(i18n.Money(e.lang, o.Cost(v-limit), e.currency)))
		default: // hard.fail, hard.pass, quota.within, quota.over_unknown
			e.write(&f, key, txt(name), num(v), txt(t.Name), num(limit))
		}
		return f
	}
}

// usageStatus decides a usage rule (the rules, version 2): a hard cap
// fails above its limit and warns inside the headroom; an included quota
// fails above its plan maximum, warns inside the headroom below it, and is
// unknown above the included amount when the overage price is unknown (the
// vendor may bill or refuse) or when neither amount is known. A number
// nobody knows is unknown, never a silent pass.
func usageStatus(e *env, u *month, t *Tier, m Metric) (st Status, key string, v, limit, maxV int64) {
	v, known := u.get(m)
	x := &e.facts[slot(m)]
	switch {
	case !x.metered:
		return Pass, "usage.not_metered", v, 0, 0
	case x.unlimited:
		return Pass, "usage.unlimited", v, 0, 0
	}
	limit, limitKnown := x.includedBy(u)
	maxV, maxKnown := x.max, x.maxKnown
	switch {
	case !known && limitKnown:
		return Unknown, "usage.not_provided", v, limit, maxV
	case !known && maxKnown:
		return Unknown, "usage.not_provided", v, maxV, maxV
	case !known:
		return Pass, "usage.nothing", v, limit, maxV
	}
	if x.hard {
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
	case maxKnown && e.near(v, maxV):
		return Warn, "quota.max_warn", v, limit, maxV
	case limitKnown && v > limit && !x.priced:
		return Unknown, "quota.over_unknown", v, limit, maxV
	case !limitKnown && !maxKnown:
		return Unknown, "usage.limit_unknown", v, limit, maxV
	case !limitKnown:
		return Pass, "quota.no_limit_under_max", v, limit, maxV
	case v > limit:
		return Pass, "quota.over", v, limit, maxV
	}
	return Pass, "quota.within", v, limit, maxV
}

// How a usage finding bears on whether the tier is verified.
const (
	// overUnknown: usage above an included amount whose price is unknown.
	overUnknown uint8 = 1 << iota
	// knownUse: a number the user gave met a known limit (pass or warn).
	knownUse
)

// useFlags classifies a usage finding's key for verification.
func useFlags(key string) uint8 {
	switch key {
	case "quota.over_unknown":
		return overUnknown
	case "hard.pass", "hard.warn", "quota.within", "quota.over", "quota.max_warn", "quota.no_limit_under_max":
		return knownUse
	}
	return 0
}

// say builds a finding, with its sentence when e writes sentences.
func (e *env) say(rule string, s Status, key string, args ...i18n.Arg) Finding {
	f := Finding{Rule: rule, Status: s}
	if e.text {
		e.write(&f, key, args...)
	}
	return f
}

// write appends f's sentence to the buffer; sentences() hands it out.
func (e *env) write(f *Finding, key string, args ...i18n.Arg) {
	start := len(e.out)
	e.out = words.Append(e.out, e.lang, key, args...)
	f.span = [2]int32{int32(start), int32(len(e.out))}
}

// setMessage takes f's sentence out of the evaluation's sentence buffer.
func (f *Finding) setMessage(all string) {
	if f.span[1] > 0 {
		f.Message = all[f.span[0]:f.span[1]]
	}
}

// checkNeed compares a need that must not exceed the tier's value.
func checkNeed(m Metric) func(e *env, u *month, t *Tier) Finding {
	return func(e *env, _ *month, t *Tier) Finding {
		say := func(s Status, key string, args ...i18n.Arg) Finding { return e.say(string(m), s, key, args...) }
		need := e.group
		switch m {
		case HistoryDays:
			need = e.history
		case APIQPS:
			need = e.qps
		}
		name := metricName(e.lang, m)
		limit := t.Limits.Get(m)
		switch {
		case need == nil && limit == nil:
			return say(Pass, "need.nothing", txt(name))
		case need == nil:
			return say(Unknown, "need.not_provided", txt(name), txt(t.Name), amount(e.lang, m, int64(*limit)))
		case limit == nil:
			return say(Unknown, "need.unknown", txt(name), txt(t.Name), amount(e.lang, m, int64(*need)))
		case *need > *limit:
			return say(Fail, "need.fail", txt(name), amount(e.lang, m, int64(*need)), txt(t.Name), amount(e.lang, m, int64(*limit)))
		}
		return say(Pass, "need.pass", txt(name), amount(e.lang, m, int64(*need)), txt(t.Name), amount(e.lang, m, int64(*limit)))
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
	say := func(s Status, key string, args ...i18n.Arg) Finding { return e.say(rule, s, key, args...) }
	what := setName(e.lang, rule)
	switch {
	case len(needed) == 0:
		return say(Pass, "set.nothing", txt(what))
	case offered == nil:
		return say(Unknown, "set.unknown", txt(what), txt(tier), idNames(e.lang, rule, needed))
	}
	var missing []string
	for _, id := range needed {
		if !contains(offered, id) {
			missing = append(missing, id)
		}
	}
	switch {
	case len(missing) == 0:
		return say(Pass, "set.pass", txt(what), txt(tier), idNames(e.lang, rule, needed))
	case partial:
		return say(Unknown, "set.partial", txt(what), txt(tier), idNames(e.lang, rule, missing))
	}
	return say(Fail, "set.fail", txt(what), txt(tier), idNames(e.lang, rule, missing))
}

func checkSLA(e *env, _ *month, t *Tier) Finding {
	say := func(s Status, key string, args ...i18n.Arg) Finding { return e.say("sla", s, key, args...) }
	switch {
	case e.sla == nil || *e.sla == 0:
		return say(Pass, "sla.nothing")
	case t.SLAPercent == nil:
		return say(Unknown, "sla.unknown", txt(t.Name), dec(*e.sla))
	case *t.SLAPercent == 0:
		return say(Fail, "sla.none", txt(t.Name), dec(*e.sla))
	case *t.SLAPercent < *e.sla:
		return say(Fail, "sla.fail", txt(t.Name), precise(*e.sla), precise(*t.SLAPercent))
	}
	return say(Pass, "sla.pass", txt(t.Name), precise(*e.sla), precise(*t.SLAPercent))
}

func checkLatency(e *env, _ *month, t *Tier) Finding {
	say := func(s Status, key string, args ...i18n.Arg) Finding { return e.say("latency", s, key, args...) }
	switch {
	case e.latency == nil:
		return say(Pass, "lat.nothing")
	case t.LatencyMS == nil:
		return say(Unknown, "lat.unknown", txt(t.Name), dec(*e.latency))
	case *t.LatencyMS > *e.latency:
		return say(Fail, "lat.fail", txt(t.Name), dec(*e.latency), dec(*t.LatencyMS))
	}
	return say(Pass, "lat.pass", txt(t.Name), dec(*e.latency), dec(*t.LatencyMS))
}

func checkSupport(e *env, _ *month, t *Tier) Finding {
	say := func(s Status, key string, args ...i18n.Arg) Finding { return e.say("support", s, key, args...) }
	switch {
	case e.support == "":
		return say(Pass, "sup.nothing")
	case t.Support == nil:
		return say(Unknown, "sup.unknown", txt(t.Name), txt(supportName(e.lang, e.support)))
	case supportRank(*t.Support) < supportRank(e.support):
		return say(Fail, "sup.fail", txt(t.Name), txt(supportName(e.lang, e.support)), txt(supportName(e.lang, *t.Support)))
	}
	return say(Pass, "sup.pass", txt(t.Name), txt(supportName(e.lang, e.support)), txt(supportName(e.lang, *t.Support)))
}
