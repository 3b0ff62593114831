package rules

import "sort"

// A Ranking orders every (catalog, tier) pair for one scenario by the same
// rule as the recommendation within one catalog: fits with headroom through
// the horizon, then fits through it, then fits now; within a class, verified
// tiers first, then the lowest monthly cost at the horizon, pairs with a
// known cost first, fewer unknowns first at equal cost (so a pair with
// unknowns never ranks above an equally cheap one without), then catalog and
// tier order. Superseded and placeholder tiers are never ranked.
type Ranking struct {
	// Currency is the currency costs are compared in (USD, through the
	// scenario's policy.fx), or "" when they are compared per currency.
	Currency string      `json:"currency"`
	Note     string      `json:"note"`
	Entries  []RankEntry `json:"entries"`
}

// A RankEntry is one (catalog, tier) pair.
type RankEntry struct {
	Rank        int         `json:"rank"` // 1 is best; per currency when Ranking.Currency is ""
	Catalog     string      `json:"catalog"`
	CatalogName string      `json:"catalog_name"`
	Tier        string      `json:"tier"`
	TierName    string      `json:"tier_name"`
	Class       string      `json:"class"` // headroom, all_months, now or no_fit
	Fits        bool        `json:"fits"`
	WhyNot      []string    `json:"why_not"`
	Unknowns    int         `json:"unknowns"`
	Verified    bool        `json:"verified"`
	MonthlyCost MonthlyCost `json:"monthly_cost"`
	// Compared is the horizon cost in Ranking.Currency; nil when unknown or
	// compared per currency.
	Compared      *float64 `json:"compared"`
	Confidence    string   `json:"confidence"`
	AsOf          string   `json:"as_of"`
	DataAgeMonths *int     `json:"data_age_months"`
	Illustrative  bool     `json:"illustrative,omitempty"`
	PriceNote     string   `json:"price_note"`
}

var classOrder = map[string]int{"headroom": 0, "all_months": 1, "now": 2, "no_fit": 3}

// Rank evaluates the scenario against every catalog and ranks every tier
// that may be recommended. The scenario's current tier belongs to its own
// catalog; other catalogs are evaluated without one. Data ages are counted
// to today (YYYY-MM-DD, or "" to leave them out).
func Rank(s Scenario, cats []*Catalog, today string) (*Ranking, Problems) {
	return rank(s, cats, today)
}

func rank(s Scenario, cats []*Catalog, today string) (*Ranking, Problems) {
	s = s.WithDefaults()
	s.Target = nil // ranked catalogs need not include the checklist's target
	lang := s.language()
	if ps := s.validate(cats); len(ps) > 0 {
		return nil, ps
	}
	fx := map[string]float64{"USD": 1}
	for c, rate := range s.Policy.FX {
		fx[c] = rate
	}
	r := &Ranking{Currency: "USD", Entries: []RankEntry{}}
	for _, c := range cats {
		if _, ok := fx[c.Currency]; !ok {
			r.Currency = ""
		}
	}
	order := map[string]int{}
	for ci, c := range cats {
		sc := s
		if c.ID != s.Catalog {
			sc.CurrentTier = ""
		}
		sc.Catalog = c.ID
		ev, ps := Evaluate(sc, c, Context{Today: today})
		if len(ps) > 0 {
			return nil, ps
		}
		for ti, t := range ev.Tiers {
			if !c.Tiers[ti].Candidate() {
				continue
			}
			e := RankEntry{Catalog: c.ID, CatalogName: c.Name, Tier: t.ID, TierName: t.Name, Class: class(t),
				Fits: t.Fits, Unknowns: t.Unknowns, Verified: t.Verified, MonthlyCost: t.MonthlyCost, Confidence: t.Confidence,
				AsOf: t.AsOf, DataAgeMonths: t.DataAgeMonths, Illustrative: c.Illustrative, PriceNote: t.PriceNote, WhyNot: []string{}}
			for _, f := range t.Findings {
				if f.Status == Fail {
					e.WhyNot = append(e.WhyNot, f.Message)
				}
			}
			if r.Currency != "" && t.MonthlyCost.Horizon != nil {
				v := roundCents(*t.MonthlyCost.Horizon / fx[c.Currency])
				e.Compared = &v
			}
			order[c.ID+"\x00"+t.ID] = ci*MaxTiers + ti
			r.Entries = append(r.Entries, e)
		}
	}
	sort.SliceStable(r.Entries, func(i, j int) bool {
		a, b := &r.Entries[i], &r.Entries[j]
		if r.Currency == "" && a.MonthlyCost.Currency != b.MonthlyCost.Currency {
			return a.MonthlyCost.Currency < b.MonthlyCost.Currency
		}
		if classOrder[a.Class] != classOrder[b.Class] {
			return classOrder[a.Class] < classOrder[b.Class]
		}
		if a.Verified != b.Verified {
			return a.Verified
		}
		ca, cb := a.Compared, b.Compared
		if r.Currency == "" {
			ca, cb = a.MonthlyCost.Horizon, b.MonthlyCost.Horizon
		}
		switch {
		case ca == nil && cb != nil:
			return false
		case ca != nil && cb == nil:
			return true
		case ca != nil && *ca != *cb:
			return *ca < *cb
		case a.Unknowns != b.Unknowns:
			return a.Unknowns < b.Unknowns
		}
		return order[a.Catalog+"\x00"+a.Tier] < order[b.Catalog+"\x00"+b.Tier]
	})
	rank, prev := 0, ""
	for i := range r.Entries {
		if r.Currency == "" && r.Entries[i].MonthlyCost.Currency != prev {
			rank, prev = 0, r.Entries[i].MonthlyCost.Currency
		}
		rank++
		r.Entries[i].Rank = rank
	}
	if r.Currency == "" {
		r.Note = msg(lang, "rank.per_currency")
	} else {
		r.Note = msg(lang, "rank.fx")
	}
	return r, nil
}

func class(t TierResult) string {
	switch {
	case t.Headroom:
		return "headroom"
	case t.FitsHorizon:
		return "all_months"
	case t.Fits:
		return "now"
	}
	return "no_fit"
}

func roundCents(v float64) float64 { return float64(int64(v*100+0.5)) / 100 }
