package rules_test

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tierfit/internal/i18n"
	"tierfit/rules"
)

// FuzzScenario feeds arbitrary bytes through decode → validate → evaluate:
// it must never panic, and an input that passes validation must evaluate.
func FuzzScenario(f *testing.F) {
	files, _ := filepath.Glob("testdata/cases/*.json")
	for _, file := range files {
		var tc struct {
			Scenario    json.RawMessage `json:"scenario"`
			ScenarioRaw *string         `json:"scenario_raw"`
		}
		data, _ := os.ReadFile(file)
		if json.Unmarshal(data, &tc) == nil {
			if tc.ScenarioRaw != nil {
				f.Add([]byte(*tc.ScenarioRaw))
			} else {
				f.Add([]byte(tc.Scenario))
			}
		}
	}
	f.Add([]byte(`{"usage":{"dau":1e308,"mau":-0,"monthly_growth_percent":1000},"policy":{"horizon_months":60}}`))
	f.Add([]byte("\xef\xbb\xbf{\"usage\":{}}"))
	f.Add([]byte(`[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]`))
	catalogs := rules.Builtin()
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, lang := range i18n.Langs {
			s, ps := rules.DecodeScenario(data, lang)
			if len(ps) > 0 {
				continue
			}
			if ps := s.Validate(catalogs); len(ps) > 0 {
				for _, p := range ps {
					if p.Message == "" {
						t.Fatalf("empty problem message for %q", p.Field)
					}
				}
				continue
			}
			ev, ps := rules.Evaluate(s, rules.BuiltinCatalog(s.WithDefaults().Catalog), rules.Context{})
			if len(ps) > 0 || ev == nil {
				t.Fatalf("valid scenario did not evaluate: %v", ps)
			}
			checkInvariants(t, ev)
		}
	})
}

// FuzzCatalog feeds arbitrary bytes to the catalog decoder: it must never
// panic, and a catalog it accepts must validate again and evaluate.
func FuzzCatalog(f *testing.F) {
	for _, c := range rules.Builtin() {
		b, _ := json.Marshal(c)
		f.Add(b)
	}
	f.Add([]byte(`{"id":"x","name":"X","currency":"USD","as_of":"2026-01-01","confidence":"low","sources":[],"tiers":[{"id":"a","name":"A","limits":{"mau":1e11},"max":{"mau":1e11},"overage":{"mau":{"price":1e12,"per":1,"round_up":true}},"included_share":{"peak_concurrent":{"of":"mau","percent":100}},"confidence":"low"}]}`))
	f.Add([]byte(`{"tiers":[{"overage":{"mau":"x"}}]}`))
	s, _ := rules.DecodeScenario([]byte(`{"usage":{"dau":10,"mau":100,"peak_concurrent":10,"monthly_growth_percent":1000},"policy":{"horizon_months":60}}`), "en")
	f.Fuzz(func(t *testing.T, data []byte) {
		c, ps := rules.DecodeCatalog(data, "en")
		if len(ps) > 0 {
			for _, p := range ps {
				if p.Message == "" {
					t.Fatalf("empty message for %q", p.Field)
				}
			}
			return
		}
		if ps := c.Validate("zh"); len(ps) > 0 {
			t.Fatalf("accepted catalog fails validation again: %v", ps)
		}
		sc := s
		sc.Catalog = c.ID
		if ev, ps := rules.Evaluate(sc, c, rules.Context{}); len(ps) > 0 || ev == nil || len(ev.Tiers) != len(c.Tiers) {
			t.Fatalf("accepted catalog does not evaluate: %v", ps)
		}
	})
}

// checkInvariants holds for every evaluation: a complete answer, and
// unknown never green: "stay" and "switch_to_save" only on a current tier
// the catalog confirms, a saving only with known costs, questions with
// "verify".
func checkInvariants(t *testing.T, ev *rules.Evaluation) {
	t.Helper()
	if ev.Decision == "" || len(ev.Tiers) == 0 || ev.Tier(ev.CurrentTier) == nil {
		t.Fatalf("incomplete evaluation: %+v", ev)
	}
	if (ev.Recommended == "") != (ev.RecommendedCase == "none") || ev.Recommended != "" && ev.Tier(ev.Recommended) == nil {
		t.Fatalf("recommended %q (%s) is not a tier", ev.Recommended, ev.RecommendedCase)
	}
	cur := ev.Tier(ev.CurrentTier)
	switch ev.Decision {
	case rules.Stay, rules.SwitchToSave:
		if !cur.Verified || !cur.Headroom {
			t.Fatalf("%s on a current tier that is not verified with headroom: %+v", ev.Decision, cur)
		}
	case rules.Verify:
		if len(ev.Questions) == 0 || cur.Verified {
			t.Fatalf("verify without questions: %+v", ev)
		}
	}
	if (ev.Saving != nil) != (ev.Decision == rules.SwitchToSave) {
		t.Fatalf("saving %+v with decision %s", ev.Saving, ev.Decision)
	}
	if ev.Saving != nil && (ev.Saving.Horizon == nil || *ev.Saving.Horizon <= 0) {
		t.Fatalf("switch_to_save without a positive known saving: %+v", ev.Saving)
	}
	if rec := ev.Tier(ev.Recommended); rec != nil && rec.Status != "" {
		t.Fatalf("recommended a %s tier", rec.Status)
	}
	for _, sg := range ev.Signals {
		if sg.Name == "" || strings.HasPrefix(sg.Name, "signame.") || !strings.HasPrefix(sg.Message, sg.Name) {
			t.Fatalf("signal %s: name %q does not begin its message %q", sg.ID, sg.Name, sg.Message)
		}
	}
	for _, tr := range ev.Tiers {
		c := tr.MonthlyCost
		checkParts(t, tr.ID+" now", c.Now, c.NowParts, c.MinimumSpend)
		checkParts(t, tr.ID+" horizon", c.Horizon, c.HorizonParts, c.MinimumSpend)
	}
}

// checkParts: a known total has its breakdown, the price first, and the
// parts add up to it (or, for a minimum spend, the larger of the price
// and the usage); an unknown total has none.
func checkParts(t *testing.T, where string, total *float64, parts []rules.CostPart, minimum bool) {
	t.Helper()
	if total == nil {
		if len(parts) > 0 {
			t.Fatalf("%s: unknown total with parts %+v", where, parts)
		}
		return
	}
	if len(parts) == 0 || parts[0].Metric != "" {
		t.Fatalf("%s: total %v without the price first: %+v", where, *total, parts)
	}
	usage := 0.0
	for _, p := range parts[1:] {
		if p.Metric == "" || p.Over <= 0 {
			t.Fatalf("%s: an overage part without its metric or excess: %+v", where, p)
		}
		usage += p.Amount
	}
	want := parts[0].Amount + usage
	if minimum {
		want = math.Max(parts[0].Amount, usage)
	}
	if math.Abs(want-*total) > 0.01*float64(len(parts)) {
		t.Fatalf("%s: parts %+v add up to %v, total %v", where, parts, want, *total)
	}
}
