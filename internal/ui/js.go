package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"tierfit/internal/i18n"
)

// Browser calls that have no go-app wrapper. Natively every app.Value call
// is a no-op, so these are harmless in tests and pre-rendering.

// download saves content as a file through a temporary object URL. The
// anchor needs the download attribute: go-app's click handler skips those.
func download(name, content, mime string) {
	win, doc := app.Window(), app.Window().Get("document")
	blob := win.Get("Blob").New([]any{content}, map[string]any{"type": mime})
	url := win.Get("URL").Call("createObjectURL", blob)
	a := doc.Call("createElement", "a")
	a.Set("href", url)
	a.Call("setAttribute", "download", name)
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	var revoke app.Func
	revoke = app.FuncOf(func(this app.Value, args []app.Value) any {
		win.Get("URL").Call("revokeObjectURL", url)
		revoke.Release()
		return nil
	})
	win.Call("setTimeout", revoke, 1000)
}

// copyText writes text to the clipboard and reports the outcome through
// done, on the UI goroutine.
func copyText(ctx app.Context, text string, done func(ctx app.Context, ok bool)) {
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() { // plain http on a non-local host has no clipboard
		done(ctx, false)
		return
	}
	var ok, fail app.Func
	finish := func(result bool) {
		ok.Release()
		fail.Release()
		ctx.Dispatch(func(ctx app.Context) { done(ctx, result) })
	}
	ok = app.FuncOf(func(app.Value, []app.Value) any { finish(true); return nil })
	fail = app.FuncOf(func(app.Value, []app.Value) any { finish(false); return nil })
	clip.Call("writeText", text).Call("then", ok, fail)
}

// readFile reads the first file of an <input type=file> as text; a file
// over limit bytes is refused before it is read (done gets no data).
func readFile(ctx app.Context, input app.Value, limit int, done func(ctx app.Context, name string, data []byte, size int)) {
	files := input.Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	f := files.Index(0)
	name := f.Get("name").String()
	input.Set("value", "") // choosing the same file again fires change again
	size := f.Get("size").Int()
	if size > limit {
		done(ctx, name, nil, size)
		return
	}
	var ok, fail app.Func
	finish := func(data []byte) {
		ok.Release()
		fail.Release()
		ctx.Dispatch(func(ctx app.Context) { done(ctx, name, data, size) })
	}
	ok = app.FuncOf(func(_ app.Value, args []app.Value) any { finish([]byte(args[0].String())); return nil })
	fail = app.FuncOf(func(app.Value, []app.Value) any { finish(nil); return nil })
	f.Call("text").Call("then", ok, fail)
}

func printPage() { app.Window().Call("print") }

// pageURL is the page's address without its fragment.
func pageURL() string {
	u := app.Window().URL()
	u.Fragment, u.RawFragment = "", ""
	return u.String()
}

// clearFragment removes the share fragment from the address bar, so a
// reload shows what the user typed since, not the link again.
func clearFragment() {
	app.Window().Get("history").Call("replaceState", nil, "", pageURL())
}

// browserLang is the browser's preferred language: zh or en.
func browserLang() i18n.Lang {
	if l := app.Window().Get("navigator").Get("language"); l.Truthy() && len(l.String()) >= 2 {
		return i18n.Of(l.String()[:2])
	}
	return i18n.EN
}

// setDocumentLang tells screen readers and fonts the page's language.
func setDocumentLang(lang i18n.Lang) {
	doc := app.Window().Get("document")
	doc.Get("documentElement").Set("lang", lang.HTML())
	doc.Set("title", t(lang, "title"))
}

// ChartsScript is the ECharts bundle the site serves.
const ChartsScript = "/web/echarts.min.js"

// loadCharts adds the ECharts script once the browser has painted the next
// frame, so the first view never waits for it; the charts draw when it has
// run (see echart.draw).
func loadCharts(ctx app.Context) {
	if app.Window().Get("echarts").Truthy() {
		return
	}
	src := ctx.ResolveStaticResource(ChartsScript)
	afterPaint(ctx, func(app.Context) {
		doc := app.Window().Get("document")
		s := doc.Call("createElement", "script")
		s.Set("src", src)
		doc.Get("head").Call("appendChild", s)
	})
}

// registerWorker registers go-app's service worker (and so its pre-cache)
// once the first verdict is on screen and the browser is idle, not during
// the load (internal/site keeps app.js from doing it at start).
func registerWorker() {
	win := app.Window()
	if !win.Get("goappInitServiceWorker").Truthy() {
		return
	}
	var run app.Func
	run = app.FuncOf(func(this app.Value, args []app.Value) any {
		run.Release()
		win.Call("goappInitServiceWorker")
		return nil
	})
	if win.Get("requestIdleCallback").Truthy() {
		win.Call("requestIdleCallback", run, map[string]any{"timeout": 2000})
	} else {
		win.Call("setTimeout", run, 500)
	}
}

// observeNear calls fn on the UI goroutine whenever the element with one of
// ids comes within nearScreen of the viewport or leaves it. Without
// IntersectionObserver every element counts as near. The observer lasts as
// long as the page (the planner is its only page).
func observeNear(ctx app.Context, ids []string, fn func(ctx app.Context, id string, near bool)) {
	io := app.Window().Get("IntersectionObserver")
	if !io.Truthy() {
		for _, id := range ids {
			fn(ctx, id, true)
		}
		return
	}
	type change struct {
		id   string
		near bool
	}
	cb := app.FuncOf(func(this app.Value, args []app.Value) any {
		entries := args[0]
		changes := make([]change, entries.Length())
		for i := range changes {
			e := entries.Index(i)
			changes[i] = change{e.Get("target").Get("id").String(), e.Get("isIntersecting").Bool()}
		}
		ctx.Dispatch(func(ctx app.Context) {
			for _, c := range changes {
				fn(ctx, c.id, c.near)
			}
		})
		return nil
	})
	obs := io.New(cb, map[string]any{"rootMargin": nearScreen})
	doc := app.Window().Get("document")
	for _, id := range ids {
		if el := doc.Call("getElementById", id); el.Truthy() {
			obs.Call("observe", el)
		}
	}
}

// preRenderedInputs is the pre-rendered form as the page received it
// (built from the example by the site generator, never from what a user
// typed), to stand in while the first verdict is drawn; "" when the page
// has none.
func preRenderedInputs() string {
	el := app.Window().Get("document").Call("getElementById", inputsID)
	if !el.Truthy() {
		return ""
	}
	return el.Get("outerHTML").String()
}

// fieldFocus is the form field that had the focus, and its selection.
type fieldFocus struct {
	id         string
	start, end app.Value
}

// focusedField is the field being typed in, if any.
func focusedField() fieldFocus {
	el := app.Window().Get("document").Get("activeElement")
	if !el.Truthy() || !strings.HasPrefix(el.Get("id").String(), "f-") {
		return fieldFocus{}
	}
	return fieldFocus{id: el.Get("id").String(), start: el.Get("selectionStart"), end: el.Get("selectionEnd")}
}

// restore gives the focus back to the field of the same id, where it was.
func (f fieldFocus) restore() {
	defer func() {
	}()
	if f.id == "" {
		return
	}
	el := app.Window().Get("document").Call("getElementById", f.id)
	if !el.Truthy() {
		return
	}
	el.Call("focus")
	if f.start.Type() == app.TypeNumber && f.end.Type() == app.TypeNumber {
		func() {
			defer func() { recover() }() // inputs without a selection (number, checkbox) refuse it
			el.Call("setSelectionRange", f.start, f.end)
		}()
	}
}

// afterPaint runs fn on the UI goroutine once the browser has painted what
// is drawn now (an animation frame, then a task), or after 100 ms if no
// frame comes (a tab in the background): go-app's own Defer runs before
// the browser gets to paint.
func afterPaint(ctx app.Context, fn func(app.Context)) {
	if !app.IsClient {
		ctx.Defer(fn)
		return
	}
	done := make(chan struct{}, 2)
	var frame, task app.Func
	task = app.FuncOf(func(app.Value, []app.Value) any { done <- struct{}{}; return nil })
	frame = app.FuncOf(func(app.Value, []app.Value) any { app.Window().Call("setTimeout", task, 0); return nil })
	app.Window().Call("requestAnimationFrame", frame)
	app.Window().Call("setTimeout", task, 100)
	ctx.Async(func() {
		<-done
		ctx.Dispatch(fn)
		go func() { // the later call, when it comes, releases the callbacks
			<-done
			frame.Release()
			task.Release()
		}()
	})
}
