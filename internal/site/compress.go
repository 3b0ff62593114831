package site

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

// compressible lists the extensions that get .br and .gz siblings; images
// in PNG are compressed already.
var compressible = map[string]bool{
	".html": true, ".js": true, ".css": true, ".wasm": true, ".svg": true,
	".webmanifest": true, ".json": true, ".md": true, ".txt": true,
}

// Precompress writes NAME.br and NAME.gz beside every compressible file
// under dir, for hosts (and our serve command) that send them as they are.
// A sibling is kept only when it is smaller than the file itself. Brotli at
// its best level takes about 20 s for app.wasm, so when cache is not empty the
// compressed bytes are kept there by content hash and reused by the next
// build of the same file.
func Precompress(dir, cache string) error {
	var names []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && compressible[filepath.Ext(path)] {
			names = append(names, path)
		}
		return err
	})
	if err != nil {
		return err
	}
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		for _, enc := range encoders {
			c, err := cachedCompress(b, enc.ext, enc.newWriter, cache)
			if err != nil {
				return err
			}
			if len(c) >= len(b) {
				continue
			}
			if err := os.WriteFile(name+enc.ext, c, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// encoders are the encodings written, each at its best compression level.
var encoders = []struct {
	ext       string
	newWriter func(io.Writer) io.WriteCloser
}{
	{".br", func(w io.Writer) io.WriteCloser { return brotli.NewWriterLevel(w, brotli.BestCompression) }},
	{".gz", func(w io.Writer) io.WriteCloser {
		zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
		return zw
	}},
}

// cachedCompress compresses b, or reads the result of an earlier run with the
// same content and encoding from cache ("" means no cache).
func cachedCompress(b []byte, ext string, newWriter func(io.Writer) io.WriteCloser, cache string) ([]byte, error) {
	var key string
	if cache != "" {
		sum := sha256.Sum256(b)
		key = filepath.Join(cache, hex.EncodeToString(sum[:])+ext)
		if c, err := os.ReadFile(key); err == nil {
			return c, nil
		}
	}
	c, err := compress(b, newWriter)
	if err != nil || cache == "" {
		return c, err
	}
	if err := os.MkdirAll(cache, 0o755); err != nil {
		return nil, err
	}
	// Write then rename, so an interrupted build leaves no truncated entry.
	tmp := key + ".tmp"
	if err := os.WriteFile(tmp, c, 0o644); err != nil {
		return nil, err
	}
	return c, os.Rename(tmp, key)
}

func compress(b []byte, newWriter func(io.Writer) io.WriteCloser) ([]byte, error) {
	var buf bytes.Buffer
	w := newWriter(&buf)
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
