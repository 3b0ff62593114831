package rules

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"tierfit/internal/i18n"
)

// shape describes the JSON an input may hold, so that every unknown field
// and every wrong type is reported at once, with its path, before the input
// is decoded into Go values. null is allowed everywhere: it means "not given".
type shape struct {
	kind     kind
	fields   map[string]*shape // for kObject
	required []string          // for kObject: keys that must be present and not null
	max      int               // for kList and kMap: the most elements (0: no bound); more are refused unread
	elem     *shape            // for kList and kMap
}

type kind int

const (
	kNumber kind = iota
	kString
	kBool
	kList
	kObject
	kMap     // an object with free keys
	kOverage // a number, or {"price","per","round_up"}
)

var (
	numberShape = &shape{kind: kNumber}
	stringShape = &shape{kind: kString}
	boolShape   = &shape{kind: kBool}
)

func object(fields map[string]*shape) *shape { return &shape{kind: kObject, fields: fields} }

// listOf is a list of at most max elements.
func listOf(elem *shape, max int) *shape { return &shape{kind: kList, elem: elem, max: max} }

// maxDepth bounds nesting; no valid input nests deeper than 5.
const maxDepth = 32

// decodeJSON checks data against sh and decodes it into v. It rejects
// empty input, inputs over maxBytes, a nesting deeper than maxDepth,
// anything after the first JSON value, unknown fields and wrong types,
// returning every such problem at once. A UTF-8 byte-order mark is ignored.
func decodeJSON(data []byte, sh *shape, v any, maxBytes int, lang i18n.Lang) Problems {
	if len(data) > maxBytes {
		return Problems{{"", msg(lang, "v.too_large", num(int64(len(data))), num(int64(maxBytes)))}}
	}
	data = utf8Text(data)
	if len(bytes.TrimSpace(data)) == 0 {
		return Problems{{"", msg(lang, "v.empty")}}
	}
	if depth(data) > maxDepth {
		return Problems{{"", msg(lang, "v.too_deep", txt(strconv.Itoa(maxDepth)))}}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var tree any
	if err := dec.Decode(&tree); err != nil {
		return Problems{{"", msg(lang, "v.json", txt(syntaxMessage(data, err, lang)))}}
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return Problems{{"", msg(lang, "v.trailing")}}
	}
	if _, ok := tree.(map[string]any); !ok && sh.kind == kObject { // null, a list, a number…
		return Problems{{"", msg(lang, "v.root", txt(jsonType(tree, lang)))}}
	}
	var ps Problems
	duplicateKeys(data, lang, &ps)
	check(tree, sh, "", lang, &ps)
	if len(ps) > 0 {
		return ps.sorted()
	}
	if err := json.Unmarshal(data, v); err != nil {
		// The shape check should have caught it: never Go's own text.
		return Problems{{"", msg(lang, "v.json", txt(msg(lang, "json.bad")))}}
	}
	return nil
}

// utf8Text is data as UTF-8 without a byte-order mark: a UTF-16 file with
// its BOM (what some Windows editors save) reads the same as UTF-8.
func utf8Text(data []byte) []byte {
	var order binary.ByteOrder
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		return data[3:]
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		order = binary.LittleEndian
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		order = binary.BigEndian
	default:
		return data
	}
	units := make([]uint16, 0, len(data)/2)
	for i := 2; i+1 < len(data); i += 2 {
		units = append(units, order.Uint16(data[i:]))
	}
	return []byte(string(utf16.Decode(units)))
}

// duplicateKeys reports every key that appears twice in one object: the
// decoder would keep one of the two silently.
func duplicateKeys(data []byte, lang i18n.Lang, ps *Problems) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	type frame struct {
		path   string
		object bool
		keys   map[string]bool
		index  int
		key    string // the key whose value comes next
		value  bool   // a key was read: its value comes next
	}
	var stack []*frame
	here := func() string { // the path of the value about to be read
		if len(stack) == 0 {
			return ""
		}
		f := stack[len(stack)-1]
		if f.object {
			return join(f.path, f.key)
		}
		return fmt.Sprintf("%s[%d]", f.path, f.index)
	}
	for {
		tok, err := dec.Token()
		if err != nil {
			return // the decoder above has said what is wrong
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
			stack = stack[:len(stack)-1]
			if len(stack) > 0 && !stack[len(stack)-1].object {
				stack[len(stack)-1].index++
			}
			continue
		}
		if top != nil && top.object && !top.value { // a key
			k, _ := tok.(string)
			if top.keys[k] {
				*ps = append(*ps, Problem{join(top.path, k), msg(lang, "v.dup_key")})
			}
			top.keys[k] = true
			top.key, top.value = k, true
			continue
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, &frame{path: here(), object: true, keys: map[string]bool{}})
		case json.Delim('['):
			stack = append(stack, &frame{path: here()})
		default: // a value
			if top != nil && !top.object {
				top.index++
			}
		}
		if top != nil && top.object {
			top.value = false
		}
	}
}

// depth is the deepest nesting of arrays and objects in data.
func depth(data []byte) int {
	d, most, inString, escaped := 0, 0, false, false
	for _, c := range data {
		switch {
		case escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case c == '"':
			inString = !inString
		case inString:
		case c == '[' || c == '{':
			d++
			most = max(most, d)
		case c == ']' || c == '}':
			d--
		}
	}
	return most
}

// syntaxMessage turns a decoder error into "line L, column C: what".
func syntaxMessage(data []byte, err error, lang i18n.Lang) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line, col := position(data, se.Offset)
		at := ""
		if i := int(se.Offset) - 1; i >= 0 && i < len(data) {
			r, _ := utf8.DecodeRune(data[i:])
			at = string(r)
		}
		return msg(lang, "json.at", num(int64(line)), num(int64(col)), txt(at))
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return msg(lang, "json.eof")
	}
	return msg(lang, "json.bad")
}

func position(data []byte, offset int64) (line, col int) {
	line, col = 1, 1
	for i := 0; i < len(data) && int64(i) < offset-1; i++ {
		if data[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// check walks a decoded tree against sh and appends a problem for every
// unknown field and wrong type.
func check(v any, sh *shape, path string, lang i18n.Lang, ps *Problems) {
	if v == nil {
		return
	}
	bad := func(want string) {
		*ps = append(*ps, Problem{path, msg(lang, "v.type", txt(want), txt(jsonType(v, lang)))})
	}
	switch sh.kind {
	case kNumber:
		n, ok := v.(json.Number)
		if !ok {
			bad(msg(lang, "type.number"))
		} else if _, err := n.Float64(); err != nil { // 1e400: out of range
			*ps = append(*ps, Problem{path, msg(lang, "v.not_number", txt(clip(n.String())))})
		}
	case kString:
		if _, ok := v.(string); !ok {
			bad(msg(lang, "type.text"))
		}
	case kBool:
		if _, ok := v.(bool); !ok {
			bad(msg(lang, "type.bool"))
		}
	case kList:
		list, ok := v.([]any)
		if !ok {
			bad(msg(lang, "type.list"))
			return
		}
		if sh.max > 0 && len(list) > sh.max {
			*ps = append(*ps, Problem{path, msg(lang, "v.too_many", num(int64(sh.max)), num(int64(len(list))))})
			return
		}
		for i, e := range list {
			check(e, sh.elem, fmt.Sprintf("%s[%d]", path, i), lang, ps)
		}
	case kMap:
		m, ok := v.(map[string]any)
		if !ok {
			bad(msg(lang, "type.object"))
			return
		}
		if sh.max > 0 && len(m) > sh.max {
			*ps = append(*ps, Problem{path, msg(lang, "v.too_many", num(int64(sh.max)), num(int64(len(m))))})
			return
		}
		for _, k := range sortedKeys(m) {
			check(m[k], sh.elem, join(path, k), lang, ps)
		}
	case kOverage:
		switch o := v.(type) {
		case json.Number:
		case map[string]any:
			check(o, overageObject, path, lang, ps)
		default:
			bad(msg(lang, "type.overage"))
		}
	case kObject:
		m, ok := v.(map[string]any)
		if !ok {
			bad(msg(lang, "type.object"))
			return
		}
		var unknown []string
		for _, k := range sortedKeys(m) {
			f, known := sh.fields[k]
			if !known {
				unknown = append(unknown, k)
				continue
			}
			check(m[k], f, join(path, k), lang, ps)
		}
		for _, k := range sh.required {
			if m[k] == nil {
				*ps = append(*ps, Problem{join(path, k), msg(lang, "v.required")})
			}
		}
		for _, k := range unknown {
			*ps = append(*ps, Problem{join(path, k), msg(lang, "v.unknown_field", ids(sortedKeys(sh.fields)))})
		}
	}
}

var overageObject = object(map[string]*shape{"price": numberShape, "per": numberShape, "round_up": boolShape})

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// jsonType says what a JSON value is, in lang: its own text for a number,
// string or boolean, else "a list", "an object" or "null" in words.
func jsonType(v any, lang i18n.Lang) string {
	switch v := v.(type) {
	case json.Number:
		return v.String()
	case string:
		if len(v) > 40 {
			v = v[:40] + "…"
		}
		return fmt.Sprintf("%q", v)
	case bool:
		return fmt.Sprint(v)
	case []any:
		return msg(lang, "type.list")
	case map[string]any:
		return msg(lang, "type.object")
	}
	return msg(lang, "type.null")
}

func sortedKeys[K ~string, V any](m map[K]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, string(k))
	}
	sort.Strings(keys)
	return keys
}
