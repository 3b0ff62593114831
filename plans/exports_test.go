package plans_test

import (
	"testing"

	"tierfit/plans"
	"tierfit/rules"
)

func TestFileName(t *testing.T) {
	for name, want := range map[string]string{
		"Acme Chat":                 "tierfit-acme-chat-2026-12-07-en.md",
		"校园圈 App!":                  "tierfit-校园圈-app-2026-12-07-en.md",
		"../../etc/passwd":          "tierfit-etc-passwd-2026-12-07-en.md",
		"":                          "tierfit-2026-12-07-en.md",
		"<script>alert(1)</script>": "tierfit-script-alert-1-script-2026-12-07-en.md",
	} {
		s := rules.Scenario{Name: name, Rollout: rules.Rollout{Start: "2026-12-07"}}
		if got := plans.FileName(s); got != want {
			t.Errorf("FileName(%q) = %q, want %q", name, got, want)
		}
	}
	if got := plans.FileName(rules.Scenario{Name: "x"}); got != "tierfit-x-en.md" {
		t.Errorf("no start date: %q", got)
	}
	// The English and the Chinese export of one plan never share a name.
	if got := plans.FileName(rules.Scenario{Name: "x", Lang: "zh"}); got != "tierfit-x-zh.md" {
		t.Errorf("Chinese: %q", got)
	}
}

func TestPhasesMatchTheSchedule(t *testing.T) {
	s, cat := acme(t)
	s.Rollout.Start = "2026-12-07"
	s.Target = &rules.Target{Catalog: "zegocloud-zim", Tier: "pro"}
	target, _ := plans.TargetOf(s, rules.Builtin(), "")
	ev, _ := rules.Evaluate(s, cat, rules.Context{})
	ps := plans.Phases(s, cat, ev, plans.Options{Target: target})
	// Assess, notice, staging, rehearsal, go/no-go, full copy, three gray steps, cutover, monitoring.
	if len(ps) != 11 {
		t.Fatalf("%d phases: %+v", len(ps), ps)
	}
	// A vendor switch starts seven weeks before the first step (notice at five).
	if first, last := ps[0], ps[len(ps)-1]; first.Start != "2026-10-19" || last.Label != "Monitoring" || last.Start != "2026-12-28" || last.End != "2027-01-10" {
		t.Errorf("first %+v, last %+v", first, last)
	}
	// A plan that keeps the tier has no steps to draw.
	s.Target, s.CurrentTier, s.Lang = nil, "pro", "zh"
	small := 500.0
	s.Usage = rules.Usage{MAU: &small}
	ev, _ = rules.Evaluate(s, cat, rules.Context{})
	if ps := plans.Phases(s, cat, ev, plans.Options{}); ev.Decision != rules.Stay || len(ps) != 0 {
		t.Errorf("a watch plan has phases (%s): %+v", ev.Decision, ps)
	}
}

// acme is the README's example scenario on Agora Chat.
func acme(t *testing.T) (rules.Scenario, *rules.Catalog) {
	t.Helper()
	s := rules.Example()
	return s, rules.BuiltinCatalog("agora-chat")
}

func TestHeadline(t *testing.T) {
	m := 3
	ev := &rules.Evaluation{Decision: rules.PlanUpgrade, UpgradeWithinMonths: &m}
	if got := plans.Headline(ev, "en"); got != "plan the upgrade within 3 months" {
		t.Errorf("Headline = %q", got)
	}
	if got := plans.Headline(&rules.Evaluation{Decision: rules.NoFit}, "zh"); got != "该目录中没有满足需求的套餐" {
		t.Errorf("Headline zh = %q", got)
	}
}
