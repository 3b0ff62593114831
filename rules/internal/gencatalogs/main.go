// Command gencatalogs builds the built-in vendor catalogs (rules/catalogs/
// *.json) from the sourced reference, rules/catalogs/reference/
// im-tiers.json, and the facts its prose states that the catalog format
// encodes as fields (reference/encoded.json: hard caps, plan maximums,
// overage prices, shares, statuses, each with where it comes from). The
// illustrative generic.json is written by hand. Run it with go generate
// ./rules; a test fails when the committed catalogs differ from its output.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"tierfit/rules"
)

func main() {
	ref := flag.String("ref", "catalogs/reference/im-tiers.json", "the sourced reference")
	enc := flag.String("encoded", "catalogs/reference/encoded.json", "the encoded facts")
	out := flag.String("out", "catalogs", "where the catalogs are written")
	flag.Parse()
	if err := run(*ref, *enc, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gencatalogs:", err)
		os.Exit(1)
	}
}

// run writes the catalog files into out, and, in the working directory,
// their Go values (catalogs_gen.go) and the example's (example_gen.go).
func run(ref, enc, out string) error {
	files, err := generate(ref, enc)
	if err != nil {
		return err
	}
	catalogs, err := goSource(files, out)
	if err != nil {
		return err
	}
	example, err := exampleSource("example.json")
	if err != nil {
		return err
	}
	for name, b := range map[string][]byte{"catalogs_gen.go": catalogs, "example_gen.go": example} {
		if err := os.WriteFile(name, b, 0o644); err != nil {
			return err
		}
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(out, name), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// reference is the part of im-tiers.json the catalogs use.
type reference struct {
	Vendors []struct {
		ID, Name, Seen string
		Source         []string
		PageDates      map[string]string `json:"page_dates"`
		SLA            string            `json:"sla_notes"`
		Regions        string            `json:"region_notes"`
		Other          string            `json:"other_notes"`
		Tiers          []refTier
	}
}

type refTier struct {
	ID, Name   string
	PriceUSD   *float64 `json:"price_usd_month"`
	PriceLocal *struct {
		Amount           float64
		Currency, Status string
	} `json:"price_local_month"`
	PriceNote  string              `json:"price_note"`
	Limits     map[string]*float64 `json:"limits"`
	Features   []string
	Regions    []string
	SLA        *float64 `json:"sla_percent"`
	Confidence string
	Sources    []string
	Notes      string
	HardCaps   bool `json:"limits_are_hard_caps"`
}

// encoded are the facts of one vendor that the reference states in prose.
type encoded struct {
	Currency string `json:"currency"`
	// FeaturesPartial says the vendor's feature lists name only what the
	// sources state; a tier may say otherwise.
	FeaturesPartial bool `json:"features_partial"`
	// AsOf replaces the newest page date when that page is not where the
	// prices come from (as_of_why says why).
	AsOf    string `json:"as_of"`
	AsOfWhy string `json:"as_of_why"`
	// Tiers holds, per tier id, catalog fields to set (merged into limits
	// for "limits"), "notes_append" to add to the tier's notes, and "why":
	// where the facts come from.
	Tiers map[string]map[string]json.RawMessage `json:"tiers"`
}

// generate returns every catalog file's name and bytes.
func generate(refPath, encPath string) (map[string][]byte, error) {
	var ref reference
	var enc map[string]encoded
	for path, v := range map[string]any{refPath: &ref, encPath: &enc} {
		if err := readJSON(path, v); err != nil {
			return nil, err
		}
	}
	files := map[string][]byte{}
	for _, v := range ref.Vendors {
		e, ok := enc[v.ID]
		if !ok {
			continue // a vendor with no known limit: no catalog (stream-chat)
		}
		cat := map[string]any{
			"id": v.ID, "name": v.Name, "currency": e.Currency, "seen": v.Seen, "sources": v.Source,
			"page_dates": orEmpty(v.PageDates), "notes": vendorNotes(v.SLA, v.Regions, v.Other),
		}
		cat["as_of"], cat["as_of_note"] = asOf(v.PageDates, v.Seen)
		if e.AsOf != "" {
			cat["as_of"], cat["as_of_note"] = e.AsOf, ""
		}
		var tiers []any
		for _, rt := range v.Tiers {
			t, err := tier(rt, e, e.Tiers[rt.ID])
			if err != nil {
				return nil, fmt.Errorf("%s/%s: %w", v.ID, rt.ID, err)
			}
			tiers = append(tiers, t)
		}
		cat["tiers"] = tiers
		raw, _ := json.Marshal(cat)
		c, ps := rules.DecodeCatalog(raw, "en")
		if len(ps) > 0 {
			return nil, fmt.Errorf("%s: the generated catalog is invalid: %v", v.ID, ps)
		}
		var buf bytes.Buffer
		out := json.NewEncoder(&buf)
		out.SetEscapeHTML(false) // URLs keep their &
		out.SetIndent("", "  ")
		if err := out.Encode(c); err != nil {
			return nil, err
		}
		files[v.ID+".json"] = buf.Bytes()
	}
	return files, nil
}

// readJSON decodes the file at path into v.
func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// tier is one catalog tier: the reference's figures, with the encoded facts
// set over them.
func tier(rt refTier, e encoded, facts map[string]json.RawMessage) (map[string]any, error) {
	currency := e.Currency
	t := map[string]any{
		"id": rt.ID, "name": rt.Name, "price_note": rt.PriceNote, "confidence": rt.Confidence,
		"sources": rt.Sources, "notes": rt.Notes, "sla_percent": rt.SLA,
		"features": orNull(rt.Features), "regions": orNull(rt.Regions),
		"features_partial": e.FeaturesPartial, "hard_caps": hardCaps(rt),
	}
	limits := map[string]any{}
	for k, v := range rt.Limits {
		limits[k] = v
	}
	switch l := rt.PriceLocal; {
	case rt.PriceUSD != nil && (currency == "USD" || *rt.PriceUSD == 0):
		t["price_month"] = *rt.PriceUSD
	case l != nil && l.Currency == currency && !strings.Contains(l.Status, "add-on"):
		t["price_month"] = l.Amount
	}
	keys := make([]string, 0, len(facts))
	for k := range facts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		var v any
		if err := json.Unmarshal(facts[k], &v); err != nil {
			return nil, fmt.Errorf("%s: %w", k, err)
		}
		switch k {
		case "why":
		case "limits":
			for lk, lv := range v.(map[string]any) {
				limits[lk] = lv
			}
		case "notes_append":
			t["notes"] = strings.TrimSpace(rt.Notes + " " + v.(string))
		default:
			t[k] = v
		}
	}
	t["limits"] = limits
	return t, nil
}

// hardCaps are the usage limits the reference marks as hard caps
// (limits_are_hard_caps): every usage meter with a figure. Otherwise none:
// the reference's limits on paid tiers are included quotas.
func hardCaps(rt refTier) []string {
	caps := []string{}
	if !rt.HardCaps {
		return caps
	}
	for _, m := range []string{"dau", "mau", "peak_concurrent"} {
		if rt.Limits[m] != nil {
			caps = append(caps, m)
		}
	}
	return caps
}

// vendorNotes joins the reference's notes on SLA, regions and the rest.
func vendorNotes(sla, regions, other string) string {
	s := "SLA: " + sla + " Regions: " + regions
	if other != "" {
		s += " " + other
	}
	return s
}

// asOf is the newest page date (a page date may carry a note after it), or
// the day the pages were read when none shows a date.
func asOf(pageDates map[string]string, seen string) (string, string) {
	newest := ""
	for _, d := range pageDates {
		if len(d) < 10 {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d[:10]); err == nil && d[:10] > newest {
			newest = d[:10]
		}
	}
	if newest == "" {
		return seen, "date the pages were read; they show no date"
	}
	return newest, ""
}

// orEmpty keeps a vendor with no dated page readable: {} rather than null.
func orEmpty(m map[string]string) map[string]string {
	if m == nil {
		return map[string]string{}
	}
	return m
}

// orNull turns an empty list ("not found" in the reference) into unknown.
func orNull(list []string) any {
	if len(list) == 0 {
		return nil
	}
	return list
}
