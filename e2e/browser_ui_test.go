package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"tierfit/internal/ui"

	"tierfit/plans"
	"tierfit/rules"
)

// Typing numbers changes the decision; an invalid number is named inline,
// and the last valid result stays, marked stale.
func TestUITypingChangesDecision(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	if got := decision(t, s); got != "upgrade_now" {
		t.Fatalf("example decision = %s, want upgrade_now", got)
	}
	for id, v := range map[string]string{
		"f-usage-dau": "100", "f-usage-mau": "300", "f-usage-peak-concurrent": "20", "f-usage-max-group-members": "50", "f-usage-history-days": "5",
	} {
		setField(t, s, id, v)
	}
	click(t, s, "f-needs-features-moderation") // untick: Free lacks moderation
	// 300 MAU growing 10% a month passes 80% of Free's 500 cap in month 4.
	waitFor(t, s, `document.getElementById("decision").dataset.decision === "plan_upgrade"`)
	setField(t, s, "f-usage-monthly-growth-percent", "0")
	waitFor(t, s, `document.getElementById("decision").dataset.decision === "stay"`)

	setField(t, s, "f-usage-mau", "3OO") // letter O, not zero
	waitFor(t, s, `document.getElementById("f-usage-mau-err") !== null`)
	if msg := eval[string](t, s, `document.getElementById("f-usage-mau-err").textContent`); !strings.Contains(msg, `must be a number such as 12000, 12,000, 12k or 1.2万; got "3OO"`) {
		t.Errorf("inline message = %q", msg)
	}
	if !eval[bool](t, s, `document.getElementById("stale") !== null && document.getElementById("decision").dataset.decision === "stay"`) {
		t.Error("an invalid field wiped the last result or did not mark it stale")
	}
	if got := eval[string](t, s, `document.getElementById("f-usage-mau").value`); got != "3OO" {
		t.Errorf("the field lost what was typed: %q", got)
	}
	setField(t, s, "f-usage-mau", "300")
	waitFor(t, s, `document.getElementById("stale") === null`)
	if errs := s.errors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}

// Features and regions the current tier lacks show as gaps.
func TestUIFeatureAndRegionGaps(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	click(t, s, "f-needs-features-translation")
	click(t, s, "f-needs-regions-cn")
	waitFor(t, s, `document.querySelector('[data-signal="region_gap"]') !== null`)
	// The card names each signal once; its details (the message, also its
	// title) name what is missing.
	gap := eval[string](t, s, `document.querySelector('[data-signal="feature_gap"]').title`)
	if !strings.Contains(gap, "translation") {
		t.Errorf("feature gap = %q, want translation named", gap)
	}
	if got := eval[string](t, s, `document.querySelector('[data-signal="region_gap"]').title`); !strings.Contains(got, "Mainland China") {
		t.Errorf("region gap = %q", got)
	}
	// No Agora tier serves mainland China: nothing fits.
	waitFor(t, s, `document.getElementById("decision").dataset.decision === "no_fit"`)
}

// The downloaded checklist is byte for byte what `plan -format md` prints
// for the same scenario.
func TestUIDownloadMatchesCLI(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	got := s.download(t, "tierfit-acme-chat-2026-12-07-en.md")
	sc := rules.Example()
	scenarioFile := filepath.Join(t.TempDir(), "scenario.json")
	b, _ := json.Marshal(sc)
	os.WriteFile(scenarioFile, b, 0o644)
	code, want, errs := runCLI(t, "", "plan", "-scenario", scenarioFile, "-format", "md")
	if code != 0 {
		t.Fatalf("plan: %s", errs)
	}
	if string(got) != want {
		t.Errorf("download (%d bytes) differs from plan -format md (%d bytes)", len(got), len(want))
	}
}

// Copy puts exactly the checklist on the clipboard. Not parallel: the
// clipboard is the whole browser's, not one context's.
func TestUICopy(t *testing.T) {
	s, root := openApp(t)
	allowClipboard(t, s, root)
	click(t, s, "copy-md")
	waitFor(t, s, `document.querySelector("#status.ok") !== null`)
	got := eval[string](t, s, `navigator.clipboard.readText()`)
	sc := rules.Example()
	cat := rules.BuiltinCatalog("agora-chat")
	ev, _ := rules.Evaluate(sc, cat, rules.Context{Today: time.Now().Format("2006-01-02"), Others: rules.Builtin()})
	if want := plans.Checklist(sc, cat, ev, plans.Options{}); got != want {
		t.Errorf("clipboard (%d bytes) differs from the checklist (%d bytes)", len(got), len(want))
	}
}

// What was typed survives a reload, invalid text included.
func TestUIReloadRestores(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	setField(t, s, "f-name", "Reload 测试")
	setField(t, s, "f-usage-mau", "777")
	setField(t, s, "f-usage-dau", "12x")
	waitFor(t, s, `document.getElementById("f-usage-dau-err") !== null`)
	// What the fields hold at the instant the page turns ready: a person
	// may type from then on, so the restored values must be there already.
	if _, err := chromedp.Call(s.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
		new MutationObserver((_, obs) => {
			if (!document.getElementById("` + ui.ReadyID + `")) return;
			obs.disconnect();
			window.__atReady = ["f-name", "f-usage-mau", "f-usage-dau"].map(id => document.getElementById(id).value);
		}).observe(document, {childList: true, subtree: true});`}); err != nil {
		t.Fatal(err)
	}
	s.do(t, chromedp.Reload())
	waitMounted(s, t)
	waitFor(t, s, `window.__atReady !== undefined`)
	atReady := eval[[]string](t, s, `window.__atReady`)
	for i, want := range []string{"Reload 测试", "777", "12x"} {
		if atReady[i] != want {
			t.Errorf("when the page turned ready after a reload, field %d = %q, want %q", i, atReady[i], want)
		}
	}
}

// A share link opened in a fresh profile shows the same scenario.
func TestUIShareLink(t *testing.T) {
	t.Parallel()
	s, root := openApp(t)
	allowClipboard(t, s, root)
	setField(t, s, "f-name", "Shared <b>Chat</b>")
	setField(t, s, "f-usage-mau", "4242")
	click(t, s, "f-needs-regions-eu")
	waitFor(t, s, `document.getElementById("decision") !== null`)
	click(t, s, "share")
	waitFor(t, s, `document.querySelector("#status li") !== null`)
	link := eval[string](t, s, `document.querySelector("#status li").textContent`)
	if !strings.HasPrefix(link, root+"#s=") {
		t.Fatalf("share link = %q", link)
	}
	other := newSession(t)
	other.do(t, chromedp.Navigate(link))
	waitMounted(other, t)
	for id, want := range map[string]string{"f-name": "Shared <b>Chat</b>", "f-usage-mau": "4242"} {
		if got := eval[string](t, other, `document.getElementById("`+id+`").value`); got != want {
			t.Errorf("shared #%s = %q, want %q", id, got, want)
		}
	}
	openPickers(t, other)
	if !eval[bool](t, other, `document.getElementById("f-needs-regions-eu").checked && location.hash === ""`) {
		t.Error("region not restored, or the fragment was left in the address bar")
	}
	if !eval[bool](t, other, `document.querySelector("b") === null`) {
		t.Error("the shared name became HTML")
	}
}

// A bad catalog file changes nothing and says why; a good one is added.
func TestUIImportCatalog(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	before := decision(t, s)
	upload := func(name, content string) {
		js := `(() => {
			const dt = new DataTransfer();
			dt.items.add(new File([` + jsString(content) + `], ` + jsString(name) + `, {type: "application/json"}));
			const el = document.getElementById("import-catalog");
			el.files = dt.files;
			el.dispatchEvent(new Event("change", {bubbles: true}));
			return true;
		})()`
		eval[bool](t, s, js)
	}
	upload("bad.json", `{"id": "mine", "name": "Mine", "currency": "USD", "as_of": "2026-01-01", "confidence": "high", "sources": [],
		"tiers": [{"id": "pro", "name": "Pro", "limits": {"mau": -3}, "confidence": "high"}]}`)
	waitFor(t, s, `document.querySelector("#status.error") !== null`)
	status := eval[string](t, s, `document.getElementById("status").textContent`)
	if !strings.Contains(status, "bad.json") || !strings.Contains(status, "tiers[pro].limits.mau: must be a whole number ≥ 0, got -3") {
		t.Errorf("status = %q", status)
	}
	if got := eval[string](t, s, `document.getElementById("f-catalog").value`); got != "agora-chat" || decision(t, s) != before {
		t.Errorf("a bad import changed the catalog (%s) or the decision", got)
	}
	upload("mine.json", `{"id": "mine", "name": "My Vendor", "currency": "EUR", "as_of": "2026-01-01", "confidence": "medium", "sources": ["https://example.com/notes"],
		"tiers": [{"id": "only", "name": "Only", "price_month": 9, "limits": {"mau": 100000, "peak_concurrent": 10000, "group_members": 500, "history_days": 60},
		"hard_caps": ["mau"], "features": ["read_receipts", "moderation"], "regions": ["sea", "na"], "sla_percent": 99.95, "latency_ms": 200, "support": "dedicated", "confidence": "medium"}]}`)
	waitFor(t, s, `document.getElementById("f-catalog").value === "mine"`)
	waitFor(t, s, `document.getElementById("decision").dataset.decision === "stay"`)
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// The language toggle switches the interface and the export.
func TestUILanguage(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	click(t, s, "lang-toggle")
	waitFor(t, s, `document.querySelector(".inputs h2").textContent === "您的产品"`)
	waitFor(t, s, `document.querySelector(".markdown h2").textContent === "关键日期与决策"`)
	if got := eval[string](t, s, `document.querySelector(".page").getAttribute("lang")`); got != "zh-CN" {
		t.Errorf("lang attribute = %q", got)
	}
	s.viewShot(t, "main-zh.png")
}

// allowClipboard lets the test read the clipboard back.
func allowClipboard(t *testing.T, s *session, root string) {
	t.Helper()
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		if _, err := chromedp.CallBrowser(s.ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: name}, Setting: browser.PermissionSettingGranted,
			Origin: strings.TrimSuffix(root, "/"), BrowserContextID: s.browserContext()}); err != nil {
			t.Fatalf("permission %s: %v", name, err)
		}
	}
}

// Ticking two tiers shows them side by side, rule by rule.
func TestUICompareTwoTiers(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	click(t, s, "cmp-free")
	click(t, s, "cmp-pro")
	waitFor(t, s, `document.querySelector("#compare table") !== null`)
	head := eval[string](t, s, `document.querySelector("#compare thead").textContent`)
	if !strings.Contains(head, "Free") || !strings.Contains(head, "Pro") {
		t.Errorf("compare header = %q", head)
	}
	if n := eval[int](t, s, `document.querySelectorAll("#compare tbody tr").length`); n != len(rules.Rules) {
		t.Errorf("%d compared rules, want %d", n, len(rules.Rules))
	}
}

// Printing shows the checklist alone.
func TestUIPrintStylesheet(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	if _, err := chromedp.Call(s.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	hidden := eval[bool](t, s, `["#answer-panel", "#tiers", "#charts", ".inputs"].every(sel => getComputedStyle(document.querySelector(sel)).display === "none")`)
	if !hidden {
		t.Error("print view: the controls are not hidden")
	}
	// The preview below the first view is derived a moment after mounting.
	waitFor(t, s, `getComputedStyle(document.querySelector(".markdown")).display !== "none" && document.querySelector(".markdown").getBoundingClientRect().height > 500`)
}

// Handlers of rows that go-app reuses must act on their own row: ticking
// one feature keeps the others, and deleting a saved scenario after the list
// reorders deletes that one.
func TestUIListHandlersFollowTheirRow(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	click(t, s, "f-needs-features-translation")
	waitFor(t, s, `localStorage.getItem("tierfit.form").includes("translation")`)
	click(t, s, "f-needs-features-push")
	waitFor(t, s, `localStorage.getItem("tierfit.form").includes("push")`)
	stored := eval[string](t, s, `JSON.stringify(JSON.parse(localStorage.getItem("tierfit.form")).features)`)
	if stored != `["moderation","push","read_receipts","translation"]` {
		t.Errorf("features after two ticks = %s", stored)
	}
	setField(t, s, "scen-name", "Zeta")
	click(t, s, "scen-save")
	waitFor(t, s, `document.querySelector('[data-name="Zeta"]') !== null`)
	setField(t, s, "scen-name", "Alpha")
	click(t, s, "scen-save")
	waitFor(t, s, `document.querySelectorAll("#saved li").length === 2`)
	// Alpha now sits where Zeta was; delete Zeta by its own button.
	eval[bool](t, s, `(document.querySelector('[data-name="Zeta"] button[aria-label^="Delete"]').click(), true)`)
	waitFor(t, s, `document.querySelectorAll("#saved li").length === 1`)
	if got := eval[string](t, s, `document.querySelector("#saved li").dataset.name`); got != "Alpha" {
		t.Errorf("deleting Zeta left %q", got)
	}
}
