package plans

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// markdown converts GitHub-flavoured Markdown (tables, task lists). It is
// built without html.WithUnsafe, so raw HTML in the source is dropped and
// dangerous link targets are not rendered.
var markdown = goldmark.New(goldmark.WithExtensions(extension.GFM))

// PreviewHTML renders Markdown to HTML for the browser preview, wrapped in a
// single <div class="markdown"> as go-app's app.Raw requires one root.
func PreviewHTML(md string) string {
	var buf bytes.Buffer
	buf.WriteString(`<div class="markdown">`)
	// Convert fails only when writing fails, and a bytes.Buffer does not.
	_ = markdown.Convert([]byte(md), &buf)
	buf.WriteString(`</div>`)
	return buf.String()
}
