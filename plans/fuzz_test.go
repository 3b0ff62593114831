package plans_test

import (
	"encoding/json"
	"net/url"
	"os/exec"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"tierfit/plans"
	"tierfit/rules"
)

// FuzzChecklist writes checklists for arbitrary project and tier names and
// numbers: whatever the text, the output parses into the same structure
// (one title, the sections, tables with even rows, no HTML, no links but
// the sources), in goldmark and, where it is installed (CI installs it),
// in cmark-gfm with GitHub's extensions.
func FuzzChecklist(f *testing.F) {
	f.Add("Acme Chat", "Free", "Pro", uint32(12000), int16(10), uint8(6), "en", "2026-12-07")
	f.Add("A|B <img src=x onerror=alert(1)> # x", "[Pro](javascript:x)", "**b**", uint32(900), int16(-50), uint8(1), "zh", "")
	f.Add("www.evil.example `code` ~~s~~ x@y.z &amp;", "- [ ] item", "| a | b |", uint32(0), int16(1000), uint8(60), "en", "2027-02-28")
	f.Add("%%{init}%% ```mermaid", "\u202eRTL\u202c 😀", "中文 套餐", uint32(999999999), int16(0), uint8(12), "zh", "2030-01-01")
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	cmark, _ := exec.LookPath("cmark-gfm")
	f.Fuzz(func(t *testing.T, name, tierA, tierB string, mau uint32, growth int16, horizon uint8, lang, start string) {
		cat, ps := rules.DecodeCatalog(catalogJSON(tierA, tierB), "en")
		if len(ps) > 0 {
			return // names the catalog rules refuse (control characters, too long)
		}
		m, g, h := float64(mau), float64(growth), float64(horizon)
		s := rules.Scenario{Name: name, Catalog: "fz", Lang: lang,
			Usage:   rules.Usage{MAU: &m, MonthlyGrowthPercent: &g},
			Policy:  rules.Policy{HorizonMonths: &h},
			Rollout: rules.Rollout{Start: start}}
		ev, ps := rules.Evaluate(s, cat, rules.Context{})
		if len(ps) > 0 {
			return // the scenario rules refuse it, with messages
		}
		o := plans.Options{}
		src := plans.Checklist(s, cat, ev, o)
		links := map[string]bool{}
		for _, l := range append(plans.FreezeSources(), cat.Sources...) {
			links[l] = true
		}
		checkStructure(t, md, "fuzz", src, plans.KindOf(s, cat, ev, o), false, links)
		if cmark != "" {
			checkCmark(t, cmark, src, links)
		}
	})
}

// checkCmark renders src with cmark-gfm and its extensions: no raw HTML,
// no e-mail link, one title, and links only to the given addresses.
func checkCmark(t *testing.T, bin, src string, links map[string]bool) {
	t.Helper()
	cmd := exec.Command(bin, "-e", "autolink", "-e", "table", "-e", "tasklist", "-e", "strikethrough", "-e", "tagfilter")
	cmd.Stdin = strings.NewReader(src)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("cmark-gfm: %v", err)
	}
	html := string(out)
	for _, bad := range []string{"<img", "<script", "mailto:", "<b>"} {
		if strings.Contains(html, bad) {
			t.Fatalf("cmark-gfm made %q of:\n%s", bad, src)
		}
	}
	if n := strings.Count(html, "<h1"); n != 1 {
		t.Fatalf("cmark-gfm: %d titles in:\n%s", n, src)
	}
	for _, m := range href.FindAllStringSubmatch(html, -1) {
		if u := unescapeURL(strings.ReplaceAll(m[1], "&amp;", "&")); !links[u] && !links[m[1]] {
			t.Fatalf("cmark-gfm linked %q in:\n%s", m[1], src)
		}
	}
}

func catalogJSON(a, b string) []byte {
	cat := map[string]any{"id": "fz", "name": a + " " + b, "currency": "USD", "as_of": "2026-01-01", "confidence": "low",
		"sources": []string{"https://fz.example/" + url.PathEscape(a)}, "tiers": []map[string]any{
			{"id": "a", "name": a, "price_month": 0, "limits": map[string]any{"mau": 1000}, "hard_caps": []string{"mau"}, "confidence": "low"},
			{"id": "b", "name": b, "price_month": 9, "limits": map[string]any{"mau": 100000}, "overage": map[string]any{"mau": 0.01}, "confidence": "low"},
		}}
	out, _ := json.Marshal(cat)
	return out
}
