package plans_test

import (
	"testing"

	"tierfit/plans"
	"tierfit/rules"
)

func TestFileName(t *testing.T) {
	for name, want := range map[string]string{
		"Acme Chat":                 "tierfit-acme-chat-2026-12-07.md",
		"校园圈 App!":                  "tierfit-校园圈-app-2026-12-07.md",
		"../../etc/passwd":          "tierfit-etc-passwd-2026-12-07.md",
		"":                          "tierfit-2026-12-07.md",
		"<script>alert(1)</script>": "tierfit-script-alert-1-script-2026-12-07.md",
	} {
		s := rules.Scenario{Name: name, Rollout: rules.Rollout{Start: "2026-12-07"}}
		if got := plans.FileName(s); got != want {
			t.Errorf("FileName(%q) = %q, want %q", name, got, want)
		}
	}
	if got := plans.FileName(rules.Scenario{Name: "x"}); got != "tierfit-x.md" {
		t.Errorf("no start date: %q", got)
	}
}

func TestPhasesMatchTheSchedule(t *testing.T) {
	s := rules.Scenario{Rollout: rules.Rollout{Start: "2026-12-07"}}
	ps := plans.Phases(s)
	// Assess, staging, rehearsal, go/no-go, full copy, three gray steps, cutover, monitoring.
	if len(ps) != 10 {
		t.Fatalf("%d phases: %+v", len(ps), ps)
	}
	if first, last := ps[0], ps[len(ps)-1]; first.Start != "2026-11-09" || last.Label != "Monitoring" || last.Start != "2026-12-28" || last.End != "2027-01-10" {
		t.Errorf("first %+v, last %+v", first, last)
	}
	if zh := plans.Phases(rules.Scenario{Lang: "zh"}); zh[0].Label != "评估与选型" || zh[0].Start != "" {
		t.Errorf("zh undated: %+v", zh[0])
	}
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
