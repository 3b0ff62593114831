package rules_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"encoding/json"

	"tierfit/internal/i18n"
	"tierfit/rules"
)

// quoted are values quoted back to the user ("x", 'x'): their text.
var quoted = regexp.MustCompile(`"[^"]*"|“[^”]*”`)

// idList is a list of the format's ids or keys after "可用：".
var idList = regexp.MustCompile(`可用(?:字段)?：[a-z0-9_, -]+`)

// Every sentence the engine writes in Chinese is Chinese, for every case
// file's scenario: problems, reasons, questions, caveats, signals, every
// tier's findings and gains; names, ids, the vendors' notes and what the
// user typed (quoted back) aside.
func TestChineseIsChinese(t *testing.T) {
	files, _ := filepath.Glob("testdata/cases/*.json")
	for _, file := range files {
		var tc testCase
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &tc); err != nil {
			t.Fatal(err)
		}
		catalogs := rules.Builtin()
		if raw := catalogJSON(t, tc); raw != nil {
			if cat, ps := rules.DecodeCatalog(raw, i18n.ZH); len(ps) == 0 {
				catalogs = append(catalogs, cat)
			}
		}
		input := []byte(tc.Scenario)
		if tc.ScenarioRaw != nil {
			input = []byte(*tc.ScenarioRaw)
		}
		var text []string
		s, ps := rules.DecodeScenario(input, i18n.ZH)
		if len(ps) == 0 {
			s.Lang = "zh"
			ps = s.Validate(catalogs)
		}
		for _, p := range ps {
			text = append(text, p.Message)
		}
		if len(ps) == 0 {
			s.Lang = "zh"
			cat := rules.CatalogByID(catalogs, s.WithDefaults().Catalog)
			ev, ps := rules.Evaluate(s, cat, rules.Context{Today: caseToday, Others: catalogs})
			for _, p := range ps {
				text = append(text, p.Message)
			}
			if ev != nil {
				text = append(text, ev.Reasons...)
				text = append(text, ev.Questions...)
				text = append(text, ev.Caveats...)
				text = append(text, ev.RecommendedWhy)
				for _, sg := range ev.Signals {
					text = append(text, sg.Name, sg.Message)
				}
				for _, tr := range ev.Tiers {
					for _, f := range tr.Findings {
						text = append(text, f.Message)
					}
					text = append(text, strings.Join(rules.Gains(&cat.Tiers[0], cat.Tier(tr.ID), i18n.ZH), " "))
				}
			}
		}
		allowed := append([]string{s.Name}, rules.TimeZones...)
		for _, c := range catalogs {
			allowed = append(allowed, c.Name, c.ShortName(), c.Notes, c.ID)
			for _, tr := range c.Tiers {
				allowed = append(allowed, tr.Name, tr.PriceNote, tr.Notes, tr.ID)
			}
		}
		// Lists of the format's own ids and keys ("可用：sdk, app_id") and
		// its literals are the file format, typed as they are.
		all := quoted.ReplaceAllString(strings.Join(text, "\n"), " ")
		all = idList.ReplaceAllString(all, " ")
		allowed = append(allowed, "true", "false")
		if words := i18n.LatinWords(all, allowed...); len(words) > 0 {
			t.Errorf("%s: English left in Chinese sentences: %v", file, words)
		}
	}
}
