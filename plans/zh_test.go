package plans_test

import (
	"strings"
	"testing"

	"tierfit/internal/i18n"
	"tierfit/plans"
	"tierfit/rules"
)

// sourced are the names and the vendor's own words a Chinese export may
// quote as they are: every catalog's and tier's name and notes (sourced
// text, in the language of the source).
func sourced(cats ...*rules.Catalog) []string {
	var out []string
	for _, c := range cats {
		out = append(out, c.Name, c.ShortName(), c.Notes, c.ID)
		for _, src := range c.Sources { // as the export writes it: line breaks become spaces
			out = append(out, src, strings.Map(func(r rune) rune {
				if r < ' ' {
					return ' '
				}
				return r
			}, src))
		}
		for _, t := range c.Tiers {
			out = append(out, t.Name, t.PriceNote, t.Notes, t.ID)
		}
	}
	return out
}

// withoutCode drops fenced blocks (the scenario's JSON, the Mermaid
// syntax): data and syntax, not prose.
func withoutCode(md string) string {
	var b strings.Builder
	in := false
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "```") {
			in = !in
			continue
		}
		if !in {
			b.WriteString(l + "\n")
		}
	}
	return b.String()
}

// Every word of a Chinese export is Chinese, but for names, the vendors'
// own notes, what the user typed, and i18n.Untranslated.
func TestChineseExportIsChinese(t *testing.T) {
	for _, file := range inputs(t) {
		s, cat, ev, o := setup(t, file, "zh")
		md := withoutCode(plans.Checklist(s, cat, ev, o))
		allowed := append(sourced(append(rules.Builtin(), cat)...), s.Name, s.Rollout.Timezone)
		for _, f := range s.Rollout.Freezes {
			allowed = append(allowed, f.Name)
		}
		// Links go first (their text and target are addresses), then the
		// Markdown escapes, so names read as typed.
		if words := i18n.LatinWords(plain(i18n.WithoutLinks(md)), allowed...); len(words) > 0 {
			t.Errorf("%s: English left in the Chinese export: %v", file, words)
		}
	}
}
