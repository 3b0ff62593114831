package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tierfit/plans"
	"tierfit/rules"
)

// acme is the example scenario.
var acme = string(rules.ExampleJSON)

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// TestPlanJSON runs the README's example file.
func TestPlanJSON(t *testing.T) {
	code, out, errs := runCLI(t, "", "plan", "-scenario", "../../rules/example.json", "-format", "json", "-today", "2026-11-25")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	var got struct {
		Catalog, CurrentTier, Decision, Recommended string
		UpgradeWithinMonths                         *int `json:"upgrade_within_months"`
		Signals                                     []struct{ ID, Message string }
		Today                                       string
		DataAgeMonths                               *int `json:"data_age_months"`
		Tiers                                       []struct {
			ID, Name      string
			Fits          bool
			Verified      *bool
			PriceNote     *string `json:"price_note"`
			DataAgeMonths *int    `json:"data_age_months"`
			MonthlyCost   struct {
				Now, Horizon *float64
				Currency     string
			} `json:"monthly_cost"`
			Findings []struct{ Rule, Status, Message string }
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, out)
	}
	if got.Catalog != "agora-chat" || got.Decision != "upgrade_now" || got.Recommended != "pro" || got.UpgradeWithinMonths != nil {
		t.Errorf("got catalog %s decision %s recommended %s within %v", got.Catalog, got.Decision, got.Recommended, got.UpgradeWithinMonths)
	}
	if !strings.Contains(out, `"current_tier": "free"`) || !strings.Contains(out, `"upgrade_within_months": null`) {
		t.Errorf("output lacks current_tier or a null upgrade_within_months:\n%s", out)
	}
	if len(got.Tiers) != 4 || got.Tiers[2].MonthlyCost.Currency != "USD" || got.Tiers[2].MonthlyCost.Now == nil || len(got.Tiers[0].Findings) != len(rules.Rules) {
		t.Errorf("tiers incomplete: %+v", got.Tiers)
	}
	// Caveats travel with the numbers: Agora's figures are as of 2025-07-07.
	if got.Today != "2026-11-25" || got.DataAgeMonths == nil || *got.DataAgeMonths != 16 {
		t.Errorf("today %q, data age %v", got.Today, got.DataAgeMonths)
	}
	for _, tr := range got.Tiers {
		if tr.Verified == nil || tr.PriceNote == nil || *tr.PriceNote == "" || tr.DataAgeMonths == nil || *tr.DataAgeMonths != 16 {
			t.Errorf("tier %s lacks verified, price_note or data_age_months", tr.ID)
		}
	}
	for _, key := range []string{`"saving": null`, `"questions": []`, `"caveats": [`} {
		if !strings.Contains(out, key) {
			t.Errorf("output lacks %s", key)
		}
	}
	if code, _, errs := runCLI(t, "", "plan", "-scenario", "../../rules/example.json", "-today", "25.11.2026"); code != 2 || !strings.Contains(errs, "-today") {
		t.Errorf("a bad -today: exit %d, stderr %q", code, errs)
	}
	if len(got.Signals) == 0 {
		t.Error("no signals for a free tier that is over its caps")
	}
}

func TestPlanChineseAndCatalogOverride(t *testing.T) {
	code, out, errs := runCLI(t, acme, "plan", "-scenario", "-", "-lang", "zh", "-catalog", "easemob-im")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// The scenario's current tier must exist in the catalog that replaces its own.
	if code, out, errs := runCLI(t, acme, "plan", "-scenario", "-", "-catalog", "zegocloud-zim"); code != 2 || out != "" || !strings.Contains(errs, `current_tier: "free" is not a tier of`) {
		t.Errorf("override to a catalog without the current tier: exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, `"catalog": "easemob-im"`) || !strings.Contains(out, "请向厂商核实") {
		t.Errorf("want easemob-im and Chinese sentences:\n%.600s", out)
	}
}

func TestPlanImportedCatalogFile(t *testing.T) {
	dir := t.TempDir()
	cat := filepath.Join(dir, "mine.json")
	os.WriteFile(cat, []byte(`{"id": "mine", "name": "Mine", "currency": "EUR", "as_of": "2026-01-01", "confidence": "low",
		"sources": ["https://example.com/my-notes"], "tiers": [{"id": "only", "name": "Only", "price_month": 9,
		"limits": {"mau": 100000, "peak_concurrent": 5000}, "hard_caps": ["mau", "peak_concurrent"],
		"features": ["read_receipts", "moderation"], "regions": ["sea", "na"], "confidence": "low"}]}`), 0o644)
	noTier := strings.Replace(acme, `"current_tier": "free",`, "", 1)
	code, out, errs := runCLI(t, noTier, "plan", "-scenario", "-", "-catalog", cat)
	if code != 0 || !strings.Contains(out, `"recommended": "only"`) {
		t.Fatalf("exit %d, stderr %s, stdout %.300s", code, errs, out)
	}
	os.WriteFile(cat, []byte(`{"id": "mine", "name": "Mine", "currency": "EUR", "as_of": "2026-01-01",
		"tiers": [{"id": "x", "name": "X", "limits": {"mau": -1}, "confidence": "low"}]}`), 0o644)
	code, out, errs = runCLI(t, noTier, "plan", "-scenario", "-", "-catalog", cat)
	if code != 2 || out != "" || !strings.Contains(errs, cat+": tiers[x].limits.mau: must be a whole number ≥ 0, got -1") {
		t.Errorf("bad catalog: exit %d, stdout %q, stderr %s", code, out, errs)
	}
	os.WriteFile(cat, []byte(`{"id": "mine", "tiers": [{"id": "x", "limits": {}}]}`), 0o644)
	code, _, errs = runCLI(t, noTier, "plan", "-scenario", "-", "-catalog", cat)
	for _, want := range []string{"name: missing", "currency: missing", "as_of: missing", "tiers[0].name: missing", "tiers[0].confidence: missing"} {
		if code != 2 || !strings.Contains(errs, cat+": "+want) {
			t.Errorf("a catalog missing %s: exit %d, stderr %s", want, code, errs)
		}
	}
}

// Invalid input: exit 2, every problem on stderr one per line, nothing on stdout.
func TestPlanInvalidScenario(t *testing.T) {
	code, out, errs := runCLI(t, `{"catalog": "agora-chat", "usage": {"peak_concurrent": -5, "dau": 1.5}, "policy": {"horizon_months": 0}}`, "plan", "-scenario", "-")
	if code != 2 || out != "" {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	want := []string{
		"policy.horizon_months: must be between 1 and 60, got 0",
		"usage.dau: must be a whole number ≥ 0, got 1.5",
		"usage.peak_concurrent: must be a whole number ≥ 0, got -5",
	}
	if got := strings.Split(strings.TrimSpace(errs), "\n"); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("stderr lines\n got %q\nwant %q", got, want)
	}
	for _, args := range [][]string{{"plan"}, {"plan", "-scenario", "-", "-format", "pdf"}, {"plan", "-scenario", "-", "-lang", "fr"}, {"plan", "-scenario", "-", "-catalog", "nope-not-here"}} {
		if code, out, _ := runCLI(t, acme, args...); code != 2 || out != "" {
			t.Errorf("%v: exit %d stdout %q, want 2 and nothing", args, code, out)
		}
	}
	if code, _, errs := runCLI(t, "", "plan", "-scenario", filepath.Join(t.TempDir(), "missing.json")); code != 1 || !strings.Contains(errs, "missing.json") {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
}

// TestPlanMarkdownIsTheExport checks that the command prints exactly what
// plans.Checklist writes (the browser's export calls the same function),
// with and without the gantt chart.
func TestPlanMarkdownIsTheExport(t *testing.T) {
	file := "../../rules/example.json"
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := rules.DecodeScenario(data, "en")
	cat := rules.BuiltinCatalog("agora-chat")
	ctx := rules.Context{Today: "2026-11-25", Others: rules.Builtin()}
	ev, _ := rules.Evaluate(s, cat, ctx)
	for _, noGantt := range []bool{false, true} {
		args := []string{"plan", "-scenario", file, "-format", "md", "-today", ctx.Today}
		if noGantt {
			args = append(args, "-no-gantt")
		}
		code, out, errs := runCLI(t, "", args...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if want := plans.Checklist(s, cat, ev, plans.Options{NoGantt: noGantt}); out != want {
			t.Errorf("plan -format md (no-gantt %v) differs from plans.Checklist", noGantt)
		}
		if strings.Contains(out, "```mermaid") == noGantt {
			t.Errorf("no-gantt %v: mermaid block present = %v", noGantt, !noGantt)
		}
	}
	s.Lang = "zh"
	ev, _ = rules.Evaluate(s, cat, ctx)
	if code, out, _ := runCLI(t, "", "plan", "-scenario", file, "-format", "md", "-lang", "zh", "-today", ctx.Today); code != 0 || out != plans.Checklist(s, cat, ev, plans.Options{}) {
		t.Errorf("-lang zh: exit %d, output differs from the Chinese checklist", code)
	}
}

func TestPlanCompare(t *testing.T) {
	file := "../../rules/example.json"
	code, out, errs := runCLI(t, "", "plan", "-scenario", file, "-compare", "agora-chat,zegocloud-zim")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Decision        string
		RankingCurrency string `json:"ranking_currency"`
		Ranking         []struct {
			Rank          int
			Catalog, Tier string
			Fits          bool
			Unknowns      int
			MonthlyCost   struct {
				Now, Horizon *float64
				Currency     string
			} `json:"monthly_cost"`
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	// Both catalogs are in USD: one ranking. Agora Pro (1,261.95 at month 6)
	// beats ZEGOCLOUD Pro (449 + 2 started blocks of 10,000 MAU × 449 = 1,347).
	// ZEGOCLOUD's Enterprise has no figure at all: a placeholder, not ranked.
	if got.RankingCurrency != "USD" || len(got.Ranking) != 6 || got.Ranking[0].Catalog != "agora-chat" || got.Ranking[0].Tier != "pro" ||
		got.Ranking[1].Catalog != "zegocloud-zim" || got.Ranking[1].Tier != "pro" || *got.Ranking[1].MonthlyCost.Horizon != 1347 {
		t.Errorf("ranking: %+v", got.Ranking)
	}
	code, md, _ := runCLI(t, "", "plan", "-scenario", file, "-compare", "all", "-format", "md", "-lang", "zh")
	if code != 0 || !strings.Contains(md, "\n## 厂商对比\n") || !strings.Contains(md, "按币种分别排名") {
		t.Errorf("md ranking missing (exit %d)", code)
	}
	// -compare all leaves out the illustrative catalog, superseded and
	// placeholder tiers.
	code, out, _ = runCLI(t, "", "plan", "-scenario", file, "-compare", "all")
	for _, bad := range []string{`"catalog": "generic"`, `"tier": "legacy-premium"`, `"catalog": "rongcloud-im"`} {
		if code != 0 || strings.Contains(out[strings.Index(out, `"ranking"`):], bad) {
			t.Errorf("-compare all ranks %s (exit %d)", bad, code)
		}
	}
	for _, args := range [][]string{
		{"plan", "-scenario", file, "-compare", "agora-chat,nope"},
		{"plan", "-scenario", file, "-catalog", "agora-chat", "-catalog", "pubnub"},
	} {
		if code, out, _ := runCLI(t, "", args...); code != 2 || out != "" {
			t.Errorf("%v: exit %d, stdout %q", args, code, out)
		}
	}
}

// A file with thousands of mistakes prints the first few and a count, not
// megabytes.
func TestPlanProblemsCapped(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString(`{"id": "c", "name": "C", "currency": "USD", "as_of": "2026-01-01", "tiers": [`)
	for i := 0; i < 100; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"id": "t%d", "name": "", "limits": {"mau": -1, "dau": -1}, "confidence": "sure"}`, i)
	}
	b.WriteString("]}")
	cat := filepath.Join(dir, "cat.json")
	os.WriteFile(cat, []byte(b.String()), 0o644)
	code, _, errs := runCLI(t, "", "plan", "-scenario", "../../rules/example.json", "-catalog", cat)
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if code != 2 || len(lines) != rules.MaxShown+1 || !strings.HasPrefix(lines[len(lines)-1], "… and 3") {
		t.Errorf("exit %d, %d lines, last %q", code, len(lines), lines[len(lines)-1])
	}
}
