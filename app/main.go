// Command app is tierfit: a planner that tells a product team which tier of an
// instant-messaging SDK fits its numbers and exports the migration checklist.
//
// The same main package is built twice. Built with GOOS=js GOARCH=wasm it is
// the browser app (internal/ui): app.RunWhenOnBrowser never returns there.
// Built natively, RunWhenOnBrowser returns at once and main runs the command
// line (internal/cli): the static-site generator, the local server, the
// compressor and the plan command. native.go and native_wasm.go are the one
// pair of files that tell the two builds apart, so no server code reaches
// app.wasm.
package main

import (
	"os"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/internal/ui"
)

func main() {
	ui.Routes()
	ui.GuardAddress() // before go-app reads the address
	app.RunWhenOnBrowser()
	os.Exit(run(os.Args[1:]))
}
