package rules_test

import (
	"reflect"
	"testing"

	"tierfit/rules"
)

func TestUse(t *testing.T) {
	s := rules.Example()
	cat := rules.BuiltinCatalog("agora-chat")
	ev, ps := rules.Evaluate(s, cat, rules.Context{})
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	use := ev.Use(cat.Tier("pro"), s)
	byMetric := map[rules.Metric]rules.MetricUse{}
	for _, u := range use {
		byMetric[u.Metric] = u
	}
	mau := byMetric[rules.MAU]
	if mau.Kind != "included" || *mau.Limit != 10000 || *mau.Max != 100000 || *mau.UseNow != 120 || *mau.Horizon != 21259 {
		t.Errorf("MAU use = %+v", mau)
	}
	// Pro includes peak concurrency of 10% of MAU, at least 1,000: 1,200 now, 2,126 at month 6.
	pcu := byMetric[rules.PeakConcurrent]
	if *pcu.Limit != 1200 || *pcu.LimitHorizon != 2126 || *pcu.UseNow != 33 {
		t.Errorf("peak use = limit %v → %v, use %v", *pcu.Limit, *pcu.LimitHorizon, *pcu.UseNow)
	}
	if dau := byMetric[rules.DAU]; dau.Kind != "unknown" || dau.Limit != nil || dau.UseNow != nil {
		t.Errorf("DAU on Agora should be unknown: %+v", dau)
	}
	free := ev.Use(cat.Tier("free"), s)
	if free[1].Kind != "hard_cap" || *free[1].UseNow != 2400 {
		t.Errorf("Free MAU use = %+v", free[1])
	}
	if g := byMetric[rules.GroupMembers]; g.Kind != "need" || *g.Limit != 1000 || *g.UseNow != 20 {
		t.Errorf("group use = %+v", g)
	}
	pubnub := rules.BuiltinCatalog("pubnub")
	s.Catalog, s.CurrentTier = "pubnub", "free"
	ev, _ = rules.Evaluate(s, pubnub, rules.Context{})
	if u := ev.Use(pubnub.Tier("payg"), s)[2]; u.Kind != "unlimited" || u.Limit != nil {
		t.Errorf("PubNub peak concurrency should be unlimited: %+v", u)
	}
}

// The example's recommended Pro costs its price plus the MAU above the
// 10,000 included, at 0.05 USD each (Agora's price page, in the catalog).
func TestCostBreakdown(t *testing.T) {
	s := rules.Example()
	ev, ps := rules.Evaluate(s, rules.BuiltinCatalog(s.Catalog), rules.Context{Today: "2026-11-25"})
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	c := ev.Tier("pro").MonthlyCost
	want := []rules.CostPart{{Amount: 699}, {Metric: rules.MAU, Over: 2000, Amount: 100}}
	if !reflect.DeepEqual(c.NowParts, want) || c.Now == nil || *c.Now != 799 {
		t.Errorf("pro now = %v from %+v, want 799 from %+v", deref(c.Now), c.NowParts, want)
	}
	if f := ev.Tier("free").MonthlyCost; f.Now == nil || *f.Now != 0 || len(f.NowParts) != 1 {
		t.Errorf("free now = %v from %+v, want the price alone (its caps are hard)", deref(f.Now), f.NowParts)
	}
}
