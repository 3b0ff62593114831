package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// registerRoutes declares the app's only page. The browser calls it before
// RunWhenOnBrowser; the generator calls it before pre-rendering.
func registerRoutes() {
	app.RouteFunc("/", func() app.Composer { return newPlanner() })
}
