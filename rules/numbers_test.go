package rules_test

import (
	"testing"

	"tierfit/rules"
)

// TestParseNumber: numbers as product managers type them, in English and
// with a Chinese input method, and what is refused.
func TestParseNumber(t *testing.T) {
	for in, want := range map[string]float64{
		"12000": 12000, "12,000": 12000, "12 000": 12000, " 12000 ": 12000, "12_000": 12000,
		"12k": 12000, "12K": 12000, "1.5k": 1500, "2m": 2e6, "2M": 2e6, "0.5M": 5e5,
		"1.2万": 12000, "12万": 120000, "3亿": 3e8, "1.2w": 12000, "5千": 5000, "2百万": 2e6,
		"１２０００": 12000, "１２，０００": 12000, "１.２万": 12000, "１２ｋ": 12000, "９９．９％": 99.9,
		"99.9%": 99.9, "-5": -5, "−5": -5, "－５": -5, ".5": 0.5, "12\u00a0000": 12000, "12\u3000000": 12000,
	} {
		got, ok := rules.ParseNumber(in)
		if !ok || got == nil || *got != want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v", in, deref(got), ok, want)
		}
	}
	for _, in := range []string{"abc", "12x", "1.2.3", "k", "万", "12kk", "1万k", "inf", "NaN", "0x10", "1e3", "--5", "+-5", "12-", "."} {
		if got, ok := rules.ParseNumber(in); ok {
			t.Errorf("ParseNumber(%q) = %v, want refused", in, deref(got))
		}
	}
	if got, ok := rules.ParseNumber("  "); !ok || got != nil {
		t.Errorf("blank = %v, %v; want not provided", deref(got), ok)
	}
}
