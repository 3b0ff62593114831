package e2e

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"tierfit/internal/ui"
)

// report is what make bench prints and writes as JSON.
type report struct {
	Date     string             `json:"date"`
	Machine  string             `json:"machine"`
	Runs     int                `json:"cold_runs_per_page"`
	Edits    int                `json:"timed_edits"`
	MemEdits int                `json:"memory_edits"`
	Rows     []row              `json:"table"`
	Tierfit  pageFigures        `json:"tierfit"`
	Bare     pageFigures        `json:"bare"`
	GoBench  map[string]float64 `json:"go_bench_ns_per_op"`
}

// row is one line of the table. Bare and Ratio are 0 when the bare page has
// no such figure. A budget is either a ratio to the bare page or a maximum
// of Value; Met is nil for a line without a budget.
type row struct {
	Name   string  `json:"name"`
	Unit   string  `json:"unit"`
	Value  float64 `json:"value"`
	Bare   float64 `json:"bare,omitempty"`
	Ratio  float64 `json:"ratio,omitempty"`
	Budget string  `json:"budget,omitempty"`
	Met    *bool   `json:"met,omitempty"`
}

// budget kinds.
const (
	noBudget = iota
	ratioAtMost
	valueAtMost
)

func newRow(name, unit string, value, bare float64, kind int, limit float64) row {
	r := row{Name: name, Unit: unit, Value: value, Bare: bare}
	if bare > 0 {
		r.Ratio = value / bare
	}
	var met bool
	switch kind {
	case noBudget:
		return r
	case ratioAtMost:
		r.Budget = fmt.Sprintf("≤ %.2f× bare", limit)
		met = bare > 0 && r.Ratio <= limit
	case valueAtMost:
		r.Budget = fmt.Sprintf("≤ %s %s", trimFloat(limit), unit)
		met = value <= limit
	}
	r.Met = &met
	return r
}

const mb = 1 << 20

// rows turns the measurements into the table, budgets from issue #7.
func (r *report) rows() []row {
	t, b := r.Tierfit, r.Bare
	mem := func(m *memory) (wasm, heap float64) {
		if m == nil {
			return 0, 0
		}
		return m.WASMBytes / mb, m.JSHeapBytes / mb
	}
	tw, th := mem(&t.Memory)
	bw, bh := mem(&b.Memory)
	ew, eh := mem(t.MemoryEdited)
	edits := fmt.Sprintf("%d edits", r.MemEdits)
	rows := []row{
		newRow("cold load → WASM mounted, first verdict (median)", "ms", median(t.LoadMS), median(b.LoadMS), ratioAtMost, 1.3),
		newRow("cold load → whole page live, form included (median)", "ms", median(t.LiveMS), median(b.LiveMS), noBudget, 0),
		newRow("cold load → first contentful paint (median)", "ms", median(t.FCPMS), median(b.FCPMS), noBudget, 0),
		newRow("repeat visit → mounted (median)", "ms", median(t.RepeatMS), median(b.RepeatMS), ratioAtMost, 1.0),
		newRow("offline reload → mounted (median)", "ms", median(t.OfflineMS), median(b.OfflineMS), ratioAtMost, 1.0),
		newRow("bytes transferred, cold load (median)", "MB", medianInt(t.Bytes)/mb, medianInt(b.Bytes)/mb, ratioAtMost, 1.25),
		newRow("bytes transferred, cold load, without the deferred ECharts", "MB", (medianInt(t.Bytes)-float64(t.Files[ui.ChartsScript]))/mb, medianInt(b.Bytes)/mb, ratioAtMost, 1.25),
		newRow(fmt.Sprintf("edit → numbers on screen updated (median of %d)", len(t.EditMS)), "ms", median(t.EditMS), 0, valueAtMost, 16),
		newRow(fmt.Sprintf("edit → numbers on screen updated (p95 of %d)", len(t.EditMS)), "ms", percentile(t.EditMS, 95), 0, valueAtMost, 50),
		newRow(fmt.Sprintf("edit → numbers on screen updated, charts on screen too (median of %d)", len(t.EditNumbersChartsMS)), "ms", median(t.EditNumbersChartsMS), 0, noBudget, 0),
		newRow(fmt.Sprintf("edit → charts redrawn, charts on screen (median of %d)", len(t.EditChartsMS)), "ms", median(t.EditChartsMS), 0, noBudget, 0),
		newRow(fmt.Sprintf("edit → charts redrawn, charts on screen (p95 of %d)", len(t.EditChartsMS)), "ms", percentile(t.EditChartsMS, 95), 0, noBudget, 0),
		newRow(fmt.Sprintf("edit → charts redrawn (median of the %s)", edits), "ms", median(t.MemEditMS), 0, noBudget, 0),
		newRow("WASM memory after mount", "MB", tw, bw, valueAtMost, 64),
		newRow("WASM memory after "+edits, "MB", ew, 0, valueAtMost, 64),
		newRow("JS heap after mount", "MB", th, bh, noBudget, 0),
		newRow("JS heap growth over "+edits, "MB growth", eh-th, 0, valueAtMost, 5),
	}
	goRows := []struct {
		name  string
		limit float64 // ns; 0 for none
	}{{"Evaluate", 20_000}, {"Validate", 0}, {"Checklist", 1_000_000}}
	for _, g := range goRows {
		ns, ok := r.GoBench[g.name]
		if !ok {
			continue
		}
		kind := valueAtMost
		if g.limit == 0 {
			kind = noBudget
		}
		rows = append(rows, newRow("Go Benchmark"+g.name, "µs/op", ns/1000, 0, kind, g.limit/1000))
	}
	return rows
}

// table is the report as aligned text, one line per figure.
func (r *report) table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "\ntierfit bench — %s\n%s\n%d cold loads per page, interleaved with the bare page's, %d timed edits, %d edits for memory\n\n",
		r.Date, r.Machine, r.Runs, r.Edits, r.MemEdits)
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "figure\ttierfit\tbare go-app\tratio\tbudget\t\t")
	for _, x := range r.Rows {
		bare, ratio, verdict := "–", "–", ""
		if x.Bare > 0 {
			bare = trimFloat(x.Bare)
			ratio = fmt.Sprintf("%.2f×", x.Ratio)
		}
		if x.Met != nil {
			verdict = "met"
			if !*x.Met {
				verdict = "NOT MET"
			}
		}
		fmt.Fprintf(w, "%s\t%s %s\t%s\t%s\t%s\t%s\t\n", x.Name, trimFloat(x.Value), x.Unit, bare, ratio, x.Budget, verdict)
	}
	w.Flush()
	return b.String()
}

// markdownTable is the same table for the README.
func (r *report) markdownTable() string {
	var b strings.Builder
	b.WriteString("| figure | tierfit | bare go-app | ratio | budget | |\n|---|--:|--:|--:|---|---|\n")
	for _, x := range r.Rows {
		bare, ratio, verdict := "–", "–", ""
		if x.Bare > 0 {
			bare, ratio = trimFloat(x.Bare), fmt.Sprintf("%.2f×", x.Ratio)
		}
		if x.Met != nil {
			verdict = map[bool]string{true: "met", false: "**not met**"}[*x.Met]
		}
		fmt.Fprintf(&b, "| %s | %s %s | %s | %s | %s | %s |\n", x.Name, trimFloat(x.Value), x.Unit, bare, ratio, x.Budget, verdict)
	}
	return b.String()
}

func (r *report) write(name string) error {
	r.Date = time.Now().UTC().Format(time.DateOnly)
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(name, append(b, '\n'), 0o644); err != nil {
		return err
	}
	return os.WriteFile(strings.TrimSuffix(name, ".json")+".md", []byte(r.markdownTable()), 0o644)
}

// trimFloat prints a figure with three significant digits at most.
func trimFloat(v float64) string {
	switch {
	case v >= 100:
		return strconv.FormatFloat(v, 'f', 0, 64)
	case v >= 10:
		return strconv.FormatFloat(v, 'f', 1, 64)
	default:
		return strconv.FormatFloat(v, 'f', 2, 64)
	}
}

func median(xs []float64) float64 { return percentile(xs, 50) }

func medianInt(xs []int64) float64 {
	f := make([]float64, len(xs))
	for i, x := range xs {
		f[i] = float64(x)
	}
	return median(f)
}

// goBenchLine matches "BenchmarkEvaluate-2   30000   38123 ns/op …".
var goBenchLine = regexp.MustCompile(`^Benchmark(\w+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op`)

// parseGoBench reads go test -bench output: name → ns/op.
func parseGoBench(out string) map[string]float64 {
	m := map[string]float64{}
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		if g := goBenchLine.FindStringSubmatch(sc.Text()); g != nil {
			if v, err := strconv.ParseFloat(g[2], 64); err == nil {
				m[g[1]] = v
			}
		}
	}
	return m
}

// machine names the CPU, the core count, Go and Chromium.
func machine() string {
	cpu := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	chromium, exe := "Chromium", os.Getenv("CHROME_PATH")
	if exe == "" {
		exe, _ = exec.LookPath("chromium")
	}
	if out, err := exec.Command(exe, "--version").Output(); err == nil && exe != "" {
		chromium = strings.TrimSpace(string(out))
	}
	return fmt.Sprintf("%s, %d cores, %s %s/%s, %s (headless)", cpu, runtime.NumCPU(), runtime.Version(), runtime.GOOS, runtime.GOARCH, chromium)
}
