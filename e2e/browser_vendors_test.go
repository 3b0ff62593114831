package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"tierfit/rules"
)

// The vendor comparison ranks every catalog's tiers, sorts and filters
// them, and makes a pair the checklist's target: a vendor switch, exported
// byte for byte as plan -format md writes it.
func TestUICompareVendors(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	click(t, s, "vendors-toggle")
	const rows = `[...document.querySelectorAll("#vendors table.ranking tbody tr")]`
	// First the pairs that fit and are verified; the rest behind a button
	// that says how many.
	waitFor(t, s, rows+`.length > 0`)
	shown := eval[int](t, s, rows+`.length`)
	more := eval[string](t, s, `document.getElementById("rank-more").textContent`)
	if !eval[bool](t, s, rows+`.every(r => r.querySelector(".fits").classList.contains("pass"))`) {
		t.Error("a pair that does not fit or is unverified is shown before the button")
	}
	click(t, s, "rank-more")
	waitFor(t, s, rows+`.length > 20`)
	if all := eval[int](t, s, rows+`.length`); !strings.Contains(more, strconv.Itoa(all-shown)) {
		t.Errorf("button %q does not count the %d hidden pairs", more, all-shown)
	}
	if note := eval[string](t, s, `document.getElementById("ranking-note").textContent`); !strings.Contains(note, "within each currency") {
		t.Errorf("note = %q", note)
	}
	// Without rates: one table per currency, each numbered from 1.
	if got := eval[string](t, s, `[...document.querySelectorAll(".ranking-group")].map(g => g.dataset.currency + ":" + g.querySelector("tbody td").textContent).join(" ")`); got != "CNY:1 USD:1" {
		t.Errorf("groups = %q, want CNY and USD each from 1", got)
	}
	if !eval[bool](t, s, rows+`.some(r => r.dataset.pair.startsWith("easemob-im/") && r.textContent.includes("data 50 months old"))`) {
		t.Error("Easemob's 2022 figures are not flagged as old")
	}
	seeCharts(t, s, "chart-vendors", 1)

	// Every pair whose tier states it serves mainland China, of the catalogs
	// the comparison ranks (not the illustrative one) and of the tiers it
	// may rank (on sale, more than a placeholder).
	var serveCN []string
	for _, c := range rules.Comparable(rules.Builtin(), "agora-chat") {
		for _, tier := range c.Tiers {
			if slices.Contains(tier.Regions, "cn") && tier.Candidate() {
				serveCN = append(serveCN, c.ID+"/"+tier.ID)
			}
		}
	}
	sort.Strings(serveCN)
	setField(t, s, "rank-region", "cn")
	wantCN, _ := json.Marshal(serveCN)
	waitFor(t, s, `JSON.stringify(`+rows+`.map(r => r.dataset.pair).sort()) === `+jsString(string(wantCN)))
	setField(t, s, "rank-region", "")

	// With the rate stated: one table in US dollars, numbered 1 to n, the
	// chart in dollars too.
	setField(t, s, "f-policy-fx-CNY", "7.1")
	waitFor(t, s, `document.querySelectorAll(".ranking-group").length === 1 && document.querySelector(".ranking-group").dataset.currency === "USD"`)
	nums := eval[[]string](t, s, rows+`.map(r => r.children[0].textContent)`)
	for i, n := range nums {
		if n != strconv.Itoa(i+1) {
			t.Fatalf("numbering %v does not run 1 to n", nums)
		}
	}
	if !eval[bool](t, s, rows+`.some(r => r.dataset.pair.startsWith("easemob-im/") && /USD [\d,.]+ \(CNY/.test(r.textContent))`) {
		t.Error("a CNY price is not shown in dollars with its own price after it")
	}
	eval[any](t, s, `document.querySelector('[data-sort="unknowns"]').click(), null`)
	waitFor(t, s, `document.querySelector('[data-sort="unknowns"]').parentElement.getAttribute("aria-sort") === "ascending"`)
	unknowns := eval[[]float64](t, s, rows+`.map(r => +r.children[5].textContent.replace(/,/g, ""))`)
	for i := 1; i < len(unknowns); i++ {
		if unknowns[i] < unknowns[i-1] {
			t.Fatalf("not sorted by unknowns: %v", unknowns)
		}
	}
	setField(t, s, "f-policy-fx-CNY", "")

	click(t, s, "target-zegocloud-zim-pro")
	waitFor(t, s, `document.querySelector(".markdown h1").textContent.includes("ZEGOCLOUD")`)
	if !eval[bool](t, s, `[...document.querySelectorAll(".markdown h2")].some(h => h.textContent.startsWith("Switching vendors"))`) {
		t.Error("the checklist is not a vendor switch")
	}

	got := s.download(t, "tierfit-acme-chat-2026-12-07-en.md")
	sc := rules.Example()
	sc.Target = &rules.Target{Catalog: "zegocloud-zim", Tier: "pro"}
	b, _ := json.Marshal(sc)
	scenarioFile := filepath.Join(t.TempDir(), "s.json")
	os.WriteFile(scenarioFile, b, 0o644)
	code, want, errs := runCLI(t, "", "plan", "-scenario", scenarioFile, "-format", "md")
	if code != 0 {
		t.Fatal(errs)
	}
	if string(got) != want {
		t.Errorf("vendor-switch download (%d bytes) differs from plan -format md (%d bytes)", len(got), len(want))
	}
	click(t, s, "target-clear")
	waitFor(t, s, `!document.querySelector(".markdown h1").textContent.includes("ZEGOCLOUD")`)
}
