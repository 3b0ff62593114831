package plans

import (
	"net/url"
	"strconv"
	"strings"
)

// esc makes text from outside (a project name, a catalog or tier name from
// an imported file, an engine sentence that quotes them) safe inside a line
// of Markdown or a table cell: it can never start a heading, list, table
// cell, link, autolink, image, emphasis, strikethrough, code span, entity or
// raw HTML. Control characters and line breaks become spaces, so the text
// stays on its line. Characters that build nothing alone, such as
// parentheses, stay as they are so the Markdown reads well unrendered.
func esc(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range s {
		switch {
		case r < 0x20 || r == 0x7f || r == '\u2028' || r == '\u2029' || r == '\u0085':
			b.WriteByte(' ')
		case r == '@':
			// cmark-gfm links e-mail addresses after escapes are resolved:
			// only a zero-width space after the @ keeps a@b.co text.
			b.WriteString("\\@\u200b")
		case strings.ContainsRune("\\`*_[]<>|#~&", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '.' && i >= 3 && strings.EqualFold(s[i-3:i], "www"):
			b.WriteString(`\.`) // GFM would turn www.example.com into a link
		case r == '/' && i >= 1 && s[i-1] == '/':
			b.WriteString(`\/`) // and http://… too
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

// mermaidText keeps only what a Mermaid gantt label can hold safely:
// letters, digits, spaces and a few marks; anything else becomes a space.
func mermaidText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r > 0x2e80 && r < 0xfe00:
			b.WriteRune(r)
		case r == ' ' || r == '-' || r == '%' || r == '.' || r == '→':
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	out := strings.Join(strings.Fields(b.String()), " ")
	for strings.Contains(out, "%%") { // %% starts a Mermaid comment or directive
		out = strings.ReplaceAll(out, "%%", "%")
	}
	if r := []rune(out); len(r) > 60 {
		out = string(r[:60])
	}
	if out == "" {
		out = "tierfit"
	}
	return out
}

// link writes a source address as a Markdown link whose text is the
// address without its scheme, escaped, and whose destination is the
// address with every character that could end it or start markup
// percent-encoded. Anything but an absolute http(s) address stays text.
func link(src string) string {
	u, err := url.Parse(src)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil ||
		strings.ContainsFunc(src, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
		return esc(src)
	}
	var dest strings.Builder
	for _, c := range []byte(u.String()) {
		if c <= ' ' || c >= 0x7f || strings.IndexByte("<>()[]\\`\"'{}|^*_~&", c) >= 0 {
			dest.WriteString("%" + strings.ToUpper(strconv.FormatUint(uint64(c), 16)))
			continue
		}
		dest.WriteByte(c)
	}
	text := strings.TrimSuffix(u.Host+u.EscapedPath(), "/")
	if r := []rune(text); len(r) > 70 {
		text = string(r[:69]) + "…"
	}
	return "[" + esc(text) + "](" + dest.String() + ")"
}
