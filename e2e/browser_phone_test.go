package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// openEverything opens every view of the page: the vendor comparison with
// all its rows, two tiers side by side, every tier's findings, every
// chart's numbers and the feature and region pickers.
func openEverything(t *testing.T, s *session) {
	t.Helper()
	if !eval[bool](t, s, `document.getElementById("vendors-toggle").getAttribute("aria-expanded") === "true"`) {
		click(t, s, "vendors-toggle")
	}
	waitFor(t, s, `document.getElementById("rank-more") !== null`)
	if !eval[bool](t, s, `document.getElementById("rank-more").getAttribute("aria-expanded") === "true"`) {
		click(t, s, "rank-more")
	}
	waitFor(t, s, `document.getElementById("rank-more").getAttribute("aria-expanded") === "true"`)
	if !eval[bool](t, s, `document.getElementById("compare") !== null`) {
		click(t, s, "cmp-free")
		click(t, s, "cmp-pro")
	}
	waitFor(t, s, `document.getElementById("compare") !== null`)
	eval[any](t, s, `document.querySelectorAll("details").forEach(d => d.open = true), null`)
}

// phoneChecks: at 390 × 844 the answer is on the first screen and no view
// scrolls sideways; the catalog select shows every vendor's whole name.
func phoneChecks(t *testing.T, s *session, where string) {
	t.Helper()
	eval[any](t, s, `window.scrollTo(0, 0), null`)
	waitFor(t, s, `document.getElementById("decision-headline") !== null`)
	if bottom := eval[float64](t, s, `document.getElementById("move-to").getBoundingClientRect().bottom`); bottom > 844 {
		t.Errorf("%s: the answer ends %.0f px down, below the first screen", where, bottom)
	}
	if w := eval[int](t, s, `document.documentElement.scrollWidth`); w > 390 {
		wide := eval[string](t, s, `[...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > 391).slice(0, 6).map(e => e.tagName + "#" + e.id + "." + e.className).join(", ")`)
		t.Errorf("%s: the page is %d px wide (too wide: %s)", where, w, wide)
	}
	cut := eval[[]string](t, s, `(() => {
		const sel = document.getElementById("f-catalog"), cs = getComputedStyle(sel);
		const ctx = document.createElement("canvas").getContext("2d");
		ctx.font = cs.font;
		// the text box: the select less its padding, border and arrow
		const room = sel.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 24;
		return [...sel.options].filter(o => ctx.measureText(o.text).width > room).map(o => o.text);
	})()`)
	if len(cut) > 0 {
		t.Errorf("%s: the catalog select cuts %q", where, cut)
	}
}

// On a phone, in English and Chinese, with every view open.
func TestPhoneEveryView(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	s.do(t, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)))
	phoneChecks(t, s, "first view, en")
	openEverything(t, s)
	phoneChecks(t, s, "every view open, en")
	s.viewShot(t, "phone-everything-en.png")
	click(t, s, "lang-toggle")
	waitFor(t, s, `document.querySelector(".page").getAttribute("lang") === "zh-CN"`)
	openEverything(t, s)
	phoneChecks(t, s, "every view open, zh")
	// The empty state is first on the screen too.
	for _, id := range []string{"f-usage-dau", "f-usage-mau", "f-usage-peak-concurrent"} {
		setField(t, s, id, "")
	}
	waitFor(t, s, `document.getElementById("empty") !== null`)
	eval[any](t, s, `window.scrollTo(0, 0), null`)
	if top := eval[float64](t, s, `document.getElementById("empty").getBoundingClientRect().top`); top > 844 {
		t.Errorf("the empty state starts %.0f px down", top)
	}
}
