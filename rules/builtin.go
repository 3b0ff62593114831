package rules

import "strings"

// The vendor catalogs are generated from the sourced reference in
// catalogs/reference (generic.json is written by hand), and all of them as
// Go values (catalogs_gen.go): nothing is decoded or checked when the app
// starts; TestGeneratedCatalogs decodes and checks the JSON instead.
//go:generate go run ./internal/gencatalogs

var builtin = generated

// ref is a pointer to v, for the generated catalogs.
func ref[T any](v T) *T { return &v }

// ShortName is the catalog's name before its qualifiers (" (…)", " — …",
// " / …"), for a select on a phone; the full name is shown beside it.
func (c *Catalog) ShortName() string {
	short := c.Name
	for _, sep := range []string{" (", " — ", " / "} {
		short, _, _ = strings.Cut(short, sep)
	}
	return short
}

// Builtin returns the embedded catalogs, sorted by id, generic last. The
// slice is a copy; the catalogs themselves are shared and must not change.
func Builtin() []*Catalog { return append([]*Catalog(nil), builtin...) }

// BuiltinCatalog returns the embedded catalog with id, or nil.
func BuiltinCatalog(id string) *Catalog { return CatalogByID(builtin, id) }

// CatalogByID returns the catalog of cats with id, or nil.
func CatalogByID(cats []*Catalog, id string) *Catalog {
	for _, c := range cats {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// Comparable is what a comparison of "all" vendors ranks: every catalog of
// cats but the illustrative ones, which are usable by name only (own, the
// scenario's catalog, is kept whatever it is).
func Comparable(cats []*Catalog, own string) []*Catalog {
	var out []*Catalog
	for _, c := range cats {
		if !c.Illustrative || c.ID == own {
			out = append(out, c)
		}
	}
	return out
}

// CatalogIDs lists the ids of cats, in order.
func CatalogIDs(cats []*Catalog) []string {
	ids := make([]string, len(cats))
	for i, c := range cats {
		ids[i] = c.ID
	}
	return ids
}
