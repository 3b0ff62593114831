package site

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/internal/ui"
)

// newHandler describes the site to go-app's generator. Every asset is local:
// go-app's default icon is a remote address, which would break offline use.
// base is "/" or a sub-path such as "/tierfit/"; version names the service
// worker cache, so a new build replaces the old one and an unchanged build
// does not.
func newHandler(base, version string) *app.Handler {
	title, description, loading := ui.SiteWords()
	h := &app.Handler{
		Name:      "tierfit",
		ShortName: "tierfit",
		// The page is pre-rendered once for both languages: its title,
		// description and loading label say it in both (the running app
		// sets the title of the language chosen).
		Title:       title,
		Description: description,
		Author:      "tierfit",
		Lang:        "en",
		Icon: app.Icon{
			Default:    "/web/icon-192.png",
			Large:      "/web/icon-512.png",
			SVG:        "/web/icon.svg",
			AppleTouch: "/web/icon-192.png",
		},
		BackgroundColor: "#ffffff",
		ThemeColor:      "#1f5f8b",
		LoadingLabel:    loading, // no progress: the wasm is fetched as it is (see fixAppJS)
		Styles:          []string{"/web/tierfit.css"},
		// storage-guard.js runs first, while the page is parsed: go-app reads
		// localStorage as it starts and must find one. ECharts is not here:
		// the app loads it after its first paint (see loadCharts), so it
		// neither delays the WASM download nor competes with its start.
		Scripts: []string{"/web/storage-guard.js"},
		// Pre-cached for offline use: the SVG icon and ECharts, which no tag
		// names, and the site root with its trailing slash, which is what a
		// sub-path visit requests.
		CacheableResources:    []string{"/web/icon.svg", ui.ChartsScript, base},
		Version:               version,
		ServiceWorkerTemplate: workerTemplate(base),
	}
	if prefix := strings.Trim(base, "/"); prefix != "" {
		h.Resources = app.CustomProvider("", prefix)
	}
	return h
}

// cacheFirst is go-app's fetch handler: an exact cache match, else the network.
const cacheFirst = `caches.match(event.request).then((response) => {
      return response || fetch(event.request);
    })`

// workerTemplate is go-app's service worker with a fetch handler that works
// offline for every address a user can open: the query string is ignored
// (?x=1), and a navigation to any path under the site (a deep link, a share
// link) gets the cached page. go-app's version fills {{.Version}} as before.
func workerTemplate(base string) string {
	fetch := fmt.Sprintf(`caches.match(event.request, { ignoreSearch: true }).then((response) => {
      if (response) {
        return response;
      }
      if (event.request.mode === "navigate") {
        return caches.match(%q).then((page) => page || fetch(event.request));
      }
      return fetch(event.request);
    })`, base)
	// If go-app's worker ever changes, this replaces nothing and a site test
	// (TestBuildSiteWorksOffline) fails.
	return strings.Replace(app.DefaultAppWorkerJS, cacheFirst, fetch, 1)
}
