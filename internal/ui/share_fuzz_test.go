package ui

import (
	"encoding/json"
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
