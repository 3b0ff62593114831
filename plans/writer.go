package plans

import (
	"fmt"
	"strings"
	"time"

	"tierfit/rules"

	"tierfit/internal/i18n"
)

// words is every heading, task and sentence of the checklist
// (words_checklist.go, words_rollback.go, words_kinds.go), in English and
// Chinese.
var words = i18n.NewTable(merge(checklistWords, rollbackWords, kindWords))

func merge(tables ...map[string][2]string) map[string][2]string {
	out := map[string][2]string{}
	for _, t := range tables {
		for k, v := range t {
			out[k] = v
		}
	}
	return out
}

// writer builds the Markdown in one language.
type writer struct {
	b    strings.Builder
	lang i18n.Lang
	// due is the due date of the section being written; every task of the
	// section carries it ("" for none).
	due string
	// keys are the key dates written so far, first the first task written
	// (with its due date), both as plain text for the answer card.
	keys     []KeyDate
	warnings []string
	first    string
}

// t returns the text of key in the writer's language with its arguments,
// which must already be escaped or be numbers and dates.
func (w *writer) t(key string, args ...string) string { return words.Text(w.lang, key, args...) }

// label writes "Project: " or "项目：".
func (w *writer) label(key string) string { return w.t(key) + w.colon() }

// colon is the language's colon before a value.
func (w *writer) colon() string { return w.lang.Colon() }

// paren wraps s in the language's parentheses.
func (w *writer) paren(s string) string { return w.lang.Paren(s) }

// sep is the language's separator between clauses.
func (w *writer) sep() string { return w.lang.Sep() }

// confidence names a confidence level.
func (w *writer) confidence(c string) string { return rules.ConfidenceName(c, w.lang) }

func (w *writer) list(key string) []string { return words.List(w.lang, key) }

func (w *writer) line(s string) {
	w.b.WriteString(s)
	w.b.WriteByte('\n')
}

func (w *writer) blank() { w.b.WriteByte('\n') }

func (w *writer) heading(level int, s string) {
	w.blank()
	w.line(strings.Repeat("#", level) + " " + s)
	w.blank()
}

// task writes one actionable line as a GFM task item with an owner blank.
func (w *writer) task(s string) {
	if w.first == "" {
		w.first = plainText(s + w.dueText())
	}
	w.line("- [ ] " + s + w.dueText() + " — " + w.t("owner"))
}

// dueText is " — due 2026-12-20 (Sun)" for a section with a due date.
func (w *writer) dueText() string {
	if w.due == "" {
		return ""
	}
	return " — " + w.t("due", w.due)
}

func (w *writer) bullet(s string) { w.line("- " + s) }

// warning writes a key-dates line in bold (a freeze crossed, a deadline
// missed, a rollback budget too short) and keeps it for the answer card.
func (w *writer) warning(text string) {
	w.bullet("**" + text + "**")
	w.warnings = append(w.warnings, plainText(text))
}

// key writes one line of the key dates, "Label: text", and keeps it for
// the answer card (Answer).
func (w *writer) key(k, text string) {
	w.bullet(w.label(k) + text)
	w.keys = append(w.keys, KeyDate{Key: k, Label: w.t(k), Text: plainText(text)})
}

// table writes a GFM table; every row gets exactly the header's columns.
func (w *writer) table(header []string, rows [][]string) {
	w.line("| " + strings.Join(header, " | ") + " |")
	sep := make([]string, len(header))
	for i := range sep {
		sep[i] = "---"
	}
	w.line("| " + strings.Join(sep, " | ") + " |")
	for _, r := range rows {
		cells := make([]string, len(header))
		copy(cells, r)
		for i, c := range cells {
			if c == "" {
				cells[i] = "—"
			}
		}
		w.line("| " + strings.Join(cells, " | ") + " |")
	}
	w.blank()
}

// num formats a whole number for the language.
func (w *writer) num(v int64) string { return i18n.Num(v) }

// day formats a day offset of the schedule: a date with its weekday when
// the rollout has a start, else D-7 or D+14.
func (w *writer) day(sc schedule, offset int) string {
	if !sc.dated {
		switch {
		case offset < 0:
			return fmt.Sprintf("D%d", offset)
		case offset > 0:
			return fmt.Sprintf("D+%d", offset)
		}
		return "D"
	}
	return w.date(sc.date(offset))
}

// date formats a calendar date with its weekday in the language.
func (w *writer) date(d time.Time) string {
	wd := w.list("weekday")[d.Weekday()]
	if w.lang == i18n.ZH {
		return fmt.Sprintf("%d年%d月%d日（%s）", d.Year(), d.Month(), d.Day(), wd)
	}
	return rules.FormatDay(d) + " (" + wd[:3] + ")"
}

// clock formats the cutover hour: 03:00.
func clock(hour int) string { return fmt.Sprintf("%02d:00", hour) }

// riskyDay reports a Friday, Saturday or Sunday: fewer people on hand to fix
// what breaks, in the days right after.
func riskyDay(d time.Time) bool {
	return d.Weekday() == time.Saturday || d.Weekday() == time.Sunday || d.Weekday() == time.Friday
}
