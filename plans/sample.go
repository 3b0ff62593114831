package plans

import (
	"math"

	"tierfit/rules"
)

// Two-sided 95 % confidence and 80 % power: the usual defaults for telling
// a canary from its control.
const (
	z95    = 1.96
	zPower = 0.8416
)

// sendsNeeded is how many sends each group (canary and control) needs to
// tell a send success of success % from one deltaSuccess points lower:
// n = (zα/2 + zβ)² · (p₁q₁ + p₂q₂) / δ² for two proportions.
func sendsNeeded(success float64) int64 {
	p1 := success / 100
	p2 := p1 - deltaSuccess/100
	d := deltaSuccess / 100
	return int64(math.Ceil((z95 + zPower) * (z95 + zPower) * (p1*(1-p1) + p2*(1-p2)) / (d * d)))
}

// samples is what each gray step sees: sends a day from messages per day,
// else one send per active user a day (an assumption the table says).
type samples struct {
	need    int64   // sends needed per group
	perDay  float64 // sends a day at 100 %; 0: unknown
	unit    string  // "sends" or "user-days", the key of the cell text
	percent []float64
	days    []int
}

func (c *checklist) samples() samples {
	sm := samples{need: sendsNeeded(c.success), unit: "sends"}
	u := c.s.Usage
	switch {
	case u.MessagesPerDay != nil:
		sm.perDay = *u.MessagesPerDay
	case c.ev.Projection[0].DAU != nil:
		sm.perDay, sm.unit = float64(*c.ev.Projection[0].DAU), "userdays"
	case c.ev.Projection[0].MAU != nil:
		sm.perDay, sm.unit = float64(*c.ev.Projection[0].MAU)*rules.DefaultDAUMAUPercent/100, "userdays_mau"
	}
	for _, st := range c.sc.steps {
		sm.percent = append(sm.percent, st.percent)
		sm.days = append(sm.days, st.to-st.from+1)
	}
	return sm
}

// seen is what step i observes in all its days.
func (sm samples) seen(i int) int64 {
	return int64(math.Floor(sm.perDay * sm.percent[i] / 100 * float64(sm.days[i])))
}

// cell says whether step i can judge the success threshold's difference.
func (sm samples) cell(w *writer, i int) string {
	if sm.perDay == 0 {
		return w.t("smp.unknown")
	}
	n := sm.seen(i)
	if n >= sm.need {
		return w.t("smp.enough."+sm.unit, w.num(n))
	}
	return w.t("smp.few."+sm.unit, w.num(n))
}

// advice says, for the steps too small to judge a 0.1-point change, the
// smallest percent that could in the step's days, or the days it would
// take at its percent.
func (sm samples) advice(w *writer) {
	if sm.perDay == 0 {
		w.line(w.t("smp.none", w.num(sm.need)))
		w.blank()
		return
	}
	for i := range sm.percent {
		if sm.seen(i) >= sm.need {
			continue
		}
		minPct := math.Ceil(float64(sm.need) * 100 / (sm.perDay * float64(sm.days[i])))
		minDays := int64(math.Ceil(float64(sm.need) * 100 / (sm.perDay * sm.percent[i])))
		if minPct <= 100 {
			w.line(w.t("smp.advice", pct(sm.percent[i]), pct(deltaSuccess), pct(minPct), w.num(int64(sm.days[i])), w.num(minDays)))
		} else {
			w.line(w.t("smp.advice_days", pct(sm.percent[i]), pct(deltaSuccess), w.num(minDays)))
		}
		w.blank()
	}
}
