package rules

import (
	"strings"
	"testing"

	"tierfit/internal/i18n"
)

// TestTextBothLanguages checks that every sentence exists in English and
// Chinese and that both take the same arguments, so switching language can
// never print %!s(MISSING) or drop a number; and that every key is used.
func TestTextBothLanguages(t *testing.T) {
	for name, table := range map[string]*i18n.Table{"words": words, "features": featureWords, "feature names": featureNameWords, "regions": regionWords} {
		for _, p := range table.Check() {
			t.Errorf("%s: %s", name, p)
		}
	}
	unused, err := i18n.Unused(words, ".", "dec.status.", "sig.", "signame.", "rec.", "finding.", "rule.", "metric.", "set.", "level.", "conf.")
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range unused {
		t.Errorf("sentence %s is never used", key)
	}
	undefined, err := i18n.Undefined(words, ".", `\bmsg\([a-zA-Z.]+, "([^"]+)"|\bsay\([A-Za-z]+, "([^"]+)"`)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range undefined {
		t.Errorf("sentence %s is asked for but not defined", key)
	}
	for _, r := range Rules {
		if name := RuleName(r.ID, i18n.ZH); name == "" || strings.Contains(name, "_") || name == r.ID {
			t.Errorf("rule %s has no name: %q", r.ID, name)
		}
	}
	for _, s := range []Status{Pass, Warn, Fail, Unknown} {
		if StatusName(s, i18n.ZH) == string(s) {
			t.Errorf("status %s has no Chinese name", s)
		}
	}
	for _, id := range Features {
		if !featureWords.Has(id) || !featureNameWords.Has(id) {
			t.Errorf("feature %s has no name or explanation", id)
		}
	}
	for _, id := range Regions {
		if !regionWords.Has(id) {
			t.Errorf("region %s has no name", id)
		}
	}
	for _, r := range Rules {
		if r.Doc[0] == "" || r.Doc[1] == "" {
			t.Errorf("rule %s lacks a doc in a language", r.ID)
		}
	}
}

func TestCeilWhole(t *testing.T) {
	if got := ceilWhole(3000 * 1.1); got != 3300 {
		t.Errorf("ceilWhole(3000×1.1) = %d, want 3300 (float noise must not add a user)", got)
	}
}
