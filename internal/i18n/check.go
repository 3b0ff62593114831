package i18n

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Unused lists the table's keys that no Go file of dir (tests aside) names
// as a quoted string besides the table's own entry, except keys that begin
// with one of dynamic: the prefixes of keys the code builds ("dec." +
// decision). Tests call it so a sentence nobody shows is deleted rather
// than translated forever.
func Unused(t *Table, dir string, dynamic ...string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	var src strings.Builder
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		src.Write(b)
	}
	code := src.String()
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
