package e2e

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// axeViolation is what axe-core reports per broken rule.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []any  `json:"target"`
		HTML   string `json:"html"`
	} `json:"nodes"`
}

// runAxe injects the pinned axe-core and checks the page against WCAG 2.1
// A/AA and axe's best practices.
func runAxe(t *testing.T, s *session) []axeViolation {
	t.Helper()
	src, err := os.ReadFile("../node_modules/axe-core/axe.min.js")
	if err != nil {
		t.Fatalf("axe-core is not installed (npm ci): %v", err)
	}
	eval[any](t, s, string(src)+";null")
	out := eval[string](t, s, `axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}})
		.then(r => JSON.stringify(r.violations))`)
	var vs []axeViolation
	if err := json.Unmarshal([]byte(out), &vs); err != nil {
		t.Fatal(err)
	}
	return vs
}

// TestAccessibility: axe-core finds nothing on the page, in English and in
// Chinese, with every view open: the vendor comparison with all its rows,
// two tiers side by side, every finding, every chart and its numbers.
func TestAccessibility(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	openEverything(t, s)
	seeCharts(t, s, "charts", 4)
	seeCharts(t, s, "chart-vendors", 1)
	eval[any](t, s, `document.querySelectorAll("details").forEach(d => d.open = true), null`)
	waitFor(t, s, `document.querySelector("#compare table") !== null`)
	for _, lang := range []string{"en", "zh"} {
		if lang == "zh" {
			click(t, s, "lang-toggle")
			waitFor(t, s, `document.documentElement.lang === "zh-CN"`)
		}
		for _, v := range runAxe(t, s) {
			var where []string
			for i, n := range v.Nodes {
				if i == 3 {
					where = append(where, "…")
					break
				}
				where = append(where, n.HTML)
			}
			t.Errorf("%s: %s (%s): %s\n  %s", lang, v.ID, v.Impact, v.Help, strings.Join(where, "\n  "))
		}
	}
}
