package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// mermaidJS is the pinned Mermaid the timeline test renders with.
const mermaidJS = "../.ci/mermaid/node_modules/mermaid/dist/mermaid.min.js"

var ganttBlock = regexp.MustCompile("(?s)\n```+mermaid\n(gantt\n.*?)\n```+")

// TestTimelinesRenderInMermaid renders the gantt timeline of every golden
// export (each kind of move, English and Chinese, dated and undated,
// hostile names included) with Mermaid itself in Chromium: a wiki that
// draws Mermaid draws it, with one bar per task line and no error.
func TestTimelinesRenderInMermaid(t *testing.T) {
	t.Parallel()
	src, err := os.ReadFile(mermaidJS)
	if err != nil {
		needBrowserEnv(t, "Mermaid is not installed", "run make test, which installs it with npm ci --prefix .ci/mermaid")
	}
	files, _ := filepath.Glob("../plans/testdata/*.golden.md")
	var charts, names []string
	for _, f := range files {
		md, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ganttBlock.FindAllStringSubmatch(string(md), -1) {
			charts, names = append(charts, m[1]), append(names, filepath.Base(f))
		}
	}
	if len(charts) < 16 {
		t.Fatalf("only %d timelines in the golden files", len(charts))
	}
	s := newSession(t)
	s.do(t, chromedp.Navigate("about:blank"))
	eval[any](t, s, string(src)+";mermaid.initialize({startOnLoad: false, securityLevel: 'strict'}); null")
	in, _ := json.Marshal(charts)
	out := eval[string](t, s, `(async () => {
		const results = [];
		for (const [i, text] of `+string(in)+`.entries()) {
			try {
				const {svg} = await mermaid.render("g" + i, text);
				const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
				results.push({bars: doc.querySelectorAll("rect.task").length, text: doc.documentElement.textContent});
			} catch (e) {
				results.push({error: String(e && e.message || e)});
			}
		}
		return JSON.stringify(results);
	})()`)
	var results []struct {
		Bars  int    `json:"bars"`
		Text  string `json:"text"`
		Error string `json:"error"`
	}
	if err := json.Unmarshal([]byte(out), &results); err != nil {
		t.Fatal(err)
	}
	for i, r := range results {
		wantBars := 0
		for _, line := range strings.Split(charts[i], "\n") {
			if strings.Contains(line, " : ") {
				wantBars++
			}
		}
		switch {
		case r.Error != "":
			t.Errorf("%s: Mermaid cannot draw the timeline: %s\n%s", names[i], r.Error, charts[i])
		case r.Bars != wantBars:
			t.Errorf("%s: Mermaid drew %d bars, the timeline has %d tasks", names[i], r.Bars, wantBars)
		case strings.Contains(r.Text, "Invalid date") || strings.Contains(r.Text, "NaN"):
			t.Errorf("%s: the axis reads %q", names[i], r.Text)
		}
	}
}
