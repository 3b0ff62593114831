//go:build !wasm

package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

func TestDebugTmp(t *testing.T) {
	dir := os.Getenv("TIERFIT_DIST_SUB")
	s := newSession(t)
	mux := http.NewServeMux()
	mux.Handle("/tierfit/", http.StripPrefix("/tierfit/", http.FileServer(http.Dir(dir))))
	srv := httptest.NewServer(mux)
	root := srv.URL + "/tierfit/"
	installOffline(t, s, root)
	t.Log(eval[string](t, s, `caches.keys().then(async ks => { const out = []; for (const k of ks) for (const r of await (await caches.open(k)).keys()) out.push(r.url); return out.join(" ") })`))
	stopped(t, srv, root)
	for _, u := range []string{root, root + "?ref=mail", root + "deep/route?x=1"} {
		ctx, cancel := context.WithTimeout(s.ctx, 8*time.Second)
		err := chromedp.Do(ctx, chromedp.Navigate(u), chromedp.WaitReady(chromedp.CSS("#"+readyID)))
		cancel()
		t.Logf("%s: %v", u, err)
		t.Log(eval[string](t, s, `location.href + " | " + document.title + " | " + document.body.innerText.slice(0, 100)`))
	}
}
