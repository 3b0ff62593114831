package rules

import "tierfit/internal/i18n"

// Gains lists what tier to offers over tier from, in lang: higher limits
// and the features and regions it adds. Unknowns are left out: only what
// the catalog states is a gain.
func Gains(from, to *Tier, lang i18n.Lang) []string {
	var out []string
	for _, m := range []Metric{DAU, MAU, PeakConcurrent, GroupMembers, HistoryDays} {
		a, b := from.Limits.Get(m), to.Limits.Get(m)
		if b != nil && (a == nil || *b > *a) {
			was := msg(lang, "unknown")
			if a != nil {
				was = i18n.Dec(*a)
			}
			out = append(out, msg(lang, "gain.limit", txt(metricName(lang, m)), txt(was), dec(*b)))
		}
	}
	if added := missingFrom(to.Features, from.Features); len(added) > 0 {
		out = append(out, msg(lang, "gain.features", idNames(lang, "features", added)))
	}
	if added := missingFrom(to.Regions, from.Regions); len(added) > 0 {
		out = append(out, msg(lang, "gain.regions", idNames(lang, "regions", added)))
	}
	if to.SLAPercent != nil && *to.SLAPercent > 0 && (from.SLAPercent == nil || *from.SLAPercent < *to.SLAPercent) {
		out = append(out, msg(lang, "gain.sla", precise(*to.SLAPercent)))
	}
	return out
}

// missingFrom lists the ids of have that base lacks (all of have when base is unknown).
func missingFrom(have, base []string) []string {
	var out []string
	for _, id := range have {
		if !contains(base, id) {
			out = append(out, id)
		}
	}
	return out
}
