package ui

import (
	"strings"
	"testing"

	"tierfit/internal/i18n"
	"tierfit/rules"
)

// TestWordsBothLanguages: every word of the interface exists in English
// and Chinese, with the same arguments, and is used.
func TestWordsBothLanguages(t *testing.T) {
	for _, p := range words.Check() {
		t.Error(p)
	}
	// Field labels, units and sections are named by rules.Fields, below.
	unused, err := i18n.Unused(words, ".", "status.", "why.", "change.", "usage.", "needs.", "policy.", "rollout.", "unit.", "sec.")
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range unused {
		t.Errorf("word %s is never used", key)
	}
	undefined, err := i18n.Undefined(words, ".", `\bt\([a-zA-Z.]+, "([^"]+)"|\bboth\("([^"]+)"`)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range undefined {
		t.Errorf("word %s is asked for but not defined: it would show as %q", key, key)
	}
}

// TestFieldWords: every field of rules.Fields has its label, its unit's
// word and its section's legend, and every such word belongs to a field.
func TestFieldWords(t *testing.T) {
	want := map[string]bool{}
	for _, f := range rules.Fields {
		want[f.Path] = true
		if f.Unit != "" {
			want["unit."+f.Unit] = true
		}
		if sec, _, ok := strings.Cut(f.Path, "."); ok {
			want["sec."+sec] = true
		}
	}
	for key := range want {
		if !words.Has(key) {
			t.Errorf("no word for %s", key)
		}
	}
	for _, key := range words.Keys() {
		for _, prefix := range []string{"usage.", "needs.", "policy.", "rollout.", "unit.", "sec."} {
			if strings.HasPrefix(key, prefix) && !want[key] {
				t.Errorf("word %s names no field, unit or section of rules.Fields", key)
			}
		}
	}
}
