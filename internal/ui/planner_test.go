package ui

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/rules"
)

// mount runs a planner natively, with go-app's in-memory storage.
func mount(t *testing.T) (*planner, app.ClientDispatcher) {
	t.Helper()
	p := newPlanner()
	d := app.NewClientTester(p)
	t.Cleanup(d.Close)
	d.Consume()
	return p, d
}

func edit(p *planner, d app.ClientDispatcher, field, value string) {
	p.form.Values[field] = value
	p.changed(d.Context())
	d.Consume()
}

func TestPlannerStartsWithTheExample(t *testing.T) {
	p, _ := mount(t)
	if !p.mounted || p.ev == nil || p.ev.Decision != rules.UpgradeNow || p.ev.Recommended != "pro" {
		t.Fatalf("mounted %v, evaluation %+v", p.mounted, p.ev)
	}
	if !strings.HasPrefix(p.checklist(), "# Expedited plan change: Acme Chat") || !strings.Contains(p.html, "<h1>") {
		t.Error("no checklist or preview")
	}
	if p.charts.Use.Option == "" || p.charts.Growth.Option == "" || p.charts.Cost.Option == "" || p.charts.Rollout.Option == "" {
		t.Error("a chart option is empty")
	}
}

// An invalid field keeps the last valid result, marks it stale, and names
// the field; fixing it clears both.
func TestPlannerInvalidInputKeepsLastResult(t *testing.T) {
	p, d := mount(t)
	edit(p, d, "usage.dau", "100") // DAU and peak are never above MAU
	edit(p, d, "usage.mau", "300")
	edit(p, d, "usage.peak_concurrent", "20")
	good := p.ev
	edit(p, d, "usage.peak_concurrent", "-5")
	if !p.stale || p.ev != good {
		t.Fatal("an invalid field replaced or dropped the last result")
	}
	if got := p.problems.For("usage.peak_concurrent"); len(got) != 1 || got[0] != "must be a whole number ≥ 0, got -5" {
		t.Errorf("problems = %v", got)
	}
	edit(p, d, "usage.peak_concurrent", "lots")
	if got := p.problems.For("usage.peak_concurrent"); len(got) != 1 || got[0] != `must be a number such as 12000, 12,000, 12k or 1.2万; got "lots"` {
		t.Errorf("problems = %v", got)
	}
	edit(p, d, "usage.peak_concurrent", "20")
	if p.stale || len(p.problems) > 0 || p.ev == good {
		t.Error("fixing the field did not bring a fresh result")
	}
}

// Text that is not a number in one field does not hide another field's
// problem: both show at once, and "enter DAU, MAU or peak" does not
// appear for a MAU that was typed but unreadable.
func TestPlannerShowsEveryProblemAtOnce(t *testing.T) {
	p, d := mount(t)
	edit(p, d, "usage.mau", "abc")
	edit(p, d, "usage.dau", "-5")
	edit(p, d, "usage.peak_concurrent", "")
	if got := p.problems.For("usage.mau"); len(got) != 1 || !strings.Contains(got[0], `"abc"`) {
		t.Errorf("MAU problems = %v", got)
	}
	if got := p.problems.For("usage.dau"); len(got) != 1 || !strings.Contains(got[0], "-5") {
		t.Errorf("DAU problems = %v, want its range problem while MAU is unreadable", got)
	}
	for _, pr := range p.problems {
		if pr.Field == "usage" {
			t.Errorf("usage problem %q, want none: MAU was typed", pr.Message)
		}
	}
	edit(p, d, "usage.mau", "1.2万")
	edit(p, d, "usage.dau", "３０００")
	if len(p.problems) > 0 || p.scen.Usage.MAU == nil || *p.scen.Usage.MAU != 12000 || *p.scen.Usage.DAU != 3000 {
		t.Errorf("problems %v, usage %+v", p.problems, p.scen.Usage)
	}
}

func TestPlannerCatalogSwitchResetsTier(t *testing.T) {
	p, d := mount(t)
	p.form.Values["catalog"] = "easemob-im"
	p.form.Values["current_tier"] = "" // what onValue does for the catalog field
	p.changed(d.Context())
	d.Consume()
	if p.ev == nil || p.ev.Catalog != "easemob-im" || p.ev.CurrentTier != "free" || len(p.problems) > 0 {
		t.Fatalf("switching catalog: %v / %v", p.ev.Catalog, p.problems)
	}
}

// What was typed is saved as typed and comes back on the next mount.
func TestPlannerSavesAndRestoresTyping(t *testing.T) {
	p, d := mount(t)
	edit(p, d, "usage.dau", "12x")
	var f form
	if err := d.Context().LocalStorage().Get(keyForm, &f); err != nil || f.Values["usage.dau"] != "12x" {
		t.Fatalf("stored form %v (%v)", f.Values["usage.dau"], err)
	}
	q := newPlanner()
	q.restore(d.Context())
	if q.form.Values["usage.dau"] != "12x" {
		t.Errorf("restored %q", q.form.Values["usage.dau"])
	}
}

// Corrupt storage is set aside, the example is shown, and the user is told.
func TestPlannerCorruptStorage(t *testing.T) {
	p, d := mount(t)
	d.Context().LocalStorage().Set(keyForm, "not a form")
	p.form = exampleForm()
	p.restore(d.Context())
	if p.status == "" || p.statusOK || p.form.Values["name"] != "Acme Chat" {
		t.Errorf("status %q ok %v name %q", p.status, p.statusOK, p.form.Values["name"])
	}
}

func TestNamedScenarios(t *testing.T) {
	p, d := mount(t)
	ctx := d.Context()
	p.onSaveNamed(ctx, app.Event{})
	if p.status == "" || len(p.saved) != 0 {
		t.Fatal("saving without a name should ask for one")
	}
	p.scenName = "Plan A"
	p.onSaveNamed(ctx, app.Event{})
	p.onDuplicate("Plan A")(ctx, app.Event{})
	p.scenName = "Plan B"
	p.onRename("Plan A (2)")(ctx, app.Event{})
	if got := strings.Join(p.savedNames(), ","); got != "Plan A,Plan B" {
		t.Fatalf("saved = %s", got)
	}
	edit(p, d, "usage.mau", "1")
	p.onOpen("Plan B")(ctx, app.Event{})
	if p.form.Values["usage.mau"] != "12000" {
		t.Errorf("opening Plan B gave MAU %q", p.form.Values["usage.mau"])
	}
	// Editing the open form must not change the saved one.
	edit(p, d, "usage.mau", "2")
	if p.saved["Plan B"].Values["usage.mau"] != "12000" {
		t.Error("the saved scenario changed with the form")
	}
	p.onDelete("Plan A")(ctx, app.Event{})
	var stored map[string]form
	ctx.LocalStorage().Get(keySaved, &stored)
	if len(stored) != 1 || stored["Plan B"].Values == nil {
		t.Errorf("stored scenarios = %v", stored)
	}
}

func TestShareLinkRoundTrip(t *testing.T) {
	s, _ := exampleForm().scenario("zh")
	link := ShareLink("http://127.0.0.1:8000/", s)
	frag := link[strings.Index(link, "#")+1:]
	got, ps := decodeShare(strings.TrimPrefix(frag, sharePrefix), "en")
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	a, _ := json.Marshal(s)
	b, _ := json.Marshal(got)
	if string(a) != string(b) {
		t.Errorf("round trip changed the scenario:\n%s\n%s", a, b)
	}
	if _, ps := decodeShare("%%%not-base64", "en"); len(ps) == 0 {
		t.Error("a broken link decoded")
	}
}

func TestFormRoundTrip(t *testing.T) {
	s, ps := exampleForm().scenario("en")
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	again, ps := formOf(s).scenario("en")
	a, _ := json.Marshal(s)
	b, _ := json.Marshal(again)
	if len(ps) > 0 || string(a) != string(b) {
		t.Errorf("form → scenario → form changed it:\n%s\n%s", a, b)
	}
	f := exampleForm()
	f.Values["rollout.steps_percent"] = "5，20；50 100"
	s, ps = f.scenario("en")
	if len(ps) > 0 || len(s.Rollout.StepsPercent) != 4 {
		t.Errorf("steps %v, problems %v", s.Rollout.StepsPercent, ps)
	}
}

// Another tab's change to a named scenario is never overwritten silently.
func TestNamedScenarioConflict(t *testing.T) {
	p, d := mount(t)
	ctx := d.Context()
	p.scenName = "Plan"
	p.onSaveNamed(ctx, app.Event{})
	// Another tab (same storage) changes "Plan".
	other := map[string]form{}
	ctx.LocalStorage().Get(keySaved, &other)
	f := other["Plan"].clone()
	f.Values["usage.mau"] = "999"
	other["Plan"] = f
	ctx.LocalStorage().Set(keySaved, other)
	// This tab saves "Plan" again: it must not replace the other tab's version.
	p.form.Values["usage.mau"] = "1"
	p.onSaveNamed(ctx, app.Event{})
	stored := map[string]form{}
	ctx.LocalStorage().Get(keySaved, &stored)
	if stored["Plan"].Values["usage.mau"] != "999" || stored["Plan (2)"].Values["usage.mau"] != "1" {
		t.Errorf("stored: Plan=%q, Plan (2)=%q", stored["Plan"].Values["usage.mau"], stored["Plan (2)"].Values["usage.mau"])
	}
	if !strings.Contains(p.status, `"Plan (2)"`) {
		t.Errorf("status = %q", p.status)
	}
	// Saving again now that this tab has seen both is a plain save.
	p.onSaveNamed(ctx, app.Event{})
	ctx.LocalStorage().Get(keySaved, &stored)
	if len(stored) != 2 {
		t.Errorf("%d saved scenarios, want 2", len(stored))
	}
}

// With storage refused the app keeps working in memory and says so.
func TestNoStorageKeepsWorking(t *testing.T) {
	p, d := mount(t)
	p.noStorage = true // what get/set set when the browser refuses
	edit(p, d, "usage.mau", "30000")
	if p.ev == nil || p.ev.Projection[0].MAU == nil || *p.ev.Projection[0].MAU != 30000 {
		t.Fatal("the result did not follow the edit")
	}
	var f form
	if err := p.get(d.Context(), keyForm, &f); err != errNoStorage {
		t.Errorf("get with no storage = %v", err)
	}
	p.Update()
	d.Consume()
	html := app.HTMLString(p)
	if !strings.Contains(html, `id="no-storage"`) || !strings.Contains(html, `id="no-storage-export"`) {
		t.Error("no notice with an export button")
	}
}
