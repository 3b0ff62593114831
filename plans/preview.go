package plans

import (
	"bytes"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"tierfit/internal/i18n"
)

// markdown converts GitHub-flavoured Markdown (tables, task lists). It is
// built without html.WithUnsafe, so raw HTML in the source is dropped and
// dangerous link targets are not rendered. It is built on first use, not
// when the app starts: the first verdict never waits for it.
var markdown = sync.OnceValue(func() goldmark.Markdown { return goldmark.New(goldmark.WithExtensions(extension.GFM)) })

// PreviewHTML renders Markdown to HTML for the browser preview, wrapped in a
// single <div class="markdown"> as go-app's app.Raw requires one root. The
// task list's checkboxes get a label in lang ("to do"), so screen readers
// name them.
func PreviewHTML(md string, lang i18n.Lang) string {
	var buf bytes.Buffer
	buf.WriteString(`<div class="markdown">`)
	// Convert fails only when writing fails, and a bytes.Buffer does not.
	_ = markdown().Convert([]byte(md), &buf)
	buf.WriteString(`</div>`)
	label := words.Msg(lang, "todo")
	return strings.ReplaceAll(buf.String(), `<input disabled="" type="checkbox">`,
		`<input disabled="" type="checkbox" aria-label="`+label+`">`)
}
