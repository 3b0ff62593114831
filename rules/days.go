package rules

import "time"

// ParseDay reads a date written YYYY-MM-DD, as time.Parse("2006-01-02")
// does (a real calendar day, at midnight UTC). It is written out because
// time.Parse's code is large, and in the browser every function costs its
// compilation on first use, before the first verdict.
func ParseDay(s string) (time.Time, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	y, ok1 := digits(s[:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 30 February rolls over into March
		return time.Time{}, false
	}
	return t, true
}

// FormatDay writes t's date as YYYY-MM-DD (years 0–9999), as
// t.Format("2006-01-02") does.
func FormatDay(t time.Time) string {
	y, m, d := t.Date()
	b := [10]byte{'0' + byte(y/1000%10), '0' + byte(y/100%10), '0' + byte(y/10%10), '0' + byte(y%10), '-',
		'0' + byte(m/10), '0' + byte(m%10), '-', '0' + byte(d/10), '0' + byte(d%10)}
	return string(b[:])
}

// digits reads a run of ASCII digits.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}
