package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"tierfit/internal/ui"
	"tierfit/rules"
)

// A share link opened over unsaved work replaces it restorably: one click
// brings back what was typed.
func TestShareLinkOverWorkRestorable(t *testing.T) {
	t.Parallel()
	s, root := openApp(t)
	setField(t, s, "f-name", "My unsaved work")
	setField(t, s, "f-usage-mau", "4321")
	waitFor(t, s, `localStorage.getItem("tierfit.form").includes("My unsaved work")`)
	sc, _ := rules.DecodeScenario([]byte(`{"name": "Colleague", "catalog": "generic", "usage": {"mau": 900}}`), "en")
	s.do(t, chromedp.Navigate("about:blank"), chromedp.Navigate(ui.ShareLink(root, sc)))
	waitMounted(s, t)
	waitFor(t, s, `document.getElementById("f-name").value === "Colleague"`)
	if !eval[bool](t, s, `document.querySelector('#history li[data-why="link"]') !== null`) {
		t.Error("the replaced work is not listed")
	}
	click(t, s, "restore-last")
	waitFor(t, s, `document.getElementById("f-name").value === "My unsaved work" && document.getElementById("f-usage-mau").value === "4321"`)
	// The restore is undoable in turn: the colleague's scenario is listed.
	if !eval[bool](t, s, `[...document.querySelectorAll("#history li")].some(li => li.textContent.includes("Colleague"))`) {
		t.Error("restoring dropped the link's scenario")
	}
}

// Malformed addresses never crash: a message, the app alive (it saves what
// is typed), and the next plain load is fast.
func TestMalformedAddresses(t *testing.T) {
	t.Parallel()
	dir := siteDir(t)
	s := newSession(t)
	root := serveSite(t, dir, "/")
	// A path with a bad % sign never reaches a server (Go's, nginx, …
	// refuse the request): it opens once the service worker serves the
	// page, after a first visit.
	for i, tail := range []string{"#%", "#%E0%A4%A", "%zz/#s=x", "#s=" + strings.Repeat("A", 100000)} {
		s.do(t, chromedp.Navigate("about:blank"), chromedp.Navigate(root+tail))
		waitMounted(s, t)
		if i == 0 {
			waitFor(t, s, swActive)
		}
		waitFor(t, s, `document.querySelector("#status.error") !== null`)
		setField(t, s, "f-name", "alive "+tail[:2])
		waitFor(t, s, `localStorage.getItem("tierfit.form").includes("alive `+tail[:2]+`")`)
		if strings.Contains(eval[string](t, s, `location.href`), "#s=AAAA") {
			t.Error("the 100 KB fragment stayed in the address")
		}
	}
	start := time.Now()
	s.do(t, chromedp.Navigate("about:blank"), chromedp.Navigate(root))
	waitMounted(s, t)
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("a plain load after the hostile links took %v", d)
	}
	for _, e := range s.errors() {
		if strings.Contains(e, "panic") || strings.Contains(e, "nil pointer") {
			t.Errorf("console: %s", e)
		}
	}
}

// Deleting a named scenario can be undone.
func TestDeleteUndo(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	setField(t, s, "scen-name", "Keep me")
	click(t, s, "scen-save")
	waitFor(t, s, `document.querySelector('#saved li[data-name="Keep me"]') !== null`)
	eval[any](t, s, `document.querySelector('#saved li[data-name="Keep me"] button[aria-label^="Delete"]').click(), null`)
	waitFor(t, s, `document.querySelector('#saved li[data-name="Keep me"]') === null && document.getElementById("undo-delete") !== null`)
	click(t, s, "undo-delete")
	waitFor(t, s, `document.querySelector('#saved li[data-name="Keep me"]') !== null`)
	if !eval[bool](t, s, `JSON.parse(localStorage.getItem("tierfit.saved"))["Keep me"] !== undefined`) {
		t.Error("the undone delete is not stored")
	}
}

// A full storage is said as such, names the quota, and saving resumes by
// itself once there is room.
func TestStorageFullRecovers(t *testing.T) {
	t.Parallel()
	s := openWith(t, `(() => {
		const set = Storage.prototype.setItem;
		window.__full = true;
		Storage.prototype.setItem = function (k, v) {
			if (window.__full && k.startsWith("tierfit.form")) throw new DOMException("Failed to execute 'setItem' on 'Storage': Setting the value of '" + k + "' exceeded the quota.", "QuotaExceededError");
			return set.call(this, k, v);
		};
	})()`)
	setField(t, s, "f-name", "Quota test")
	waitFor(t, s, `document.getElementById("storage-full") !== null`)
	if msg := eval[string](t, s, `document.getElementById("storage-full").textContent`); !strings.Contains(msg, "5 MB") || strings.Contains(msg, "private mode") {
		t.Errorf("the notice %q does not name the quota", msg)
	}
	eval[any](t, s, `window.__full = false, null`)
	setField(t, s, "f-name", "Quota test, room again")
	waitFor(t, s, `document.getElementById("storage-full") === null && localStorage.getItem("tierfit.form").includes("room again")`)
}

// What is typed while the app is still starting (a slow machine: the CPU
// slowed down sixfold) is there once it has started. The typing happens as
// soon as the pre-rendered form is parsed, before the WASM can have run.
func TestTypingDuringLoadKept(t *testing.T) {
	t.Parallel()
	dir := siteDir(t)
	s := newSession(t)
	root := serveSite(t, dir, "/")
	if _, err := chromedp.Call(s.ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 6}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(s.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
		document.addEventListener("DOMContentLoaded", () => {
			const el = document.getElementById("f-usage-mau");
			if (!el || document.getElementById("` + ui.ReadyID + `")) return;
			el.value = "7777";
			el.dispatchEvent(new Event("input", {bubbles: true}));
			window.__typedEarly = true;
		});`}); err != nil {
		t.Fatal(err)
	}
	s.do(t, chromedp.Navigate(root))
	waitMounted(s, t)
	if !eval[bool](t, s, `window.__typedEarly === true`) {
		t.Fatal("the pre-rendered form was not there to type into")
	}
	waitFor(t, s, `document.getElementById("f-usage-mau").value === "7777"`)
	if _, err := chromedp.Call(s.ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 1}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, s, `localStorage.getItem("tierfit.form").includes("7777")`)
}

// Switching the catalog and back keeps the tier chosen in it.
func TestCatalogSwitchKeepsTier(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	setField(t, s, "f-current-tier", "starter")
	waitFor(t, s, `document.getElementById("f-current-tier").value === "starter"`)
	setField(t, s, "f-catalog", "easemob-im")
	waitFor(t, s, `document.getElementById("f-catalog").value === "easemob-im"`)
	setField(t, s, "f-catalog", "agora-chat")
	waitFor(t, s, `document.getElementById("f-catalog").value === "agora-chat"`)
	if got := eval[string](t, s, `document.getElementById("f-current-tier").value`); got != "starter" {
		t.Errorf("back at Agora the tier is %q, want starter", got)
	}
}

// A second tab's change is offered, never applied over this tab's form.
func TestSecondTabNoticed(t *testing.T) {
	t.Parallel()
	a, root := openApp(t)
	setField(t, a, "f-name", "Tab A")
	waitFor(t, a, `localStorage.getItem("tierfit.form").includes("Tab A")`)
	tab, cancel := chromedp.NewContext(a.ctx) // same browser context: same storage
	defer cancel()
	b := &session{ctx: tab}
	b.do(t, chromedp.Navigate(root))
	waitMounted(b, t)
	setField(t, b, "f-name", "Tab B")
	waitFor(t, b, `localStorage.getItem("tierfit.form").includes("Tab B")`)
	waitFor(t, a, `document.getElementById("other-tab-load") !== null`)
	if got := eval[string](t, a, `document.getElementById("f-name").value`); got != "Tab A" {
		t.Errorf("tab A's form became %q without asking", got)
	}
	click(t, a, "other-tab-load")
	waitFor(t, a, `document.getElementById("f-name").value === "Tab B"`)
}

// A file whose values do not validate is shown, not imported; the form
// stays until the user opens it anyway.
func TestInvalidImportPreviewed(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	eval[bool](t, s, `(() => {
		const dt = new DataTransfer();
		dt.items.add(new File(['{"name": "Bad import", "usage": {"dau": -1}}'], "bad.json", {type: "application/json"}));
		const el = document.getElementById("import-json");
		el.files = dt.files;
		el.dispatchEvent(new Event("change", {bubbles: true}));
		return true;
	})()`)
	waitFor(t, s, `document.getElementById("pending-keep") !== null`)
	if got := eval[string](t, s, `document.getElementById("f-name").value`); got != "Acme Chat" {
		t.Errorf("the invalid file replaced the form: %q", got)
	}
	if status := eval[string](t, s, `document.getElementById("status").textContent`); !strings.Contains(status, "usage.dau") && !strings.Contains(status, "whole number") {
		t.Errorf("the preview does not show the problem: %q", status)
	}
	click(t, s, "pending-keep")
	waitFor(t, s, `document.getElementById("pending-keep") === null`)
}

// A catalog the browser cannot store is refused at import, with the
// reason, instead of being "imported" and lost at the next reload.
func TestCatalogTooBigForStorageRefused(t *testing.T) {
	t.Parallel()
	s := openWith(t, `(() => {
		const set = Storage.prototype.setItem;
		Storage.prototype.setItem = function (k, v) {
			if (k === "tierfit.catalogs") throw new DOMException("Failed to execute 'setItem' on 'Storage': Setting the value of '" + k + "' exceeded the quota.", "QuotaExceededError");
			return set.call(this, k, v);
		};
	})()`)
	eval[bool](t, s, `(() => {
		const cat = {id: "mine", name: "Mine", currency: "USD", as_of: "2026-01-01", confidence: "low", sources: [],
			tiers: [{id: "t", name: "T", price_month: 1, limits: {mau: 1000}, confidence: "low"}]};
		const dt = new DataTransfer();
		dt.items.add(new File([JSON.stringify(cat)], "mine.json", {type: "application/json"}));
		const el = document.getElementById("import-catalog");
		el.files = dt.files;
		el.dispatchEvent(new Event("change", {bubbles: true}));
		return true;
	})()`)
	waitFor(t, s, `document.querySelector("#status.error") !== null`)
	if msg := eval[string](t, s, `document.getElementById("status").textContent`); !strings.Contains(msg, "was not imported") || !strings.Contains(msg, "5 MB") {
		t.Errorf("status %q does not refuse the import with the quota as reason", msg)
	}
	if eval[bool](t, s, `[...document.getElementById("f-catalog").options].some(o => o.value === "mine")`) {
		t.Error("the catalog is offered though it could not be stored")
	}
}
