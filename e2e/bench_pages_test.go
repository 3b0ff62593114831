package e2e

import (
	"fmt"
	"net/http/httptest"
	"os"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"tierfit/internal/site"
	"tierfit/internal/ui"
)

// TestBenchPages is the browser half of make bench: it loads the bare go-app
// page and tierfit cold in fresh Chromium profiles, times tierfit's edits,
// reads memory after mount and after many edits, and writes the report
// (TIERFIT_BENCH_OUT) with the Go benchmarks (TIERFIT_BENCH_GO). make test
// runs it with few runs and edits, so the harness itself stays working; the
// figures of such a run are not the benchmark.
func TestBenchPages(t *testing.T) {
	out := os.Getenv("TIERFIT_BENCH_OUT")
	if out == "" {
		t.Skip("make bench (or make test, briefly) sets TIERFIT_BENCH_OUT")
	}
	cfg := benchConfig{
		Runs:       envInt(t, "TIERFIT_BENCH_RUNS", 7),
		Edits:      envInt(t, "TIERFIT_BENCH_EDITS", 60),
		MemEdits:   envInt(t, "TIERFIT_BENCH_MEM_EDITS", 1000),
		Tierfit:    mustEnv(t, "TIERFIT_DIST"),
		Bare:       mustEnv(t, "TIERFIT_BENCH_BARE"),
		GoBenchOut: os.Getenv("TIERFIT_BENCH_GO"),
	}
	r := report{Runs: cfg.Runs, Edits: cfg.Edits, MemEdits: cfg.MemEdits, Machine: machine()}
	// Interleaved, bare then tierfit, run after run: a machine that slows
	// down or speeds up during the bench weighs on both pages alike.
	for run := 0; run < cfg.Runs; run++ {
		measureRun(t, cfg.Bare, [2]string{"bare-ready", "bare-ready"}, run == 0, &r.Bare)
		measureRun(t, cfg.Tierfit, [2]string{ui.VerdictID, ui.ReadyID}, run == 0, &r.Tierfit)
	}
	measureEdits(t, cfg, &r.Tierfit)
	if cfg.GoBenchOut != "" {
		b, err := os.ReadFile(cfg.GoBenchOut)
		if err != nil {
			t.Fatalf("TIERFIT_BENCH_GO: %v", err)
		}
		r.GoBench = parseGoBench(string(b))
	}
	r.Rows = r.rows()
	if err := r.write(out); err != nil {
		t.Fatal(err)
	}
	fmt.Print(r.table())
	// The brief run in make test checks that every figure was measured.
	for _, row := range r.Rows {
		if row.Value <= 0 && row.Unit != "MB growth" {
			t.Errorf("%s: no figure measured (%v)", row.Name, row.Value)
		}
	}
}

type benchConfig struct {
	Runs, Edits, MemEdits int
	Tierfit, Bare         string
	GoBenchOut            string
}

func envInt(t *testing.T, name string, def int) int {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		t.Fatalf("%s=%q: want a whole number ≥ 1", name, v)
	}
	return n
}

func mustEnv(t *testing.T, name string) string {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		t.Fatalf("%s is not set: run make bench", name)
	}
	return v
}

// pageFigures is what one page measured: one entry per cold run, and the
// memory after mounting (first run).
type pageFigures struct {
	LoadMS    []float64        `json:"load_ms"`
	LiveMS    []float64        `json:"live_ms"` // the whole page live, form included
	FCPMS     []float64        `json:"first_contentful_paint_ms"`
	Bytes     []int64          `json:"bytes"`
	RepeatMS  []float64        `json:"repeat_visit_ms"`
	OfflineMS []float64        `json:"offline_reload_ms"`
	Files     map[string]int64 `json:"bytes_by_path"`
	Memory    memory           `json:"memory_after_mount"`

	// tierfit only.
	EditMS       []float64 `json:"edit_ms,omitempty"`
	EditChartsMS []float64 `json:"edit_charts_on_screen_ms,omitempty"`
	// the numbers on screen updated while the charts are on screen too
	EditNumbersChartsMS []float64 `json:"edit_numbers_charts_on_screen_ms,omitempty"`
	MemEditMS           []float64 `json:"mem_edit_ms,omitempty"`
	MemoryEdited        *memory   `json:"memory_after_edits,omitempty"`
}

type memory struct {
	WASMBytes   float64 `json:"wasm_bytes"`
	JSHeapBytes float64 `json:"js_heap_bytes"`
}

// benchFlags make the browser's figures readable: exact heap sizes and a
// gc() to call before reading them.
var benchFlags = []chromedp.ExecAllocatorOption{
	chromedp.Flag("enable-precise-memory-info", true),
	chromedp.Flag("js-flags", "--expose-gc"),
}

// probeJS runs before any script of the page: it notes when the element
// only the mounted WASM renders with its first verdict appears, and when
// the one it renders once the whole page is live (the bare page has one
// element for both), and keeps the WebAssembly instance so the harness can
// read its linear memory.
const probeJS = `(() => {
	const id = %q, live = %q;
	const seen = () => {
		if (!window.__benchMounted && document.getElementById(id)) window.__benchMounted = performance.now();
		if (!window.__benchLive && document.getElementById(live)) window.__benchLive = performance.now();
	};
	new MutationObserver(seen).observe(document, {childList: true, subtree: true});
	const keep = (p) => p.then((r) => { window.__benchInstance = r.instance || r; return r; });
	const stream = WebAssembly.instantiateStreaming, inst = WebAssembly.instantiate;
	WebAssembly.instantiateStreaming = (...a) => keep(stream.apply(WebAssembly, a));
	WebAssembly.instantiate = (...a) => keep(inst.apply(WebAssembly, a));
})()`

// measureRun loads the site at dir once, cold, in a fresh profile with its
// own server: time to mounted and to the first contentful paint, the bytes
// the server sent until the network is quiet (the service worker's
// pre-cache included); then a repeat visit in the same profile, and a
// visit with the server gone.
func measureRun(t *testing.T, dir string, marks [2]string, first bool, f *pageFigures) {
	t.Helper()
	counter := &byteCounter{next: site.Handler(dir, "/"), files: map[string]int64{}}
	srv := httptest.NewServer(counter)
	s := newSessionWith(t, 2*time.Minute, benchFlags...)
	defer s.close()
	if _, err := chromedp.Call(s.ctx, page.AddScriptToEvaluateOnNewDocument,
		page.AddScriptToEvaluateOnNewDocumentParams{Source: fmt.Sprintf(probeJS, marks[0], marks[1])}); err != nil {
		t.Fatal(err)
	}
	s.do(t, chromedp.Navigate(srv.URL+"/"))
	f.LoadMS = append(f.LoadMS, waitMountedAt(t, s))
	waitFor(t, s, `window.__benchLive > 0`)
	f.LiveMS = append(f.LiveMS, eval[float64](t, s, `window.__benchLive`))
	f.FCPMS = append(f.FCPMS, eval[float64](t, s, `(performance.getEntriesByName("first-contentful-paint")[0] || {startTime: 0}).startTime`))
	waitFor(t, s, swActive)
	counter.quiet(500 * time.Millisecond)
	f.Bytes = append(f.Bytes, counter.total())
	if first {
		f.Files = counter.byPath()
		f.Memory = readMemory(t, s)
	}
	// A repeat visit: the same profile (its caches), the server up.
	s.do(t, chromedp.Navigate("about:blank"), chromedp.Navigate(srv.URL+"/"))
	f.RepeatMS = append(f.RepeatMS, waitMountedAt(t, s))
	waitFor(t, s, `navigator.serviceWorker.controller !== null`)
	// Offline: the server gone, the service worker serves the site.
	stopped(t, srv, srv.URL+"/")
	s.do(t, chromedp.Reload())
	f.OfflineMS = append(f.OfflineMS, waitMountedAt(t, s))
}

// waitMountedAt waits for the probe to see the mounted element and returns
// when it appeared, in ms since the navigation started.
func waitMountedAt(t *testing.T, s *session) float64 {
	t.Helper()
	waitFor(t, s, `window.__benchMounted > 0`)
	return eval[float64](t, s, `window.__benchMounted`)
}

// readMemory collects garbage, then reads the Go heap's linear memory and
// the JS heap.
func readMemory(t *testing.T, s *session) memory {
	t.Helper()
	return eval[memory](t, s, `(async () => {
		if (window.gc) { gc(); await new Promise((r) => setTimeout(r, 50)); gc(); }
		const inst = window.__benchInstance;
		return {
			wasm_bytes: inst && inst.exports.mem ? inst.exports.mem.buffer.byteLength : 0,
			js_heap_bytes: performance.memory ? performance.memory.usedJSHeapSize : 0,
		};
	})()`)
}

// editJS changes number fields the way typing does and times each change
// until the part of the page watch names has been redrawn. go-app patches
// the DOM (and sets the charts' options) in one task, so the first batch
// of mutations there is the end of the update. Between edits it waits like a fast
// typist, so each edit starts from an idle page.
const editJS = `(async (from, count, watch) => {
	const fields = [
		["f-usage-mau", (i) => 50000 + (i * 7919) % 200000],
		["f-usage-dau", (i) => 5000 + (i * 3571) % 35000],
		["f-usage-peak-concurrent", (i) => 400 + (i * 613) % 3600],
		["f-usage-max-group-members", (i) => 50 + (i * 97) % 450],
		["f-usage-history-days", (i) => 7 + (i * 31) % 173],
	];
	const watched = [...document.querySelectorAll(watch)];
	const times = [];
	for (let i = from; i < from + count; i++) {
		const [id, value] = fields[i % fields.length];
		const el = document.getElementById(id);
		const done = new Promise((resolve) => {
			const mo = new MutationObserver(() => { mo.disconnect(); resolve(performance.now()); });
			for (const el of watched) mo.observe(el, {childList: true, subtree: true, characterData: true, attributes: true});
			setTimeout(() => { mo.disconnect(); resolve(null); }, 3000);
		});
		const t0 = performance.now();
		el.value = String(value(i));
		el.dispatchEvent(new Event("input", {bubbles: true}));
		const end = await done;
		if (end === null) throw new Error("edit " + i + " (" + id + ") changed nothing in the results within 3 s");
		times.push(end - t0);
		await new Promise((r) => setTimeout(r, 40));
	}
	return times;
})`

// measureEdits opens tierfit once more and times cfg.Edits edits in the
// first view (the charts are below it, so they wait), then cfg.Edits with
// the charts on screen (redrawn on every edit), then makes cfg.MemEdits more
// with the charts on screen and reads the memory again.
func measureEdits(t *testing.T, cfg benchConfig, f *pageFigures) {
	t.Helper()
	srv := httptest.NewServer(site.Handler(cfg.Tierfit, "/"))
	defer srv.Close()
	s := newSessionWith(t, time.Duration(cfg.MemEdits)*200*time.Millisecond+2*time.Minute, benchFlags...)
	defer s.close()
	if _, err := chromedp.Call(s.ctx, page.AddScriptToEvaluateOnNewDocument,
		page.AddScriptToEvaluateOnNewDocumentParams{Source: fmt.Sprintf(probeJS, ui.ReadyID, ui.ReadyID)}); err != nil {
		t.Fatal(err)
	}
	s.do(t, chromedp.Navigate(srv.URL+"/"))
	waitMountedAt(t, s)
	waitFor(t, s, `window.echarts !== undefined`)
	// The numbers on screen: the answer card and the tiers under it.
	f.EditMS = eval[[]float64](t, s, fmt.Sprintf("%s(0, %d, %q)", editJS, cfg.Edits, "#answer-panel, .panel.results"))
	seeCharts(t, s, "charts", 4)
	// The charts on screen: each chart marks a new option (data-drawn)
	// once it is set, after the numbers are painted and at most every
	// 100 ms; the first chart redrawn ends the edit.
	f.EditChartsMS = eval[[]float64](t, s, fmt.Sprintf("%s(%d, %d, %q)", editJS, cfg.Edits, cfg.Edits, ".panel.results .chart"))
	// The numbers with the charts on screen: no longer behind the charts'
	// redraw.
	f.EditNumbersChartsMS = eval[[]float64](t, s, fmt.Sprintf("%s(%d, %d, %q)", editJS, 2*cfg.Edits, cfg.Edits, "#answer-panel, #tiers"))
	f.Memory = readMemory(t, s) // the same page, read just before the long run
	f.MemEditMS = eval[[]float64](t, s, fmt.Sprintf("%s(%d, %d, %q)", editJS, 3*cfg.Edits, cfg.MemEdits, ".panel.results .chart"))
	after := readMemory(t, s)
	f.MemoryEdited = &after
	if errs := s.errors(); len(errs) > 0 {
		t.Errorf("console errors during the edits: %v", errs)
	}
}

// median and p95 of a sample (nearest rank); 0 for none.
func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	i := int(p/100*float64(len(s))+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}
