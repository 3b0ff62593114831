package site

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The service worker answers every address offline: query strings are
// ignored and any navigation under the site gets the cached page.
func TestBuildSiteWorksOffline(t *testing.T) {
	o := fakeInputs(t, "wasm ")
	o.Base = "/tierfit/"
	mustBuild(t, o)
	worker := string(mustRead(t, filepath.Join(o.Out, "app-worker.js")))
	for _, want := range []string{"ignoreSearch: true", `event.request.mode === "navigate"`, `caches.match("/tierfit/")`} {
		if !strings.Contains(worker, want) {
			t.Errorf("app-worker.js lacks %s", want)
		}
	}
}

func TestBuildSiteAllowsZoom(t *testing.T) {
	o := fakeInputs(t, "wasm ")
	mustBuild(t, o)
	index := string(mustRead(t, filepath.Join(o.Out, "index.html")))
	if strings.Count(index, `name="viewport"`) != 1 || strings.Contains(index, "user-scalable") || strings.Contains(index, "maximum-scale") {
		t.Errorf("viewport meta forbids zooming or is missing:\n%s", index[:min(len(index), 900)])
	}
}

// The pre-rendered form shows what the live one does: HTML reads any
// selected, checked or open attribute as true, whatever its value.
func TestBuildSiteBooleanAttributes(t *testing.T) {
	o := fakeInputs(t, "wasm ")
	mustBuild(t, o)
	index := string(mustRead(t, filepath.Join(o.Out, "index.html")))
	if m := falseBoolean.FindString(index); m != "" {
		t.Errorf("index.html still has %s", m)
	}
	// The example's choices, one per select: vendor, tier, support, zone.
	selected := regexp.MustCompile(`<option[^>]* selected[ >][^<]*`).FindAllString(index, -1)
	var got []string
	for _, o := range selected {
		got = append(got, o[strings.LastIndex(o, ">")+1:])
	}
	if want := []string{"Agora Chat · USD", "Free", "ticket", "Asia/Shanghai"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("selected in the pre-rendered form: %q, want %q", got, want)
	}
}

func TestBuildSiteHasContentSecurityPolicy(t *testing.T) {
	o := fakeInputs(t, "wasm ")
	mustBuild(t, o)
	index := string(mustRead(t, filepath.Join(o.Out, "index.html")))
	meta := `<meta http-equiv="Content-Security-Policy" content="` + contentSecurityPolicy + `">`
	if i, j := strings.Index(index, meta), strings.Index(index, "<script"); i < 0 || j < i {
		t.Errorf("no CSP meta before the first script:\n%.600s", index)
	}
	for _, must := range []string{"script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "object-src 'none'"} {
		if !strings.Contains(contentSecurityPolicy, must) {
			t.Errorf("policy lacks %s", must)
		}
	}
	if cspAllows(contentSecurityPolicy, "'unsafe-eval'") {
		t.Error("policy allows eval")
	}
	// The check above reads sources, not substrings: 'wasm-unsafe-eval'
	// contains the text 'unsafe-eval' and must not count as it.
	if cspAllows("script-src 'self' 'wasm-unsafe-eval'", "'unsafe-eval'") || !cspAllows("script-src 'self' 'unsafe-eval'", "'unsafe-eval'") {
		t.Error("cspAllows does not tell 'wasm-unsafe-eval' from 'unsafe-eval'")
	}
}

// cspAllows reports whether any directive of policy lists source exactly.
func cspAllows(policy, source string) bool {
	for _, directive := range strings.Split(policy, ";") {
		tokens := strings.Fields(directive)
		for _, token := range tokens[min(1, len(tokens)):] {
			if token == source {
				return true
			}
		}
	}
	return false
}
