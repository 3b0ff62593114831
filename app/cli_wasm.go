//go:build wasm

package main

import "io"

// run is unreachable in the browser, where app.RunWhenOnBrowser blocks; it
// exists so that main compiles without pulling server code into app.wasm.
func run([]string, io.Writer, io.Writer) int { return 0 }
