package rules_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"tierfit/rules"
)

// TestHostileScenarios: each hostile input gets a problem that names the
// field (or the whole input) and says what to fix; nothing panics.
func TestHostileScenarios(t *testing.T) {
	deep := `{"usage": {}, "name": ` + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + `}`
	tests := []struct {
		name, in, field, says string
	}{
		{"negative", `{"usage": {"mau": -1}}`, "usage.mau", "whole number ≥ 0"},
		{"NaN", `{"usage": {"mau": NaN}}`, "", "not valid JSON"},
		{"Infinity", `{"usage": {"mau": Infinity}}`, "", "not valid JSON"},
		{"1e308", `{"usage": {"mau": 1e308}}`, "usage.mau", "less than 10^12"},
		{"beyond int64", `{"usage": {"dau": 99999999999999999999999}}`, "usage.dau", "less than 10^12"},
		{"decimal count", `{"usage": {"peak_concurrent": 10.5}}`, "usage.peak_concurrent", "whole number"},
		{"empty document", ``, "", "empty input"},
		{"empty catalog id", `{"usage": {"mau": 1}, "catalog": ""}`, "", ""}, // empty means the default: no problem
		{"long name", `{"usage": {}, "name": "` + strings.Repeat("x", 10000) + `"}`, "name", "at most 200 characters, got 10,000"},
		{"duplicate feature", `{"usage": {}, "needs": {"features": ["push", "push"]}}`, "needs.features", "listed twice"},
		{"unknown region", `{"usage": {}, "needs": {"regions": ["mars"]}}`, "needs.regions", `unknown id "mars"`},
		{"unknown catalog", `{"usage": {}, "catalog": "nope"}`, "catalog", `unknown catalog "nope"`},
		{"wrong type", `{"usage": {"mau": "12k"}}`, "usage.mau", "must be a number"},
		{"object for list", `{"usage": {}, "needs": {"features": {"push": true}}}`, "needs.features", "must be a list"},
		{"trailing garbage", `{"usage": {}} trailing`, "", "unexpected content"},
		{"deep nesting", deep, "", "nests deeper than 32"},
		{"10 MB", `{"usage": {}, "name": "` + strings.Repeat("x", 10<<20) + `"}`, "", "the limit is 1,048,576"},
		{"unknown field", `{"usage": {}, "usage2": {}}`, "usage2", "unknown field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ps := rules.DecodeScenario([]byte(tt.in), "en")
			if len(ps) == 0 {
				ps = s.Validate(rules.Builtin())
			}
			if tt.says == "" {
				if len(ps) > 0 {
					t.Errorf("unexpected problems: %v", ps)
				}
				return
			}
			for _, p := range ps {
				if p.Field == tt.field && strings.Contains(p.Message, tt.says) {
					return
				}
			}
			t.Errorf("want %s: …%s…, got %v", tt.field, tt.says, ps)
		})
	}
}

// RTL, emoji and BOM text is accepted as text and evaluates.
func TestUnicodeNamesAccepted(t *testing.T) {
	in := "\xef\xbb\xbf" + `{"name": "\u202eRTL\u202c 😀 مرحبا 中文", "catalog": "agora-chat", "usage": {"mau": 100}}`
	s, ps := rules.DecodeScenario([]byte(in), "en")
	if len(ps) == 0 {
		ps = s.Validate(rules.Builtin())
	}
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	if _, ps := rules.Evaluate(s, rules.BuiltinCatalog("agora-chat"), rules.Context{}); len(ps) > 0 {
		t.Fatal(ps)
	}
}

// A catalog with 10,000 tiers is refused at once, before any evaluation.
func TestHugeCatalogRefusedQuickly(t *testing.T) {
	var b bytes.Buffer
	b.WriteString(`{"id": "big", "name": "Big", "currency": "USD", "as_of": "2026-01-01", "confidence": "low", "sources": [], "tiers": [`)
	for i := 0; i < 10000; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"id": "t%d", "name": "T%d", "limits": {"mau": %d}, "confidence": "low"}`, i, i, i)
	}
	b.WriteString("]}")
	start := time.Now()
	_, ps := rules.DecodeCatalog(b.Bytes(), "en")
	if len(ps) != 1 || ps[0].String() != "tiers: at most 100 entries, got 10,000" {
		t.Fatalf("problems: %v", ps)
	}
	// Not a timing assertion (benchmarks hold those); a log for the note.
	t.Logf("refused a %d-byte, 10,000-tier catalog in %v", b.Len(), time.Since(start))
}
