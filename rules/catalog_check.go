package rules

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"

	"tierfit/internal/i18n"
)

// Catalog size limits: an import larger than this is refused with a message.
const (
	MaxCatalogBytes = 8 << 20
	// MaxTiers bounds the work of one evaluation (every tier, every month) so
	// the page stays responsive; vendors publish a handful of tiers.
	MaxTiers = 100
)

// The catalog format: fields in required are the only ones a catalog must
// have; every other one may be left out (unknown, or none).
var tierShape = &shape{kind: kObject, required: []string{"id", "name", "confidence"}, fields: map[string]*shape{
	"id": stringShape, "name": stringShape, "status": stringShape, "price_month": numberShape, "minimum_spend": boolShape,
	"price_note": stringShape,
	"limits": object(map[string]*shape{
		"dau": numberShape, "mau": numberShape, "peak_concurrent": numberShape, "messages_month": numberShape,
		"group_members": numberShape, "history_days": numberShape, "api_qps": numberShape,
	}),
	"hard_caps": listOf(stringShape, len(allMetrics)),
	"max":       &shape{kind: kMap, elem: numberShape, max: len(allMetrics)},
	"overage":   &shape{kind: kMap, elem: &shape{kind: kOverage}, max: len(allMetrics)},
	"included_share": &shape{kind: kMap, elem: object(map[string]*shape{
		"of": stringShape, "percent": numberShape,
	})},
	"unlimited": listOf(stringShape, len(allMetrics)), "features": listOf(stringShape, len(Features)),
	"features_partial": boolShape, "regions": listOf(stringShape, len(Regions)),
	"sla_percent": numberShape, "latency_ms": numberShape, "support": stringShape,
	"confidence": stringShape, "sources": listOf(stringShape, MaxSources), "notes": stringShape,
}}

var catalogShape = &shape{kind: kObject, required: []string{"id", "name", "currency", "as_of", "tiers"}, fields: map[string]*shape{
	"id": stringShape, "name": stringShape, "currency": stringShape, "as_of": stringShape, "as_of_note": stringShape,
	"seen": stringShape, "confidence": stringShape, "illustrative": boolShape, "sources": listOf(stringShape, MaxSources),
	"page_dates": &shape{kind: kMap, elem: stringShape, max: MaxSources}, "notes": stringShape,
	"tiers": &shape{kind: kList, elem: tierShape, max: MaxTiers},
}}

// DecodeCatalog decodes and validates a catalog, such as one a user
// imports. Problems name the tier and the field, in lang.
func DecodeCatalog(data []byte, lang i18n.Lang) (*Catalog, Problems) {
	var c Catalog
	if ps := decodeJSON(data, catalogShape, &c, MaxCatalogBytes, lang); len(ps) > 0 {
		return nil, ps
	}
	if c.Confidence == "" {
		c.Confidence = lowestConfidence(c.Tiers)
	}
	if ps := c.Validate(lang); len(ps) > 0 {
		return nil, ps
	}
	return &c, nil
}

// lowestConfidence is the lowest known confidence of the tiers: what a
// catalog that states none has.
func lowestConfidence(tiers []Tier) string {
	low := ""
	for _, t := range tiers {
		if i := index(Confidences, t.Confidence); i >= 0 && (low == "" || i < index(Confidences, low)) {
			low = t.Confidence
		}
	}
	return low
}

var (
	idPattern       = lazily(`^[a-z0-9][a-z0-9_-]{0,63}$`)
	currencyPattern = lazily(`^[A-Z]{3}$`)
)

// Validate returns every problem of the catalog.
func (c *Catalog) Validate(lang i18n.Lang) Problems {
	v := validator{lang: lang}
	v.id("id", c.ID)
	v.name("name", c.Name, true)
	if !currencyPattern().MatchString(c.Currency) {
		v.add("currency", msg(lang, "v.type", txt(msg(lang, "type.currency")), txt(jsonType(c.Currency, lang))))
	}
	v.date("as_of", c.AsOf, true)
	v.date("seen", c.Seen, false)
	v.oneOf("confidence", c.Confidence, Confidences, true)
	v.text("as_of_note", c.AsOfNote, false)
	v.text("notes", c.Notes, false)
	v.sources("sources", c.Sources)
	for _, k := range sortedKeys(c.PageDates) {
		v.source("page_dates", k)
		v.name("page_dates."+k, c.PageDates[k], false)
	}
	if len(c.Tiers) == 0 {
		v.add("tiers", msg(lang, "v.no_tiers"))
	}
	if len(c.Tiers) > MaxTiers {
		v.add("tiers", msg(lang, "v.too_many", num(MaxTiers), num(int64(len(c.Tiers)))))
		return v.ps
	}
	seen := map[string]bool{}
	for i := range c.Tiers {
		t := &c.Tiers[i]
		p := fmt.Sprintf("tiers[%d]", i)
		if idPattern().MatchString(t.ID) {
			p = "tiers[" + t.ID + "]"
			if seen[t.ID] {
				v.add(p+".id", msg(lang, "v.dup_tier", txt(t.ID)))
			}
			seen[t.ID] = true
		}
		v.tier(p, t)
	}
	return v.ps.sorted()
}

func (v *validator) tier(p string, t *Tier) {
	lang := v.lang
	v.id(p+".id", t.ID)
	v.name(p+".name", t.Name, true)
	v.oneOf(p+".status", t.Status, TierStatuses, false)
	v.text(p+".price_note", t.PriceNote, false)
	v.text(p+".notes", t.Notes, false)
	v.sources(p+".sources", t.Sources)
	if t.PriceMonth != nil {
		v.number(p+".price_month", *t.PriceMonth, 0, 1e12)
	} else if t.MinimumSpend {
		v.add(p+".minimum_spend", msg(lang, "v.minimum_no_price"))
	}
	for _, m := range append(append([]Metric(nil), UsageMetrics...), NeedMetrics...) {
		if l := t.Limits.Get(m); l != nil {
			v.count(p+".limits."+string(m), *l)
		}
	}
	if !t.metered(MessagesMonth) {
		_, o := t.Overage[MessagesMonth]
		_, mx := t.Max[MessagesMonth]
		if o || mx {
			v.add(p+".limits.messages_month", msg(lang, "v.not_metered"))
		}
	}
	v.metrics(p+".hard_caps", t.HardCaps)
	for _, m := range t.HardCaps {
		if isUsageMetric(m) && t.Limits.Get(m) == nil && !containsMetric(t.Unlimited, m) {
			v.add(p+".hard_caps", msg(lang, "v.hard_no_limit", txt(string(m))))
		}
	}
	v.metrics(p+".unlimited", t.Unlimited)
	for _, m := range sortedKeys(t.Max) {
		f := p + ".max." + m
		if !v.metric(f, Metric(m)) {
			continue
		}
		v.count(f, t.Max[Metric(m)])
		if l := t.Limits.Get(Metric(m)); l != nil && t.Max[Metric(m)] < *l {
			v.add(f, msg(lang, "v.max_below", txt(m), dec(*l), dec(t.Max[Metric(m)])))
		}
	}
	for _, m := range sortedKeys(t.Overage) {
		f := p + ".overage." + m
		if !v.metric(f, Metric(m)) {
			continue
		}
		o := t.Overage[Metric(m)]
		v.number(f+".price", o.Price, 0, 1e12)
		if o.Per != 0 {
			v.number(f+".per", o.Per, 1, 1e12)
		}
	}
	for _, m := range sortedKeys(t.IncludedShare) {
		f := p + ".included_share." + m
		s := t.IncludedShare[Metric(m)]
		if Metric(m) != PeakConcurrent || (s.Of != MAU && s.Of != DAU) {
			v.add(f, msg(lang, "v.share_metric"))
			continue
		}
		v.number(f+".percent", s.Percent, 0, 100)
	}
	v.ids(p+".features", t.Features, Features)
	v.ids(p+".regions", t.Regions, Regions)
	if t.SLAPercent != nil {
		v.number(p+".sla_percent", *t.SLAPercent, 0, 100)
	}
	if t.LatencyMS != nil {
		v.number(p+".latency_ms", *t.LatencyMS, 0, 1e6)
	}
	if t.Support != nil {
		v.oneOf(p+".support", *t.Support, SupportLevels, true)
	}
	v.oneOf(p+".confidence", t.Confidence, Confidences, true)
}

func (v *validator) metrics(f string, list []Metric) {
	seen := map[Metric]bool{}
	for _, m := range list {
		if !isUsageMetric(m) {
			v.add(f, msg(v.lang, "v.unknown_id", txt(string(m)), txt(usageMetricIDs)))
		} else if seen[m] {
			v.add(f, msg(v.lang, "v.duplicate", txt(string(m))))
		}
		seen[m] = true
	}
}

func (v *validator) metric(f string, m Metric) bool {
	if !isUsageMetric(m) {
		v.add(f, msg(v.lang, "v.unknown_id", txt(string(m)), txt(usageMetricIDs)))
		return false
	}
	return true
}

// ids checks a list of vocabulary ids: known, not repeated.
func (v *validator) ids(f string, list, known []string) {
	seen := map[string]bool{}
	for _, id := range list {
		switch {
		case !contains(known, id):
			v.add(f, msg(v.lang, "v.unknown_id", txt(clip(id)), ids(known)))
		case seen[id]:
			v.add(f, msg(v.lang, "v.duplicate", txt(id)))
		}
		seen[id] = true
	}
}

func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

// Text length limits, in characters.
const (
	MaxNameLen = 200  // names of projects, catalogs and tiers
	MaxTextLen = 2000 // notes
)

func (v *validator) text(f, s string, required bool) { v.textMax(f, s, required, MaxTextLen) }

func (v *validator) name(f, s string, required bool) { v.textMax(f, s, required, MaxNameLen) }

func (v *validator) textMax(f, s string, required bool, limit int) {
	n := len([]rune(s))
	switch {
	case required && s == "":
		v.add(f, msg(v.lang, "v.required"))
	case required && strings.TrimSpace(s) == "":
		v.add(f, msg(v.lang, "v.blank"))
	case n > limit:
		v.add(f, msg(v.lang, "v.too_long", num(int64(limit)), num(int64(n))))
	case strings.ContainsFunc(s, isControl):
		v.add(f, msg(v.lang, "v.control"))
	}
}

// sources checks a list of sources: each an http(s) address.
func (v *validator) sources(f string, list []string) {
	for i, src := range list {
		v.source(fmt.Sprintf("%s[%d]", f, i), src)
	}
}

// source checks one address: http or https, a host, nothing that could
// break a line or a link in the export (spaces, control characters).
func (v *validator) source(f, src string) {
	u, err := url.Parse(src)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || len(src) > MaxTextLen ||
		strings.ContainsFunc(src, func(r rune) bool { return isControl(r) || r == '\t' || unicode.IsSpace(r) }) {
		v.add(f, msg(v.lang, "v.source", txt(clip(src))))
	}
}

func isControl(r rune) bool { return (r < 0x20 && r != '\t') || r == 0x7f }

func (v *validator) id(f, s string) {
	if !idPattern().MatchString(s) {
		v.add(f, msg(v.lang, "v.id", txt(clip(s))))
	}
}

// ImportCatalog decodes a catalog a user imports: DecodeCatalog, and its
// id must not hide a built-in catalog.
func ImportCatalog(data []byte, lang i18n.Lang) (*Catalog, Problems) {
	c, ps := DecodeCatalog(data, lang)
	if len(ps) == 0 && BuiltinCatalog(c.ID) != nil {
		return nil, Problems{{"id", msg(lang, "v.builtin_id", txt(c.ID))}}
	}
	return c, ps
}
