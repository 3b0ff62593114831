package e2e

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// builtWASM returns the app.wasm that make built (TIERFIT_WASM), or builds
// one with the Makefile's flags.
func builtWASM(t *testing.T) []byte {
	t.Helper()
	if p := os.Getenv("TIERFIT_WASM"); p != "" {
		return mustRead(t, p)
	}
	out := filepath.Join(t.TempDir(), "app.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, "../app")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("wasm build: %v\n%s", err, msg)
	}
	return mustRead(t, out)
}

// TestWASMHasNoServerCode guards the browser build against the native half:
// a reference to net/http's server (internal/site, or the command line that
// calls it, reached without app/native.go's build tag) drags
// TLS and HTTP/2 along and more than doubles app.wasm (7.6 MB → 19 MB, see
// the go-app notes). Go keeps function names for tracebacks even with -s -w,
// so the server's methods show up by name when they are linked in.
func TestWASMHasNoServerCode(t *testing.T) {
	wasm := builtWASM(t)
	if !bytes.Contains(wasm, []byte("tierfit/internal/ui.(*planner).Render")) {
		t.Fatal("app.wasm holds no function names: this check would see nothing")
	}
	for _, name := range []string{"net/http.(*Server).Serve", "tierfit/internal/site.", "tierfit/internal/cli.", "github.com/andybalholm/brotli"} {
		if bytes.Contains(wasm, []byte(name)) {
			t.Errorf("app.wasm contains %s: native-only code leaked into the browser build", name)
		}
	}
	// A coarse second line of defence; later features will grow the app, but
	// nowhere near the size that server code adds.
	if n := len(wasm); n > 16<<20 {
		t.Errorf("app.wasm is %d bytes, over the 16 MiB guard", n)
	}
}
