package rules_test

import (
	"os"
	"strings"
	"testing"

	"tierfit/rules"
)

// TestReadmeFormats keeps the README's format section true: its scenario
// and catalog examples decode, validate and evaluate with this engine.
func TestReadmeFormats(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var blocks []string
	for _, part := range strings.Split(string(data), "```json\n")[1:] {
		blocks = append(blocks, part[:strings.Index(part, "```")])
	}
	if len(blocks) < 2 {
		t.Fatalf("the README has %d JSON examples, want the scenario and the catalog", len(blocks))
	}
	s, ps := rules.DecodeScenario([]byte(blocks[0]), "en")
	if len(ps) == 0 {
		ps = s.Validate(rules.Builtin())
	}
	if len(ps) > 0 {
		t.Errorf("the README's scenario: %v", ps)
	}
	c, ps := rules.DecodeCatalog([]byte(blocks[1]), "en")
	if len(ps) > 0 {
		t.Fatalf("the README's catalog: %v", ps)
	}
	s.Catalog, s.CurrentTier = c.ID, ""
	if _, ps := rules.Evaluate(s, c, rules.Context{}); len(ps) > 0 {
		t.Errorf("the README's scenario against its catalog: %v", ps)
	}
}
