package rules_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"tierfit/internal/i18n"
	"tierfit/rules"
)

// A testCase is one file under testdata/cases: a scenario (as JSON or as a
// raw string), the catalog it is evaluated against, and what must come out.
type testCase struct {
	Note        string          `json:"note"`
	CatalogFile string          `json:"catalog_file"`
	Catalog     json.RawMessage `json:"catalog"`
	Scenario    json.RawMessage `json:"scenario"`
	ScenarioRaw *string         `json:"scenario_raw"`
	// Today is the date data ages are counted to (default caseToday).
	Today string `json:"today"`
	// Others names the built-in catalogs searched when no tier fits.
	Others []string `json:"others"`
	Want   struct {
		Problems            []string              `json:"problems"`
		Decision            rules.Decision        `json:"decision"`
		Recommended         string                `json:"recommended"`
		RecommendedCase     string                `json:"recommended_case"`
		UpgradeWithinMonths *int                  `json:"upgrade_within_months"`
		Failing             map[string][]string   `json:"failing"`
		Statuses            map[string]string     `json:"statuses"`
		Messages            map[string]string     `json:"messages"`
		Cost                map[string][]*float64 `json:"cost"`
		Signals             []string              `json:"signals"`
		Estimates           map[string]int64      `json:"estimates"`
		// Verified maps tier ids to whether the tier is verified.
		Verified  map[string]bool `json:"verified"`
		Saving    *rules.Saving   `json:"saving"`
		Questions []string        `json:"questions"`
		// Reasons are substrings the reasons must contain, in order.
		Reasons       []string       `json:"reasons"`
		Caveats       []string       `json:"caveats"`
		DataAgeMonths map[string]int `json:"data_age_months"`
		Elsewhere     *string        `json:"elsewhere"` // "catalog/tier", or "" for none
	} `json:"want"`
}

// caseToday is the date case files count data ages to unless they say.
const caseToday = "2026-11-25"

// TestCases runs every case file; adding a regression means adding a file.
func TestCases(t *testing.T) {
	files, err := filepath.Glob("testdata/cases/*.json")
	if err != nil || len(files) < 30 {
		t.Fatalf("want at least 30 case files, found %d (%v)", len(files), err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".json"), func(t *testing.T) {
			runCase(t, file)
		})
	}
}

func runCase(t *testing.T, file string) {
	var tc testCase
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&tc); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	catalogs := rules.Builtin()
	if raw := catalogJSON(t, tc); raw != nil {
		cat, ps := rules.DecodeCatalog(raw, "en")
		if len(ps) > 0 {
			t.Fatalf("%s: test catalog invalid:\n%v", file, ps)
		}
		catalogs = append(catalogs, cat)
	}
	input := []byte(tc.Scenario)
	if tc.ScenarioRaw != nil {
		input = []byte(*tc.ScenarioRaw)
	}
	lang := i18n.EN
	if strings.Contains(string(input), `"lang": "zh"`) || strings.Contains(string(input), `"lang":"zh"`) {
		lang = i18n.ZH
	}
	s, ps := rules.DecodeScenario(input, lang)
	if len(ps) == 0 {
		ps = s.Validate(catalogs)
	}
	if tc.Want.Problems != nil {
		if got := problemStrings(ps); !reflect.DeepEqual(got, tc.Want.Problems) {
			t.Fatalf("%s: problems\n got: %q\nwant: %q", file, got, tc.Want.Problems)
		}
		return
	}
	if len(ps) > 0 {
		t.Fatalf("%s: unexpected problems:\n%v", file, ps)
	}
	cat := rules.CatalogByID(catalogs, s.WithDefaults().Catalog)
	ctx := rules.Context{Today: caseToday}
	if tc.Today != "" {
		ctx.Today = tc.Today
	}
	for _, id := range tc.Others {
		ctx.Others = append(ctx.Others, rules.BuiltinCatalog(id))
	}
	ev, ps := rules.Evaluate(s, cat, ctx)
	if len(ps) > 0 {
		t.Fatalf("%s: Evaluate problems: %v", file, ps)
	}
	checkInvariants(t, ev)
	checkEvaluation(t, file, tc, ev)
}

func catalogJSON(t *testing.T, tc testCase) []byte {
	switch {
	case tc.Catalog != nil:
		return tc.Catalog
	case tc.CatalogFile != "":
		b, err := os.ReadFile(filepath.Join("testdata", tc.CatalogFile))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	return nil
}

func problemStrings(ps rules.Problems) []string {
	out := []string{}
	for _, p := range ps {
		out = append(out, p.String())
	}
	return out
}

func checkEvaluation(t *testing.T, file string, tc testCase, ev *rules.Evaluation) {
	t.Helper()
	w := tc.Want
	if w.Decision != "" && ev.Decision != w.Decision {
		t.Errorf("%s: decision = %s, want %s (reasons %q)", file, ev.Decision, w.Decision, ev.Reasons)
	}
	if w.Recommended != "" && ev.Recommended != w.Recommended {
		t.Errorf("%s: recommended = %s (%s), want %s", file, ev.Recommended, ev.RecommendedCase, w.Recommended)
	}
	if w.RecommendedCase != "" && ev.RecommendedCase != w.RecommendedCase {
		t.Errorf("%s: recommended case = %s, want %s", file, ev.RecommendedCase, w.RecommendedCase)
	}
	if !reflect.DeepEqual(ev.UpgradeWithinMonths, w.UpgradeWithinMonths) {
		t.Errorf("%s: upgrade_within_months = %v, want %v", file, deref(ev.UpgradeWithinMonths), deref(w.UpgradeWithinMonths))
	}
	tiers := map[string]rules.TierResult{}
	for _, tr := range ev.Tiers {
		tiers[tr.ID] = tr
	}
	for id, want := range w.Failing {
		tr, ok := tiers[id]
		if !ok {
			t.Errorf("%s: no tier %s", file, id)
			continue
		}
		got := []string{}
		for _, f := range tr.Findings {
			if f.Status == rules.Fail {
				got = append(got, f.Rule)
			}
		}
		sort.Strings(got)
		sort.Strings(want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %s failing rules = %v, want %v", file, id, got, want)
		}
		if tr.Fits != (len(want) == 0) {
			t.Errorf("%s: %s fits = %v with failing %v", file, id, tr.Fits, want)
		}
	}
	for key, want := range w.Statuses {
		if f, ok := finding(tiers, key); !ok || string(f.Status) != want {
			t.Errorf("%s: %s status = %s (%q), want %s", file, key, f.Status, f.Message, want)
		}
	}
	for key, want := range w.Messages {
		if f, ok := finding(tiers, key); !ok || f.Message != want {
			t.Errorf("%s: %s message = %q, want %q", file, key, f.Message, want)
		}
	}
	for id, want := range w.Cost {
		c := tiers[id].MonthlyCost
		if got := []*float64{c.Now, c.Horizon}; !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %s cost = [%v %v], want [%v %v]", file, id, deref(c.Now), deref(c.Horizon), deref(want[0]), deref(want[1]))
		}
	}
	if w.Signals != nil {
		got := []string{}
		for _, s := range ev.Signals {
			got = append(got, s.ID)
			if s.Message == "" {
				t.Errorf("%s: signal %s has no message", file, s.ID)
			}
		}
		if !reflect.DeepEqual(got, w.Signals) {
			t.Errorf("%s: signals = %v, want %v", file, got, w.Signals)
		}
	}
	for id, want := range w.Verified {
		if tr, ok := tiers[id]; !ok || tr.Verified != want {
			t.Errorf("%s: %s verified = %v, want %v (questions %v)", file, id, tr.Verified, want, tr.Questions)
		}
	}
	if w.Saving != nil && !reflect.DeepEqual(ev.Saving, w.Saving) {
		t.Errorf("%s: saving = %+v, want %+v", file, ev.Saving, *w.Saving)
	}
	if ev.Saving != nil && ev.Decision != rules.SwitchToSave {
		t.Errorf("%s: a saving without switch_to_save", file)
	}
	if w.Questions != nil && !reflect.DeepEqual(ev.Questions, w.Questions) {
		t.Errorf("%s: questions\n got %q\nwant %q", file, ev.Questions, w.Questions)
	}
	if w.Reasons != nil {
		all := strings.Join(ev.Reasons, "\n")
		at := 0
		for _, sub := range w.Reasons {
			i := strings.Index(all[at:], sub)
			if i < 0 {
				t.Errorf("%s: reasons lack %q (in order) in\n%s", file, sub, all)
				break
			}
			at += i + len(sub)
		}
	}
	if w.Caveats != nil && !reflect.DeepEqual(ev.Caveats, w.Caveats) {
		t.Errorf("%s: caveats\n got %q\nwant %q", file, ev.Caveats, w.Caveats)
	}
	for id, want := range w.DataAgeMonths {
		if tr, ok := tiers[id]; !ok || tr.DataAgeMonths == nil || *tr.DataAgeMonths != want {
			t.Errorf("%s: %s data age = %v, want %d", file, id, deref(tr.DataAgeMonths), want)
		}
	}
	if w.Elsewhere != nil {
		got := ""
		if ev.Elsewhere != nil {
			got = ev.Elsewhere.Catalog + "/" + ev.Elsewhere.Tier
		}
		if got != *w.Elsewhere {
			t.Errorf("%s: elsewhere = %q, want %q", file, got, *w.Elsewhere)
		}
	}
	if w.Estimates != nil {
		got := map[string]int64{}
		for _, e := range ev.Estimates {
			got[e.Field] = e.Value
		}
		if !reflect.DeepEqual(got, w.Estimates) {
			t.Errorf("%s: estimates = %v, want %v", file, got, w.Estimates)
		}
	}
}

// finding looks up "tier.rule".
func finding(tiers map[string]rules.TierResult, key string) (rules.Finding, bool) {
	id, rule, _ := strings.Cut(key, ".")
	for _, f := range tiers[id].Findings {
		if f.Rule == rule {
			return f, true
		}
	}
	return rules.Finding{}, false
}

func deref[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}
