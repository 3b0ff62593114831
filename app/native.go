//go:build !wasm

package main

import (
	"os"

	"tierfit/internal/cli"
)

// run is the command line: static, serve, compress and plan.
func run(args []string) int { return cli.Run(args, os.Stdin, os.Stdout, os.Stderr) }
