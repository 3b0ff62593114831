package rules_test

import (
	"fmt"
	"testing"

	"tierfit/rules"
)

// tenTiers is a 10-tier catalog with every kind of limit: hard caps,
// quotas with overage and maximums, a share, unknowns.
func tenTiers(tb testing.TB) *rules.Catalog {
	tb.Helper()
	tiers := ""
	for i := 0; i < 10; i++ {
		if i > 0 {
			tiers += ","
		}
		hard := `[]`
		if i == 0 {
			hard = `["mau", "peak_concurrent"]`
		}
		tiers += fmt.Sprintf(`{"id": "t%d", "name": "Tier %d", "price_month": %d,
			"limits": {"dau": %d, "mau": %d, "peak_concurrent": %d, "group_members": %d, "history_days": %d},
			"hard_caps": %s, "max": {"mau": %d}, "overage": {"mau": 0.05, "peak_concurrent": 2, "dau": {"price": 100, "per": 1000, "round_up": true}},
			"included_share": {"peak_concurrent": {"of": "mau", "percent": 10}},
			"features": ["read_receipts", "push", "moderation"], "regions": ["sea", "eu", "na"],
			"sla_percent": 99.9, "latency_ms": 200, "support": "ticket", "confidence": "high"}`,
			i, i, i*100, 1000*(i+1), 4000*(i+1), 400*(i+1), 100*(i+1), 30*(i+1), hard, 40000*(i+1))
	}
	cat, ps := rules.DecodeCatalog([]byte(`{"id": "bench", "name": "Bench", "currency": "USD", "as_of": "2026-01-01",
		"confidence": "high", "sources": ["https://example.com/bench"], "tiers": [`+tiers+`]}`), "en")
	if len(ps) > 0 {
		tb.Fatal(ps)
	}
	return cat
}

func benchScenario(tb testing.TB) rules.Scenario {
	s, ps := rules.DecodeScenario([]byte(`{"catalog": "bench", "usage": {"dau": 3000, "mau": 12000, "peak_concurrent": 400,
		"max_group_members": 200, "history_days": 30, "monthly_growth_percent": 10},
		"needs": {"features": ["read_receipts", "moderation"], "regions": ["sea", "na"], "latency_ms": 300, "sla_percent": 99.9, "support": "ticket"}}`), "en")
	if len(ps) > 0 {
		tb.Fatal(ps)
	}
	return s
}

// BenchmarkEvaluate times one evaluation of a 10-tier catalog over a
// 6-month horizon, validation included. Target: ≤ 20 µs natively.
func BenchmarkEvaluate(b *testing.B) {
	cat, s := tenTiers(b), benchScenario(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, ps := rules.Evaluate(s, cat, rules.Context{}); len(ps) > 0 {
			b.Fatal(ps)
		}
	}
}

// BenchmarkValidate times the validation that Evaluate starts with.
func BenchmarkValidate(b *testing.B) {
	cat, s := tenTiers(b), benchScenario(b)
	cats := []*rules.Catalog{cat}
	b.ReportAllocs()
	for b.Loop() {
		if ps := s.Validate(cats); len(ps) > 0 {
			b.Fatal(ps)
		}
	}
}
