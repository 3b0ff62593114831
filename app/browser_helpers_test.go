//go:build !wasm

package main

import (
	"context"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// needBrowserEnv skips a browser test loudly when its prerequisites are
// missing, and fails it instead under CI, where a skip would hide a gap.
func needBrowserEnv(t *testing.T, what, fix string) {
	t.Helper()
	msg := fmt.Sprintf("BROWSER TEST NOT RUN: %s — %s", what, fix)
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	fmt.Fprintf(os.Stderr, "\n*** %s: %s ***\n\n", t.Name(), msg)
	t.Skip(msg)
}

// chromiumPath finds Debian's chromium (or CHROME_PATH).
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHROME_PATH"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	needBrowserEnv(t, "Chromium not found", "install it with apt-get install -y chromium, or set CHROME_PATH")
	return ""
}

// siteDir is the generated site that make test built (TIERFIT_DIST).
func siteDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("TIERFIT_DIST")
	if dir == "" {
		needBrowserEnv(t, "TIERFIT_DIST is not set", "run make test, which builds the site and points the tests at it")
	}
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		t.Fatalf("TIERFIT_DIST=%s holds no generated site: %v", dir, err)
	}
	return dir
}

// serveSite serves dir with the same handler as the serve command, on a
// free loopback port, and returns the site's root URL.
func serveSite(t *testing.T, dir, prefix string) string {
	t.Helper()
	srv := httptest.NewServer(siteHandler(dir, prefix))
	t.Cleanup(srv.Close)
	return srv.URL + prefix
}

// session is one headless Chromium with a fresh profile that records what
// the page writes to its console and every request it sends.
type session struct {
	ctx context.Context

	mu       sync.Mutex
	console  []chromedp.ConsoleMessage
	requests []string
}

func newSession(t *testing.T) *session {
	t.Helper()
	exe := chromiumPath(t)
	profile := t.TempDir()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.UserDataDir(profile),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.WindowSize(1280, 900),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() {
		cancelTimeout()
		cancelCtx()
		cancelAlloc()
	})
	s := &session{ctx: ctx}
	if err := chromedp.Do(ctx); err != nil { // start the browser
		t.Fatalf("start Chromium (%s): %v", exe, err)
	}
	// A headless page never has focus; a person's page does (the clipboard
	// refuses an unfocused page).
	if _, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			s.mu.Lock()
			s.requests = append(s.requests, e.Request.URL)
			s.mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}
	go func() {
		for m, err := range chromedp.Console(ctx) {
			if err != nil {
				return
			}
			s.mu.Lock()
			s.console = append(s.console, m)
			s.mu.Unlock()
		}
	}()
	return s
}

// do runs steps and fails the test with what the console said on error.
func (s *session) do(t *testing.T, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(s.ctx, steps...); err != nil {
		t.Fatalf("browser: %v\nconsole:\n%s", err, s.consoleText())
	}
}

// eval evaluates a JavaScript expression, awaiting a promise.
func eval[T any](t *testing.T, s *session, expr string) T {
	t.Helper()
	v, err := chromedp.Run(s.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluate %s: %v\nconsole:\n%s", expr, err, s.consoleText())
	}
	return v
}

func (s *session) consoleText() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var b strings.Builder
	for _, m := range s.console {
		fmt.Fprintf(&b, "  [%s] %s\n", m.Type, m.Text)
	}
	return b.String()
}

// errors returns the console errors and uncaught exceptions so far.
func (s *session) errors() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, m := range s.console {
		if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
			out = append(out, m.Text)
		}
	}
	return out
}

// foreignRequests returns every request so far that left the loopback host.
func (s *session) foreignRequests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, r := range s.requests {
		u, err := url.Parse(r)
		if err != nil || (u.Scheme != "data" && u.Scheme != "blob" && u.Hostname() != "127.0.0.1") {
			out = append(out, r)
		}
	}
	return out
}

func (s *session) requested(suffix string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range s.requests {
		if strings.HasSuffix(r, suffix) {
			return true
		}
	}
	return false
}

// waitMounted waits for the element that only the running WASM renders.
func waitMounted(s *session, t *testing.T) {
	t.Helper()
	s.do(t, chromedp.WaitReady(chromedp.CSS("#"+readyID)))
}

// screenshot saves a PNG of the page under build/screenshots for a person
// to look at.
func (s *session) screenshot(t *testing.T, name string) {
	t.Helper()
	png, err := chromedp.Run(s.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	dir := filepath.Join("..", "build", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

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
	if !eval[bool](t, s, fmt.Sprintf(`(() => { const el = document.getElementById(%q); if (!el) return false; el.click(); return true; })()`, id)) {
		t.Fatalf("no element #%s", id)
	}
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
			if (performance.now() - start > 5000) return resolve(false);
			setTimeout(tick, 20);
		};
		tick();
	})`, cond)
	if !eval[bool](t, s, js) {
		t.Fatalf("timed out waiting for %s\nconsole:\n%s", cond, s.consoleText())
	}
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
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
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
