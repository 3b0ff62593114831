package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// openWith opens the app after running js before any page script, to break
// the browser's storage in one way or another.
func openWith(t *testing.T, js string) *session {
	t.Helper()
	dir := siteDir(t)
	s := newSession(t)
	root := serveSite(t, dir, "/")
	if _, err := chromedp.Call(s.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: js}); err != nil {
		t.Fatal(err)
	}
	s.do(t, chromedp.Navigate(root))
	waitMounted(s, t)
	return s
}

// Corrupt saved data: the app starts from the example, keeps the bad value
// aside as a copy of its own, lists it with a download, and says so; a
// second fault keeps a second copy; a bad named scenario is set aside alone.
func TestStorageCorrupt(t *testing.T) {
	t.Parallel()
	s := openWith(t, `if (!sessionStorage.getItem("seeded")) { sessionStorage.setItem("seeded", "1");
		localStorage.setItem("tierfit.form", "{not json");
		localStorage.setItem("tierfit.saved", JSON.stringify({"good": {"values": {"name": "Good", "catalog": "generic", "usage.mau": "10"}}, "bad": 5})); }`)
	waitFor(t, s, `document.querySelector("#status.error") !== null`)
	copies := func() []string {
		return eval[[]string](t, s, `Object.keys(localStorage).filter(k => k.startsWith("tierfit.corrupt.")).sort().map(k => k.replace(/@.*/, "") + "=" + localStorage.getItem(k))`)
	}
	if got := strings.Join(copies(), " | "); got != "tierfit.corrupt.tierfit.form={not json | tierfit.corrupt.tierfit.saved[bad]=5" {
		t.Errorf("set aside: %s", got)
	}
	if got := eval[string](t, s, `document.getElementById("f-name").value`); got != "Acme Chat" {
		t.Errorf("did not start from the example: %q", got)
	}
	if !eval[bool](t, s, `document.querySelector('#saved li[data-name="good"]') !== null`) {
		t.Error("one bad named scenario took the good one with it")
	}
	if decision(t, s) == "" {
		t.Error("no result after corrupt storage")
	}
	if n := eval[int](t, s, `document.querySelectorAll("#aside li").length`); n != 2 {
		t.Errorf("the page lists %d set-aside copies, want 2", n)
	}
	// A second fault: a second copy, the first kept.
	eval[any](t, s, `localStorage.setItem("tierfit.form", "{again"), null`)
	s.do(t, chromedp.Reload())
	waitMounted(s, t)
	waitFor(t, s, `document.querySelectorAll("#aside li").length === 3`)
	if got := strings.Join(copies(), " | "); !strings.Contains(got, "={not json") || !strings.Contains(got, "={again") {
		t.Errorf("a second fault overwrote the first copy: %s", got)
	}
}

// Storage unavailable (private mode, site data blocked): the app works in
// memory and offers the export.
func TestStorageUnavailable(t *testing.T) {
	t.Parallel()
	s := openWith(t, `Object.defineProperty(window, "localStorage", {configurable: true, get() { throw new DOMException("blocked", "SecurityError"); }});`)
	waitFor(t, s, `document.getElementById("no-storage-export") !== null`)
	setField(t, s, "f-usage-dau", "100")
	setField(t, s, "f-usage-mau", "300")
	setField(t, s, "f-usage-peak-concurrent", "20")
	waitFor(t, s, `document.getElementById("result").textContent.includes("MAU 300 is within the Free hard cap of 500")`)
	for _, e := range s.errors() {
		if strings.Contains(e, "panic") || strings.Contains(e, "SecurityError") {
			t.Errorf("console: %s", e)
		}
	}
}

// Storage full for good: every write fails as Chromium fails it, the app
// keeps going, says the storage is full and offers the export.
func TestStorageFull(t *testing.T) {
	t.Parallel()
	s := openWith(t, `Storage.prototype.setItem = function(k) { throw new DOMException("Failed to execute 'setItem' on 'Storage': Setting the value of '" + k + "' exceeded the quota.", "QuotaExceededError"); };`)
	setField(t, s, "f-name", "Still here")
	waitFor(t, s, `document.getElementById("storage-full-export") !== null`)
	if got := eval[string](t, s, `document.getElementById("f-name").value`); got != "Still here" {
		t.Errorf("typing lost: %q", got)
	}
}

// Two tabs of one browser saving the same scenario name: the second save
// does not overwrite the first tab's scenario.
func TestTwoTabs(t *testing.T) {
	t.Parallel()
	a, root := openApp(t)
	tab, cancel := chromedp.NewContext(a.ctx) // a second tab, same profile and storage
	defer cancel()
	b := &session{ctx: tab}
	b.do(t, chromedp.Navigate(root))
	waitMounted(b, t)

	setField(t, a, "scen-name", "Plan")
	setField(t, a, "f-usage-mau", "111")
	click(t, a, "scen-save")
	waitFor(t, a, `document.querySelector('[data-name="Plan"]') !== null`)

	setField(t, b, "scen-name", "Plan") // tab b loaded before a saved it
	setField(t, b, "f-usage-mau", "222")
	click(t, b, "scen-save")
	waitFor(t, b, `document.querySelector('[data-name="Plan (2)"]') !== null`)
	stored := eval[string](t, b, `localStorage.getItem("tierfit.saved")`)
	if !strings.Contains(stored, `"usage.mau":"111"`) || !strings.Contains(stored, `"usage.mau":"222"`) {
		t.Errorf("a tab's scenario was lost: %s", stored)
	}
	// Tab a hears of b's save through the storage event.
	waitFor(t, a, `document.querySelector('[data-name="Plan (2)"]') !== null`)
}

// A 10 MB scenario file is refused before it is read, with the limit named,
// and nothing changes.
func TestImportTooLarge(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	before := eval[string](t, s, `document.getElementById("f-usage-mau").value`)
	eval[bool](t, s, `(() => {
		const dt = new DataTransfer();
		dt.items.add(new File(["{\"usage\": {}, \"name\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}"], "huge.json", {type: "application/json"}));
		const el = document.getElementById("import-json");
		el.files = dt.files;
		el.dispatchEvent(new Event("change", {bubbles: true}));
		return true;
	})()`)
	waitFor(t, s, `document.querySelector("#status.error") !== null`)
	msg := eval[string](t, s, `document.getElementById("status").textContent`)
	if !strings.Contains(msg, "huge.json") || !strings.Contains(msg, "the limit is 1,048,576") {
		t.Errorf("status = %.200q", msg)
	}
	if got := eval[string](t, s, `document.getElementById("f-usage-mau").value`); got != before {
		t.Errorf("MAU changed from %q to %q", before, got)
	}
}
