package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"tierfit/internal/ui"
)

// TestBrowserMounts opens the generated site in headless Chromium and waits
// for the running WASM (not the pre-rendered HTML), then checks that nothing
// went wrong on the way and nothing left the machine.
func TestBrowserMounts(t *testing.T) {
	t.Parallel()
	dir := siteDir(t)
	s := newSession(t)
	root := serveSite(t, dir, "/")

	if err := chromedp.Do(s.ctx, chromedp.Navigate(root)); err != nil {
		t.Fatal(err)
	}
	// The pre-rendered page already shows the header: the marker must be absent
	// until the WASM runs, or this test would prove nothing.
	if pre := mustRead(t, dir+"/index.html"); strings.Contains(string(pre), ui.ReadyID) {
		t.Fatalf("index.html already contains #%s: the mount check would pass without WASM", ui.ReadyID)
	}
	waitMounted(s, t)

	if got := eval[string](t, s, `document.querySelector("h1").textContent`); got != "tierfit" {
		t.Errorf("h1 = %q, want tierfit", got)
	}
	if got := eval[bool](t, s, `document.getElementById("app-wasm-loader") === null`); !got {
		t.Error("the wasm loader is still on the page after mount")
	}
	// The service worker must install: it pre-caches every listed resource, so
	// a missing file or a remote address would stop it.
	cached := eval[[]string](t, s, `(async () => {
		await navigator.serviceWorker.ready;
		const urls = [];
		for (const name of await caches.keys()) {
			for (const req of await (await caches.open(name)).keys()) urls.push(req.url);
		}
		return urls;
	})()`)
	if len(cached) == 0 {
		t.Error("the service worker cached nothing")
	}
	for _, u := range cached {
		if !strings.HasPrefix(u, root) {
			t.Errorf("service worker cached %s, outside %s", u, root)
		}
	}
	s.screenshot(t, "foundation.png")

	if !s.requested("/web/app.wasm") {
		t.Fatal("no request for app.wasm was recorded: the request log is not working")
	}
	if bad := s.foreignRequests(); len(bad) > 0 {
		t.Errorf("requests left 127.0.0.1: %v", bad)
	}
	if errs := s.errors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}

	// Prove the console watch sees errors at all.
	eval[any](t, s, `console.error("tierfit-canary"), null`)
	s.do(t, chromedp.Sleep(200e6))
	if errs := s.errors(); len(errs) != 1 || !strings.Contains(errs[0], "tierfit-canary") {
		t.Errorf("console canary not seen as the only error: %q", errs)
	}
}
