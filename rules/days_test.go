package rules

import (
	"testing"
	"time"
)

// ParseDay and FormatDay agree with time.Parse and Format on every day of
// 1999–2101 and on near misses.
func TestDaysAsTimeDoes(t *testing.T) {
	for d := time.Date(1999, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2102; d = d.AddDate(0, 0, 1) {
		s := d.Format("2006-01-02")
		if got := FormatDay(d); got != s {
			t.Fatalf("FormatDay(%v) = %q, want %q", d, got, s)
		}
		if got, ok := ParseDay(s); !ok || !got.Equal(d) || got.Location() != time.UTC {
			t.Fatalf("ParseDay(%q) = %v %v", s, got, ok)
		}
	}
	for _, s := range []string{"", "2026-02-29", "2024-02-30", "2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32",
		"2026-1-01", "2026/01/01", "20260-1-01", "2026-01-011", "+026-01-01", "2026-0a-01", "２０２６-01-01", "2026-04-31"} {
		_, want := time.Parse("2006-01-02", s)
		if _, ok := ParseDay(s); ok != (want == nil) {
			t.Errorf("ParseDay(%q) ok = %v, time.Parse err = %v", s, ok, want)
		}
	}
	if got := FormatDay(time.Date(2026, 12, 7, 23, 59, 0, 0, time.FixedZone("CST", 8*3600))); got != "2026-12-07" {
		t.Errorf("FormatDay keeps the time's own zone: %q", got)
	}
}
