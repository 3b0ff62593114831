//go:build wasm

package main

// run is unreachable in the browser, where app.RunWhenOnBrowser blocks; it
// exists so that main compiles without pulling the command line and its
// server into app.wasm.
func run([]string) int { return 0 }
