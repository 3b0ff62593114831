package rules

import "math"

// metricFacts is what a tier says about one usage metric, read once per
// evaluation so the monthly checks need no map lookups.
type metricFacts struct {
	metered    bool // false: the tier does not count this metric at all
	limit      int64
	limitKnown bool
	hard       bool
	unlimited  bool
	max        int64
	maxKnown   bool
	overage    Overage
	priced     bool
	share      Share
	hasShare   bool
}

// tierFacts are the facts of every usage metric, by slot.
type tierFacts [nMetrics]metricFacts

func factsOf(t *Tier) tierFacts {
	var f tierFacts
	for _, m := range usageMetrics {
		x := &f[slot(m)]
		x.metered = t.metered(m)
		if l := t.Limits.Get(m); l != nil {
			x.limit, x.limitKnown = int64(*l), true
		}
		x.hard, x.unlimited = t.isHardCap(m), t.isUnlimited(m)
		if v, ok := t.Max[m]; ok {
			x.max, x.maxKnown = int64(v), true
		}
		x.overage, x.priced = t.Overage[m]
		x.share, x.hasShare = t.IncludedShare[m]
	}
	return f
}

// includedBy is a quota's included amount this month: the limit, raised by
// a share of another metric where the tier has one.
func (x *metricFacts) includedBy(u *month) (int64, bool) {
	n, known := x.limit, x.limitKnown
	if x.hasShare {
		if base, ok := u.get(x.share.Of); ok {
			n, known = max(n, int64(math.Ceil(float64(base)*x.share.Percent/100))), true
		}
	}
	return n, known
}
