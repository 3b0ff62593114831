package plans

import (
	"math"
	"time"

	"tierfit/rules"
)

// schedule holds the plan's dates as day offsets from day D: the first
// gray step of a migration, the day of a plan change, today for an
// expedited change or a watch plan. With no date for D the checklist writes
// offsets as D-7, D+14 and says what D is.
type schedule struct {
	start     time.Time
	dated     bool
	steps     []step
	bake      int
	cutover   int // the day the last step (100%) starts
	monitor   int // days of monitoring from the cutover, the cutover day included
	hour      int
	zone      string
	zoneGiven bool // the scenario states its users' time zone
	rollback  int
	// Preparation, in days before D.
	assess, staging, notice int
}

type step struct {
	percent  float64
	from, to int // day offsets, inclusive
}

// Fixed offsets of a migration's preparation, in days before D, and of a
// plan change's.
const (
	migrationAssess  = 49 // assessment: two weeks, ending before the notice
	migrationStaging = 35 // staging integration and tests: five weeks (Stream's guides: about four)
	migrationNotice  = 35 // users hear of a vendor switch five weeks ahead (GitLab's C1 changes: 5–6 weeks)
	changeAssess     = 14 // a plan change: two weeks to confirm price and contract
	changeNotice     = 14 // and two weeks' notice when users will see a difference
	changeContract   = 7  // the contract and billing are settled a week before
	rehearsalDays    = 5  // the rollback rehearsal, before the go/no-go
	goNoGoDays       = 3  // the go/no-go meeting
	fullCopyDays     = 1  // the full data copy, the night before the first step
	reminderDays     = 3  // the reminder before the cutover (GitLab: 3 days and 1 day before)
	decommissionAt   = 1  // days after the monitoring ends
	// triggerWindow is the rollback triggers' own window: two consecutive
	// 1-minute checks. Detection cannot be faster.
	triggerWindow = 2
)

// newSchedule lays out the kind's days for a scenario with its defaults.
// D is rollout.start; an expedited change starts today whatever the start
// says, and a watch plan without a start today, when the evaluation knows
// the date. zoneGiven says whether the scenario named its time zone (the
// default is UTC).
func newSchedule(s rules.Scenario, k Kind, today string, zoneGiven bool) schedule {
	r := s.Rollout
	sc := schedule{
		bake: int(*r.BakeDays), monitor: int(*r.MonitorDays), hour: int(*r.CutoverHour),
		zone: r.Timezone, zoneGiven: zoneGiven, rollback: int(*r.RollbackMinutes),
	}
	start := r.Start
	switch {
	case k == Expedited && today != "":
		start = today // users are refused now: the change cannot wait for a planned start
	case k == Watch && start == "":
		start = today
	}
	if t, ok := rules.ParseDay(start); ok {
		sc.start, sc.dated = t, true
	}
	switch k {
	case Migration, VendorSwitch:
		sc.assess, sc.staging, sc.notice = migrationAssess, migrationStaging, migrationNotice
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
	case PlanChange:
		sc.assess, sc.notice = changeAssess, changeNotice
		sc.steps = []step{{percent: 100, from: 0, to: max(sc.monitor, 1) - 1}}
	case Expedited:
		sc.steps = []step{{percent: 100, from: 0, to: max(sc.monitor, 1) - 1}}
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

// budget splits the rollback minutes into detect, decide and execute:
// about 40/20/40, but detection never shorter than the triggers' own window
// and every part at least a minute. ok is false when the scenario's
// minutes cannot cover that minimum (the parts then add up to more).
func budget(total int) (detect, decide, execute int, ok bool) {
	detect = max(triggerWindow, total*2/5)
	decide = max(1, total/5)
	execute = max(1, total-detect-decide)
	return detect, decide, execute, detect+decide+execute == total
}

// minBudget is the shortest rollback time budget can cover.
const minBudget = triggerWindow + 2
