package e2e

import (
	"strings"
	"testing"
)

// upload puts a file with content into a file input and fires its change.
func upload(t *testing.T, s *session, input, name, content string) {
	t.Helper()
	eval[bool](t, s, `(() => {
		const dt = new DataTransfer();
		dt.items.add(new File([`+jsString(content)+`], `+jsString(name)+`, {type: "text/markdown"}));
		const el = document.getElementById(`+jsString(input)+`);
		el.files = dt.files;
		el.dispatchEvent(new Event("change", {bubbles: true}));
		return true;
	})()`)
}

// An exported checklist carries its scenario: importing the .md brings the
// form back as it was, and the plan with it.
func TestUIExportImportsBack(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	setField(t, s, "f-name", "Round trip")
	click(t, s, "f-rollout-changes-sdk")
	waitFor(t, s, `document.querySelector(".markdown h1") && document.querySelector(".markdown h1").textContent.includes("Round trip")`)
	md := string(s.download(t, "tierfit-round-trip-2026-12-07-en.md"))
	if !strings.Contains(md, "\"changes\": [\n      \"sdk\"\n    ]") {
		t.Fatalf("the export does not carry the scenario's changes:\n%s", md[strings.LastIndex(md, "## Scenario"):])
	}
	setField(t, s, "f-name", "Something else")
	click(t, s, "f-rollout-changes-sdk")
	waitFor(t, s, `!document.getElementById("f-rollout-changes-sdk").checked`)
	upload(t, s, "import-json", "tierfit-round-trip-2026-12-07-en.md", md)
	waitFor(t, s, `document.getElementById("f-name").value === "Round trip"`)
	waitFor(t, s, `document.getElementById("f-rollout-changes-sdk").checked`)
	if again := string(s.download(t, "tierfit-round-trip-2026-12-07-en.md")); again != md {
		t.Errorf("the re-imported plan differs from the export (%d bytes, was %d)", len(again), len(md))
	}
}
