package rules

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"tierfit/internal/i18n"
)

// validator collects problems in one language.
type validator struct {
	lang i18n.Lang
	ps   Problems
}

func (v *validator) add(field, message string) { v.ps = append(v.ps, Problem{field, message}) }

// MaxCount bounds every count: 10^12 users, messages or days.
const MaxCount = 1e12

// count checks a whole number ≥ 0 and < 10^12.
func (v *validator) count(f string, x float64) bool {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		v.add(f, msg(v.lang, "v.not_number", txt(fmtNumber(x))))
	case x < 0 || x != math.Trunc(x):
		v.add(f, msg(v.lang, "v.whole", txt(fmtNumber(x))))
	case x >= MaxCount:
		v.add(f, msg(v.lang, "v.too_big", txt(fmtNumber(x))))
	default:
		return true
	}
	return false
}

// number checks lo ≤ x ≤ hi.
func (v *validator) number(f string, x, lo, hi float64) bool {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		v.add(f, msg(v.lang, "v.not_number", txt(fmtNumber(x))))
	case x < lo || x > hi:
		v.add(f, msg(v.lang, "v.range", txt(fmtNumber(lo)), txt(fmtNumber(hi)), txt(fmtNumber(x))))
	default:
		return true
	}
	return false
}

// whole checks a whole number lo ≤ x ≤ hi.
func (v *validator) whole(f string, x, lo, hi float64) bool {
	if x != math.Trunc(x) && !math.IsNaN(x) && !math.IsInf(x, 0) {
		v.add(f, msg(v.lang, "v.range", txt(fmtNumber(lo)), txt(fmtNumber(hi)), txt(fmtNumber(x)+msg(v.lang, "v.whole_only"))))
		return false
	}
	return v.number(f, x, lo, hi)
}

func (v *validator) date(f, s string, required bool) {
	if s == "" && !required {
		return
	}
	if _, ok := parseDate(s); !ok {
		v.add(f, msg(v.lang, "v.date", txt(clip(s))))
	}
}

func (v *validator) oneOf(f, s string, known []string, required bool) {
	switch {
	case s == "" && !required:
		return
	case s == "":
		v.add(f, msg(v.lang, "v.required"))
		return
	}
	if !contains(known, s) {
		v.add(f, msg(v.lang, "v.unknown_id", txt(clip(s)), ids(known)))
	}
}

// parseDate reads a real calendar date YYYY-MM-DD between 2000 and 2100.
func parseDate(s string) (time.Time, bool) {
	t, ok := ParseDay(s)
	if !ok || t.Year() < 2000 || t.Year() > 2100 {
		return time.Time{}, false
	}
	return t, true
}

// fmtNumber shows a number as the user wrote it, short.
func fmtNumber(x float64) string {
	if x == math.Trunc(x) && math.Abs(x) < 1e15 {
		return strconv.FormatInt(int64(x), 10)
	}
	return fmt.Sprint(x)
}

// usage requires DAU, MAU or peak concurrency (an evaluation with none has
// nothing to measure a tier by), and that DAU and peak concurrency are not
// above MAU: a month's active users include everyone active on any day, and
// everyone online at its peak. A peak above the average DAU is possible (a
// launch day) and allowed.
func (v *validator) usage(u Usage) {
	if u.DAU == nil && u.MAU == nil && u.PeakConcurrent == nil {
		v.add("usage", msg(v.lang, "v.usage_none"))
		return
	}
	if !isCount(u.MAU) {
		return
	}
	mau := *u.MAU
	if isCount(u.DAU) && *u.DAU > mau {
		v.add("usage.dau", msg(v.lang, "v.dau_above_mau", num(int64(*u.DAU)), num(int64(mau))))
	}
	if isCount(u.PeakConcurrent) && *u.PeakConcurrent > mau {
		v.add("usage.peak_concurrent", msg(v.lang, "v.peak_above_mau", num(int64(*u.PeakConcurrent)), num(int64(mau))))
	}
}

// isCount reports whether p is a valid count (see validator.count).
func isCount(p *float64) bool {
	return p != nil && *p >= 0 && *p < MaxCount && *p == math.Trunc(*p)
}

// freezes checks the rollout's own freeze periods: real dates, from not
// after to, a name that is plain text.
func (v *validator) freezes(f string, list []Freeze) {
	if len(list) > MaxFreezes {
		v.add(f, msg(v.lang, "v.too_many", num(MaxFreezes), num(int64(len(list)))))
		return
	}
	for i, fr := range list {
		p := f + "[" + strconv.Itoa(i) + "]"
		v.name(p+".name", fr.Name, false)
		v.date(p+".from", fr.From, true)
		v.date(p+".to", fr.To, true)
		if fr.From > fr.To {
			if _, ok := parseDate(fr.From); ok {
				if _, ok := parseDate(fr.To); ok {
					v.add(p+".to", msg(v.lang, "v.freeze_order", txt(fr.From), txt(fr.To)))
				}
			}
		}
	}
}
