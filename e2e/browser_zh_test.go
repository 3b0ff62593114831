package e2e

import (
	"testing"

	"tierfit/internal/i18n"
	"tierfit/rules"
)

// What the Chinese page may show in Latin letters besides
// i18n.Untranslated: the catalogs' names, ids, sources and the vendors'
// own notes (sourced text), the time zones, and the example's name.
func chineseAllowed() []string {
	out := append([]string{"Acme Chat"}, rules.TimeZones...)
	for _, c := range rules.Builtin() {
		out = append(out, c.Name, c.ShortName(), c.ID, c.Notes, c.Currency)
		out = append(out, c.Sources...)
		for _, t := range c.Tiers {
			out = append(out, t.Name, t.ID, t.Notes, t.PriceNote)
		}
	}
	return out
}

// Every view of the Chinese page is Chinese: the text a person sees, with
// the comparison, the side-by-side, every finding and every chart's
// numbers open. Code blocks (the scenario's JSON, the Mermaid source) are
// data, and left out.
func TestChinesePageIsChinese(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	click(t, s, "lang-toggle")
	waitFor(t, s, `document.querySelector(".page").getAttribute("lang") === "zh-CN"`)
	openEverything(t, s)
	eval[any](t, s, `document.getElementById("checklist").scrollIntoView(), null`)
	waitFor(t, s, `document.querySelector("#checklist h2") !== null`)
	text := eval[string](t, s, `(() => {
		// every text node a person can see or hear, one per line; text
		// marked as another language (the toggle saying "English") and
		// code blocks aside
		const out = [];
		const walk = document.createTreeWalker(document.querySelector(".page"), NodeFilter.SHOW_TEXT);
		for (let n = walk.nextNode(); n; n = walk.nextNode()) {
			const e = n.parentElement;
			if (e.closest("pre, code, script, style") || e.closest("[lang]:not(.page)")) continue;
			out.push(n.textContent);
		}
		for (const e of document.querySelectorAll("[aria-label], [title]")) {
			if (!e.closest("[lang]:not(.page)")) out.push(e.getAttribute("aria-label") || "", e.getAttribute("title") || "");
		}
		out.push(document.title);
		return out.join("\n");
	})()`)
	if words := i18n.LatinWords(text, chineseAllowed()...); len(words) > 0 {
		t.Errorf("English on the Chinese page: %v", words)
	}
}
