package rules

import (
	"time"

	"tierfit/internal/i18n"
)

// StaleMonths is the data age beyond which prices are flagged: vendors
// change tiers often, and a year-old price page is a guess.
const StaleMonths = 12

// ages dates the catalog and, so that each carries it, every tier: the
// catalog's as_of is the date of the newest page its figures come from.
func (ev *Evaluation) ages(cat *Catalog, today string) {
	now, ok := parseDate(today)
	if ok {
		ev.Today = today
		ev.DataAgeMonths = monthsBetween(cat.AsOf, now)
	}
	for i := range ev.Tiers {
		ev.Tiers[i].AsOf = cat.AsOf
		ev.Tiers[i].DataAgeMonths = ev.DataAgeMonths
	}
}

// monthsBetween is the whole months from date to now; nil when date is
// not a date, 0 when it is in the future.
func monthsBetween(date string, now time.Time) *int {
	d, ok := parseDate(date)
	if !ok {
		return nil
	}
	n := (now.Year()-d.Year())*12 + int(now.Month()) - int(d.Month())
	if now.Day() < d.Day() {
		n--
	}
	n = max(n, 0)
	return &n
}

// caveats are the sentences that qualify every number: illustrative
// figures, data older than StaleMonths, and how messages are counted for
// the current and the recommended tier.
func (ev *Evaluation) caveats(cat *Catalog, lang i18n.Lang) {
	if cat.Illustrative {
		ev.Caveats = append(ev.Caveats, msg(lang, "cav.illustrative", txt(cat.Name)))
	}
	if ev.DataAgeMonths != nil && *ev.DataAgeMonths > StaleMonths {
		ev.Caveats = append(ev.Caveats, msg(lang, "cav.stale", txt(cat.Name), num(int64(*ev.DataAgeMonths)), txt(cat.AsOf)))
	}
	seen := map[string]bool{}
	for _, id := range []string{ev.CurrentTier, ev.Recommended} {
		t := ev.Tier(id)
		if t == nil || seen[id] {
			continue
		}
		seen[id] = true
		if cat.Tier(id).metered(MessagesMonth) {
			ev.Caveats = append(ev.Caveats, msg(lang, "cav.messages", txt(t.Name)))
		}
	}
}

// Stale reports whether the tier's data is older than StaleMonths.
func (t *TierResult) Stale() bool { return t.DataAgeMonths != nil && *t.DataAgeMonths > StaleMonths }

// Stale says the pair's figures are older than StaleMonths.
func (e *RankEntry) Stale() bool { return e.DataAgeMonths != nil && *e.DataAgeMonths > StaleMonths }

// lookElsewhere names the best tier of another catalog that fits now, when
// no tier of cat does: the first verified fitting entry of the cross-vendor
// ranking, else the first fitting one.
func (ev *Evaluation) lookElsewhere(s Scenario, cat *Catalog, ctx Context) {
	set := []*Catalog{cat}
	for _, c := range ctx.Others {
		if c.ID != cat.ID && !c.Illustrative {
			set = append(set, c)
		}
	}
	if len(set) == 1 {
		return
	}
	r, ps := rank(s, set, ctx.Today)
	if len(ps) > 0 {
		return
	}
	lang := s.language()
	// A verified tier first: "fits as far as its catalog knows" is a
	// weaker answer than one the catalog confirms.
	for _, verified := range []bool{true, false} {
		for i := range r.Entries {
			e := &r.Entries[i]
			if e.Catalog == cat.ID || !e.Fits || e.Verified != verified {
				continue
			}
			ev.Elsewhere = e
			cost := msg(lang, "cost.unknown")
			if e.MonthlyCost.Now != nil {
				cost = i18n.Money(lang, *e.MonthlyCost.Now, e.MonthlyCost.Currency)
			}
			key := "dec.elsewhere"
			if !verified {
				key = "dec.elsewhere_unverified"
			}
			ev.Reasons = append(ev.Reasons, msg(lang, key, txt(e.CatalogName), txt(e.TierName), txt(cost)))
			return
		}
	}
	ev.Reasons = append(ev.Reasons, msg(lang, "dec.nowhere"))
}
