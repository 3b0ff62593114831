package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"tierfit/internal/i18n"
	"tierfit/internal/ui"
	"tierfit/plans"
	"tierfit/rules"
)

// decisions are scenarios that lead to each decision.
var decisions = map[rules.Decision]string{
	rules.UpgradeNow:   string(rules.ExampleJSON),
	rules.Verify:       `{"name": "Tiny Chat", "catalog": "cometchat", "current_tier": "build", "usage": {"mau": 12000, "peak_concurrent": 400}}`,
	rules.SwitchToSave: `{"name": "Acme", "catalog": "agora-chat", "current_tier": "starter", "usage": {"mau": 6000, "peak_concurrent": 800}}`,
	rules.Stay:         `{"name": "Calm", "catalog": "agora-chat", "current_tier": "free", "usage": {"dau": 100, "mau": 300, "peak_concurrent": 20, "monthly_growth_percent": 0}}`,
	rules.PlanUpgrade:  `{"name": "Growing", "catalog": "agora-chat", "current_tier": "free", "usage": {"dau": 100, "mau": 300, "peak_concurrent": 20, "monthly_growth_percent": 10}}`,
	rules.NoFit:        `{"name": "Far", "catalog": "agora-chat", "current_tier": "free", "usage": {"mau": 300}, "needs": {"regions": ["cn"]}}`,
}

// expected is the answer card the engine and the plan give for a scenario
// today: the browser must show exactly this.
func expected(t *testing.T, raw string) (rules.Scenario, *rules.Evaluation, plans.Answer) {
	t.Helper()
	s, ps := rules.DecodeScenario([]byte(raw), i18n.EN)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	today := time.Now().Format("2006-01-02")
	cats := rules.Builtin()
	cat := rules.CatalogByID(cats, s.WithDefaults().Catalog)
	ev, ps := rules.Evaluate(s, cat, rules.Context{Today: today, Others: cats})
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	target, _ := plans.TargetOf(s, cats, today)
	return s, ev, plans.AnswerOf(s, cat, ev, plans.Options{Target: target})
}

// The answer card says, for each decision, what the engine decided and
// what the export plans: the decision, the tier and by when, the cost with
// its breakdown, the saving, the questions and the next step.
func TestAnswerCardEachDecision(t *testing.T) {
	t.Parallel()
	dir := siteDir(t)
	s := newSession(t)
	root := serveSite(t, dir, "/")
	for want, raw := range decisions {
		sc, ev, ans := expected(t, raw)
		if ev.Decision != want {
			t.Fatalf("scenario for %s decides %s", want, ev.Decision)
		}
		s.do(t, chromedp.Navigate("about:blank"), chromedp.Navigate(ui.ShareLink(root, sc)))
		waitMounted(s, t)
		waitFor(t, s, `document.getElementById("decision").dataset.decision === "`+string(want)+`"`)
		text := func(id string) string {
			return eval[string](t, s, `(e => e ? e.textContent : "")(document.getElementById("`+id+`"))`)
		}
		if got := text("decision-headline"); got != plans.Headline(ev, i18n.EN) {
			t.Errorf("%s: headline %q", want, got)
		}
		if got := text("move"); got != ans.Move {
			t.Errorf("%s: move %q, want %q", want, got, ans.Move)
		}
		if got := text("next"); got != "Next step: "+ans.Next {
			t.Errorf("%s: next %q, want %q", want, got, ans.Next)
		}
		var when []string
		for _, d := range ans.Dates {
			when = append(when, d.Label+": "+d.Text)
		}
		if got := eval[[]string](t, s, `[...document.querySelectorAll("#when li")].map(li => li.textContent)`); strings.Join(got, "|") != strings.Join(when, "|") {
			t.Errorf("%s: dates %q, want %q", want, got, when)
		}
		if ev.Recommended == "" {
			continue
		}
		rec := ev.Tier(ev.Recommended)
		moveTo := "Move to " + rec.Name
		if ev.Recommended == ev.CurrentTier {
			moveTo = "Stay on " + rec.Name
		}
		if got := text("move-to"); got != moveTo {
			t.Errorf("%s: %q, want %q", want, got, moveTo)
		}
		if got, cost := text("cost-now"), rec.MonthlyCost.Now; cost != nil && got != i18n.Money(i18n.EN, *cost, ev.Currency) {
			t.Errorf("%s: cost now %q, want %v", want, got, *cost)
		}
		switch want {
		case rules.UpgradeNow:
			if got := text("cost-now-parts"); got != "= USD 699 price + USD 100 for 2,000 MAU above the included" {
				t.Errorf("breakdown %q", got)
			}
		case rules.Verify:
			if got := text("questions"); !strings.Contains(got, ev.Questions[0]) {
				t.Errorf("questions %q lack %q", got, ev.Questions[0])
			}
		case rules.SwitchToSave:
			if got := text("saving"); got != "USD 700" {
				t.Errorf("saving %q", got)
			}
		}
	}
	// No usage, no verdict: an empty state says what to enter.
	for _, id := range []string{"f-usage-dau", "f-usage-mau", "f-usage-peak-concurrent"} {
		setField(t, s, id, "")
	}
	waitFor(t, s, `document.getElementById("empty") !== null && document.getElementById("decision") === null`)
}

// Numbers as people type them, Chinese input methods included: each
// reaches the scenario as the number it means.
func TestNumbersAsTyped(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	for typed, want := range map[string]string{
		"12,000": "12000", "12k": "12000", "1.2万": "12000", "１２０００": "12000", "１２，０００": "12000", "0.5M": "500000", "3亿": "300000000",
	} {
		setField(t, s, "f-usage-mau", typed)
		waitFor(t, s, `document.getElementById("f-usage-mau-err") === null && document.getElementById("stale") === null`)
		// The export carries the scenario as JSON: the number as read.
		eval[any](t, s, `document.getElementById("checklist").scrollIntoView(), null`)
		if !eval[bool](t, s, `new Promise(r => { const t0 = Date.now(); const tick = () => { const c = document.querySelector("#checklist code.language-json"); if (c && c.textContent.includes('"mau": `+want+`')) return r(true); if (Date.now() - t0 > 20000) return r(false); setTimeout(tick, 50); }; tick(); })`) {
			t.Errorf("MAU typed %q did not become %s", typed, want)
		}
	}
}

// While a field is invalid, the export says so and offers the last valid
// plan explicitly: the file is that plan, byte for byte.
func TestStaleExportSaysSo(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	valid := s.download(t, "tierfit-acme-chat-2026-12-07-en.md")
	setField(t, s, "f-usage-mau", "abc")
	waitFor(t, s, `document.getElementById("export-stale") !== null`)
	notice := eval[string](t, s, `document.getElementById("export-stale").textContent`)
	if !strings.Contains(notice, "Monthly active users") || !strings.Contains(notice, `"abc"`) {
		t.Errorf("notice %q does not name the field and its problem", notice)
	}
	for id, want := range map[string]string{"download-md": "Download the last valid plan (.md)", "copy-md": "Copy the last valid plan", "print": "Print the last valid plan"} {
		if got := eval[string](t, s, `document.getElementById("`+id+`").textContent`); got != want {
			t.Errorf("#%s = %q, want %q", id, got, want)
		}
	}
	if got := s.download(t, "tierfit-acme-chat-2026-12-07-en.md"); string(got) != string(valid) {
		t.Error("the stale download is not the last valid plan")
	}
	setField(t, s, "f-usage-mau", "12000")
	waitFor(t, s, `document.getElementById("export-stale") === null && document.getElementById("download-md").textContent === "Download .md"`)
}
