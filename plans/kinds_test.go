package plans

import (
	"regexp"
	"strings"
	"testing"

	"tierfit/rules"
)

// plan writes the checklist of a scenario given as JSON on a built-in
// catalog, counting data ages to 2026-11-25.
func plan(t *testing.T, raw string) (string, *checklist) {
	t.Helper()
	s, ps := rules.DecodeScenario([]byte(raw), "en")
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	cat := rules.BuiltinCatalog(s.WithDefaults().Catalog)
	ev, ps := rules.Evaluate(s, cat, rules.Context{Today: "2026-11-25"})
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	var target *Target
	if s.Target != nil {
		if target, ps = TargetOf(s, rules.Builtin(), "2026-11-25"); len(ps) > 0 {
			t.Fatal(ps)
		}
	}
	o := Options{Target: target}
	return Checklist(s, cat, ev, o), newChecklist(s, cat, ev, o)
}

// TestWatchMovesNothing: a stay exports a watch plan: no gray cohort, no
// import, no cancellation of the tier it keeps, no notice to users.
func TestWatchMovesNothing(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		md, c := plan(t, `{"catalog": "agora-chat", "current_tier": "starter", "usage": {"mau": 3000, "peak_concurrent": 200, "monthly_growth_percent": 8}, "lang": "`+lang+`"}`)
		if c.kind != Watch || c.ev.Decision != rules.Stay {
			t.Fatalf("%s: kind %s, decision %s", lang, c.kind, c.ev.Decision)
		}
		imp := c.w.list("imp.items")[0]
		for _, bad := range []string{c.w.t("cohort.user", "5"), c.w.t("d.step", imp), c.w.t("h.data"), c.w.t("h.gray"),
			c.w.t("h.contract"), c.w.t("notice.h"), c.w.t("h.switchback"), c.w.t("h.rollback"), c.w.t("h.cutover")} {
			if strings.Contains(md, strings.TrimSpace(bad)) {
				t.Errorf("%s: a watch plan contains %q", lang, bad)
			}
		}
		if !strings.Contains(md, c.w.t("h.watch", "Starter")) {
			t.Errorf("%s: no watch section", lang)
		}
	}
}

// TestRefusedNeverRollsBack: when the current tier refuses users today, no
// rollback step sends them back to it — in an expedited plan change, and
// in a vendor switch, whose rollback goes to the stopgap tier instead.
func TestRefusedNeverRollsBack(t *testing.T) {
	for _, raw := range []string{
		`{"catalog": "agora-chat", "current_tier": "free", "usage": {"mau": 12000, "peak_concurrent": 400}, "lang": "%s"}`,
		`{"catalog": "agora-chat", "current_tier": "free", "usage": {"mau": 12000, "peak_concurrent": 400}, "lang": "%s",
		  "target": {"catalog": "zegocloud-zim", "tier": "pro"}, "rollout": {"start": "2027-03-01"}}`,
	} {
		for _, lang := range []string{"en", "zh"} {
			md, c := plan(t, strings.Replace(raw, "%s", lang, 1))
			if len(c.refused) == 0 || (c.kind != Expedited && c.kind != VendorSwitch) {
				t.Fatalf("%s: kind %s, refused %v", lang, c.kind, c.refused)
			}
			free := c.tierLabel(c.cat, c.cur)
			for _, bad := range []string{c.w.t("r.route", free), c.w.t("c.switchback", esc(c.cur.Name), "")} {
				if strings.Contains(md, strings.TrimRight(bad, "：: ")) {
					t.Errorf("%s %s: a rollback step goes back to the refusing tier: %q", lang, c.kind, bad)
				}
			}
			if c.kind == VendorSwitch && !strings.Contains(md, c.w.t("r.route", c.tierLabel(c.cat, *c.stopgap))) {
				t.Errorf("%s: the vendor switch's rollback does not go to the stopgap tier %s", lang, c.stopgap.Name)
			}
		}
	}
}

// TestDatedTasksHaveDueDates: with a start date every task of every kind
// carries its due date; the key dates come first.
func TestDatedTasksHaveDueDates(t *testing.T) {
	task := regexp.MustCompile(`(?m)^\s*(?:- |\d+\. )\[ \] .*$`)
	for name, raw := range map[string]string{
		"watch":     `{"catalog": "agora-chat", "current_tier": "starter", "usage": {"mau": 3000}, "rollout": {"start": "2027-03-01"}}`,
		"change":    `{"catalog": "agora-chat", "current_tier": "pro", "usage": {"mau": 3000}, "rollout": {"start": "2027-03-01"}}`,
		"expedited": `{"catalog": "agora-chat", "current_tier": "free", "usage": {"mau": 3000}, "rollout": {"start": "2027-03-01"}}`,
		"migration": `{"catalog": "agora-chat", "current_tier": "pro", "usage": {"mau": 3000}, "rollout": {"start": "2027-03-01", "changes": ["app_id"]}}`,
		"switch":    `{"catalog": "agora-chat", "current_tier": "pro", "usage": {"mau": 3000}, "rollout": {"start": "2027-03-01"}, "target": {"catalog": "zegocloud-zim", "tier": "pro"}}`,
		"verify":    `{"catalog": "cometchat", "current_tier": "build", "usage": {"mau": 3000}, "rollout": {"start": "2027-03-01"}, "lang": "zh"}`,
	} {
		md, c := plan(t, raw)
		tasks := task.FindAllString(md, -1)
		if len(tasks) < 3 {
			t.Errorf("%s: %d tasks", name, len(tasks))
		}
		for _, line := range tasks {
			if !strings.Contains(line, " — due 20") && !strings.Contains(line, " — 截止 20") {
				t.Errorf("%s (%s): a task without a due date: %s", name, c.kind, line)
			}
		}
		if !strings.Contains(md, "\n## "+c.w.t("h.key")+"\n") || strings.Index(md, "\n## ") != strings.Index(md, "\n## "+c.w.t("h.key")) {
			t.Errorf("%s: the key dates are not the first section", name)
		}
	}
}

// TestUndatedDefinesD: without a start date the first section says what D
// is and how to date the plan, and the user notice never prints "D".
func TestUndatedDefinesD(t *testing.T) {
	md, c := plan(t, `{"catalog": "agora-chat", "current_tier": "pro", "usage": {"mau": 3000}, "target": {"catalog": "zegocloud-zim", "tier": "pro"}}`)
	key := md[:strings.Index(md, "\n## "+c.w.t("h.summary"))]
	if !strings.Contains(key, c.w.t("k.d.vendor_switch")) {
		t.Errorf("the key dates do not define D:\n%s", key)
	}
	notice := md[strings.Index(md, c.w.t("notice.h")):]
	notice = notice[:strings.Index(notice, "\n## ")]
	if regexp.MustCompile(`\bD[+-]?\d*\b`).MatchString(strings.ReplaceAll(notice, c.w.t("notice.h"), "")) {
		t.Errorf("the ready-to-send notice prints D:\n%s", notice)
	}
	if !strings.Contains(key, c.w.t("k.zone", "03:00")) {
		t.Error("no time zone given, and the key dates do not say UTC is assumed")
	}
}
