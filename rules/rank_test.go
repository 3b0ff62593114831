package rules_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"tierfit/rules"
)

// TestRankingCases runs testdata/ranking/*.json: catalogs, a scenario and
// the order the ranking must have.
func TestRankingCases(t *testing.T) {
	files, _ := filepath.Glob("testdata/ranking/*.json")
	if len(files) < 5 {
		t.Fatalf("%d ranking cases", len(files))
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".json"), func(t *testing.T) {
			var tc struct {
				Note     string
				Catalogs json.RawMessage
				Scenario json.RawMessage
				Want     struct {
					Currency *string
					Order    []string
					Ranks    []int
					Top      []string
					Compared map[string]float64
					Classes  map[string]string
					// Absent are catalog ids or catalog/tier keys that must
					// not be ranked at all.
					Absent []string
				}
			}
			data, _ := os.ReadFile(file)
			if err := json.Unmarshal(data, &tc); err != nil {
				t.Fatal(err)
			}
			// "builtin" is what -compare all ranks: every built-in catalog
			// but the illustrative ones.
			cats := rules.Comparable(rules.Builtin(), "")
			if string(tc.Catalogs) != `"builtin"` {
				var raws []json.RawMessage
				json.Unmarshal(tc.Catalogs, &raws)
				cats = nil
				for _, raw := range raws {
					c, ps := rules.DecodeCatalog(raw, "en")
					if len(ps) > 0 {
						t.Fatal(ps)
					}
					cats = append(cats, c)
				}
			}
			s, ps := rules.DecodeScenario(tc.Scenario, "en")
			if len(ps) > 0 {
				t.Fatal(ps)
			}
			r, ps := rules.Rank(s, cats, "")
			if len(ps) > 0 {
				t.Fatal(ps)
			}
			var order []string
			var ranks []int
			by := map[string]rules.RankEntry{}
			for _, e := range r.Entries {
				key := e.Catalog + "/" + e.Tier
				order, ranks, by[key] = append(order, key), append(ranks, e.Rank), e
			}
			w := tc.Want
			if w.Currency != nil && r.Currency != *w.Currency {
				t.Errorf("currency %q, want %q (note %q)", r.Currency, *w.Currency, r.Note)
			}
			if w.Order != nil && !reflect.DeepEqual(order, w.Order) {
				t.Errorf("order\n got %v\nwant %v", order, w.Order)
			}
			if w.Ranks != nil && !reflect.DeepEqual(ranks, w.Ranks) {
				t.Errorf("ranks %v, want %v", ranks, w.Ranks)
			}
			if w.Top != nil && !reflect.DeepEqual(order[:len(w.Top)], w.Top) {
				t.Errorf("top %v, want %v", order[:len(w.Top)], w.Top)
			}
			for key, v := range w.Compared {
				if c := by[key].Compared; c == nil || *c != v {
					t.Errorf("%s compared %v, want %v", key, c, v)
				}
			}
			for _, key := range w.Absent {
				for _, got := range order {
					if got == key || strings.HasPrefix(got, key+"/") {
						t.Errorf("%s is ranked; it must not be", got)
					}
				}
			}
			for key, c := range w.Classes {
				if by[key].Class != c {
					t.Errorf("%s class %s, want %s (why not: %v)", key, by[key].Class, c, by[key].WhyNot)
				}
			}
			if r.Note == "" {
				t.Error("no note")
			}
		})
	}
}
