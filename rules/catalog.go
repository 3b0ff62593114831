package rules

import (
	"encoding/json"
	"math"
)

// A Catalog is one vendor's tiers with where the figures come from. Tiers
// are listed cheapest first; their order breaks ties in recommendations.
type Catalog struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Currency string `json:"currency"`             // ISO 4217, e.g. USD or CNY
	AsOf     string `json:"as_of"`                // date of the newest page the figures come from
	AsOfNote string `json:"as_of_note,omitempty"` // what as_of means when it is not a page date
	Seen     string `json:"seen,omitempty"`       // date the pages were read
	// Confidence is the lowest confidence of its tiers; derived from them
	// when the file leaves it out.
	Confidence   string            `json:"confidence"`
	Illustrative bool              `json:"illustrative,omitempty"`
	Sources      []string          `json:"sources"`
	PageDates    map[string]string `json:"page_dates,omitempty"`
	Notes        string            `json:"notes,omitempty"`
	Tiers        []Tier            `json:"tiers"`
}

// A Tier is one plan of a catalog. A nil pointer or list means unknown:
// the rules then say "verify with the vendor" instead of guessing.
type Tier struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Status is "" for a tier on sale, or superseded or placeholder: such a
	// tier can be a scenario's current tier but is never recommended or
	// ranked.
	Status     string   `json:"status,omitempty"`
	PriceMonth *float64 `json:"price_month"`
	// MinimumSpend says PriceMonth is a minimum monthly spend that usage
	// charges count toward (a prepay), not a fee on top of them.
	MinimumSpend bool   `json:"minimum_spend,omitempty"`
	PriceNote    string `json:"price_note,omitempty"`
	Limits       Limits `json:"limits"`
	// HardCaps are the usage metrics whose limit refuses service beyond it;
	// any other limit is an included quota billed by Overage above it.
	HardCaps []Metric `json:"hard_caps"`
	// Max is the plan maximum of an included quota.
	Max map[Metric]float64 `json:"max,omitempty"`
	// Overage is the price of usage above an included quota.
	Overage map[Metric]Overage `json:"overage,omitempty"`
	// IncludedShare raises an included amount with another metric, as in
	// "peak concurrent: 10% of MAU, at least the limit".
	IncludedShare map[Metric]Share `json:"included_share,omitempty"`
	// Unlimited are the metrics the vendor states have no limit.
	Unlimited []Metric `json:"unlimited,omitempty"`
	Features  []string `json:"features"`
	// FeaturesPartial says the feature list names only what the sources
	// mention: a feature not in it is unknown, not missing.
	FeaturesPartial bool     `json:"features_partial,omitempty"`
	Regions         []string `json:"regions"`
	SLAPercent      *float64 `json:"sla_percent"` // 0: no SLA offered
	LatencyMS       *float64 `json:"latency_ms"`
	Support         *string  `json:"support"`
	Confidence      string   `json:"confidence"`
	Sources         []string `json:"sources,omitempty"`
	Notes           string   `json:"notes,omitempty"`
}

// Limits are a tier's included amounts; nil is unknown. messages_month is
// the exception: a tier meters messages only when its limits name the key
// (null then means the amount is unknown); absent, messages are not metered.
type Limits struct {
	DAU            *float64 `json:"dau"`
	MAU            *float64 `json:"mau"`
	PeakConcurrent *float64 `json:"peak_concurrent"`
	GroupMembers   *float64 `json:"group_members"`
	HistoryDays    *float64 `json:"history_days"`
	MessagesMonth  *float64 `json:"messages_month,omitempty"`
	APIQPS         *float64 `json:"api_qps,omitempty"`
	// MessagesMetered is true when the catalog names messages_month.
	MessagesMetered bool `json:"-"`
}

// UnmarshalJSON reads the limits and whether messages_month is named.
func (l *Limits) UnmarshalJSON(b []byte) error {
	type plain Limits
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(b, (*plain)(l)); err != nil {
		return err
	}
	if err := json.Unmarshal(b, &keys); err != nil {
		return err
	}
	_, l.MessagesMetered = keys[string(MessagesMonth)]
	return nil
}

// MarshalJSON writes messages_month only for a tier that meters messages
// (null when the amount is unknown), so a catalog reads back the same.
func (l Limits) MarshalJSON() ([]byte, error) {
	type plain Limits
	b, err := json.Marshal(plain(l))
	if err != nil || !l.MessagesMetered || l.MessagesMonth != nil {
		return b, err
	}
	return append(b[:len(b)-1], `,"messages_month":null}`...), nil
}

// Get returns the limit of m, or nil when unknown.
func (l Limits) Get(m Metric) *float64 {
	switch m {
	case DAU:
		return l.DAU
	case MAU:
		return l.MAU
	case PeakConcurrent:
		return l.PeakConcurrent
	case MessagesMonth:
		return l.MessagesMonth
	case GroupMembers:
		return l.GroupMembers
	case HistoryDays:
		return l.HistoryDays
	case APIQPS:
		return l.APIQPS
	}
	return nil
}

// metered reports whether the tier counts m at all: every usage metric but
// messages_month always, messages_month when the limits name it.
func (t *Tier) metered(m Metric) bool {
	return m != MessagesMonth || t.Limits.MessagesMetered || t.isUnlimited(m) || t.isHardCap(m)
}

// Candidate reports whether the tier may be recommended and ranked: it is
// on sale (not superseded) and more than a placeholder.
func (t *Tier) Candidate() bool { return t.Status == "" }

// Overage is the price of usage above an included quota: Price for every
// Per units (1 when zero), prorated, or per started block when RoundUp.
type Overage struct {
	Price   float64 `json:"price"`
	Per     float64 `json:"per,omitempty"`
	RoundUp bool    `json:"round_up,omitempty"`
}

// UnmarshalJSON accepts a plain number (the price per unit) or an object.
func (o *Overage) UnmarshalJSON(b []byte) error {
	var price float64
	if err := json.Unmarshal(b, &price); err == nil {
		*o = Overage{Price: price}
		return nil
	}
	type plain Overage
	return json.Unmarshal(b, (*plain)(o))
}

// MarshalJSON writes a plain number when the price is per unit.
func (o Overage) MarshalJSON() ([]byte, error) {
	if o.Per <= 1 && !o.RoundUp {
		return json.Marshal(o.Price)
	}
	type plain Overage
	return json.Marshal(plain(o))
}

// Cost is the monthly price of excess units above the included amount.
func (o Overage) Cost(excess int64) float64 {
	if excess <= 0 {
		return 0
	}
	if o.Per <= 1 {
		return float64(excess) * o.Price
	}
	blocks := float64(excess) / o.Per
	if o.RoundUp {
		blocks = math.Ceil(blocks)
	}
	return blocks * o.Price
}

// A Share makes an included amount Percent of another metric's usage.
type Share struct {
	Of      Metric  `json:"of"`
	Percent float64 `json:"percent"`
}

// Tier returns the tier with id, or nil.
func (c *Catalog) Tier(id string) *Tier {
	for i := range c.Tiers {
		if c.Tiers[i].ID == id {
			return &c.Tiers[i]
		}
	}
	return nil
}

// TierIDs lists the tier ids in catalog order.
func (c *Catalog) TierIDs() []string {
	ids := make([]string, len(c.Tiers))
	for i, t := range c.Tiers {
		ids[i] = t.ID
	}
	return ids
}

func (t *Tier) isHardCap(m Metric) bool   { return containsMetric(t.HardCaps, m) }
func (t *Tier) isUnlimited(m Metric) bool { return containsMetric(t.Unlimited, m) }

func containsMetric(list []Metric, m Metric) bool {
	for _, v := range list {
		if v == m {
			return true
		}
	}
	return false
}
