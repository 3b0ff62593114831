package plans_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"tierfit/plans"
)

var href = regexp.MustCompile(`href="([^"]*)"`)

// TestHostileNamesStayText checks the hostile input's names, sources and
// freeze names in the rendered preview: visible as text, never as markup,
// and the only links are the catalog's http(s) sources and the holiday
// table's.
func TestHostileNamesStayText(t *testing.T) {
	src, _ := render(t, "testdata/hostile-names.input.json", "en")
	html := plans.PreviewHTML(src, "en")
	checkInert(t, "goldmark", html)
	for _, visible := range []string{"A|B &lt;img src=x onerror=alert(1)&gt; # x", "[click](http://evil.example)", "**bold**"} {
		if !strings.Contains(html, visible) {
			t.Errorf("preview does not show %q as text", visible)
		}
	}
	if !strings.HasPrefix(src, "# Plan change: A\\|B \\<img") {
		t.Errorf("title line: %.80q", src)
	}
}

// checkInert fails on any markup that user or catalog text could have
// made: raw HTML, images, e-mail links, links other than the sources'.
func checkInert(t *testing.T, renderer, html string) {
	t.Helper()
	for _, bad := range []string{"<img", "<script", "<b>", "<strong>bold", "<code>code", "<del>", "<em>em", "mailto:", "<h1>Heading"} {
		if strings.Contains(html, bad) {
			t.Errorf("%s: the rendered export contains %q: a name or source became markup", renderer, bad)
		}
	}
	// the hostile catalog's sources: valid addresses, so they link, to
	// exactly themselves
	allowed := append(plans.FreezeSources(), "https://evil.example/`x`", "https://evil.example/a)[x](javascript:alert(1))",
		"https://evil.example/<img_src=x_onerror=alert(1)>", "https://evil.example/**bold**_em_~~s~~|a|")
	for _, m := range href.FindAllStringSubmatch(html, -1) {
		ok := false
		for _, a := range allowed {
			ok = ok || unescapeURL(strings.ReplaceAll(m[1], "&amp;", "&")) == a
		}
		if !ok {
			t.Errorf("%s: a link to %q: only the catalog's and the holiday table's http(s) sources may link", renderer, m[1])
		}
	}
	if n := strings.Count(html, "<h1"); n != 1 {
		t.Errorf("%s: %d level-1 headings, want the title alone", renderer, n)
	}
}

// TestExportsInertInCmarkGFM renders every golden export with cmark-gfm,
// GitHub's renderer, with its autolink extension: what goldmark keeps as
// text must stay text there too. CI installs cmark-gfm; elsewhere the test
// says it did not run.
func TestExportsInertInCmarkGFM(t *testing.T) {
	bin, err := exec.LookPath("cmark-gfm")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("cmark-gfm is not installed (apt-get install -y cmark-gfm)")
		}
		t.Skip("cmark-gfm is not installed: the exports were not checked with GitHub's renderer")
	}
	files, _ := filepath.Glob("testdata/*.golden.md")
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, "-e", "autolink", "-e", "table", "-e", "tasklist", "-e", "strikethrough", "-e", "tagfilter")
		cmd.Stdin = bytes.NewReader(src)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%s: cmark-gfm: %v", file, err)
		}
		html := string(out)
		if strings.Contains(file, "hostile") {
			checkInert(t, "cmark-gfm "+file, html)
			continue
		}
		for _, bad := range []string{"<img", "<script", "mailto:"} {
			if strings.Contains(html, bad) {
				t.Errorf("cmark-gfm %s: contains %q", file, bad)
			}
		}
		if n := strings.Count(html, "<h1"); n != 1 {
			t.Errorf("cmark-gfm %s: %d level-1 headings, want 1", file, n)
		}
	}
}
