package rules

import (
	"sort"
	"strings"
	"testing"
)

// TestFieldsCoverTheScenario: Fields names every field of the scenario's
// JSON that a form edits, each number field has its place in Scenario, and
// nothing is listed twice.
func TestFieldsCoverTheScenario(t *testing.T) {
	listed := map[string]bool{}
	for _, f := range Fields {
		if listed[f.Path] {
			t.Errorf("%s is listed twice", f.Path)
		}
		listed[f.Path] = true
		var s Scenario
		if f.IsNumber() != (s.NumberAt(f.Path) != nil) {
			t.Errorf("%s: a number field without a place in Scenario, or the reverse", f.Path)
		}
		if (f.Kind == IDs) != (s.ListAt(f.Path) != nil) {
			t.Errorf("%s: a list field without a place in Scenario, or the reverse", f.Path)
		}
		if f.IsNumber() && f.Kind != Count && f.Min >= f.Max {
			t.Errorf("%s: range %v…%v", f.Path, f.Min, f.Max)
		}
	}
	// Not edited in the form: the language (the page's), exchange rates
	// (stated in the file) and the target (set from the vendor comparison).
	notInForm := map[string]bool{"lang": true, "policy.fx": true, "target.catalog": true, "target.tier": true}
	var missing []string
	var walk func(prefix string, sh *shape)
	walk = func(prefix string, sh *shape) {
		if sh.kind != kObject {
			if !listed[prefix] && !notInForm[prefix] {
				missing = append(missing, prefix)
			}
			return
		}
		for k, f := range sh.fields {
			walk(strings.TrimPrefix(prefix+"."+k, "."), f)
		}
	}
	walk("", scenarioShape)
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("the scenario's JSON has fields Fields does not list: %v", missing)
	}
}
