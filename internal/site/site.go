package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/internal/ui"
)

// Options say what the static-site generator reads and where it writes.
type Options struct {
	Out     string // output directory, e.g. dist
	Base    string // "/" or a sub-path such as "/tierfit/"
	WASM    string // the built app.wasm
	Web     string // the static assets folder (icons, stylesheet)
	ECharts string // the ECharts bundle (make builds it with esbuild)
	Cache   string // where compressed files are kept between builds ("" for nowhere)
}

// generatedMarker is a file every generated site has; the generator only
// empties an existing output directory that contains it.
const generatedMarker = "app-worker.js"

// CleanBase turns "", "tierfit", "/tierfit" or "/tierfit/" into "/tierfit/"
// and rejects what cannot be a URL path prefix.
func CleanBase(base string) (string, error) {
	trimmed := strings.Trim(base, "/")
	if trimmed == "" {
		return "/", nil
	}
	if !basePattern.MatchString(trimmed) {
		return "", fmt.Errorf("-base %q: use a path such as /tierfit/ (letters, digits, - _ . and / only)", base)
	}
	return "/" + trimmed + "/", nil
}

var basePattern = regexp.MustCompile(`^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$`)

// Build writes the complete static site and returns its version: the
// pre-rendered page, go-app's loader and service worker, the assets, the
// WASM and ECharts, every text file with .br and .gz siblings.
func Build(o Options) (string, error) {
	if _, err := os.Stat(o.WASM); err != nil {
		return "", fmt.Errorf("app.wasm not found at %s: build it first with GOOS=js GOARCH=wasm go build -o %s ./app (make static does this)", o.WASM, o.WASM)
	}
	if _, err := os.Stat(o.ECharts); err != nil {
		return "", fmt.Errorf("ECharts not found at %s: bundle it with make static (npm ci, then esbuild)", o.ECharts)
	}
	if err := resetDir(o.Out); err != nil {
		return "", err
	}
	webOut := filepath.Join(o.Out, "web")
	if err := copyTree(o.Web, webOut); err != nil {
		return "", fmt.Errorf("copy assets: %w", err)
	}
	if err := copyFile(o.WASM, filepath.Join(webOut, "app.wasm")); err != nil {
		return "", err
	}
	if err := copyFile(o.ECharts, filepath.Join(webOut, "echarts.min.js")); err != nil {
		return "", err
	}
	version, err := hashTree(webOut)
	if err != nil {
		return "", err
	}
	ui.Routes()
	if err := app.GenerateStaticWebsite(o.Out, newHandler(o.Base, version)); err != nil {
		return "", fmt.Errorf("generate site: %w", err)
	}
	wasmURL, err := fixAppJS(o.Out)
	if err != nil {
		return "", err
	}
	if err := fixIndex(o.Out, wasmURL); err != nil {
		return "", err
	}
	if err := Precompress(o.Out, o.Cache); err != nil {
		return "", err
	}
	return version, nil
}

// resetDir empties dir when it holds an earlier generated site (so no stale
// file survives), creates it when missing, and refuses anything else.
func resetDir(dir string) error {
	entries, err := os.ReadDir(dir)
	switch {
	case os.IsNotExist(err):
		return os.MkdirAll(dir, 0o755)
	case err != nil:
		return err
	case len(entries) == 0:
		return nil
	}
	if _, err := os.Stat(filepath.Join(dir, generatedMarker)); err != nil {
		return fmt.Errorf("%s is not empty and holds no generated site: pick another -out", dir)
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	return os.MkdirAll(dir, 0o755)
}

// hashTree is the first 16 hex digits of a SHA-256 over every file name and
// content under dir, in sorted order: the same files give the same version.
func hashTree(dir string) (string, error) {
	var names []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, path)
		}
		return err
	})
	if err != nil {
		return "", err
	}
	sort.Strings(names)
	h := sha256.New()
	for _, name := range names {
		rel, _ := filepath.Rel(dir, name)
		b, err := os.ReadFile(name)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", filepath.ToSlash(rel), len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// fixIndex mends three things go-app writes into index.html: the address
// of its temporary generation server (a random 127.0.0.1 port) in og:url,
// so the site names no host; a viewport that forbids zooming
// (maximum-scale=1, user-scalable=0), which fails people who need to zoom;
// and boolean attributes written as selected="false", which HTML reads as
// true: the pre-rendered form showed the last vendor and tier selected and
// every picker open (the app shows this form until its verdict is painted).
func fixIndex(dir, wasmURL string) error {
	name := filepath.Join(dir, "index.html")
	b, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	b = generatorOrigin.ReplaceAll(b, nil)
	b = noZoom.ReplaceAll(b, []byte(`<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">`))
	b = falseBoolean.ReplaceAll(b, nil)
	// The policy goes right after the charset, before anything it governs;
	// then the WebAssembly request, as early as the page can start it (the
	// request app.js makes later is served from it).
	b = bytes.Replace(b, []byte(`<meta charset="UTF-8">`), []byte(`<meta charset="UTF-8">`+"\n"+`<meta http-equiv="Content-Security-Policy" content="`+contentSecurityPolicy+`">`+
		"\n"+`<link rel="preload" href=`+wasmURL+` as="fetch" type="application/wasm" crossorigin="anonymous">`), 1)
	return os.WriteFile(name, b, 0o644)
}

var (
	// go-app's loader wraps the wasm response in a stream of its own to
	// count progress: V8 cannot cache the compiled code of a response that
	// has no URL, so every visit compiled the module again.
	wasmFetch = regexp.MustCompile(`fetchWithProgress\(("[^"]+"), showProgress\)`)
	// go-app registers its service worker first thing, whose install then
	// downloads and compiles the pre-cache during the load; tierfit
	// registers it after its first verdict (ui.registerWorker).
	workerAtStart = []byte("\ngoappInitServiceWorker();\n")
)

// fixAppJS makes go-app's loader fetch the wasm as it is and not register
// the service worker at start. It returns the wasm's URL (quoted), and
// fails if go-app's app.js no longer has what it changes.
func fixAppJS(dir string) (string, error) {
	name := filepath.Join(dir, "app.js")
	b, err := os.ReadFile(name)
	if err != nil {
		return "", err
	}
	m := wasmFetch.FindSubmatch(b)
	if m == nil || !bytes.Contains(b, workerAtStart) {
		return "", fmt.Errorf("%s: go-app's loader changed; update internal/site.fixAppJS", name)
	}
	b = wasmFetch.ReplaceAll(b, []byte("fetch($1)"))
	b = bytes.Replace(b, workerAtStart, []byte("\n// goappInitServiceWorker(): tierfit calls it after its first verdict.\n"), 1)
	return string(m[1]), os.WriteFile(name, b, 0o644)
}

// contentSecurityPolicy lets the page run only its own scripts (and compile
// its WebAssembly), load only its own files, and send nothing anywhere else.
// Inline styles stay allowed: go-app and ECharts set style attributes.
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'"

var (
	generatorOrigin = regexp.MustCompile(`http://127\.0\.0\.1:[0-9]+`)
	noZoom          = regexp.MustCompile(`<meta[^>]*name="viewport"[^>]*>`)
	// go-app escapes quotes in text, so this only ever matches an attribute.
	falseBoolean = regexp.MustCompile(` (?:selected|checked|open|disabled|hidden|required|readonly|multiple|autofocus)="false"`)
)

func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() && rel == "src" {
			return filepath.SkipDir // sources make bundles; never served
		}
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		return copyFile(path, target)
	})
}

func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}
