package plans

import (
	"math"
	"time"

	"tierfit/rules"
)

// schedule holds the rollout's dates as day offsets from the first gray
// step (day 0). With no start date the checklist writes them as D-7, D+14.
type schedule struct {
	start    time.Time
	dated    bool
	steps    []step
	bake     int
	cutover  int // the day the last step (100%) starts
	monitor  int // days of monitoring from the cutover, the cutover day included
	hour     int
	zone     string
	rollback int
}

type step struct {
	percent  float64
	from, to int // day offsets, inclusive
}

// Fixed offsets of the preparation, in days before day 0.
const (
	assessDays     = 28 // assessment starts four weeks before the first step
	stagingDays    = 21 // staging integration and tests start three weeks before
	noticeDays     = 14 // users hear of the change two weeks before the first step
	rehearsalDays  = 5  // the rollback rehearsal, before the go/no-go
	goNoGoDays     = 3  // the go/no-go meeting
	fullCopyDays   = 1  // the full data copy, the night before the first step
	reminderDays   = 7  // the reminder before the cutover
	decommissionAt = 1  // days after the monitoring ends
)

func newSchedule(s rules.Scenario) schedule {
	r := s.Rollout
	sc := schedule{
		bake: int(*r.BakeDays), monitor: int(*r.MonitorDays), hour: int(*r.CutoverHour),
		zone: r.Timezone, rollback: int(*r.RollbackMinutes),
	}
	if t, err := time.Parse("2006-01-02", r.Start); err == nil {
		sc.start, sc.dated = t, true
	}
	day := 0
	for i, p := range r.StepsPercent {
		st := step{percent: p, from: day}
		if i == len(r.StepsPercent)-1 {
			sc.cutover = day
			st.to = day + max(sc.monitor, 1) - 1
		} else {
			day += max(sc.bake, 1)
			st.to = day - 1
		}
		sc.steps = append(sc.steps, st)
	}
	return sc
}

// monitorEnd is the last day of monitoring.
func (sc schedule) monitorEnd() int { return sc.cutover + max(sc.monitor, 1) - 1 }

// date is the calendar date of a day offset.
func (sc schedule) date(offset int) time.Time { return sc.start.AddDate(0, 0, offset) }

// sampleSize is the number of conversations to check so that a mismatch
// rate is known within ±margin at the given confidence (normal
// approximation, worst case p = 0.5): n = z²·p(1−p)/e².
func sampleSize(z, margin float64) int {
	return int(math.Ceil(z * z * 0.25 / (margin * margin)))
}

// z99 is the two-sided z-score of 99% confidence.
const z99 = 2.5758
