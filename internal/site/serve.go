package site

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Serve serves the site in dir under prefix on addr until ctx ends,
// printing the address to stdout.
func Serve(ctx context.Context, dir, addr, prefix string, stdout io.Writer) error {
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		return fmt.Errorf("no site in %s: generate it first with make static", dir)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("cannot listen on %s (is another server using it? pick another with -addr): %w", addr, err)
	}
	srv := &http.Server{Handler: Handler(dir, prefix), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "tierfit: serving %s at http://%s%s (Ctrl-C stops)\n", dir, ln.Addr(), prefix)
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// Handler serves a generated site from dir under the URL prefix ("/" or
// "/sub/"): the MIME types browsers insist on for .wasm and .webmanifest,
// the .br or .gz sibling of a file when the request accepts that encoding,
// NAME.html for an extension-less route, and revalidation on every load so a
// new deploy reaches the service worker.
func Handler(dir, prefix string) http.Handler {
	files := http.Dir(dir)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := resolve(files, path.Clean("/"+r.URL.Path))
		if name == "" {
			http.NotFound(w, r)
			return
		}
		hdr := w.Header()
		hdr.Set("Content-Type", contentType(name))
		hdr.Set("Cache-Control", "no-cache")
		hdr.Set("X-Content-Type-Options", "nosniff")
		hdr.Set("Content-Security-Policy", contentSecurityPolicy+"; frame-ancestors 'none'")
		hdr.Set("Referrer-Policy", "no-referrer")
		hdr.Add("Vary", "Accept-Encoding")
		served := name
		for _, enc := range []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
			if accepts(r.Header.Get("Accept-Encoding"), enc.token) && isFile(files, name+enc.ext) {
				hdr.Set("Content-Encoding", enc.token)
				served = name + enc.ext
				break
			}
		}
		f, err := files.Open(served)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil {
			http.Error(w, "cannot read file", http.StatusInternalServerError)
			return
		}
		http.ServeContent(w, r, name, st.ModTime(), f)
	})
	if prefix == "/" {
		return h
	}
	strip := strings.TrimSuffix(prefix, "/")
	mux := http.NewServeMux()
	mux.Handle(prefix, http.StripPrefix(strip, h))
	mux.Handle(strip, http.RedirectHandler(prefix, http.StatusMovedPermanently))
	return mux
}

// resolve maps a cleaned URL path to a file of the site, or "" for none.
func resolve(files http.Dir, p string) string {
	switch {
	case p == "/":
		return "/index.html"
	case strings.HasSuffix(p, ".br") || strings.HasSuffix(p, ".gz"):
		return "" // siblings are an encoding, never a resource of their own
	case isFile(files, p):
		return p
	case path.Ext(p) == "" && isFile(files, p+".html"):
		return p + ".html"
	}
	return ""
}

func isFile(files http.Dir, name string) bool {
	f, err := files.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	st, err := f.Stat()
	return err == nil && !st.IsDir()
}

// mimeTypes pins the types that matter; the system table may lack them.
var mimeTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".wasm":        "application/wasm",
	".webmanifest": "application/manifest+json",
	".json":        "application/json",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".md":          "text/markdown; charset=utf-8",
	".txt":         "text/plain; charset=utf-8",
}

func contentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := mimeTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// accepts reports whether an Accept-Encoding header allows token: named
// with a quality above zero, or not named and allowed by "*".
func accepts(header, token string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		fields := strings.Split(part, ";")
		name := strings.TrimSpace(fields[0])
		q := 1.0
		for _, param := range fields[1:] {
			k, v, ok := strings.Cut(strings.TrimSpace(param), "=")
			if ok && strings.EqualFold(k, "q") {
				if f, err := strconv.ParseFloat(v, 64); err == nil {
					q = f
				}
			}
		}
		switch {
		case strings.EqualFold(name, token):
			return q > 0
		case name == "*":
			star = q > 0
		}
	}
	return star
}
