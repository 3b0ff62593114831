package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
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
	waitFor(t, s, `document.querySelectorAll("#ranking tbody tr").length > 20`)
	if note := eval[string](t, s, `document.getElementById("ranking-note").textContent`); !strings.Contains(note, "per currency") && !strings.Contains(note, "within each currency") {
		t.Errorf("note = %q", note)
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
	waitFor(t, s, `JSON.stringify([...document.querySelectorAll("#ranking tbody tr")].map(r => r.dataset.pair).sort()) === `+jsString(string(wantCN)))
	setField(t, s, "rank-region", "")
	click(t, s, "sort-unknowns")
	waitFor(t, s, `document.getElementById("sort-unknowns").parentElement.getAttribute("aria-sort") === "ascending"`)
	unknowns := eval[[]float64](t, s, `[...document.querySelectorAll("#ranking tbody tr")].map(r => +r.children[5].textContent.replace(/,/g, ""))`)
	for i := 1; i < len(unknowns); i++ {
		if unknowns[i] < unknowns[i-1] {
			t.Fatalf("not sorted by unknowns: %v", unknowns)
		}
	}

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
