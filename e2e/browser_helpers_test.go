package e2e

import (
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"tierfit/internal/site"
	"tierfit/internal/ui"
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
	srv := httptest.NewServer(site.Handler(dir, prefix))
	t.Cleanup(srv.Close)
	return srv.URL + prefix
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
	s.do(t, chromedp.WaitReady(chromedp.CSS("#"+ui.ReadyID)))
	// The details under an answer (tiers, vendors, charts, checklist) are
	// drawn a frame after it: a journey starts when the page is whole.
	waitFor(t, s, `document.getElementById("decision") === null || document.getElementById("result") !== null`)
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
