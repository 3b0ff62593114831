package plans_test

import (
	"regexp"
	"strings"
	"testing"

	"tierfit/plans"
)

// mdMarks are the Markdown marks plainText removes from an export line.
var mdMarks = regexp.MustCompile(`\\([\\` + "`" + `*_\[\]<>|#~&@./])|\*\*|\x{200b}`)

func plain(line string) string { return mdMarks.ReplaceAllString(line, "$1") }

// The answer card says what the export says: its move, its key dates and
// its first task, word for word, for every golden input in both languages.
func TestAnswerIsTheExportsOwn(t *testing.T) {
	for _, file := range inputs(t) {
		for _, lang := range []string{"en", "zh"} {
			s, cat, ev, o := setup(t, file, lang)
			md := plans.Checklist(s, cat, ev, o)
			a := plans.AnswerOf(s, cat, ev, o)
			where := file + " " + lang
			lines := map[string]bool{}
			firstTask := ""
			for _, l := range strings.Split(md, "\n") {
				lines[plain(l)] = true
				if rest, ok := strings.CutPrefix(l, "- [ ] "); ok && firstTask == "" {
					firstTask = plain(rest)
				}
			}
			if a.Kind != plans.KindOf(s, cat, ev, o) {
				t.Errorf("%s: kind %s, export's %s", where, a.Kind, plans.KindOf(s, cat, ev, o))
			}
			if a.Move == "" || !strings.Contains(plain(md), a.Move) {
				t.Errorf("%s: move %q is not the export's", where, a.Move)
			}
			if a.Next == "" || !strings.HasPrefix(firstTask, a.Next) {
				t.Errorf("%s: next %q, the export's first task is %q", where, a.Next, firstTask)
			}
			for _, d := range a.Dates {
				if d.Label == "" || d.Text == "" || !strings.Contains(plain(md), d.Label) || !strings.Contains(plain(md), d.Text) {
					t.Errorf("%s: key date %+v is not in the export", where, d)
				}
			}
			for _, w := range a.Warnings {
				if !lines["- "+w] {
					t.Errorf("%s: warning %q is not a line of the export", where, w)
				}
			}
			if strings.ContainsAny(a.Move+a.Next, "\\\u200b") || strings.Contains(a.Next, "**") {
				t.Errorf("%s: Markdown left in %q / %q", where, a.Move, a.Next)
			}
		}
	}
}
