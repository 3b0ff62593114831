package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// Routes declares the app's only page, at the site root and at any
// path below it: a deep link or an old bookmark opens the planner too (the
// service worker serves the cached page for them offline). The browser calls
// it before RunWhenOnBrowser; the generator before pre-rendering "/".
func Routes() {
	newPage := func() app.Composer { return newPlanner() }
	app.RouteFunc("/", newPage)
	app.RouteWithRegexpFunc("^/.+", newPage)
}
