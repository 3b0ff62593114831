package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"tierfit/internal/i18n"
	"tierfit/plans"
	"tierfit/rules"
)

// runPlan evaluates a scenario file (or standard input) and prints the
// result. Invalid input exits 2 with every problem on stderr, one per line,
// and nothing on stdout.
func runPlan(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("plan", stderr)
	scenarioPath := fs.String("scenario", "", "scenario JSON `file`, or - for standard input")
	var catalogArgs multiFlag
	fs.Var(&catalogArgs, "catalog", "a built-in catalog `id` or a catalog JSON file; alone it replaces the scenario's catalog, with -compare it joins the comparison (repeatable)")
	compare := fs.String("compare", "", "rank the tiers of `all` catalogs, or of ID,ID,… (the scenario's own catalog is always in)")
	format := fs.String("format", "json", "output format: json, or md for the migration checklist")
	noGantt := fs.Bool("no-gantt", false, "leave the Mermaid timeline out of the md checklist")
	lang := fs.String("lang", "", "language of sentences: en or zh (overrides the scenario's)")
	today := fs.String("today", time.Now().Format("2006-01-02"), "the date (`YYYY-MM-DD`) vendor data ages are counted to; default the local date")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case *scenarioPath == "":
		return usageError{"-scenario is required (a file, or - for standard input)"}
	case *format != "json" && *format != "md":
		return usageError{fmt.Sprintf("-format %q: use json or md", *format)}
	case *lang != "" && *lang != "en" && *lang != "zh":
		return usageError{fmt.Sprintf("-lang %q: use en or zh", *lang)}
	case !validDate(*today):
		return usageError{fmt.Sprintf("-today %q: use a date YYYY-MM-DD", *today)}
	case *compare == "" && len(catalogArgs) > 1:
		return usageError{"give one -catalog, or use -compare to rank several"}
	}
	data, err := readInput(*scenarioPath, stdin)
	if err != nil {
		return err
	}
	if block, ok := plans.ScenarioJSON(data); ok { // an exported checklist carries its scenario
		data = block
	}
	msgLang := i18n.Of(*lang)
	s, ps := rules.DecodeScenario(data, msgLang)
	if len(ps) > 0 {
		return invalidInput{ps}
	}
	if *lang != "" {
		s.Lang = *lang
	}
	catalogs := rules.Builtin()
	var named []*rules.Catalog // the catalogs -catalog names, in order
	for _, arg := range catalogArgs {
		cat, err := loadCatalog(arg, msgLang)
		if err != nil {
			return err
		}
		if rules.BuiltinCatalog(cat.ID) == nil {
			catalogs = append(catalogs, cat)
		}
		named = append(named, cat)
	}
	if *compare == "" && len(named) == 1 {
		s.Catalog = named[0].ID
	}
	if ps := s.Validate(catalogs); len(ps) > 0 {
		return invalidInput{ps}
	}
	cat := rules.CatalogByID(catalogs, s.WithDefaults().Catalog)
	ev, ps := rules.Evaluate(s, cat, rules.Context{Today: *today, Others: catalogs})
	if len(ps) > 0 {
		return invalidInput{ps}
	}
	var ranking *rules.Ranking
	if *compare != "" {
		set, err := compareSet(*compare, catalogs, named, cat)
		if err != nil {
			return err
		}
		if ranking, ps = rules.Rank(s, set, *today); len(ps) > 0 {
			return invalidInput{ps}
		}
	}
	if *format == "md" {
		target, ps := plans.TargetOf(s, catalogs, *today)
		if len(ps) > 0 {
			return invalidInput{ps}
		}
		md := plans.Checklist(s, cat, ev, plans.Options{NoGantt: *noGantt, Target: target})
		if ranking != nil {
			md += "\n" + plans.RankingTable(ranking, ev.HorizonMonths, i18n.Of(s.WithDefaults().Lang))
		}
		_, err := io.WriteString(stdout, md)
		return err
	}
	out, err := json.MarshalIndent(planOutput{Evaluation: ev, Ranking: ranking}, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "%s\n", out)
	return err
}

// planOutput is the JSON of plan: the evaluation, and with -compare the
// ranking (best first), its currency and its note.
type planOutput struct {
	*rules.Evaluation
	Ranking *rules.Ranking `json:"-"`
}

func (o planOutput) MarshalJSON() ([]byte, error) {
	b, err := json.Marshal(o.Evaluation)
	if err != nil || o.Ranking == nil {
		return b, err
	}
	extra, err := json.Marshal(map[string]any{
		"ranking": o.Ranking.Entries, "ranking_currency": o.Ranking.Currency, "ranking_note": o.Ranking.Note,
	})
	if err != nil {
		return nil, err
	}
	return append(append(b[:len(b)-1], ','), extra[1:]...), nil
}

// loadCatalog reads a -catalog argument: a built-in id or a file.
func loadCatalog(arg string, lang i18n.Lang) (*rules.Catalog, error) {
	if c := rules.BuiltinCatalog(arg); c != nil {
		return c, nil
	}
	data, err := readInput(arg, nil)
	if err != nil {
		return nil, usageError{fmt.Sprintf("-catalog %q is neither a built-in catalog (%s) nor a readable file", arg, strings.Join(rules.CatalogIDs(rules.Builtin()), ", "))}
	}
	c, ps := rules.ImportCatalog(data, lang)
	if len(ps) > 0 {
		return nil, invalidInput{prefixed(arg, ps)}
	}
	return c, nil
}

// compareSet is the catalogs -compare names, always with the scenario's own.
func compareSet(arg string, all, named []*rules.Catalog, own *rules.Catalog) ([]*rules.Catalog, error) {
	if arg == "all" { // every catalog but the illustrative ones (and the scenario's own)
		return rules.Comparable(all, own.ID), nil
	}
	set := []*rules.Catalog{own}
	add := func(c *rules.Catalog) {
		if rules.CatalogByID(set, c.ID) == nil {
			set = append(set, c)
		}
	}
	for _, id := range strings.Split(arg, ",") {
		c := rules.CatalogByID(all, strings.TrimSpace(id))
		if c == nil {
			return nil, usageError{fmt.Sprintf("-compare: unknown catalog %q", strings.TrimSpace(id))}
		}
		add(c)
	}
	for _, c := range named {
		add(c)
	}
	return set, nil
}

// multiFlag collects a repeated flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

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

// validDate reports whether s is a real date YYYY-MM-DD.
func validDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}
