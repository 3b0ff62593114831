package rules_test

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"tierfit/internal/i18n"
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

// Inputs that are not what they claim: a root that is not an object, a key
// given twice with two types, a number out of range, UTF-16, lists longer
// than their vocabulary. Each gets a problem naming its field, in both
// languages, never Go's own text.
func TestMalformedInputsNamed(t *testing.T) {
	for raw, want := range map[string]string{
		`null`:                                "the file must hold one JSON object ({…}), got null",
		`[1]`:                                 "the file must hold one JSON object ({…}), got a list",
		`5`:                                   "the file must hold one JSON object ({…}), got 5",
		`{"usage": {"mau": "x", "mau": 5}}`:   "usage.mau: appears twice in its object: keep one",
		`{"usage": {"mau": 1e400}}`:           "usage.mau: must be a finite number, got 1e400",
		`{"usage": {"mau": 5}, "usage": [1]}`: "usage: appears twice in its object: keep one",
		`{"rollout": {"freezes": [{"from": "2027-01-01", "to": "2027-01-02", "to": "x"}]}, "usage": {"mau": 5}}`: "rollout.freezes[0].to: appears twice in its object: keep one",
	} {
		_, ps := rules.DecodeScenario([]byte(raw), i18n.EN)
		if len(ps) == 0 || ps[0].String() != want {
			t.Errorf("%s: problems %v, want first %q", raw, ps, want)
		}
		_, zh := rules.DecodeScenario([]byte(raw), i18n.ZH)
		if words := i18n.LatinWords(quoted.ReplaceAllString(zh.Error(), " "), "JSON", "null", "usage", "mau", "rollout", "freezes", "to", "e"); len(words) > 0 {
			t.Errorf("%s: English in the Chinese problems %q: %v", raw, zh.Error(), words)
		}
	}
	many := `{"usage": {"mau": 5}, "needs": {"features": [` + strings.Repeat(`"x",`, 20000) + `"x"]}}`
	_, ps := rules.DecodeScenario([]byte(many), i18n.EN)
	if len(ps) != 1 || ps[0].Field != "needs.features" || !strings.Contains(ps[0].Message, "at most 24") {
		t.Errorf("20,001 features: %d problems, first %v", len(ps), ps[:min(len(ps), 1)])
	}
}

// A UTF-16 file with its byte-order mark reads as the same scenario.
func TestUTF16Scenario(t *testing.T) {
	want, ps := rules.DecodeScenario(rules.ExampleJSON, i18n.EN)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	units := utf16.Encode([]rune(string(rules.ExampleJSON)))
	for _, order := range []binary.AppendByteOrder{binary.LittleEndian, binary.BigEndian} {
		b := order.AppendUint16(nil, 0xfeff)
		for _, u := range units {
			b = order.AppendUint16(b, u)
		}
		got, ps := rules.DecodeScenario(b, i18n.EN)
		if len(ps) > 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("%v: %v", order, ps)
		}
	}
}

// Thousands of problems are shown as the first MaxShown and a count.
func TestProblemsCapped(t *testing.T) {
	var ps rules.Problems
	for i := 0; i < 20000; i++ {
		ps = append(ps, rules.Problem{Field: "f", Message: "m"})
	}
	c := ps.Capped(i18n.ZH)
	if len(c) != rules.MaxShown+1 || c[rules.MaxShown].Message != "……另有 19,980 项" {
		t.Errorf("capped to %d, last %q", len(c), c[len(c)-1].Message)
	}
}

// Sources are http(s) addresses: no javascript:, no line break, no bare
// e-mail address can reach the export.
func TestCatalogSourcesChecked(t *testing.T) {
	for _, src := range []string{"javascript:alert(1)", "https://x.example/a\r\n# h", "a@b.co", "ftp://x.example", "https://", "https://x.example/a b"} {
		in := `{"id": "c", "name": "C", "currency": "USD", "as_of": "2026-01-01", "sources": [` + strconv.Quote(src) + `],
			"tiers": [{"id": "t", "name": "T", "limits": {}, "confidence": "low"}]}`
		if _, ps := rules.DecodeCatalog([]byte(in), i18n.EN); len(ps) != 1 || ps[0].Field != "sources[0]" {
			t.Errorf("source %q: %v", src, ps)
		}
	}
}
