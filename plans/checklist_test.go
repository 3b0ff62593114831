package plans_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"tierfit/plans"
	"tierfit/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files from the current output")

// goldenToday is the date the golden files count data ages to.
const goldenToday = "2026-11-25"

// input is one plans/testdata/NAME.input.json.
type input struct {
	Note     string          `json:"note"`
	Scenario json.RawMessage `json:"scenario"`
	Catalog  json.RawMessage `json:"catalog"`
	Options  struct {
		NoGantt bool `json:"no_gantt"`
	} `json:"options"`
}

// render evaluates an input file's scenario in lang and writes its checklist.
func render(t testing.TB, file, lang string) (string, *rules.Evaluation) {
	t.Helper()
	s, cat, ev, o := setup(t, file, lang)
	return plans.Checklist(s, cat, ev, o), ev
}

// setup reads an input file and evaluates its scenario in lang.
func setup(t testing.TB, file, lang string) (rules.Scenario, *rules.Catalog, *rules.Evaluation, plans.Options) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var in input
	if err := json.Unmarshal(data, &in); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	s, ps := rules.DecodeScenario(in.Scenario, "en")
	if len(ps) > 0 {
		t.Fatalf("%s: %v", file, ps)
	}
	s.Lang = lang
	cat := rules.BuiltinCatalog(s.WithDefaults().Catalog)
	if in.Catalog != nil {
		if cat, ps = rules.DecodeCatalog(in.Catalog, "en"); len(ps) > 0 {
			t.Fatalf("%s: catalog: %v", file, ps)
		}
	}
	ev, ps := rules.Evaluate(s, cat, rules.Context{Today: goldenToday, Others: rules.Builtin()})
	if len(ps) > 0 {
		t.Fatalf("%s: %v", file, ps)
	}
	target, ps := plans.TargetOf(s, rules.Builtin(), goldenToday)
	if len(ps) > 0 {
		t.Fatalf("%s: target: %v", file, ps)
	}
	return s, cat, ev, plans.Options{NoGantt: in.Options.NoGantt, Target: target}
}

func inputs(t testing.TB) []string {
	files, _ := filepath.Glob("testdata/*.input.json")
	if len(files) < 6 {
		t.Fatalf("want at least 6 golden inputs, have %d", len(files))
	}
	return files
}

// TestGolden compares every checklist with its golden file, in both
// languages; go test ./plans -update rewrites them (read the diff first).
// Together the golden files cover every decision and every kind of move.
func TestGolden(t *testing.T) {
	decisions := map[rules.Decision]bool{}
	kinds := map[plans.Kind]bool{}
	for _, file := range inputs(t) {
		for _, lang := range []string{"en", "zh"} {
			name := strings.TrimSuffix(filepath.Base(file), ".input.json") + "." + lang
			t.Run(name, func(t *testing.T) {
				got, ev := render(t, file, lang)
				decisions[ev.Decision] = true
				kinds[kindOf(t, file, lang)] = true
				golden := strings.TrimSuffix(file, ".input.json") + "." + lang + ".golden.md"
				if *update {
					if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test ./plans -update)", err)
				}
				if got != string(want) {
					os.WriteFile(golden+".got", []byte(got), 0o644)
					t.Errorf("%s differs from the golden file; wrote %s.got — diff them", name, golden)
				}
				if again, _ := render(t, file, lang); again != got {
					t.Error("two renderings of the same input differ")
				}
			})
		}
	}
	for _, d := range rules.Decisions {
		if !decisions[d] {
			t.Errorf("no golden file covers the decision %s", d)
		}
	}
	for _, k := range []plans.Kind{plans.Watch, plans.PlanChange, plans.Expedited, plans.Migration, plans.VendorSwitch} {
		if !kinds[k] {
			t.Errorf("no golden file covers the kind of move %s", k)
		}
	}
}

// TestStructure parses every checklist with goldmark and checks its shape.
func TestStructure(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	for _, file := range inputs(t) {
		for _, lang := range []string{"en", "zh"} {
			src, _ := render(t, file, lang)
			var in input
			data, _ := os.ReadFile(file)
			json.Unmarshal(data, &in)
			checkStructure(t, md, file+"/"+lang, src, kindOf(t, file, lang), in.Options.NoGantt, sourcesOf(t, in))
			checkScenarioBlock(t, file+"/"+lang, src, in, lang)
		}
	}
}

func BenchmarkChecklist(b *testing.B) {
	file := "testdata/acme-agora-upgrade-now.input.json"
	data, _ := os.ReadFile(file)
	var in input
	json.Unmarshal(data, &in)
	s, _ := rules.DecodeScenario(in.Scenario, "en")
	cat := rules.BuiltinCatalog("agora-chat")
	ev, _ := rules.Evaluate(s, cat, rules.Context{})
	b.ReportAllocs()
	for b.Loop() {
		plans.Checklist(s, cat, ev, plans.Options{})
	}
}

// ExampleChecklist writes the checklist for the README's example scenario
// moving to another vendor, and shows its title and the first and last
// gray-release steps with what each can judge.
func ExampleChecklist() {
	s := rules.Example()
	s.Target = &rules.Target{Catalog: "zegocloud-zim", Tier: "pro"}
	cat := rules.BuiltinCatalog("agora-chat")
	ev, _ := rules.Evaluate(s, cat, rules.Context{})
	target, _ := plans.TargetOf(s, rules.Builtin(), "")
	md := plans.Checklist(s, cat, ev, plans.Options{Target: target})
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "# ") || strings.HasPrefix(line, "| 1 |") || strings.HasPrefix(line, "| 4 |") {
			fmt.Println(line)
		}
	}
	// Output:
	// # Migration checklist: Acme Chat — Agora Chat (声网 Agora, international) Free → ZEGOCLOUD In-app Chat (bonus) Pro
	// | 1 | 5% | 2026-12-07 (Mon) | 2026-12-13 (Sun) | 7 days | hash(user ID) mod 100 < 5 | 70,000 sends: enough |
	// | 4 | 100% | 2026-12-28 (Mon) | 2027-01-10 (Sun) | 14 days | hash(user ID) mod 100 < 100 | 2,800,000 sends: enough |
}
