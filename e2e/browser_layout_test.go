package e2e

import (
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
)

// The page at 1,400 and 390 px, in both languages: nothing wider than the
// screen, the answer card shown (not hidden, not zero-sized), a page of a
// sane height; the screenshots are kept for people to look at (README).
func TestUIScreenshots(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	for _, view := range []struct {
		width, height int
		name          string
	}{{1400, 900, "desktop"}, {390, 844, "phone"}} {
		s.do(t, chromedp.EmulateViewport(int64(view.width), int64(view.height), chromedp.EmulateScale(2)))
		for _, lang := range []string{"en", "zh"} {
			if lang == "zh" {
				click(t, s, "lang-toggle")
				waitFor(t, s, `document.querySelector(".page").getAttribute("lang") === "zh-CN"`)
			}
			eval[any](t, s, `window.scrollTo(0, 0), null`)
			checkLayout(t, s, view.width, view.name+"/"+lang)
			s.viewShot(t, "main-"+view.name+suffix(lang)+".png")
			eval[any](t, s, `document.getElementById("result").scrollIntoView(), null`)
			s.viewShot(t, "result-"+view.name+suffix(lang)+".png")
			if view.name == "desktop" && lang == "en" {
				for _, id := range []string{"tiers", "charts", "checklist"} {
					eval[any](t, s, `document.getElementById("`+id+`").scrollIntoView(), null`)
					if id == "charts" {
						seeCharts(t, s, id, 4)
					}
					s.viewShot(t, id+"-desktop.png")
				}
			}
		}
		click(t, s, "lang-toggle") // back to English
		waitFor(t, s, `document.querySelector(".page").getAttribute("lang") === "en"`)
	}
	// The vendor comparison, on a desktop and on a phone.
	click(t, s, "vendors-toggle")
	waitFor(t, s, `document.querySelector(".ranking-group") !== null`)
	for _, view := range []struct {
		width, height int
		name          string
	}{{1400, 900, "desktop"}, {390, 844, "phone"}} {
		s.do(t, chromedp.EmulateViewport(int64(view.width), int64(view.height), chromedp.EmulateScale(2)))
		eval[any](t, s, `document.getElementById("vendors").scrollIntoView(), null`)
		checkLayout(t, s, view.width, "vendors/"+view.name)
		s.viewShot(t, "vendors-"+view.name+".png")
	}
}

func suffix(lang string) string {
	if lang == "en" {
		return ""
	}
	return "-" + lang
}

// checkLayout fails when the page scrolls sideways at width px, when the
// answer card is not on show, or when the page is implausibly short or
// long (the form, the answer, the tiers and the checklist: between two
// and forty screens).
func checkLayout(t *testing.T, s *session, width int, where string) {
	t.Helper()
	waitFor(t, s, `document.getElementById("answer") !== null`)
	if got := eval[int](t, s, `document.documentElement.scrollWidth`); got > width {
		wide := eval[string](t, s, `[...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > `+strconv.Itoa(width)+` + 1).slice(0, 5).map(e => e.tagName + "#" + e.id + "." + e.className).join(", ")`)
		t.Errorf("%s: the page is %d px wide on a %d px screen (too wide: %s)", where, got, width, wide)
	}
	card := eval[[]float64](t, s, `(r => [r.width, r.height])(document.getElementById("answer").getBoundingClientRect())`)
	if card[0] < 200 || card[1] < 40 || card[0] > float64(width) {
		t.Errorf("%s: the answer card is %.0f×%.0f px", where, card[0], card[1])
	}
	if eval[string](t, s, `getComputedStyle(document.getElementById("answer")).visibility`) != "visible" {
		t.Errorf("%s: the answer card is hidden", where)
	}
	screens := eval[float64](t, s, `document.documentElement.scrollHeight / window.innerHeight`)
	if screens < 2 || screens > 40 {
		t.Errorf("%s: the page is %.1f screens long", where, screens)
	}
}
