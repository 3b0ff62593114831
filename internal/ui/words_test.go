package ui

import (
	"testing"

	"tierfit/internal/i18n"
)

// TestWordsBothLanguages: every word of the interface exists in English
// and Chinese, with the same arguments, and is used.
func TestWordsBothLanguages(t *testing.T) {
	for _, p := range words.Check() {
		t.Error(p)
	}
	unused, err := i18n.Unused(words, ".", "status.", "change.")
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range unused {
		t.Errorf("word %s is never used", key)
	}
}
