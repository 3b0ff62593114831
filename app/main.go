// Command app is tierfit: a planner that tells a product team which tier of an
// instant-messaging SDK fits its numbers and exports the migration checklist.
//
// The same main package is built twice. Built with GOOS=js GOARCH=wasm it is
// the browser app: app.RunWhenOnBrowser never returns there. Built natively,
// RunWhenOnBrowser returns at once and main runs the command line (see cli.go):
// the static-site generator, the local server and, later, the plan command.
package main

import (
	"os"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

func main() {
	registerRoutes()
	app.RunWhenOnBrowser()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
