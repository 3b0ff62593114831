package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommittedCatalogsAreGenerated fails when a vendor catalog was edited
// by hand or the reference changed without go generate ./rules.
func TestCommittedCatalogsAreGenerated(t *testing.T) {
	files, err := generate("../../catalogs/reference/im-tiers.json", "../../catalogs/reference/encoded.json")
	if err != nil {
		t.Fatal(err)
	}
	committed, err := filepath.Glob("../../catalogs/*.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range committed {
		name := filepath.Base(path)
		if name == "generic.json" {
			continue // illustrative, written by hand
		}
		want, ok := files[name]
		if !ok {
			t.Errorf("%s is committed but not generated from the reference", name)
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the generator's output: run go generate ./rules", name)
		}
		delete(files, name)
	}
	for name := range files {
		t.Errorf("%s is generated but not committed", name)
	}
}

// TestCommittedGoIsGenerated fails when catalogs_gen.go is not what the
// generator writes from the catalogs.
func TestCommittedGoIsGenerated(t *testing.T) {
	files, err := generate("../../catalogs/reference/im-tiers.json", "../../catalogs/reference/encoded.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := goSource(files, "../../catalogs")
	if err != nil {
		t.Fatal(err)
	}
	committedIs(t, "catalogs_gen.go", want)
}

// committedIs fails unless rules/name holds want, the generator's output.
func committedIs(t *testing.T, name string, want []byte) {
	t.Helper()
	got, err := os.ReadFile("../../" + name)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("rules/%s differs from the generator's output: run go generate ./rules", name)
	}
}

// TestEncodedFactsNameKnownTiers catches a fact for a tier the reference
// does not have (a typo would otherwise drop it silently) and a fact with
// no reason given.
func TestEncodedFactsNameKnownTiers(t *testing.T) {
	var ref reference
	var enc map[string]encoded
	for path, v := range map[string]any{"../../catalogs/reference/im-tiers.json": &ref, "../../catalogs/reference/encoded.json": &enc} {
		if err := readJSON(path, v); err != nil {
			t.Fatal(err)
		}
	}
	tiers := map[string]bool{}
	for _, v := range ref.Vendors {
		for _, tr := range v.Tiers {
			tiers[v.ID+"/"+tr.ID] = true
		}
	}
	for vendor, e := range enc {
		if e.Currency == "" {
			t.Errorf("%s: no currency", vendor)
		}
		if e.AsOf != "" && e.AsOfWhy == "" {
			t.Errorf("encoded.json: %s replaces as_of without as_of_why", vendor)
		}
		for id, facts := range e.Tiers {
			if !tiers[vendor+"/"+id] {
				t.Errorf("encoded.json: %s/%s is not a tier of the reference", vendor, id)
			}
			if why := string(facts["why"]); len(facts) > 0 && strings.Trim(why, `" `) == "" {
				t.Errorf("encoded.json: %s/%s gives no why", vendor, id)
			}
		}
	}
}

// TestCommittedExampleIsGenerated fails when example_gen.go is not what
// the generator writes from example.json.
func TestCommittedExampleIsGenerated(t *testing.T) {
	want, err := exampleSource("../../example.json")
	if err != nil {
		t.Fatal(err)
	}
	committedIs(t, "example_gen.go", want)
}
