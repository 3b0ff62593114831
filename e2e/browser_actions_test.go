package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// openApp serves the site and opens it in a fresh browser, waiting for the
// WASM to mount.
func openApp(t *testing.T) (*session, string) {
	t.Helper()
	dir := siteDir(t)
	s := newSession(t)
	root := serveSite(t, dir, "/")
	// Whatever the journey, nothing may leave the machine.
	t.Cleanup(func() {
		if bad := s.foreignRequests(); len(bad) > 0 {
			t.Errorf("requests left 127.0.0.1: %v", bad)
		}
	})
	s.do(t, chromedp.Navigate(root))
	waitMounted(s, t)
	return s, root
}

// setField types into a field the way the page sees typing: it sets the
// value and fires the input (or change) event.
func setField(t *testing.T, s *session, id, value string) {
	t.Helper()
	js := fmt.Sprintf(`(() => {
		const el = document.getElementById(%q);
		if (!el) return false;
		el.focus();
		el.value = %q;
		el.dispatchEvent(new Event(el.tagName === "SELECT" || el.type === "date" ? "change" : "input", {bubbles: true}));
		return true;
	})()`, id, value)
	if !eval[bool](t, s, js) {
		t.Fatalf("no field #%s", id)
	}
}

// click clicks an element by id.
func click(t *testing.T, s *session, id string) {
	t.Helper()
	if strings.HasPrefix(id, "f-needs-") || strings.HasPrefix(id, "f-rollout-changes-") {
		openPickers(t, s) // their checkboxes are drawn when a picker opens
	}
	// Some parts (the details below the answer) are drawn a frame after
	// the page is ready: wait for the element as a person would.
	waitFor(t, s, fmt.Sprintf(`document.getElementById(%q) !== null`, id))
	if !eval[bool](t, s, fmt.Sprintf(`(() => { const el = document.getElementById(%q); if (!el) return false; el.click(); return true; })()`, id)) {
		t.Fatalf("no element #%s", id)
	}
}

// openPickers opens the feature, region and change pickers, as a person
// does before ticking one, and waits for their checkboxes.
func openPickers(t *testing.T, s *session) {
	t.Helper()
	eval[any](t, s, `document.querySelectorAll("details.id-pick:not([open])").forEach(d => d.open = true), null`)
	waitFor(t, s, `[...document.querySelectorAll("details.id-pick")].every(d => d.querySelector(".id-grid input") !== null)`)
}

// waitFor polls a JavaScript condition until it is true (5 s at most).
func waitFor(t *testing.T, s *session, cond string) {
	t.Helper()
	js := fmt.Sprintf(`new Promise((resolve) => {
		const start = performance.now();
		const tick = () => {
			let ok = false;
			try { ok = !!(%s); } catch (e) {}
			if (ok) return resolve(true);
			if (performance.now() - start > 20000) return resolve(false);
			setTimeout(tick, 20);
		};
		tick();
	})`, cond)
	if !eval[bool](t, s, js) {
		t.Fatalf("timed out waiting for %s\nconsole:\n%s", cond, s.consoleText())
	}
}

// seeCharts scrolls the element with id into view, where the charts inside
// it are drawn (they wait until they are near the screen), and waits for n
// chart canvases in it.
func seeCharts(t *testing.T, s *session, id string, n int) {
	t.Helper()
	eval[any](t, s, fmt.Sprintf(`document.getElementById(%q).scrollIntoView(), null`, id))
	// one chart after the other, each brought to the screen until drawn
	for i := 0; i < n; i++ {
		sel := fmt.Sprintf(`[...document.querySelectorAll("#%s .chart, #%s.chart")][%d]`, id, id, i)
		waitFor(t, s, sel+` !== undefined`)
		eval[any](t, s, sel+`.scrollIntoView(), null`)
		waitFor(t, s, sel+`.querySelector("canvas") !== null`)
	}
	waitFor(t, s, fmt.Sprintf(`document.querySelectorAll("#%s canvas").length === %d`, id, n))
}

// decision is the decision the page shows.
func decision(t *testing.T, s *session) string {
	t.Helper()
	return eval[string](t, s, `document.getElementById("decision").dataset.decision`)
}

// viewShot saves a screenshot of the visible viewport.
func (s *session) viewShot(t *testing.T, name string) {
	t.Helper()
	png, err := chromedp.Run(s.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	dir := filepath.Join("..", "build", "screenshots")
	os.MkdirAll(dir, 0o755)
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// download clicks the checklist's download button and returns the file the
// browser saved as name.
func (s *session) download(t *testing.T, name string) []byte {
	t.Helper()
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(s.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir, BrowserContextID: s.browserContext()}); err != nil {
		t.Fatal(err)
	}
	click(t, s, "download-md")
	for i := 0; i < 100; i++ {
		if b, err := os.ReadFile(filepath.Join(dir, name)); err == nil && len(b) > 0 {
			return b
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("no download named %s", name)
	return nil
}
