package plans_test

import (
	"bytes"
	"net/url"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"tierfit/plans"
	"tierfit/rules"
)

// kindOf is the kind of move an input's checklist plans.
func kindOf(t testing.TB, file, lang string) plans.Kind {
	s, cat, ev, o := setup(t, file, lang)
	return plans.KindOf(s, cat, ev, o)
}

// sourcesOf lists the addresses an input's checklist may link to: its
// catalogs' sources and the holiday table's.
func sourcesOf(t testing.TB, in input) map[string]bool {
	ok := map[string]bool{}
	for _, c := range rules.Builtin() {
		for _, s := range c.Sources {
			ok[s] = true
		}
	}
	if in.Catalog != nil {
		c, _ := rules.DecodeCatalog(in.Catalog, "en")
		for _, s := range c.Sources {
			ok[s] = true
		}
	}
	for _, s := range plans.FreezeSources() {
		ok[s] = true
	}
	return ok
}

// headings of every export: the key dates first, the scenario last.
var firstH2 = map[string]string{"en": "Key dates and decisions", "zh": "关键日期与决策"}

func checkStructure(t *testing.T, md goldmark.Markdown, name, src string, kind plans.Kind, noGantt bool, links map[string]bool) {
	t.Helper()
	doc := md.Parser().Parse(text.NewReader([]byte(src)))
	var h1 int
	var h2 []string
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
				h2 = append(h2, inlineText(n, src))
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
		case *ast.Link:
			if !links[string(n.Destination)] && !links[unescapeURL(string(n.Destination))] {
				t.Errorf("%s: a link to %q, which is no catalog's source: user text must stay text", name, n.Destination)
			}
		case *ast.AutoLink, *ast.Image:
			t.Errorf("%s: the checklist has an autolink or image (%T); user text must stay text", name, n)
		case *east.Table:
			checkTable(t, name, n)
		}
		return ast.WalkContinue, nil
	})
	if h1 != 1 {
		t.Errorf("%s: %d level-1 headings, want 1", name, h1)
	}
	// Two name blanks on one line would pair up as bold text.
	if m := regexp.MustCompile(`(?m)^[^|\n]*____[^\n]*____.*$`).FindString(src); m != "" {
		t.Errorf("%s: two blanks on one line become emphasis: %q", name, m)
	}
	lang := "en"
	if strings.Contains(src, "## 关键日期与决策") {
		lang = "zh"
	}
	if len(h2) == 0 || h2[0] != firstH2[lang] {
		t.Errorf("%s: the first section is %q, want the key dates", name, h2)
	}
	wantTasks := map[plans.Kind]int{plans.Watch: 3, plans.PlanChange: 12, plans.Expedited: 12, plans.Migration: 40, plans.VendorSwitch: 40}[kind]
	if tasks < wantTasks {
		t.Errorf("%s: %d task items, want at least %d for a %s plan", name, tasks, wantTasks, kind)
	}
	switch {
	case noGantt || kind == plans.Watch:
		if mermaid != 0 {
			t.Errorf("%s: %d mermaid blocks, want none", name, mermaid)
		}
	case mermaid != 1:
		t.Errorf("%s: %d mermaid blocks, want 1", name, mermaid)
	}
	if kind == plans.Migration || kind == plans.VendorSwitch {
		for _, heading := range []string{"## 1. ", "## 2. ", "## 3. ", "## 4. ", "## 5. "} {
			if !strings.Contains(src, "\n"+heading) {
				t.Errorf("%s: no %q section", name, heading)
			}
		}
	}
}

// unescapeURL undoes the percent-encoding of a link destination.
func unescapeURL(s string) string {
	u, err := url.PathUnescape(s)
	if err != nil {
		return s
	}
	return u
}

// checkScenarioBlock: the export ends with the scenario it was written
// from, and reading it back gives that scenario.
func checkScenarioBlock(t *testing.T, name, src string, in input, lang string) {
	t.Helper()
	block, ok := plans.ScenarioJSON([]byte(src))
	if !ok {
		t.Fatalf("%s: no scenario block", name)
	}
	back, ps := rules.DecodeScenario(block, "en")
	if len(ps) > 0 {
		t.Fatalf("%s: the scenario block does not decode: %v", name, ps)
	}
	want, _ := rules.DecodeScenario(in.Scenario, "en")
	want.Lang = lang
	if !reflect.DeepEqual(back, want) {
		t.Errorf("%s: the scenario block reads back as\n%+v\nwant\n%+v", name, back, want)
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

// inlineText is the text of n's inline children (a heading's words).
func inlineText(n ast.Node, src string) string {
	var b strings.Builder
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value([]byte(src)))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

func nodeText(n ast.Node, src string) string {
	if n.Lines() != nil && n.Lines().Len() > 0 {
		seg := n.Lines().At(0)
		return string(seg.Value([]byte(src)))
	}
	return ""
}
