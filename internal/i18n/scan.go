package i18n

import (
	"regexp"
	"sort"
	"strings"
	"sync"
)

// Untranslated are the words that may stand in Chinese text as they are:
// abbreviations a Chinese product manager writes in Latin letters too,
// formats, units and the product's own name.
var Untranslated = []string{
	"DAU", "MAU", "SDK", "SLA", "API", "ID", "IM", "UTC", "JSON", "Markdown", "Mermaid", "HIPAA", "BAA",
	"APNs", "FCM", "p", "tierfit", "USD", "CNY", "YYYY", "MM", "DD", "md", "json", "en", "zh", "ms",
	"PCC", "PCU", "GB", "TB", "QPS", "IDs", "all",
	// Terms of the trade, kept in Latin letters in Chinese engineering
	// writing: recovery and service objectives, a formula, platforms and a
	// tool the checklist cites.
	"RPO", "SLO", "Webhook", "hash", "mod", "Android", "iOS", "Web", "Flagger",
}

var (
	latinWord = lazily(`[A-Za-z][A-Za-z]+`)
	// a Markdown link's text and target are names and addresses
	mdLink = lazily(`(?:^|[^\\])\[(?:\\.|[^\]])*\]\([^\s)]*\)`)
	// links and addresses are not words to translate
	linkLike = lazily(`(?:https?://|www\.)\S+|\S+@\S+|\S+\.(?:com|cn|io|org|net)\S*`)
)

// removeWhole removes every occurrence of name from text that does not
// sit inside a longer Latin word ("t" is an id, not the t of "must").
func removeWhole(text, name string) string {
	var b strings.Builder
	for {
		i := strings.Index(text, name)
		if i < 0 {
			b.WriteString(text)
			return b.String()
		}
		j := i + len(name)
		inside := (i > 0 && isLatin(text[i-1]) && isLatin(name[0])) || (j < len(text) && isLatin(text[j]) && isLatin(name[len(name)-1]))
		b.WriteString(text[:i])
		if inside {
			b.WriteString(name)
		} else {
			b.WriteByte(' ')
		}
		text = text[j:]
	}
}

func isLatin(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// WithoutLinks is Markdown text with its links removed.
func WithoutLinks(md string) string { return mdLink().ReplaceAllString(md, " ") }

// LatinWords lists the words of two or more Latin letters in text that are
// neither in Untranslated nor in allowed (names of products, vendors and
// tiers, what the user typed), each once, sorted. A Chinese view with any
// is not fully translated.
func LatinWords(text string, allowed ...string) []string {
	allowed = append([]string(nil), allowed...)
	sort.Slice(allowed, func(i, j int) bool { return len(allowed[i]) > len(allowed[j]) }) // "Agora Chat" before "Agora"
	for _, a := range allowed {                                                           // names may hold several words: remove them whole
		if a != "" {
			text = removeWhole(text, a)
		}
	}
	text = mdLink().ReplaceAllString(text, " ")
	text = linkLike().ReplaceAllString(text, " ")
	ok := map[string]bool{}
	for _, w := range Untranslated {
		ok[w] = true
	}
	seen := map[string]bool{}
	var out []string
	for _, w := range latinWord().FindAllString(text, -1) {
		if !ok[w] && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// lazily compiles expr when first used: these patterns serve the tests'
// scans, never the app's start.
func lazily(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
