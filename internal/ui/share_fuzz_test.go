package ui

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"
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
