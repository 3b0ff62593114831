package plans_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

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
	return plans.Checklist(s, cat, ev, plans.Options{NoGantt: in.Options.NoGantt, Target: target}), ev
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
func TestGolden(t *testing.T) {
	decisions := map[rules.Decision]bool{}
	for _, file := range inputs(t) {
		for _, lang := range []string{"en", "zh"} {
			name := strings.TrimSuffix(filepath.Base(file), ".input.json") + "." + lang
			t.Run(name, func(t *testing.T) {
				got, ev := render(t, file, lang)
				decisions[ev.Decision] = true
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
}

// TestStructure parses every checklist with goldmark and checks its shape.
func TestStructure(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	for _, file := range inputs(t) {
		for _, lang := range []string{"en", "zh"} {
			src, _ := render(t, file, lang)
			checkStructure(t, md, file+"/"+lang, src, strings.Contains(file, "weekend"))
		}
	}
}

func checkStructure(t *testing.T, md goldmark.Markdown, name, src string, noGantt bool) {
	t.Helper()
	doc := md.Parser().Parse(text.NewReader([]byte(src)))
	var h1, h2 int
	var tasks, mermaid int
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			if n.Level == 1 {
				h1++
			}
			if n.Level == 2 {
				h2++
			}
		case *east.TaskCheckBox:
			tasks++
		case *ast.FencedCodeBlock:
			if string(n.Language([]byte(src))) == "mermaid" {
				mermaid++
				if body := codeText(n, src); !strings.HasPrefix(body, "gantt\n") {
					t.Errorf("%s: the mermaid block is not a gantt chart:\n%s", name, body)
				}
			}
		case *ast.HTMLBlock, *ast.RawHTML:
			t.Errorf("%s: raw HTML in the checklist: %q", name, nodeText(n, src))
		case *ast.Link, *ast.AutoLink, *ast.Image:
			t.Errorf("%s: the checklist has a link or image (%T); user text must stay text", name, n)
		case *east.Table:
			checkTable(t, name, n)
		}
		return ast.WalkContinue, nil
	})
	if h1 != 1 {
		t.Errorf("%s: %d level-1 headings, want 1", name, h1)
	}
	// Summary, the five phases, rollback plan, pitfalls, communication and
	// (unless left out) the timeline.
	wantH2 := 10
	if noGantt {
		wantH2 = 9
	}
	if strings.Contains(src, "\n## Switching vendors") || strings.Contains(src, "\n## 更换厂商") {
		wantH2++ // the vendor switch section
	}
	if h2 != wantH2 {
		t.Errorf("%s: %d level-2 headings, want %d", name, h2, wantH2)
	}
	if tasks < 40 {
		t.Errorf("%s: %d task items, want at least 40", name, tasks)
	}
	undated := strings.Contains(src, "rollout.start") // the timeline asks for a start date instead
	switch {
	case noGantt || undated:
		if mermaid != 0 {
			t.Errorf("%s: %d mermaid blocks, want none", name, mermaid)
		}
	case mermaid != 1:
		t.Errorf("%s: %d mermaid blocks, want 1", name, mermaid)
	}
	for _, heading := range []string{"## 1. ", "## 2. ", "## 3. ", "## 4. ", "## 5. "} {
		if !strings.Contains(src, "\n"+heading) {
			t.Errorf("%s: no %q section", name, heading)
		}
	}
}

// checkTable requires every row to have the header's number of cells.
func checkTable(t *testing.T, name string, table *east.Table) {
	t.Helper()
	want := -1
	for row := table.FirstChild(); row != nil; row = row.NextSibling() {
		cells := row.ChildCount()
		if want < 0 {
			want = cells
		} else if cells != want {
			t.Errorf("%s: a table row has %d cells, the header %d", name, cells, want)
		}
	}
	if len(table.Alignments) != want {
		t.Errorf("%s: a table declares %d columns but rows have %d", name, len(table.Alignments), want)
	}
}

func codeText(n *ast.FencedCodeBlock, src string) string {
	var b bytes.Buffer
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		b.Write(seg.Value([]byte(src)))
	}
	return b.String()
}

func nodeText(n ast.Node, src string) string {
	if n.Lines() != nil && n.Lines().Len() > 0 {
		seg := n.Lines().At(0)
		return string(seg.Value([]byte(src)))
	}
	return ""
}

// TestHostileNamesStayText checks the hostile input's names in the
// rendered preview: visible as text, never as markup.
func TestHostileNamesStayText(t *testing.T) {
	src, _ := render(t, "testdata/hostile-names.input.json", "en")
	html := plans.PreviewHTML(src, "en")
	for _, bad := range []string{"<img", "<script", "<b>", "href=", "<strong>bold", "<code>code", "<del>", "<em>em"} {
		if strings.Contains(html, bad) {
			t.Errorf("preview contains %q: a name became markup", bad)
		}
	}
	for _, visible := range []string{"A|B &lt;img src=x onerror=alert(1)&gt; # x", "[click](http://evil.example)", "**bold**"} {
		if !strings.Contains(html, visible) {
			t.Errorf("preview does not show %q as text", visible)
		}
	}
	if !strings.HasPrefix(src, "# Migration checklist: A\\|B \\<img") {
		t.Errorf("title line: %.80q", src)
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
// and shows its title and the gray-release steps.
func ExampleChecklist() {
	data, _ := os.ReadFile("../rules/testdata/scenarios/acme-agora.json")
	s, _ := rules.DecodeScenario(data, "en")
	cat := rules.BuiltinCatalog("agora-chat")
	ev, _ := rules.Evaluate(s, cat, rules.Context{})
	md := plans.Checklist(s, cat, ev, plans.Options{})
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "# ") || strings.HasPrefix(line, "| 1 |") || strings.HasPrefix(line, "| 4 |") {
			fmt.Println(line)
		}
	}
	// Output:
	// # Migration checklist: Acme Chat — Free → Pro
	// | 1 | 5% | 2026-12-07 (Mon) | 2026-12-13 (Sun) | 7 days | hash(user ID) mod 100 < 5 |
	// | 4 | 100% | 2026-12-28 (Mon) | 2027-01-10 (Sun) | 14 days | hash(user ID) mod 100 < 100 |
}
