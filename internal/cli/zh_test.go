package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"tierfit/internal/i18n"
	"tierfit/rules"
)

// With -lang zh every mistake is reported in Chinese: the command line,
// unreadable files, broken JSON, wrong types; never Go's own text.
func TestPlanMistakesInChinese(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	list := write("list.json", `{"usage": []}`)
	broken := write("broken.json", `nope`)
	trailing := write("trailing.json", `{"usage": {"mau": 5}} and more`)
	badCat := write("cat.json", `{"id": 5}`)
	cases := [][]string{
		{"plan", "-lang", "zh"},
		{"plan", "-lang", "zh", "-zzz"},
		{"plan", "-lang", "zh", "-no-gantt=maybe", "-scenario", list},
		{"plan", "-lang", "zh", "-scenario"},
		{"plan", "-lang", "zh", "-scenario", list, "extra"},
		{"plan", "-lang", "zh", "-scenario", filepath.Join(dir, "missing.json")},
		{"plan", "-lang", "zh", "-scenario", dir},
		{"plan", "-lang", "zh", "-scenario", list},
		{"plan", "-lang", "zh", "-scenario", broken},
		{"plan", "-lang", "zh", "-scenario", trailing},
		{"plan", "-lang", "zh", "-scenario", "../../rules/example.json", "-format", "pdf"},
		{"plan", "-lang", "zh", "-scenario", "../../rules/example.json", "-today", "2026-13-01"},
		{"plan", "-lang", "zh", "-scenario", "../../rules/example.json", "-compare", "nope"},
		{"plan", "-lang", "zh", "-scenario", "../../rules/example.json", "-catalog", filepath.Join(dir, "none.json")},
		{"plan", "-lang", "zh", "-scenario", "../../rules/example.json", "-catalog", badCat},
		{"plan", "-lang", "zh", "-scenario", "../../rules/example.json", "-catalog", "a", "-catalog", "b"},
		{"plan", "-lang=zh", "-h"},
	}
	allowed := append([]string{filepath.Join(dir, "missing.json"), filepath.Join(dir, "none.json"), list, broken, trailing, badCat, dir},
		rules.CatalogIDs(rules.Builtin())...)
	allowed = append(allowed, "tierfit plan", "-scenario", "-catalog", "-compare", "-format", "-lang", "-today", "-no-gantt", "-zzz",
		"pdf", "nope", "extra", "maybe", "ID", "YYYY-MM-DD", "all")
	for _, args := range cases {
		code, _, errs := runCLI(t, "", args...)
		if code == 0 && args[len(args)-1] != "-h" {
			t.Errorf("%v: exit 0", args)
		}
		// "field: message": the field is the file format's own key.
		prose := fieldPrefix.ReplaceAllString(quoted(errs), "")
		if words := i18n.LatinWords(prose, allowed...); len(words) > 0 {
			t.Errorf("%v: English in %q: %v", args, errs, words)
		}
	}
}

// fieldPrefix is the "file: field: " before a problem.
var fieldPrefix = regexp.MustCompile(`(?m)^(?:[^\s：:]+: )+`)

// quoted drops what is quoted back to the user.
func quoted(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		if r == '"' {
			in = !in
			continue
		}
		if !in {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Every sentence the plan command asks for exists.
func TestPlanWordsDefined(t *testing.T) {
	for _, p := range planWords.Check() {
		t.Error(p)
	}
	undefined, err := i18n.Undefined(planWords, ".", `\bsay\([a-zA-Z]+, "([^"]+)"`)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range undefined {
		t.Errorf("sentence %s is asked for but not defined", key)
	}
	unused, err := i18n.Unused(planWords, ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range unused {
		t.Errorf("sentence %s is never used", key)
	}
}
