package rules

import _ "embed"

// ExampleJSON is the example scenario, the README's Acme Chat: a first
// visit to the browser app shows it, and the README, the command line's
// documentation and the tests use it.
//
//go:embed example.json
var ExampleJSON []byte

// Example returns the example scenario, decoded.
func Example() Scenario {
	s, ps := DecodeScenario(ExampleJSON, DefaultLang)
	if len(ps) > 0 {
		panic("rules: example.json: " + ps.Error()) // a test decodes it
	}
	return s
}
