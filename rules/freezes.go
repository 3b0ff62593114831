package rules

import (
	"regexp"
	"strings"
	"sync"

	"tierfit/internal/i18n"
)

// freezePattern reads one freeze as a person writes it in a form field:
// "2027-10-29 to 2027-11-02 Diwali" (also –, ~, .. or 至 between the dates).
var freezePattern = lazily(`^(\d{4}-\d{2}-\d{2})\s*(?:to|–|-|~|\.\.|至|到)\s*(\d{4}-\d{2}-\d{2})\s*(.*)$`)

// ParseFreezes reads a form's freeze list: entries separated by ";" or
// "；" or new lines. Text that is not such a list is a problem of field in
// lang; the dates themselves are checked by Validate.
func ParseFreezes(field, text string, lang i18n.Lang) ([]Freeze, Problems) {
	var out []Freeze
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return r == ';' || r == '；' || r == '\n' }) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		m := freezePattern().FindStringSubmatch(part)
		if m == nil {
			return nil, Problems{{field, msg(lang, "v.freeze_text", txt(clip(part)))}}
		}
		out = append(out, Freeze{Name: strings.TrimSpace(m[3]), From: m[1], To: m[2]})
	}
	return out, nil
}

// FormatFreezes writes freezes the way ParseFreezes reads them.
func FormatFreezes(list []Freeze) string {
	parts := make([]string, len(list))
	for i, f := range list {
		parts[i] = strings.TrimSpace(f.From + " to " + f.To + " " + f.Name)
	}
	return strings.Join(parts, "; ")
}

// lazily compiles expr when first used: a pattern costs nothing at start
// (in the browser, compiling it delays the first verdict).
func lazily(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
