package ui

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"tierfit/rules"
)

// FuzzShareFragment decodes arbitrary share fragments: never a panic, and a
// fragment that decodes makes a link that decodes to the same scenario.
func FuzzShareFragment(f *testing.F) {
	s, _ := exampleForm().scenario("en")
	good := ShareLink("http://x/", s)
	f.Add(good[strings.Index(good, "#s=")+3:])
	f.Add("")
	f.Add("%%%")
	f.Add("eyJ1c2FnZSI6e319")                                    // {"usage":{}}
	f.Add("eyJ1c2FnZSI6eyJkYXUiOi0xfSwibmFtZSI6IjxzY3JpcHQ+In0") // a negative DAU and a script tag
	f.Fuzz(func(t *testing.T, frag string) {
		got, ps := decodeShare(frag, "en")
		if len(ps) > 0 {
			return
		}
		link := ShareLink("http://x/", got)
		again, ps := decodeShare(link[strings.Index(link, "#s=")+3:], "en")
		a, _ := json.Marshal(got)
		b, _ := json.Marshal(again)
		if len(ps) > 0 || string(a) != string(b) {
			t.Fatalf("round trip: %v\n%s\n%s", ps, a, b)
		}
	})
}

// FuzzAddress runs what the app does with its address at start: repair it
// (GuardAddress), let url.Parse read it (go-app's navigation), and decode
// a share fragment. Never a panic, never an address go-app cannot read.
func FuzzAddress(f *testing.F) {
	for _, seed := range []string{"http://127.0.0.1:8000/#%", "http://x/#%E0%A4%A", "http://x/%zz/#s=abc",
		"http://x/tierfit/?q=%#s=%%", "http://x/a b\x00c#\x7f", "http://x/#s=" + strings.Repeat("A", 100000), "http://x/"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		if !strings.HasPrefix(raw, "http://x/") && !strings.HasPrefix(raw, "http://127.0.0.1:8000/") {
			raw = "http://x/" + raw // the browser's address always has a scheme and a host
		}
		safe, changed := SafeAddress(raw)
		u, err := url.Parse(safe)
		if err != nil || u == nil {
			t.Fatalf("SafeAddress(%q) = %q, which url.Parse refuses: %v", raw, safe, err)
		}
		if !changed && safe != raw {
			t.Fatalf("changed the address %q without saying so", raw)
		}
		if frag, ok := strings.CutPrefix(u.Fragment, sharePrefix); ok {
			decodeShare(frag, "en") // must not panic
		}
	})
}

// FuzzStoredCatalogs runs what every reload does with imported catalogs:
// a catalog that imports is stored (the JSON the storage keeps), read back
// as loadCatalogs reads it and imported again: it must import again, the
// same, or it would be set aside at the next reload.
func FuzzStoredCatalogs(f *testing.F) {
	for _, c := range rules.Builtin() {
		b, _ := json.Marshal(c)
		f.Add(b)
	}
	f.Add([]byte(`{"id": "m", "name": "M", "currency": "EUR", "as_of": "2026-01-01", "sources": ["https://m.example/a?b=c#d"],
		"tiers": [{"id": "t", "name": "T\tx", "limits": {"mau": 5}, "confidence": "low", "notes": "n"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		cat, ps := rules.ImportCatalog(data, "en")
		if len(ps) > 0 {
			return
		}
		stored, err := json.Marshal([]*rules.Catalog{cat})
		if err != nil {
			t.Fatal(err)
		}
		var raw []json.RawMessage
		if err := json.Unmarshal(stored, &raw); err != nil || len(raw) != 1 {
			t.Fatalf("stored catalogs do not read back: %v", err)
		}
		again, ps := rules.ImportCatalog(raw[0], "en")
		if len(ps) > 0 {
			t.Fatalf("a stored catalog fails its own import: %v\n%s", ps, raw[0])
		}
		a, _ := json.Marshal(cat)
		b, _ := json.Marshal(again)
		if string(a) != string(b) {
			t.Fatalf("the catalog changed through storage:\n%s\n%s", a, b)
		}
	})
}
