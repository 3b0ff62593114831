package e2e

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"tierfit/internal/site"
)

// swActive is true once the page's service worker is active: it controls
// the page, or its registration's worker has reached "activated" (ready
// may resolve while it is still activating).
const swActive = `navigator.serviceWorker.controller !== null || (window.__swReady = window.__swReady ||
	navigator.serviceWorker.ready.then(r => {
		const w = r.active;
		if (w.state === "activated") return (window.__swActive = true);
		w.addEventListener("statechange", () => { if (w.state === "activated") window.__swActive = true; });
	}), window.__swActive === true)`

// installOffline loads url twice: the first visit installs the service
// worker, the second is the first one it controls.
func installOffline(t *testing.T, s *session, url string) {
	t.Helper()
	s.do(t, chromedp.Navigate(url))
	waitMounted(s, t)
	waitFor(t, s, swActive)
	s.do(t, chromedp.Reload())
	waitMounted(s, t)
	waitFor(t, s, `navigator.serviceWorker.controller !== null`)
}

// stopped reports whether the server is really gone.
func stopped(t *testing.T, srv *httptest.Server, url string) {
	t.Helper()
	srv.Close()
	if res, err := http.Get(url); err == nil {
		res.Body.Close()
		t.Fatal("the server still answers after Close")
	}
}

// After one visit the app works with the server gone: a reload, a share
// link with a query string, the charts, the preview, the download and what
// the user typed.
func TestOfflineRoot(t *testing.T) {
	t.Parallel()
	dir := siteDir(t)
	s := newSession(t)
	srv := httptest.NewServer(site.Handler(dir, "/"))
	root := srv.URL + "/"
	installOffline(t, s, root)
	setField(t, s, "f-name", "Offline 出差")
	waitFor(t, s, `localStorage.getItem("tierfit.form").includes("Offline")`)
	link := eval[string](t, s, `location.origin + "/?utm_source=plane#s=" + btoa(JSON.stringify({name: "From the link", catalog: "generic", usage: {mau: 900}})).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")`)
	stopped(t, srv, root)

	s.do(t, chromedp.Reload())
	waitMounted(s, t)
	if got := eval[string](t, s, `document.getElementById("f-name").value`); got != "Offline 出差" {
		t.Errorf("offline reload lost what was typed: %q", got)
	}
	s.do(t, chromedp.Navigate(link))
	waitMounted(s, t)
	waitFor(t, s, `document.getElementById("f-name").value === "From the link"`)
	seeCharts(t, s, "charts", 4)
	waitFor(t, s, `document.querySelector(".markdown h1") !== null`)

	s.download(t, "tierfit-from-the-link-en.md")
	if bad := s.foreignRequests(); len(bad) > 0 {
		t.Errorf("requests left 127.0.0.1: %v", bad)
	}
}

// The site built with BASE=/tierfit/ works under /tierfit/ on a plain
// static file server (no precompression, no routing), online and offline,
// deep paths and query strings included.
func TestOfflineSubPath(t *testing.T) {
	t.Parallel()
	dir := os.Getenv("TIERFIT_DIST_SUB")
	if dir == "" {
		needBrowserEnv(t, "TIERFIT_DIST_SUB is not set", "run make test, which builds the /tierfit/ site")
	}
	s := newSession(t)
	mux := http.NewServeMux()
	mux.Handle("/tierfit/", http.StripPrefix("/tierfit/", http.FileServer(http.Dir(dir))))
	srv := httptest.NewServer(mux)
	root := srv.URL + "/tierfit/"
	installOffline(t, s, root)
	if got := eval[string](t, s, `document.querySelector("#decision").dataset.decision`); got == "" {
		t.Fatal("no decision online under /tierfit/")
	}
	stopped(t, srv, root)
	for _, u := range []string{root, root + "?ref=mail", root + "deep/route?x=1"} {
		s.do(t, chromedp.Navigate(u))
		waitMounted(s, t)
		waitFor(t, s, `document.querySelector("#decision") !== null`)
		seeCharts(t, s, "charts", 4)
	}
	s.download(t, "tierfit-acme-chat-2026-12-07-en.md")
	if errs := s.errors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

// A new deploy is picked up: the page offers a reload.
func TestUpdatePrompt(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(siteDir(t))); err != nil {
		t.Fatal(err)
	}
	s := newSession(t)
	srv := httptest.NewServer(site.Handler(dir, "/"))
	defer srv.Close()
	installOffline(t, s, srv.URL+"/")
	if eval[bool](t, s, `document.getElementById("update") !== null`) {
		t.Fatal("update prompt shown before any new version")
	}
	// A new build: the worker names a new version (the content hash).
	worker := filepath.Join(dir, "app-worker.js")
	b := mustRead(t, worker)
	b = regexp.MustCompile(`"app-" \+ "[0-9a-f]+"`).ReplaceAll(b, []byte(`"app-" + "0123456789abcdef"`))
	for _, sibling := range []string{".br", ".gz"} {
		os.Remove(worker + sibling)
	}
	if err := os.WriteFile(worker, b, 0o644); err != nil {
		t.Fatal(err)
	}
	// The page registers its worker (and listens for updates) once idle
	// after its first verdict.
	waitFor(t, s, `goappServiceWorkerRegistration !== undefined`)
	eval[any](t, s, `navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => null)`)
	waitFor(t, s, `document.getElementById("update-reload") !== null`)
	if txt := eval[string](t, s, `document.getElementById("update").textContent`); !strings.Contains(txt, "new version") {
		t.Errorf("prompt = %q", txt)
	}
}
