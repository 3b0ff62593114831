package site

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

// writeSite lays out a tiny generated site with precompressed siblings.
func writeSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"index.html":              "<p>index</p>",
		"index.html.br":           "BR-index",
		"index.html.gz":           "GZ-index",
		"about.html":              "<p>about</p>",
		"manifest.webmanifest":    `{"name":"tierfit"}`,
		"web/app.wasm":            "\x00asm-plain",
		"web/app.wasm.br":         "BR-wasm",
		"web/app.wasm.gz":         "GZ-wasm",
		"web/icon-192.png":        "png",
		"web/only-gzip.js":        "plain-js",
		"web/only-gzip.js.gz":     "GZ-js",
		"web/sub/dir/nested.json": `{}`,
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func get(t *testing.T, h http.Handler, path, acceptEncoding string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	if acceptEncoding != "" {
		req.Header.Set("Accept-Encoding", acceptEncoding)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func TestSiteHandler(t *testing.T) {
	h := Handler(writeSite(t), "/")
	tests := []struct {
		name, path, accept          string
		status                      int
		body, ctype, contentEncoded string
	}{
		{"root is index", "/", "", 200, "<p>index</p>", "text/html; charset=utf-8", ""},
		{"wasm type", "/web/app.wasm", "", 200, "\x00asm-plain", "application/wasm", ""},
		{"manifest type", "/manifest.webmanifest", "", 200, `{"name":"tierfit"}`, "application/manifest+json", ""},
		{"brotli preferred", "/web/app.wasm", "gzip, deflate, br", 200, "BR-wasm", "application/wasm", "br"},
		{"gzip when no br", "/web/app.wasm", "gzip", 200, "GZ-wasm", "application/wasm", "gzip"},
		{"br refused by q=0", "/web/app.wasm", "br;q=0, gzip", 200, "GZ-wasm", "application/wasm", "gzip"},
		{"star allows br", "/web/app.wasm", "*", 200, "BR-wasm", "application/wasm", "br"},
		{"star but br q=0", "/web/app.wasm", "br;q=0, *", 200, "GZ-wasm", "application/wasm", "gzip"},
		{"identity only", "/web/app.wasm", "identity", 200, "\x00asm-plain", "application/wasm", ""},
		{"only a gz sibling", "/web/only-gzip.js", "br, gzip", 200, "GZ-js", "text/javascript; charset=utf-8", "gzip"},
		{"no sibling", "/web/icon-192.png", "br, gzip", 200, "png", "image/png", ""},
		{"compressed index", "/", "br", 200, "BR-index", "text/html; charset=utf-8", "br"},
		{"route without extension", "/about", "", 200, "<p>about</p>", "text/html; charset=utf-8", ""},
		{"nested file", "/web/sub/dir/nested.json", "", 200, "{}", "application/json", ""},
		{"missing", "/nope.js", "", 404, "", "", ""},
		{"sibling not addressable", "/web/app.wasm.br", "", 404, "", "", ""},
		{"directory is not a file", "/web", "", 404, "", "", ""},
		{"traversal stays inside", "/../../../etc/passwd", "", 404, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := get(t, h, tt.path, tt.accept)
			body, _ := io.ReadAll(res.Body)
			if res.StatusCode != tt.status {
				t.Fatalf("GET %s status = %d, want %d", tt.path, res.StatusCode, tt.status)
			}
			if tt.status != 200 {
				return
			}
			if string(body) != tt.body {
				t.Errorf("GET %s body = %q, want %q", tt.path, body, tt.body)
			}
			if got := res.Header.Get("Content-Type"); got != tt.ctype {
				t.Errorf("GET %s Content-Type = %q, want %q", tt.path, got, tt.ctype)
			}
			if got := res.Header.Get("Content-Encoding"); got != tt.contentEncoded {
				t.Errorf("GET %s Content-Encoding = %q, want %q", tt.path, got, tt.contentEncoded)
			}
			if got := res.Header.Get("Vary"); got != "Accept-Encoding" {
				t.Errorf("GET %s Vary = %q, want Accept-Encoding", tt.path, got)
			}
		})
	}
}

func TestSiteHandlerSubPath(t *testing.T) {
	h := Handler(writeSite(t), "/tierfit/")
	if res := get(t, h, "/tierfit/web/app.wasm", "br"); res.StatusCode != 200 || res.Header.Get("Content-Encoding") != "br" {
		t.Errorf("GET /tierfit/web/app.wasm = %d %q, want 200 br", res.StatusCode, res.Header.Get("Content-Encoding"))
	}
	if res := get(t, h, "/tierfit/", ""); res.StatusCode != 200 {
		t.Errorf("GET /tierfit/ = %d, want 200", res.StatusCode)
	}
	if res := get(t, h, "/tierfit", ""); res.StatusCode != http.StatusMovedPermanently || res.Header.Get("Location") != "/tierfit/" {
		t.Errorf("GET /tierfit = %d to %q, want 301 to /tierfit/", res.StatusCode, res.Header.Get("Location"))
	}
	if res := get(t, h, "/web/app.wasm", ""); res.StatusCode != 404 {
		t.Errorf("GET /web/app.wasm outside the prefix = %d, want 404", res.StatusCode)
	}
}

func TestSiteHandlerRejectsWrites(t *testing.T) {
	h := Handler(writeSite(t), "/")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST / = %d, want 405", rec.Code)
	}
}
