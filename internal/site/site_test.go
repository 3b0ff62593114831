package site

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// fakeInputs writes a stand-in app.wasm and ECharts file; the generator only
// copies, hashes and compresses them.
func fakeInputs(t *testing.T, wasm string) Options {
	t.Helper()
	dir := t.TempDir()
	o := Options{
		Out:     filepath.Join(dir, "dist"),
		Base:    "/",
		WASM:    filepath.Join(dir, "app.wasm"),
		Web:     "../../web",
		ECharts: filepath.Join(dir, "echarts.min.js"),
	}
	if err := os.WriteFile(o.WASM, []byte(strings.Repeat(wasm, 200)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(o.ECharts, []byte(strings.Repeat("var echarts={};", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	return o
}

func mustBuild(t *testing.T, o Options) string {
	t.Helper()
	v, err := Build(o)
	if err != nil {
		t.Fatalf("buildSite: %v", err)
	}
	return v
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestBuildSiteFiles(t *testing.T) {
	o := fakeInputs(t, "wasm-v1 ")
	mustBuild(t, o)
	for _, name := range []string{
		"index.html", "app.js", "app-worker.js", "app.css", "manifest.webmanifest", "wasm_exec.js",
		"web/app.wasm", "web/echarts.min.js", "web/icon-192.png", "web/icon-512.png", "web/icon.svg", "web/tierfit.css",
	} {
		if _, err := os.Stat(filepath.Join(o.Out, name)); err != nil {
			t.Errorf("generated site lacks %s", name)
		}
	}
	plain := mustRead(t, filepath.Join(o.Out, "web/app.wasm"))
	if !bytes.Equal(plain, mustRead(t, o.WASM)) {
		t.Error("web/app.wasm differs from the built wasm")
	}
	br, err := io.ReadAll(brotli.NewReader(bytes.NewReader(mustRead(t, filepath.Join(o.Out, "web/app.wasm.br")))))
	if err != nil || !bytes.Equal(br, plain) {
		t.Errorf("app.wasm.br does not decompress to app.wasm (err %v)", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(mustRead(t, filepath.Join(o.Out, "web/app.wasm.gz"))))
	if err != nil {
		t.Fatal(err)
	}
	if gz, err := io.ReadAll(zr); err != nil || !bytes.Equal(gz, plain) {
		t.Errorf("app.wasm.gz does not decompress to app.wasm (err %v)", err)
	}
	if _, err := os.Stat(filepath.Join(o.Out, "web/icon-192.png.br")); err == nil {
		t.Error("PNG got a .br sibling; it is compressed already")
	}
	// The pre-rendered page serves both languages: its title and loading
	// label say it in both.
	index := string(mustRead(t, filepath.Join(o.Out, "index.html")))
	for _, want := range []string{"<title>tierfit — chat SDK tier planner · tierfit — 聊天 SDK 套餐规划</title>", "Loading tierfit… · 正在加载…"} {
		if !strings.Contains(index, want) {
			t.Errorf("index.html lacks %q", want)
		}
	}
}

// The version names the service-worker cache: it must follow the content.
func TestBuildSiteVersionFollowsContent(t *testing.T) {
	o := fakeInputs(t, "wasm-v1 ")
	v1 := mustBuild(t, o)
	// The browser compares app-worker.js byte for byte to decide whether a
	// new version exists. (index.html is not compared: go-app writes element
	// attributes in map order, which varies between runs.)
	worker1 := mustRead(t, filepath.Join(o.Out, "app-worker.js"))
	if !bytes.Contains(worker1, []byte(v1)) {
		t.Fatalf("app-worker.js does not name version %s", v1)
	}

	if again := mustBuild(t, o); again != v1 {
		t.Errorf("unchanged build: version %s, want %s", again, v1)
	}
	if !bytes.Equal(mustRead(t, filepath.Join(o.Out, "app-worker.js")), worker1) {
		t.Error("unchanged build wrote a different app-worker.js: clients would reinstall")
	}

	if err := os.WriteFile(o.WASM, []byte("wasm-v2"), 0o644); err != nil {
		t.Fatal(err)
	}
	if v2 := mustBuild(t, o); v2 == v1 {
		t.Errorf("changed wasm kept version %s", v1)
	}
}

// Offline use and privacy: nothing the site loads may name another host.
// Scripts, the manifest and the service worker must name none at all; the
// page may show addresses (the checklist links its sources: a link is
// followed only when the user clicks it), but no other attribute or style
// may make the browser fetch one.
func TestBuildSiteNamesNoRemoteHost(t *testing.T) {
	o := fakeInputs(t, "wasm ")
	mustBuild(t, o)
	url := regexp.MustCompile(`https?://[^\s"'<>)]+`)
	for _, name := range []string{"app.js", "app-worker.js", "manifest.webmanifest", "app.css", "web/tierfit.css", "web/icon.svg"} {
		for _, u := range url.FindAllString(string(mustRead(t, filepath.Join(o.Out, name))), -1) {
			if u == "http://www.w3.org/2000/svg" { // an XML namespace, never fetched
				continue
			}
			t.Errorf("%s names %s", name, u)
		}
	}
	fetches := regexp.MustCompile(`(?i)(?:\b(?:src|href|srcset|action|poster|formaction)\s*=\s*["']?|url\()\s*(?:https?:)?//`)
	links := regexp.MustCompile(`<a href="https?://[^"]*">`) // goldmark's links, nothing else
	page := links.ReplaceAllString(string(mustRead(t, filepath.Join(o.Out, "index.html"))), "<a>")
	if m := fetches.FindString(page); m != "" {
		t.Errorf("index.html makes the browser fetch from another host: %s…", m)
	}
	for _, res := range precacheList(t, o.Out) {
		if !strings.HasPrefix(res, "/") || strings.HasPrefix(res, "//") {
			t.Errorf("service worker pre-caches %q, not a same-origin path", res)
		}
	}
}

func precacheList(t *testing.T, dir string) []string {
	t.Helper()
	m := regexp.MustCompile(`const resourcesToCache = (\[.*?\]);`).FindSubmatch(mustRead(t, filepath.Join(dir, "app-worker.js")))
	if m == nil {
		t.Fatal("app-worker.js has no resourcesToCache list")
	}
	var list []string
	if err := json.Unmarshal(m[1], &list); err != nil {
		t.Fatal(err)
	}
	return list
}

func TestBuildSiteSubPath(t *testing.T) {
	o := fakeInputs(t, "wasm ")
	o.Base = "/tierfit/"
	mustBuild(t, o)
	if js := mustRead(t, filepath.Join(o.Out, "app.js")); !bytes.Contains(js, []byte(`"/tierfit/web/app.wasm"`)) {
		t.Error("app.js does not load /tierfit/web/app.wasm")
	}
	var manifest struct {
		Scope    string `json:"scope"`
		StartURL string `json:"start_url"`
	}
	if err := json.Unmarshal(mustRead(t, filepath.Join(o.Out, "manifest.webmanifest")), &manifest); err != nil {
		t.Fatal(err)
	}
	if manifest.Scope != "/tierfit/" || manifest.StartURL != "/tierfit/" {
		t.Errorf("manifest scope %q start_url %q, want /tierfit/", manifest.Scope, manifest.StartURL)
	}
	list := precacheList(t, o.Out)
	want := map[string]bool{"/tierfit/": false, "/tierfit/web/app.wasm": false, "/tierfit/web/icon.svg": false}
	for _, res := range list {
		if _, ok := want[res]; ok {
			want[res] = true
		}
		if !strings.HasPrefix(res, "/tierfit") {
			t.Errorf("pre-cached %q lies outside /tierfit", res)
		}
	}
	for res, found := range want {
		if !found {
			t.Errorf("service worker does not pre-cache %s (have %v)", res, list)
		}
	}
}

func TestBuildSiteErrors(t *testing.T) {
	t.Run("no wasm", func(t *testing.T) {
		o := fakeInputs(t, "x")
		o.WASM = filepath.Join(t.TempDir(), "missing.wasm")
		if _, err := Build(o); err == nil || !strings.Contains(err.Error(), "GOOS=js GOARCH=wasm") {
			t.Errorf("missing wasm: err %v, want advice to build it", err)
		}
	})
	t.Run("no echarts", func(t *testing.T) {
		o := fakeInputs(t, "x")
		o.ECharts = filepath.Join(t.TempDir(), "none.js")
		if _, err := Build(o); err == nil || !strings.Contains(err.Error(), "npm ci") {
			t.Errorf("missing ECharts: err %v, want advice to run npm ci", err)
		}
	})
	t.Run("foreign output dir", func(t *testing.T) {
		o := fakeInputs(t, "x")
		if err := os.MkdirAll(o.Out, 0o755); err != nil {
			t.Fatal(err)
		}
		keep := filepath.Join(o.Out, "thesis.txt")
		if err := os.WriteFile(keep, []byte("mine"), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Build(o); err == nil {
			t.Error("building into a folder of other files succeeded")
		}
		if _, err := os.Stat(keep); err != nil {
			t.Error("the generator deleted a file it did not make")
		}
	})
}

func TestCompressCacheReuses(t *testing.T) {
	o := fakeInputs(t, "cache me ")
	o.Cache = filepath.Join(t.TempDir(), "cache")
	mustBuild(t, o)
	entries, err := os.ReadDir(o.Cache)
	if err != nil || len(entries) == 0 {
		t.Fatalf("cache is empty after a build (err %v)", err)
	}
	// Tamper with every cached entry: a second build must serve from the cache.
	for _, e := range entries {
		if err := os.WriteFile(filepath.Join(o.Cache, e.Name()), []byte("from-cache"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mustBuild(t, o)
	if got := mustRead(t, filepath.Join(o.Out, "web/app.wasm.br")); string(got) != "from-cache" {
		t.Errorf("second build recompressed app.wasm instead of reusing the cache")
	}
}

func TestCleanBase(t *testing.T) {
	for in, want := range map[string]string{"": "/", "/": "/", "tierfit": "/tierfit/", "/tierfit": "/tierfit/", "/a/b/": "/a/b/"} {
		if got, err := CleanBase(in); err != nil || got != want {
			t.Errorf("CleanBase(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"/a b/", "/<x>/", "/a//b/", "/?q=1"} {
		if _, err := CleanBase(bad); err == nil {
			t.Errorf("CleanBase(%q) accepted", bad)
		}
	}
}

func TestIcons(t *testing.T) {
	for name, side := range map[string]int{"../../web/icon-192.png": 192, "../../web/icon-512.png": 512} {
		cfg, err := png.DecodeConfig(bytes.NewReader(mustRead(t, name)))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if cfg.Width != side || cfg.Height != side {
			t.Errorf("%s is %dx%d, want %dx%d (the manifest says so)", name, cfg.Width, cfg.Height, side, side)
		}
	}
}
