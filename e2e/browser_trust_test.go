package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"tierfit/rules"

	"tierfit/internal/ui"
)

// The trust decisions in the page: a free tier far over what it includes at
// an unknown price is "verify" with the questions and never a green fit; a
// cheaper tier of the same catalog is "switch_to_save" with the saving; an
// empty usage says what to enter instead of a verdict.
func TestUITrustDecisions(t *testing.T) {
	t.Parallel()
	dir := siteDir(t)
	s := newSession(t)
	root := serveSite(t, dir, "/")
	open := func(raw string) {
		sc, ps := rules.DecodeScenario([]byte(raw), "en")
		if len(ps) > 0 {
			t.Fatal(ps)
		}
		s.do(t, chromedp.Navigate("about:blank"), chromedp.Navigate(ui.ShareLink(root, sc)))
		waitMounted(s, t)
	}
	open(`{"name": "Tiny Chat", "catalog": "cometchat", "current_tier": "build", "usage": {"mau": 12000, "peak_concurrent": 400}}`)
	waitFor(t, s, `document.getElementById("decision").dataset.decision === "verify"`)
	if text := eval[string](t, s, `document.getElementById("questions").textContent`); !strings.Contains(text, "MAU 12,000 is over the 100 included in Build (free)") {
		t.Errorf("the verify answer lacks its question: %q", text)
	}
	if class := eval[string](t, s, `document.querySelector('tr[data-tier="build"] td.fits').className`); strings.Contains(class, "pass") {
		t.Errorf("a tier the catalog cannot confirm shows as a plain fit: %q", class)
	}

	open(`{"name": "Acme", "catalog": "agora-chat", "current_tier": "starter", "usage": {"mau": 6000, "peak_concurrent": 800}}`)
	waitFor(t, s, `document.getElementById("decision").dataset.decision === "switch_to_save"`)
	if got := eval[string](t, s, `document.getElementById("saving").textContent`); got != "USD 700" {
		t.Errorf("saving = %q, want USD 700", got)
	}
	if got := eval[string](t, s, `document.querySelector("#decision .headline").textContent`); got != "switch to save USD 700 a month" {
		t.Errorf("headline = %q", got)
	}
	click(t, s, "lang-toggle")
	waitFor(t, s, `document.querySelector("#decision .headline").textContent === "切换套餐，每月节省 700 美元"`)

	// A link whose values do not validate is shown, not applied: opened on
	// request, it gives no verdict for an empty usage.
	open(`{"name": "Empty", "catalog": "agora-chat", "usage": {}}`)
	waitFor(t, s, `document.getElementById("pending-apply") !== null`)
	if got := eval[string](t, s, `document.getElementById("f-name").value`); got == "Empty" {
		t.Error("an invalid link replaced the form before the user asked")
	}
	click(t, s, "pending-apply")
	waitFor(t, s, `document.getElementById("f-usage-err") !== null && document.getElementById("f-name").value === "Empty"`)
	if document := eval[bool](t, s, `document.getElementById("decision") === null`); !document {
		t.Error("a verdict is shown for an empty usage")
	}
}
