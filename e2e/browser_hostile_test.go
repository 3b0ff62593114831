package e2e

import (
	"encoding/base64"
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// payload would set window.__xss if any of it ran as code or became markup.
const payload = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>[x](javascript:window.__xss=3) <svg onload="window.__xss=4">`

// noForeignCode checks that no payload ran and no payload markup exists.
func noForeignCode(t *testing.T, s *session, where string) {
	t.Helper()
	s.do(t, chromedp.Sleep(300e6)) // let an onerror or onload fire, if one could
	if eval[bool](t, s, `window.__xss !== undefined`) {
		t.Errorf("%s: a payload ran (window.__xss = %v)", where, eval[any](t, s, `window.__xss`))
	}
	if n := eval[int](t, s, `document.querySelectorAll('img[src="x"], svg[onload], script:not([src]), a[href^="javascript:"]').length`); n > 0 {
		t.Errorf("%s: %d payload elements in the page", where, n)
	}
}

// TestNoForeignCode puts script payloads in every text field, an imported
// catalog and a share link, in a full session with the language switched.
func TestNoForeignCode(t *testing.T) {
	t.Parallel()
	s, root := openApp(t)
	setField(t, s, "f-name", payload)
	setField(t, s, "f-usage-dau", payload) // not a number: the message quotes it
	setField(t, s, "f-rollout-steps-percent", payload)
	setField(t, s, "scen-name", payload)
	waitFor(t, s, `document.getElementById("f-usage-dau-err") !== null`)
	click(t, s, "scen-save")
	noForeignCode(t, s, "form fields")
	if !eval[bool](t, s, `document.getElementById("f-usage-dau-err").textContent.includes("<img src=x")`) {
		t.Error("the invalid text is not shown back as text")
	}

	cat := map[string]any{"id": "evil", "name": payload, "currency": "USD", "as_of": "2026-01-01", "confidence": "low",
		"sources": []string{"https://evil.example/" + url.PathEscape(payload)}, "tiers": []map[string]any{
			{"id": "free", "name": payload, "price_month": 0, "limits": map[string]any{"mau": 100000}, "hard_caps": []string{"mau"}, "confidence": "low"},
			{"id": "pro", "name": payload + " Pro", "price_month": 1, "limits": map[string]any{"mau": 200000}, "confidence": "low"}}}
	b, _ := json.Marshal(cat)
	eval[bool](t, s, `(() => {
		const dt = new DataTransfer();
		dt.items.add(new File([`+jsString(string(b))+`], "evil.json", {type: "application/json"}));
		const el = document.getElementById("import-catalog");
		el.files = dt.files;
		el.dispatchEvent(new Event("change", {bubbles: true}));
		return true;
	})()`)
	waitFor(t, s, `document.getElementById("f-catalog").value === "evil"`)
	setField(t, s, "f-usage-dau", "100")
	setField(t, s, "f-rollout-steps-percent", "5, 20, 50, 100")
	waitFor(t, s, `document.getElementById("stale") === null && document.querySelector(".markdown h1").textContent.includes("<img src=x")`)
	click(t, s, "cmp-free")
	click(t, s, "cmp-pro")
	eval[any](t, s, `document.querySelectorAll("details").forEach(d => d.open = true), null`)
	click(t, s, "lang-toggle")
	noForeignCode(t, s, "imported catalog")

	scen, _ := json.Marshal(map[string]any{"name": payload, "catalog": "generic", "usage": map[string]any{"mau": 10}})
	other := newSession(t)
	other.do(t, chromedp.Navigate(root+"#s="+base64.RawURLEncoding.EncodeToString(scen)))
	waitMounted(other, t)
	waitFor(t, other, `document.getElementById("f-name").value.includes("onerror")`)
	noForeignCode(t, other, "share link")
	for _, e := range append(s.errors(), other.errors()...) {
		if strings.Contains(e, "Content Security Policy") {
			t.Errorf("CSP violation: %s", e)
		}
	}
}
