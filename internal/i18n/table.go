package i18n

import (
	"sort"
	"strconv"
	"strings"
	"sync"
)

// A Table holds a package's sentences by key, in English and Chinese, each
// parsed once, when first used (the browser app starts without parsing
// the hundreds it does not show yet). The one format syntax: %[n]s inserts argument n (from 1),
// %[n]q inserts it quoted, %% is a percent sign. A list item table entry
// separates items with "|".
type Table struct {
	src    map[string][2]string
	mu     sync.Mutex
	parsed map[string][2]template
}

// A template is a sentence parsed once: literal text and argument slots.
type template []segment

type segment struct {
	lit   string
	arg   int // 0-based; -1 for a literal
	quote bool
}

// NewTable holds the sentences of src, to be parsed when first used.
func NewTable(src map[string][2]string) *Table {
	return &Table{src: src, parsed: map[string][2]template{}}
}

// templates are key's sentences, parsed; false if the table lacks key.
func (t *Table) templates(key string) ([2]template, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	pair, ok := t.parsed[key]
	if !ok {
		src, known := t.src[key]
		if !known {
			return pair, false
		}
		pair = [2]template{parse(src[0]), parse(src[1])}
		t.parsed[key] = pair
	}
	return pair, true
}

func parse(f string) template {
	var t template
	last := 0
	for i := 0; i < len(f); i++ {
		end, sg, ok := slotAt(f, i)
		if !ok {
			continue
		}
		if i > last {
			t = append(t, segment{lit: f[last:i], arg: -1})
		}
		t = append(t, sg)
		last, i = end, end-1
	}
	if last < len(f) {
		t = append(t, segment{lit: f[last:], arg: -1})
	}
	return t
}

// slotAt reads the slot that starts at f[i], if one does: %[n]s, %[n]q
// (n from 1 to 999) or %%; any other percent sign is text. It returns where
// the slot ends and its segment. (A hand-written scan: the tables are
// parsed when the app starts, and a regular expression would cost the
// browser its compilation first.)
func slotAt(f string, i int) (end int, sg segment, ok bool) {
	if f[i] != '%' || i+1 >= len(f) {
		return 0, sg, false
	}
	if f[i+1] == '%' {
		return i + 2, segment{lit: "%", arg: -1}, true
	}
	if f[i+1] != '[' {
		return 0, sg, false
	}
	j, n := i+2, 0
	for j < len(f) && j < i+5 && f[j] >= '0' && f[j] <= '9' {
		n = n*10 + int(f[j]-'0')
		j++
	}
	if j == i+2 || n == 0 || j+1 >= len(f) || f[j] != ']' || (f[j+1] != 's' && f[j+1] != 'q') {
		return 0, sg, false
	}
	return j + 2, segment{arg: n - 1, quote: f[j+1] == 'q'}, true
}

// Msg is the sentence key in l with its arguments. A key the table lacks
// comes back as itself, visible, and the table's test fails on it.
func (t *Table) Msg(l Lang, key string, args ...Arg) string {
	return string(t.Append(nil, l, key, args...))
}

// Text is Msg with plain text arguments.
func (t *Table) Text(l Lang, key string, args ...string) string {
	as := make([]Arg, len(args))
	for i, a := range args {
		as[i] = Str(a)
	}
	return t.Msg(l, key, as...)
}

// List is a "|"-separated entry's items in l.
func (t *Table) List(l Lang, key string) []string { return strings.Split(t.Msg(l, key), "|") }

// Append appends the sentence to dst. The engine writes a hundred sentences
// per evaluation with it, so it avoids fmt and allocates only when dst must
// grow.
func (t *Table) Append(dst []byte, l Lang, key string, args ...Arg) []byte {
	pair, ok := t.templates(key)
	if !ok {
		return append(dst, key...)
	}
	tmpl := pair[0]
	if l == ZH {
		tmpl = pair[1]
	}
	for _, sg := range tmpl {
		switch {
		case sg.arg < 0:
			dst = append(dst, sg.lit...)
		case sg.arg >= len(args):
			dst = append(dst, "%!(MISSING)"...)
		default:
			dst = args[sg.arg].append(dst, sg.quote)
		}
	}
	return dst
}

// Has reports whether the table has key.
func (t *Table) Has(key string) bool { _, ok := t.src[key]; return ok }

// Keys lists the table's keys, sorted.
func (t *Table) Keys() []string {
	keys := make([]string, 0, len(t.src))
	for k := range t.src {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Check lists what is wrong with the table: a key with a language missing,
// a sentence whose two languages take different arguments, a list whose
// languages have different numbers of items.
func (t *Table) Check() []string {
	var out []string
	for _, key := range t.Keys() {
		pair := t.src[key]
		if pair[0] == "" || pair[1] == "" {
			out = append(out, key+": a language is missing")
			continue
		}
		if a, b := slots(pair[0]), slots(pair[1]); a != b {
			out = append(out, key+": English takes "+a+", Chinese "+b)
		}
		if a, b := strings.Count(pair[0], "|"), strings.Count(pair[1], "|"); a != b {
			out = append(out, key+": the languages list different numbers of items")
		}
	}
	return out
}

// slots lists the arguments a sentence uses (each once), as one string.
func slots(f string) string {
	seen := map[string]bool{}
	var s []string
	for _, sg := range parse(f) {
		if n := "%[" + strconv.Itoa(sg.arg+1) + "]"; sg.arg >= 0 && !seen[n] {
			seen[n] = true
			s = append(s, n)
		}
	}
	sort.Strings(s)
	return strings.Join(s, ",")
}
