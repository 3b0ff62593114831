package rules

import _ "embed"

// ExampleJSON is the example scenario, the README's Acme Chat: a first
// visit to the browser app shows it, and the README, the command line's
// documentation and the tests use it.
//
//go:embed example.json
var ExampleJSON []byte

// Example returns the example scenario: example.json as a Go value
// (example_gen.go, written by go generate ./rules), so a first visit
// decodes nothing.
func Example() Scenario { return example() }
