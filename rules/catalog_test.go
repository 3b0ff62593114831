package rules_test

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"tierfit/rules"
)

func TestBuiltinCatalogsValid(t *testing.T) {
	cats := rules.Builtin()
	want := []string{"agora-chat", "tencent-im-cn", "easemob-im", "generic"}
	for _, id := range want {
		if rules.BuiltinCatalog(id) == nil {
			t.Errorf("built-in catalog %s is missing", id)
		}
	}
	if cats[len(cats)-1].ID != "generic" {
		t.Errorf("generic is not listed last")
	}
	for _, c := range cats {
		if ps := c.Validate("en"); len(ps) > 0 {
			t.Errorf("%s: %v", c.ID, ps)
		}
		// Every vendor catalog names its pages; the illustrative one has
		// none (its notes say where its contrast comes from).
		if (len(c.Sources) == 0) != c.Illustrative || c.AsOf == "" || c.Confidence == "" {
			t.Errorf("%s lacks sources, as_of or confidence", c.ID)
		}
	}
	if g := rules.BuiltinCatalog("generic"); !g.Illustrative || !strings.Contains(g.Tiers[0].Name, "illustrative") {
		t.Error("the generic catalog is not labelled illustrative")
	}
}

// reference mirrors the fields of catalogs/reference/im-tiers.json that the
// built-in catalogs must carry exactly.
type reference struct {
	Vendors []struct {
		ID     string   `json:"id"`
		Seen   string   `json:"seen"`
		Source []string `json:"source"`
		Tiers  []struct {
			ID       string   `json:"id"`
			PriceUSD *float64 `json:"price_usd_month"`
			Local    *struct {
				Amount           float64
				Currency, Status string
			} `json:"price_local_month"`
			Limits     map[string]*float64 `json:"limits"`
			Hard       *bool               `json:"limits_are_hard_caps"`
			Features   []string            `json:"features"`
			Regions    []string            `json:"regions"`
			SLA        *float64            `json:"sla_percent"`
			Confidence string              `json:"confidence"`
			Sources    []string            `json:"sources"`
		} `json:"tiers"`
	} `json:"vendors"`
}

// TestBuiltinCatalogsMatchReference checks every vendor catalog against the
// sourced reference, independently of the generator that writes them: no
// invented number, unknown stays unknown.
func TestBuiltinCatalogsMatchReference(t *testing.T) {
	data, err := os.ReadFile("catalogs/reference/im-tiers.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref reference
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, v := range ref.Vendors {
		hasLimit := false
		for _, tier := range v.Tiers {
			for _, l := range tier.Limits {
				hasLimit = hasLimit || l != nil
			}
		}
		c := rules.BuiltinCatalog(v.ID)
		if !hasLimit {
			if c != nil {
				t.Errorf("%s has no known limit in the reference but is built in", v.ID)
			}
			continue
		}
		if c == nil {
			t.Errorf("vendor %s has known limits but no built-in catalog", v.ID)
			continue
		}
		checked++
		if !reflect.DeepEqual(c.Sources, v.Source) || c.Seen != v.Seen {
			t.Errorf("%s: sources or seen date differ from the reference", v.ID)
		}
		if len(c.Tiers) != len(v.Tiers) {
			t.Errorf("%s: %d tiers, reference has %d", v.ID, len(c.Tiers), len(v.Tiers))
			continue
		}
		for i, rt := range v.Tiers {
			ct := c.Tiers[i]
			where := v.ID + "/" + rt.ID
			if ct.ID != rt.ID || ct.Confidence != rt.Confidence || !reflect.DeepEqual(ct.Sources, rt.Sources) {
				t.Errorf("%s: id, confidence or sources differ", where)
			}
			for _, m := range []rules.Metric{rules.DAU, rules.MAU, rules.PeakConcurrent, rules.GroupMembers, rules.HistoryDays} {
				if got, want := ct.Limits.Get(m), rt.Limits[string(m)]; !reflect.DeepEqual(got, want) {
					t.Errorf("%s: limits.%s = %v, reference %v", where, m, deref(got), deref(want))
				}
			}
			if !reflect.DeepEqual(ct.SLAPercent, rt.SLA) {
				t.Errorf("%s: sla %v, reference %v", where, deref(ct.SLAPercent), deref(rt.SLA))
			}
			// An empty list in the reference means "not found": unknown here.
			if len(rt.Features) == 0 && ct.Features != nil || len(rt.Features) > 0 && !reflect.DeepEqual(ct.Features, rt.Features) {
				t.Errorf("%s: features %v, reference %v", where, ct.Features, rt.Features)
			}
			if len(rt.Regions) == 0 && ct.Regions != nil || len(rt.Regions) > 0 && !reflect.DeepEqual(ct.Regions, rt.Regions) {
				t.Errorf("%s: regions %v, reference %v", where, ct.Regions, rt.Regions)
			}
			switch {
			case rt.PriceUSD != nil:
				if !reflect.DeepEqual(ct.PriceMonth, rt.PriceUSD) {
					t.Errorf("%s: price %v, reference USD %v", where, deref(ct.PriceMonth), *rt.PriceUSD)
				}
			case rt.Local != nil && rt.Local.Currency == c.Currency && !strings.Contains(rt.Local.Status, "add-on"):
				if ct.PriceMonth == nil || *ct.PriceMonth != rt.Local.Amount {
					t.Errorf("%s: price %v, reference %v %s", where, deref(ct.PriceMonth), rt.Local.Amount, rt.Local.Currency)
				}
			default:
				if ct.PriceMonth != nil {
					t.Errorf("%s: price %v invented: the reference has none", where, *ct.PriceMonth)
				}
			}
			hard := rt.Hard != nil && *rt.Hard
			if !hard && len(ct.HardCaps) > 0 {
				t.Errorf("%s: hard caps %v, reference says the limits are not hard caps", where, ct.HardCaps)
			}
		}
	}
	if checked < 9 {
		t.Errorf("checked %d vendors against the reference, want at least 9", checked)
	}
}

// TestReferenceCopyIsCurrent compares the project's copy of the reference
// with the shared one next to the project, where developers have it: a
// newer shared reference is copied in and the catalogs regenerated
// (go generate ./rules). A lone clone has only its copy and skips this.
func TestReferenceCopyIsCurrent(t *testing.T) {
	for _, name := range []string{"im-tiers.json", "im-tiers.md"} {
		shared, err := os.ReadFile("../../shared/reference/" + name)
		if err != nil {
			t.Skipf("no shared reference next to the project: %v", err)
		}
		mine, err := os.ReadFile("catalogs/reference/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(shared, mine) {
			t.Errorf("catalogs/reference/%s differs from ../shared/reference/%s: copy it and run go generate ./rules", name, name)
		}
	}
}

func TestImportedCatalogProblemsNameTierAndField(t *testing.T) {
	in := `{"id": "mine", "name": "Mine", "currency": "usd", "as_of": "2026-13-01", "confidence": "sure",
		"sources": [], "tiers": [
		{"id": "a", "name": "A", "price_month": -1, "limits": {"mau": 10.5}, "hard_caps": ["peak_concurrent"],
		 "features": ["push", "warp"], "regions": null, "confidence": "high"},
		{"id": "a", "name": "", "limits": {}, "hard_caps": [], "max": {"mau": 5}, "overage": {"mau": {"price": 1, "per": 0.5}},
		 "features": null, "regions": ["xx"], "support": "24/7", "confidence": "high", "colour": "red"}]}`
	_, ps := rules.DecodeCatalog([]byte(in), "en")
	if len(ps) != 1 || ps[0].Field != "tiers[1].colour" {
		t.Fatalf("unknown field first: got %v", ps)
	}
	in = strings.Replace(in, `, "colour": "red"`, "", 1)
	_, ps = rules.DecodeCatalog([]byte(in), "en")
	want := []string{
		`as_of: must be a real date YYYY-MM-DD, got "2026-13-01"`,
		`confidence: unknown id "sure"; known: low, medium, high`,
		`currency: must be a currency code such as USD or CNY, got "usd"`,
		`tiers[a].features: unknown id "warp"; known: ` + strings.Join(rules.Features, ", "),
		`tiers[a].hard_caps: "peak_concurrent" is a hard cap but limits.peak_concurrent is not known`,
		`tiers[a].id: tier id "a" is used twice`,
		`tiers[a].limits.mau: must be a whole number ≥ 0, got 10.5`,
		`tiers[a].name: missing: this field is required`,
		`tiers[a].overage.mau.per: must be between 1 and 1000000000000, got 0.5`,
		`tiers[a].price_month: must be between 0 and 1000000000000, got -1`,
		`tiers[a].regions: unknown id "xx"; known: ` + strings.Join(rules.Regions, ", "),
		`tiers[a].support: unknown id "24/7"; known: community, ticket, dedicated`,
	}
	if got := problemStrings(ps); !reflect.DeepEqual(got, want) {
		t.Errorf("problems:\n got %q\nwant %q", got, want)
	}
}

func TestCatalogStructureProblems(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"id": "c", "name": "C", "currency": "USD", "as_of": "2026-01-01", "confidence": "low", "sources": [], "tiers": []}`,
			"tiers: a catalog needs at least one tier"},
		{`{"id": "c", "name": "C", "currency": "USD", "as_of": "2026-01-01", "confidence": "low", "sources": [], "tiers": [
			{"id": "a", "name": "A", "limits": {"mau": 100}, "max": {"mau": 50}, "confidence": "low"}]}`,
			"tiers[a].max.mau: must be at least limits.mau (100), got 50"},
		{`{"id": "c", "name": "C", "currency": "USD", "as_of": "2026-01-01", "confidence": "low", "sources": [], "tiers": [
			{"id": "a", "name": "A", "limits": {}, "included_share": {"mau": {"of": "dau", "percent": 10}}, "confidence": "low"}]}`,
			"tiers[a].included_share.mau: only peak_concurrent may scale, with mau or dau"},
		{`{"id": "Bad Id", "name": "C", "currency": "USD", "as_of": "2026-01-01", "confidence": "low", "sources": [], "tiers": [
			{"id": "a", "name": "A", "limits": {}, "confidence": "low"}]}`,
			`id: must be a lower-case id (a-z, 0-9, - and _), got "Bad Id"`},
	}
	for _, tt := range tests {
		_, ps := rules.DecodeCatalog([]byte(tt.in), "en")
		if got := problemStrings(ps); len(got) != 1 || got[0] != tt.want {
			t.Errorf("problems %q, want [%q]", got, tt.want)
		}
	}
}

func TestCatalogSizeLimits(t *testing.T) {
	huge := make([]byte, rules.MaxCatalogBytes+1)
	if _, ps := rules.DecodeCatalog(huge, "en"); len(ps) != 1 || !strings.Contains(ps[0].Message, "the limit is 8,388,608") {
		t.Errorf("oversized catalog: %v", ps)
	}
	var b strings.Builder
	b.WriteString(`{"id": "c", "name": "C", "currency": "USD", "as_of": "2026-01-01", "confidence": "low", "sources": [], "tiers": [`)
	for i := 0; i <= rules.MaxTiers; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`{"id": "t` + strconv.Itoa(i) + `", "name": "T", "limits": {}, "confidence": "low"}`)
	}
	b.WriteString("]}")
	if _, ps := rules.DecodeCatalog([]byte(b.String()), "en"); len(ps) != 1 || ps[0].String() != "tiers: at most 100 entries, got 101" {
		t.Errorf("101 tiers: %v", ps)
	}
}
