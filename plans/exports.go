package plans

import (
	"strings"
	"unicode"

	"tierfit/rules"

	"tierfit/internal/i18n"
)

// Headline is the decision in a few words, in lang: "upgrade now".
func Headline(ev *rules.Evaluation, lang i18n.Lang) string {
	c := &checklist{w: writer{lang: lang}, ev: ev}
	return c.decision()
}

// FileName is the download name of a scenario's checklist: the project
// name as a slug, the first step's date and the language, e.g.
// tierfit-acme-chat-2026-12-07-en.md, so the English and Chinese exports of
// one plan never overwrite each other.
func FileName(s rules.Scenario) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s.Name) {
		switch {
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)), r > 0x2e80 && unicode.IsLetter(r):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	slug := strings.Trim(b.String(), "-")
	if r := []rune(slug); len(r) > 40 {
		slug = strings.Trim(string(r[:40]), "-")
	}
	name := "tierfit"
	if slug != "" {
		name += "-" + slug
	}
	s = s.WithDefaults()
	if start := s.Rollout.Start; start != "" {
		name += "-" + start
	}
	return name + "-" + string(i18n.Of(s.Lang)) + ".md"
}

// A Phase is one bar of the rollout timeline: its label in the scenario's
// language and its first and last day, as offsets from the first gray step
// and, when the rollout has a start date, as dates.
type Phase struct {
	Label    string `json:"label"`
	From, To int    `json:"-"`
	Start    string `json:"start"`
	End      string `json:"end"`
}

// Phases lists the plan's phases in order, for the timeline chart; the
// checklist's gantt shows the same bars. A watch plan has none.
func Phases(s rules.Scenario, cat *rules.Catalog, ev *rules.Evaluation, o Options) []Phase {
	c := newChecklist(s, cat, ev, o)
	var out []Phase
	c.bars(func(label string, from, to int) {
		p := Phase{Label: label, From: from, To: to}
		if c.sc.dated {
			p.Start, p.End = rules.FormatDay(c.sc.date(from)), rules.FormatDay(c.sc.date(to))
		}
		out = append(out, p)
	})
	return out
}
