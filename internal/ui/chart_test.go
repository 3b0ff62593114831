package ui

import (
	"encoding/json"
	"strings"
	"testing"

	"tierfit/internal/i18n"
	"tierfit/rules"
)

// option decodes a chart's ECharts option.
func option(t *testing.T, c chartData) map[string]any {
	t.Helper()
	var o map[string]any
	if err := json.Unmarshal([]byte(c.Option), &o); err != nil {
		t.Fatalf("option is not JSON: %v", err)
	}
	return o
}

func exampleCharts(t *testing.T, s rules.Scenario) chartSet {
	t.Helper()
	cat := rules.BuiltinCatalog(s.Catalog)
	ev, ps := rules.Evaluate(s, cat, rules.Context{Today: "2026-11-25"})
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	return buildCharts(s, cat, ev, nil, i18n.EN)
}

// The use chart: horizontal, 0–200 %, the limit at 100 % and the alert
// level as named lines, a bar past 200 % at the edge with its real value.
func TestUseChartOption(t *testing.T) {
	c := exampleCharts(t, rules.Example()).Use
	o := option(t, c)
	x := o["xAxis"].([]any)[0].(map[string]any)
	if x["type"] != "value" || x["max"] != float64(useMax) {
		t.Errorf("x axis %v, want a value axis ending at %d", x, useMax)
	}
	series := o["series"].([]any)
	first := series[0].(map[string]any)
	lines := first["markLine"].(map[string]any)["data"].([]any)
	at := map[float64]string{}
	for _, l := range lines {
		m := l.(map[string]any)
		at[m["xAxis"].(float64)] = m["name"].(string)
	}
	if at[100] != "limit 100%" || at[80] != "alert 80%" {
		t.Errorf("mark lines %v, want the limit at 100 and the alert at 80", at)
	}
	// Free's MAU: 12,000 of 500 is 2,400 %: drawn at 200, labelled 2,400%.
	mau := first["data"].([]any)[1].(map[string]any)
	if mau["value"] != float64(useMax) || mau["label"].(map[string]any)["formatter"] != "2,400%" {
		t.Errorf("Free MAU bar %v, want %d labelled 2,400%%", mau, useMax)
	}
	if len(c.Rows) != len(first["data"].([]any)) || c.Rows[1][1] != "2,400%" {
		t.Errorf("the table does not match the bars: %v", c.Rows)
	}
}

// The growth chart names each cap line with its tier, kind and full number,
// for the current and the recommended tier.
func TestGrowthChartNamesCaps(t *testing.T) {
	o := option(t, exampleCharts(t, rules.Example()).Growth)
	var names []string
	for _, s := range o["series"].([]any) {
		if ml, ok := s.(map[string]any)["markLine"].(map[string]any); ok {
			data, _ := ml["data"].([]any)
			for _, l := range data {
				names = append(names, l.(map[string]any)["name"].(string))
			}
		}
	}
	all := strings.Join(names, " | ")
	for _, want := range []string{"Free MAU hard cap 500", "Pro MAU included 10,000", "Pro MAU plan maximum 100,000", "Free: headroom lost in month 0"} {
		if !strings.Contains(all, want) {
			t.Errorf("growth lines %q lack %q", all, want)
		}
	}
}

// An unknown cost is written "unknown", a free tier "0": never an empty slot.
func TestCostChartMarksUnknown(t *testing.T) {
	c := exampleCharts(t, rules.Example()).Cost
	o := option(t, c)
	now := o["series"].([]any)[0].(map[string]any)["data"].([]any)
	labels := map[int]string{}
	for i, d := range now {
		if l, ok := d.(map[string]any)["label"].(map[string]any); ok {
			labels[i] = l["formatter"].(string)
		}
	}
	// Agora: Free 0, Starter and Pro priced, Enterprise unknown.
	if labels[0] != "0" || labels[3] != "unknown" {
		t.Errorf("cost labels %v, want Free 0 and Enterprise unknown", labels)
	}
	if c.Rows[3][1] != rules.UnknownValue(i18n.EN) {
		t.Errorf("table row %v", c.Rows[3])
	}
}

// The timeline's axis says what its numbers are.
func TestTimelineAxisNamed(t *testing.T) {
	o := option(t, exampleCharts(t, rules.Example()).Rollout)
	if name := o["xAxis"].([]any)[0].(map[string]any)["name"]; name != "days from D = 2026-11-25" {
		t.Errorf("timeline axis %q", name)
	}
}
