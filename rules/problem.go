package rules

import (
	"sort"
	"strings"

	"tierfit/internal/i18n"
)

// A Problem is one thing wrong with the user's input, named by its field
// path (e.g. "usage.peak_concurrent" or "tiers[pro].limits.mau") with a
// sentence that says what to change. Problems are not Go errors: they are
// shown to the user as they are.
type Problem struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// String returns "field: message", or the message alone for the whole input.
func (p Problem) String() string {
	if p.Field == "" {
		return p.Message
	}
	return p.Field + ": " + p.Message
}

// Problems is every problem found in one input.
type Problems []Problem

// Error joins the problems one per line, so a list can travel as an error.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// For returns the messages about field and the fields inside it.
func (ps Problems) For(field string) []string {
	var out []string
	for _, p := range ps {
		if p.Field == field || strings.HasPrefix(p.Field, field+".") || strings.HasPrefix(p.Field, field+"[") {
			out = append(out, p.Message)
		}
	}
	return out
}

// sorted orders problems by field, keeping the order of one field's problems.
func (ps Problems) sorted() Problems {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Field < ps[j].Field })
	return ps
}

// MaxShown is how many problems a list shows before it says how many more
// there are: an input with thousands of mistakes must not freeze a page or
// flood a terminal.
const MaxShown = 20

// Capped is the first MaxShown problems and, when there are more, a last
// line saying how many were left out.
func (ps Problems) Capped(lang i18n.Lang) Problems {
	if len(ps) <= MaxShown {
		return ps
	}
	out := append(Problems(nil), ps[:MaxShown]...)
	return append(out, Problem{"", msg(lang, "v.more", num(int64(len(ps)-MaxShown)))})
}
