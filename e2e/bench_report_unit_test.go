package e2e

import (
	"strings"
	"testing"
)

func TestPercentile(t *testing.T) {
	xs := []float64{9, 1, 8, 2, 7, 3, 6, 4, 5, 10}
	for _, c := range []struct{ p, want float64 }{{50, 5}, {95, 10}, {10, 1}, {100, 10}} {
		if got := percentile(xs, c.p); got != c.want {
			t.Errorf("p%v = %v, want %v", c.p, got, c.want)
		}
	}
	if percentile(nil, 50) != 0 {
		t.Error("no sample must give 0")
	}
}

func TestBudgetRows(t *testing.T) {
	over := newRow("load", "ms", 140, 100, ratioAtMost, 1.3)
	if over.Ratio != 1.4 || over.Met == nil || *over.Met {
		t.Errorf("140 against 100 with ≤ 1.3×: %+v", over)
	}
	under := newRow("edit", "ms", 12, 0, valueAtMost, 16)
	if under.Met == nil || !*under.Met || under.Ratio != 0 {
		t.Errorf("12 ms with ≤ 16 ms: %+v", under)
	}
	noBare := newRow("load", "ms", 10, 0, ratioAtMost, 1.3)
	if *noBare.Met {
		t.Error("a ratio budget without a bare figure cannot be met")
	}
	if r := newRow("heap", "MB", 5, 1, noBudget, 0); r.Met != nil || r.Budget != "" {
		t.Errorf("no budget: %+v", r)
	}
}

func TestParseGoBench(t *testing.T) {
	out := `goos: linux
BenchmarkEvaluate-2   	   31209	     38123 ns/op	   12345 B/op	      97 allocs/op
BenchmarkValidate    	 2000000	       512.5 ns/op
BenchmarkChecklist-16 	    5000	    231456 ns/op
PASS`
	got := parseGoBench(out)
	want := map[string]float64{"Evaluate": 38123, "Validate": 512.5, "Checklist": 231456}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v", k, got[k], v)
		}
	}
	r := report{GoBench: got, MemEdits: 10}
	table := (&report{Rows: r.rows()}).markdownTable()
	for _, line := range []string{"| Go BenchmarkEvaluate | 38.1 µs/op | – | – | ≤ 20.0 µs/op | **not met** |", "| Go BenchmarkChecklist | 231 µs/op | – | – | ≤ 1000 µs/op | met |"} {
		if !strings.Contains(table, line) {
			t.Errorf("table lacks %q:\n%s", line, table)
		}
	}
}
