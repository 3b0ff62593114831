package i18n

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// Unused lists the table's keys that no Go file of dir (tests aside) names
// as a quoted string besides the table's own entry, except keys that begin
// with one of dynamic: the prefixes of keys the code builds ("dec." +
// decision). Tests call it so a sentence nobody shows is deleted rather
// than translated forever.
func Unused(t *Table, dir string, dynamic ...string) ([]string, error) {
	code, err := source(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, key := range t.Keys() {
		dyn := false
		for _, p := range dynamic {
			dyn = dyn || strings.HasPrefix(key, p)
		}
		if !dyn && strings.Count(code, strconv.Quote(key)) < 2 {
			out = append(out, key)
		}
	}
	return out, nil
}

// source is the Go code of dir, tests left out.
func source(dir string) (string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return "", err
	}
	var src strings.Builder
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		src.Write(b)
	}
	return src.String(), nil
}

// Undefined lists the keys the code of dir asks t for that t lacks: every
// literal key matched by call, a regular expression whose first non-empty
// group is the key (a key ending in . or _ is the start of one built at
// run time) (such as `\bt\(lang, "([^"]+)"`). A missing key would print
// itself to the user.
func Undefined(t *Table, dir, call string) ([]string, error) {
	code, err := source(dir)
	if err != nil {
		return nil, err
	}
	re, err := regexp.Compile(call)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []string
	for _, m := range re.FindAllStringSubmatch(code, -1) {
		key := ""
		for _, g := range m[1:] {
			if g != "" {
				key = g
				break
			}
		}
		if strings.HasSuffix(key, ".") || strings.HasSuffix(key, "_") {
			continue // the start of a key built at run time
		}
		if !t.Has(key) && !seen[key] {
			seen[key] = true
			out = append(out, key)
		}
	}
	return out, nil
}
