package rules

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestGeneratedCatalogs decodes and checks every catalog file, as the app
// once did at start: the Go values it runs with must be exactly the files'.
func TestGeneratedCatalogs(t *testing.T) {
	files, err := filepath.Glob("catalogs/*.json")
	if err != nil || len(files) < 10 {
		t.Fatalf("catalog files: %v (%d)", err, len(files))
	}
	if len(files) != len(generated) {
		t.Errorf("%d catalog files, %d generated catalogs: run go generate ./rules", len(files), len(generated))
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		c, ps := DecodeCatalog(data, "en")
		if len(ps) > 0 {
			t.Errorf("%s: %v", file, ps)
			continue
		}
		g := CatalogByID(generated, c.ID)
		if g == nil || !reflect.DeepEqual(g, c) {
			t.Errorf("%s differs from its generated Go value: run go generate ./rules", file)
		}
	}
}

// TestExampleIsExampleJSON: the Go value the browser starts from is
// example.json decoded, and each call returns a value of its own.
func TestExampleIsExampleJSON(t *testing.T) {
	want, ps := DecodeScenario(ExampleJSON, DefaultLang)
	if len(ps) > 0 {
		t.Fatalf("example.json: %v", ps)
	}
	got := Example()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Example() = %+v\nexample.json = %+v\nrun go generate ./rules", got, want)
	}
	*got.Usage.MAU, got.Needs.Features[0] = 1, "changed"
	if again := Example(); !reflect.DeepEqual(again, want) {
		t.Error("changing what Example returned changed the next Example")
	}
}
