package ui

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// badAddress is set when the page's address had to be repaired before the
// app read it; the planner says so once it has started.
var badAddress bool

// GuardAddress repairs the page's address before go-app reads it, now and
// after every history move: go-app parses location.href with url.Parse and
// crashes on a nil URL (a fragment such as #% or a path with a bad percent
// sign), leaving a page that looks alive and saves nothing. The browser
// calls it before RunWhenOnBrowser, so its popstate listener runs before
// go-app's.
func GuardAddress() {
	if !app.IsClient {
		return
	}
	repair := func() {
		if safe, changed := SafeAddress(app.Window().Get("location").Get("href").String()); changed {
			app.Window().Get("history").Call("replaceState", nil, "", safe)
			badAddress = true
		}
	}
	repair()
	app.Window().Call("addEventListener", "popstate", app.FuncOf(func(this app.Value, args []app.Value) any {
		repair()
		return nil
	}))
}

// SafeAddress is raw made readable by url.Parse, and whether it had to
// change: a fragment Go cannot read is dropped (a share link that broken
// holds nothing to recover); in the rest, a percent sign that starts no
// escape, a control character or a space is escaped.
func SafeAddress(raw string) (string, bool) {
	if _, err := url.Parse(raw); err == nil {
		return raw, false
	}
	base, frag, hasFrag := strings.Cut(raw, "#")
	if hasFrag {
		if _, err := url.Parse(base + "#" + frag); err != nil {
			frag, hasFrag = "", false
		}
	}
	base = escapeBad(base)
	if hasFrag {
		base += "#" + frag
	}
	if _, err := url.Parse(base); err != nil { // nothing left to repair: the site's root
		return "/", true
	}
	return base, true
}

// escapeBad escapes what url.Parse refuses in an address without its
// fragment.
func escapeBad(s string) string {
	const hex = "0123456789abcdefABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%' && (i+2 >= len(s) || !strings.ContainsRune(hex, rune(s[i+1])) || !strings.ContainsRune(hex, rune(s[i+2]))):
			b.WriteString("%25")
		case c < 0x20 || c == 0x7f || c == ' ':
			b.WriteString("%" + strings.ToUpper(string(hex[c>>4])+string(hex[c&15])))
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
