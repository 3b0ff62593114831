package e2e

import (
	"context"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// session is one tab in a browser context of its own — a fresh profile:
// no storage, cache, service worker or permission of another test — that
// records what the page writes to its console and every request it sends.
type session struct {
	ctx   context.Context
	close func() // ends the tab (or browser) now rather than at the test's end

	mu       sync.Mutex
	console  []chromedp.ConsoleMessage
	requests []string
}

// browserOptions are the flags of every Chromium the tests start.
func browserOptions(exe, profile string, extra ...chromedp.ExecAllocatorOption) []chromedp.ExecAllocatorOption {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.UserDataDir(profile),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.WindowSize(1280, 900),
	)
	return append(opts, extra...)
}

// shared is the one Chromium the browser journeys share: started by the
// first test that needs it, ended by TestMain.
var shared struct {
	once    sync.Once
	ctx     context.Context
	err     error
	profile string
	end     func()
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.end != nil {
		shared.end()
	}
	os.Exit(code)
}

// sharedBrowser returns the context of the shared Chromium.
func sharedBrowser(t *testing.T) context.Context {
	t.Helper()
	exe := chromiumPath(t)
	shared.once.Do(func() {
		shared.profile, shared.err = os.MkdirTemp("", "tierfit-e2e-")
		if shared.err != nil {
			return
		}
		alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), browserOptions(exe, shared.profile)...)
		ctx, cancelCtx := chromedp.NewContext(alloc)
		shared.ctx = ctx
		shared.end = func() {
			cancelCtx()
			cancelAlloc()
			os.RemoveAll(shared.profile)
		}
		shared.err = chromedp.Do(ctx) // start the browser
	})
	if shared.err != nil {
		t.Fatalf("start Chromium (%s): %v", exe, shared.err)
	}
	return shared.ctx
}

// newSession opens a tab in a new browser context of the shared Chromium.
func newSession(t *testing.T) *session { t.Helper(); return newSessionWith(t, 90*time.Second) }

// newSessionWith is newSession with a time limit for the whole session;
// extra Chromium flags start a browser of its own (the bench's).
func newSessionWith(t *testing.T, limit time.Duration, extra ...chromedp.ExecAllocatorOption) *session {
	t.Helper()
	var ctx context.Context
	var cancels []context.CancelFunc
	if len(extra) == 0 {
		var cancel context.CancelFunc
		ctx, cancel = chromedp.NewContext(sharedBrowser(t), chromedp.WithNewBrowserContext())
		cancels = append(cancels, cancel)
	} else {
		exe := chromiumPath(t)
		alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), browserOptions(exe, t.TempDir(), extra...)...)
		var cancel context.CancelFunc
		ctx, cancel = chromedp.NewContext(alloc)
		cancels = append(cancels, cancelAlloc, cancel)
	}
	ctx, cancelTimeout := context.WithTimeout(ctx, limit)
	cancels = append(cancels, cancelTimeout)
	var once sync.Once
	end := func() {
		once.Do(func() {
			for i := len(cancels) - 1; i >= 0; i-- {
				cancels[i]()
			}
		})
	}
	t.Cleanup(end)
	s := &session{ctx: ctx, close: end}
	if err := chromedp.Do(ctx); err != nil { // open the tab (or start the browser)
		t.Fatalf("open a Chromium tab: %v", err)
	}
	// A headless page never has focus; a person's page does (the clipboard
	// refuses an unfocused page).
	if _, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			s.mu.Lock()
			s.requests = append(s.requests, e.Request.URL)
			s.mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}
	go func() {
		for m, err := range chromedp.Console(ctx) {
			if err != nil {
				return
			}
			s.mu.Lock()
			s.console = append(s.console, m)
			s.mu.Unlock()
		}
	}()
	return s
}

// browserContext is the session's browser context, for the browser-wide
// commands (downloads, permissions) that must apply to this test only.
func (s *session) browserContext() cdp.BrowserContextID {
	return chromedp.FromContext(s.ctx).BrowserContextID
}
