package plans

import (
	"testing"

	"tierfit/internal/i18n"
)

// TestTextBothLanguages checks every checklist sentence exists in English
// and Chinese with the same arguments, that the lists line up, and that
// every key is used.
func TestTextBothLanguages(t *testing.T) {
	for _, p := range words.Check() {
		t.Error(p)
	}
	// Keys built from a kind, a decision, a change, a sample's unit or a
	// freeze's source; all of them are rendered by the golden files.
	unused, err := i18n.Unused(words, ".", "k.d.", "k.d_is.", "k.who.", "change.", "smp.", "title.", "dec.", "al.", "class.", "w.intro")
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range unused {
		t.Errorf("sentence %s is never used", key)
	}
	undefined, err := i18n.Undefined(words, ".", `\.t\("([^"]+)"|\.label\("([^"]+)"|\.key\("([^"]+)"`)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range undefined {
		t.Errorf("sentence %s is asked for but not defined", key)
	}
}

func TestEscape(t *testing.T) {
	for in, want := range map[string]string{
		"Acme Chat":                 "Acme Chat",
		"A|B":                       `A\|B`,
		"# x":                       `\# x`,
		"<img src=x>":               `\<img src=x\>`,
		"line\nbreak\r\u2028x":      "line break  x",
		"see www.x.com or http://y": `see www\.x.com or http:/\/y`,
		"[a](b) *c* _d_ `e` ~f~":    `\[a\](b) \*c\* \_d\_ \` + "`e\\`" + ` \~f\~`,
		"a@b.c &amp;":               "a\\@\u200bb.c \\&amp;",
		"99.9% (SLA)":               "99.9% (SLA)",
	} {
		if got := esc(in); got != want {
			t.Errorf("esc(%q) = %q, want %q", in, got, want)
		}
	}
	if got := mermaidText("A: B; C # D\n%%{init}%%"); got != "A B C D % init %" {
		t.Errorf("mermaidText = %q", got)
	}
}

func TestSampleSize(t *testing.T) {
	// 99% confidence, ±1%: 2.5758² × 0.25 / 0.0001 = 16,586.9 → 16,587.
	if got := sampleSize(z99, 0.01); got != 16587 {
		t.Errorf("sampleSize = %d, want 16587", got)
	}
	// 95% confidence, ±5%: the textbook 385.
	if got := sampleSize(1.96, 0.05); got != 385 {
		t.Errorf("sampleSize(95%%, 5%%) = %d, want 385", got)
	}
}

// TestRollbackBudget: detection is never faster than the triggers' own
// window, every part is at least a minute, and the parts add up to the
// scenario's minutes whenever those can cover that minimum — else ok is
// false and the checklist warns.
func TestRollbackBudget(t *testing.T) {
	for total := 1; total <= 1440; total++ {
		d, dc, x, ok := budget(total)
		if d < triggerWindow || dc < 1 || x < 1 {
			t.Errorf("budget(%d) = %d + %d + %d: a part is too short", total, d, dc, x)
		}
		if ok != (total >= minBudget) || ok && d+dc+x != total {
			t.Errorf("budget(%d) = %d + %d + %d, ok %v", total, d, dc, x, ok)
		}
	}
	if d, dc, x, ok := budget(1); ok || d+dc+x != minBudget {
		t.Errorf("budget(1) = %d + %d + %d, ok %v: one minute cannot hold two 1-minute checks", d, dc, x, ok)
	}
}

// TestSendsNeeded: telling 99.9 %% from 99.8 %% send success at 95 %%
// confidence and 80 %% power takes about 23,500 sends per group
// ((1.96 + 0.8416)² × (0.000999 + 0.001996) / 0.001²).
func TestSendsNeeded(t *testing.T) {
	if got := sendsNeeded(99.9); got < 23400 || got > 23600 {
		t.Errorf("sendsNeeded(99.9) = %d, want about 23,500", got)
	}
	if sendsNeeded(99) <= sendsNeeded(99.9) {
		t.Error("a lower success rate varies more and needs more sends")
	}
}
