package i18n

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// A Table holds a package's sentences by key, in English and Chinese, each
// parsed once. The one format syntax: %[n]s inserts argument n (from 1),
// %[n]q inserts it quoted, %% is a percent sign. A list item table entry
// separates items with "|".
type Table struct {
	src    map[string][2]string
	parsed map[string][2]template
}

// A template is a sentence parsed once: literal text and argument slots.
type template []segment

type segment struct {
	lit   string
	arg   int // 0-based; -1 for a literal
	quote bool
}

var slot = regexp.MustCompile(`%\[(\d+)\]([sq])|%%`)

// NewTable parses every sentence of src.
func NewTable(src map[string][2]string) *Table {
	t := &Table{src: src, parsed: make(map[string][2]template, len(src))}
	for key, pair := range src {
		t.parsed[key] = [2]template{parse(pair[0]), parse(pair[1])}
	}
	return t
}

func parse(f string) template {
	var t template
	last := 0
	for _, m := range slot.FindAllStringSubmatchIndex(f, -1) {
		if m[0] > last {
			t = append(t, segment{lit: f[last:m[0]], arg: -1})
		}
		if m[2] < 0 {
			t = append(t, segment{lit: "%", arg: -1})
		} else {
			n, _ := strconv.Atoi(f[m[2]:m[3]])
			t = append(t, segment{arg: n - 1, quote: f[m[4]:m[5]] == "q"})
		}
		last = m[1]
	}
	if last < len(f) {
		t = append(t, segment{lit: f[last:], arg: -1})
	}
	return t
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
	pair, ok := t.parsed[key]
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
	for _, m := range slot.FindAllStringSubmatch(f, -1) {
		if m[1] != "" && !seen[m[1]] {
			seen[m[1]] = true
			s = append(s, "%["+m[1]+"]")
		}
	}
	sort.Strings(s)
	return strings.Join(s, ",")
}
