//go:build !wasm

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"tierfit/plans"
	"tierfit/rules"
)

// runPlan evaluates a scenario file (or standard input) and prints the
// result. Invalid input exits 2 with every problem on stderr, one per line,
// and nothing on stdout.
func runPlan(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("plan", stderr)
	scenarioPath := fs.String("scenario", "", "scenario JSON `file`, or - for standard input")
	catalogArg := fs.String("catalog", "", "catalog `id` of a built-in catalog, or a catalog JSON file (overrides the scenario's)")
	format := fs.String("format", "json", "output format: json, or md for the migration checklist")
	noGantt := fs.Bool("no-gantt", false, "leave the Mermaid timeline out of the md checklist")
	lang := fs.String("lang", "", "language of sentences: en or zh (overrides the scenario's)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *scenarioPath == "" {
		return usageError{"-scenario is required (a file, or - for standard input)"}
	}
	if *format != "json" && *format != "md" {
		return usageError{fmt.Sprintf("-format %q: use json or md", *format)}
	}
	if *lang != "" && *lang != "en" && *lang != "zh" {
		return usageError{fmt.Sprintf("-lang %q: use en or zh", *lang)}
	}
	data, err := readInput(*scenarioPath, stdin)
	if err != nil {
		return err
	}
	msgLang := *lang
	if msgLang == "" {
		msgLang = "en"
	}
	s, ps := rules.DecodeScenario(data, msgLang)
	if len(ps) > 0 {
		return invalidInput{ps}
	}
	if *lang != "" {
		s.Lang = *lang
	}
	catalogs := rules.Builtin()
	if *catalogArg != "" {
		if cat := rules.BuiltinCatalog(*catalogArg); cat != nil {
			s.Catalog = cat.ID
		} else {
			cdata, err := readInput(*catalogArg, nil)
			if err != nil {
				return usageError{fmt.Sprintf("-catalog %q is neither a built-in catalog (%s) nor a readable file", *catalogArg, strings.Join(builtinIDs(), ", "))}
			}
			cat, ps := rules.DecodeCatalog(cdata, msgLang)
			if len(ps) > 0 {
				return invalidInput{prefixed(*catalogArg, ps)}
			}
			catalogs = append(catalogs, cat)
			s.Catalog = cat.ID
		}
	}
	if ps := s.Validate(catalogs); len(ps) > 0 {
		return invalidInput{ps}
	}
	cat := rules.CatalogByID(catalogs, s.WithDefaults().Catalog)
	ev, ps := rules.Evaluate(s, cat)
	if len(ps) > 0 {
		return invalidInput{ps}
	}
	if *format == "md" {
		_, err := io.WriteString(stdout, plans.Checklist(s, cat, ev, plans.Options{NoGantt: *noGantt}))
		return err
	}
	out, err := json.MarshalIndent(ev, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "%s\n", out)
	return err
}

// invalidInput carries the user's mistakes: printed one per line, exit 2.
type invalidInput struct{ ps rules.Problems }

func (e invalidInput) Error() string { return e.ps.Error() }

func prefixed(file string, ps rules.Problems) rules.Problems {
	out := make(rules.Problems, len(ps))
	for i, p := range ps {
		out[i] = rules.Problem{Field: file + ": " + p.Field, Message: p.Message}
		if p.Field == "" {
			out[i].Field = file
		}
	}
	return out
}

func readInput(path string, stdin io.Reader) ([]byte, error) {
	if path == "-" && stdin != nil {
		return io.ReadAll(io.LimitReader(stdin, rules.MaxCatalogBytes+1))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, rules.MaxCatalogBytes+1))
}

func builtinIDs() []string {
	var ids []string
	for _, c := range rules.Builtin() {
		ids = append(ids, c.ID)
	}
	return ids
}
