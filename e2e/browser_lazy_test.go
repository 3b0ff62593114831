package e2e

import (
	"testing"
)

// The preview and charts below the first view follow every edit: the
// preview a moment after typing stops, the charts as they come on screen,
// and a chart on screen redraws in place (merged, not duplicated).
func TestUILazySections(t *testing.T) {
	t.Parallel()
	s, _ := openApp(t)
	if n := eval[float64](t, s, `document.querySelectorAll("#charts canvas").length`); n != 0 {
		t.Errorf("%v charts drawn far below the first view; they should wait", n)
	}
	setField(t, s, "f-name", "Lazy 懒")
	waitFor(t, s, `document.querySelector(".markdown h1").textContent.includes("Lazy 懒")`)

	setField(t, s, "f-usage-dau", "4321")
	seeCharts(t, s, "charts", 4)
	growth := `echarts.getInstanceByDom(document.getElementById("chart-growth")).getOption()`
	waitFor(t, s, growth+`.series[0].data[0].value === 4321`)
	series := eval[float64](t, s, growth+`.series.length`)

	setField(t, s, "f-usage-dau", "5555")
	waitFor(t, s, growth+`.series[0].data[0].value === 5555`)
	if n := eval[float64](t, s, growth+`.series.length`); n != series {
		t.Errorf("redrawn chart has %v series, had %v", n, series)
	}
	if errs := s.errors(); len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
}
