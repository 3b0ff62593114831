package plans_test

import (
	"strings"
	"testing"

	"tierfit/plans"
)

func TestPreviewHTML(t *testing.T) {
	got := plans.PreviewHTML("# Plan\n\n- [ ] call vendor\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", "en")
	for _, want := range []string{`<div class="markdown">`, "<h1>Plan</h1>", `<input disabled="" type="checkbox" aria-label="to do">`, "<td>1</td>"} {
		if !strings.Contains(got, want) {
			t.Errorf("PreviewHTML lacks %s:\n%s", want, got)
		}
	}
	if !strings.HasSuffix(got, "</div>") || strings.Count(got, `<div class="markdown">`) != 1 {
		t.Errorf("PreviewHTML is not wrapped in one root element:\n%s", got)
	}
}

func TestPreviewHTMLDropsRawHTML(t *testing.T) {
	got := plans.PreviewHTML("hi <img src=x onerror=alert(1)>\n\n<script>alert(2)</script>\n\n[x](javascript:alert(3))\n", "en")
	for _, bad := range []string{"<img", "<script", "onerror", `href="javascript:`} {
		if strings.Contains(got, bad) {
			t.Errorf("PreviewHTML let %q through:\n%s", bad, got)
		}
	}
}
