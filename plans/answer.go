package plans

import (
	"strings"

	"tierfit/rules"
)

// An Answer is what the answer card shows of the plan, in the export's
// own words: what moves, the dates that matter to the decision and the
// first task of the export. The text is plain (no Markdown).
type Answer struct {
	Kind Kind
	// Move says what moves: nothing, a plan, or a vendor.
	Move string
	// Dates are the key dates the decision turns on: the deadline, today's
	// stopgap, the change or the cutover, the review of a watch plan.
	Dates []KeyDate
	// Warnings are the key dates' warnings: a holiday freeze crossed, a
	// deadline missed, a rollback budget too short.
	Warnings []string
	// Next is the export's first task with its due date.
	Next string
}

// A KeyDate is one line of the export's key dates.
type KeyDate struct {
	Key   string // the line's key, such as "k.cutover"
	Label string // "Cutover"
	Text  string // "2027-01-11 (Mon) 03:00 Asia/Shanghai"
}

// answerKeys are the key dates the card shows, in the export's order.
var answerKeys = map[string]bool{
	"k.stopgap": true, "k.change": true, "k.deadline": true,
	"k.first": true, "k.cutover": true, "k.review": true,
}

// AnswerOf is the card's part of the plan Checklist writes for the same
// arguments.
func AnswerOf(s rules.Scenario, cat *rules.Catalog, ev *rules.Evaluation, o Options) Answer {
	c := newChecklist(s, cat, ev, o)
	c.header()
	c.keyDates()
	move := ""
	var dates []KeyDate
	for _, k := range c.w.keys {
		switch {
		case k.Key == "k.move":
			move = k.Text
		case answerKeys[k.Key]:
			dates = append(dates, k)
		}
	}
	if c.ev.Decision == rules.Verify {
		c.questions()
	}
	if c.w.first == "" { // no question: the first task of the plan itself
		c.opening()
	}
	return Answer{Kind: c.kind, Move: move, Dates: dates, Warnings: c.w.warnings, Next: c.w.first}
}

// plainText is a line of the export without its Markdown: escapes
// resolved, bold marks and the zero-width space after an @ removed.
func plainText(md string) string {
	md = strings.ReplaceAll(md, "\u200b", "")
	md = strings.ReplaceAll(md, "**", "")
	var b strings.Builder
	for i := 0; i < len(md); i++ {
		if md[i] == '\\' && i+1 < len(md) && strings.IndexByte("\\`*_[]<>|#~&@./", md[i+1]) >= 0 {
			i++
		}
		b.WriteByte(md[i])
	}
	return b.String()
}
