package rules

import (
	"regexp"
	"sort"
	"testing"
)

// TestTextBothLanguages checks that every sentence exists in English and
// Chinese and that both take the same arguments, so switching language can
// never print %!s(MISSING) or drop a number.
func TestTextBothLanguages(t *testing.T) {
	verb := regexp.MustCompile(`%(\[\d+\])?[a-z]`)
	for key, pair := range text {
		if pair[0] == "" || pair[1] == "" {
			t.Errorf("%s: a language is empty", key)
			continue
		}
		en, zh := verb.FindAllString(pair[0], -1), verb.FindAllString(pair[1], -1)
		sort.Strings(en)
		sort.Strings(zh)
		if len(en) != len(zh) {
			t.Errorf("%s: English takes %v, Chinese %v", key, en, zh)
			continue
		}
		for i := range en {
			if en[i] != zh[i] {
				t.Errorf("%s: English takes %v, Chinese %v", key, en, zh)
				break
			}
		}
	}
	for _, r := range Rules {
		if r.Doc[0] == "" || r.Doc[1] == "" {
			t.Errorf("rule %s lacks a doc in a language", r.ID)
		}
	}
}

func TestNumbers(t *testing.T) {
	for in, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567", -12000: "-12,000"} {
		if got := Num(in); got != want {
			t.Errorf("Num(%d) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[float64]string{0.05: "0.05", 1161.95: "1,161.95", 12000.5: "12,000.5", 349: "349"} {
		if got := Dec(in); got != want {
			t.Errorf("Dec(%v) = %q, want %q", in, got, want)
		}
	}
	if got := Money("zh", 999, "CNY"); got != "999 元" {
		t.Errorf("Money zh CNY = %q", got)
	}
	if got := ceilWhole(3000 * 1.1); got != 3300 {
		t.Errorf("ceilWhole(3000×1.1) = %d, want 3300 (float noise must not add a user)", got)
	}
}
