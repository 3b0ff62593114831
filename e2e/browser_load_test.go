package e2e

import (
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"tierfit/internal/ui"
)

// The first verdict is drawn before the live form: until the browser has
// painted it, the pre-rendered form stands in, showing the example's
// choices as the live form would, and what is typed into it is kept.
func TestFirstVerdictBeforeLiveForm(t *testing.T) {
	t.Parallel()
	dir := siteDir(t)
	s := newSession(t)
	root := serveSite(t, dir, "/")
	// Hold the page between the verdict and the live form: animation
	// frames and the 100 ms fallback wait until the test lets them go.
	if _, err := chromedp.Call(s.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `(() => {
		const st = window.setTimeout.bind(window), held = [];
		window.__release = () => held.splice(0).forEach((f) => f());
		window.requestAnimationFrame = (cb) => { held.push(() => cb(performance.now())); return 0; };
		window.setTimeout = (fn, d, ...a) => d === 100 ? (held.push(() => fn(...a)), 0) : st(fn, d, ...a);
	})()`}); err != nil {
		t.Fatal(err)
	}
	s.do(t, chromedp.Navigate(root))
	waitFor(t, s, `document.getElementById("`+ui.VerdictID+`") !== null`)
	if eval[bool](t, s, `document.getElementById("`+ui.ReadyID+`") !== null || document.getElementById("result") !== null`) {
		t.Fatal("the form and details were drawn with the first verdict, not after it")
	}
	if got := decision(t, s); got != "upgrade_now" {
		t.Errorf("first verdict %q", got)
	}
	for id, want := range map[string]string{"f-catalog": "agora-chat", "f-current-tier": "free", "f-usage-mau": "12000"} {
		if got := eval[string](t, s, `document.getElementById("`+id+`").value`); got != want {
			t.Errorf("stand-in form: #%s = %q, want %q", id, got, want)
		}
	}
	if eval[bool](t, s, `[...document.querySelectorAll("#inputs details")].some((d) => d.open)`) {
		t.Error("a picker of the stand-in form is open")
	}
	// Typing into the stand-in form is kept when the live form takes over.
	eval[any](t, s, `(() => { const el = document.getElementById("f-usage-mau"); el.focus(); el.value = "90000"; el.dispatchEvent(new Event("input", {bubbles: true})); })(), null`)
	eval[any](t, s, `(function loop() { window.__release(); if (!document.getElementById("`+ui.ReadyID+`")) setTimeout(loop, 20); })(), null`)
	waitMounted(s, t)
	if got := eval[string](t, s, `document.getElementById("f-usage-mau").value`); got != "90000" {
		t.Errorf("typed into the stand-in form: MAU %q after the live form took over", got)
	}
	if got := eval[string](t, s, `document.activeElement.id`); got != "f-usage-mau" {
		t.Errorf("focus on #%s after the live form took over, want the field typed in", got)
	}
	waitFor(t, s, `document.getElementById("status") && document.getElementById("status").textContent.length > 0`)
}
