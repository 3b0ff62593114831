package plans

import (
	"strings"
	"sync"
	"time"

	"tierfit/internal/i18n"
	"tierfit/rules"
)

// A freeze is a period no step of a rollout should cross.
type freeze struct {
	names    [2]string // English, Chinese
	from, to time.Time // both included
	source   int       // index into freezeSourceList; -1 for the user's own
}

func (f freeze) name(lang i18n.Lang) string { return lang.Pick(f.names[0], f.names[1]) }

// freezeSourceList is where the holiday table's dates come from.
var freezeSourceList = []string{
	// 0: the year-end lock. GitLab's change-management handbook puts hard
	// change locks around holidays; tierfit's rule is 24 Dec to 2 Jan.
	"https://handbook.gitlab.com/handbook/engineering/infrastructure/change-management/",
	// 1: the State Council's 2026 holiday notice (2025-11-04), as Xinhua
	// published it: Spring Festival 15–23 Feb, National Day 1–7 Oct 2026.
	"https://politics.gmw.cn/2025-11/04/content_38391083.htm",
	// 2: Chinese New Year's dates 2027–2030 (Factmonster's table); the
	// State Council publishes each year's holiday only months ahead, so
	// these periods follow 2026's (three days before New Year's Day to six
	// after) and Golden Week is 1–7 October.
	"http://factmonster.com/id/A0192339",
}

// holidays is the built-in freeze table, 2026–2030, built when a checklist
// first needs it (not when the app starts).
var holidays = sync.OnceValue(func() []freeze {
	day := func(s string) time.Time { t, _ := rules.ParseDay(s); return t }
	var out []freeze
	for y := 2025; y <= 2030; y++ {
		out = append(out, freeze{names: [2]string{"the year-end holidays", "年末假期"},
			from: time.Date(y, 12, 24, 0, 0, 0, 0, time.UTC), to: time.Date(y+1, 1, 2, 0, 0, 0, 0, time.UTC)})
	}
	spring, golden := [2]string{"the Chinese New Year holiday", "春节假期"}, [2]string{"the Golden Week (National Day)", "国庆黄金周"}
	out = append(out,
		freeze{names: spring, from: day("2026-02-15"), to: day("2026-02-23"), source: 1},
		freeze{names: golden, from: day("2026-10-01"), to: day("2026-10-07"), source: 1})
	for _, ny := range []string{"2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03"} {
		d := day(ny)
		out = append(out,
			freeze{names: spring, from: d.AddDate(0, 0, -3), to: d.AddDate(0, 0, 6), source: 2},
			freeze{names: golden, from: time.Date(d.Year(), 10, 1, 0, 0, 0, 0, time.UTC), to: time.Date(d.Year(), 10, 7, 0, 0, 0, 0, time.UTC), source: 2})
	}
	return out
})

// A crossing is one part of the rollout that crosses a freeze.
type crossing struct {
	what     string // the part, in the checklist's language
	from, to time.Time
	freeze   freeze
}

// crossings lists every gray step, cutover and monitoring window (or a plan
// change's day and watch) that overlaps a holiday freeze or one of the
// scenario's own freezes. Undated plans cross nothing we can know.
func (c *checklist) crossings() []crossing {
	w, sc := &c.w, c.sc
	if !sc.dated || len(sc.steps) == 0 {
		return nil
	}
	all := append([]freeze(nil), holidays()...)
	for _, f := range c.s.Rollout.Freezes {
		from, ok1 := rules.ParseDay(f.From)
		to, ok2 := rules.ParseDay(f.To)
		if ok1 && ok2 {
			name := strings.TrimSpace(f.Name)
			if name == "" {
				name = w.t("freeze.own")
			}
			all = append(all, freeze{names: [2]string{esc(name), esc(name)}, from: from, to: to, source: -1})
		}
	}
	type part struct {
		what     string
		from, to int
	}
	var parts []part
	if c.kind == Migration || c.kind == VendorSwitch {
		for i, st := range sc.steps[:len(sc.steps)-1] {
			parts = append(parts, part{w.t("freeze.step", w.num(int64(i+1)), pct(st.percent)), st.from, st.to})
		}
	}
	parts = append(parts, part{w.t("freeze.cutover"), sc.cutover, sc.cutover}, part{w.t("freeze.monitor"), sc.cutover, sc.monitorEnd()})
	var out []crossing
	for _, p := range parts {
		from, to := sc.date(p.from), sc.date(p.to)
		for _, f := range all {
			if !from.After(f.to) && !to.Before(f.from) {
				out = append(out, crossing{what: p.what, from: from, to: to, freeze: f})
			}
		}
	}
	return out
}

// freezeSources lists the holiday table's sources as links.
func freezeSources() string { return sourceLinks(freezeSourceList) }

// FreezeSources lists where the holiday freeze table's dates come from.
func FreezeSources() []string { return append([]string(nil), freezeSourceList...) }
