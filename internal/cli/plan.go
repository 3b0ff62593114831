package cli

import (
	"encoding/json"
	"errors"
	"flag"
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
	ui := langOf(args)
	fs := flag.NewFlagSet("plan", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // the flag package's own words are never shown
	fs.Usage = func() { printUsage(stderr, fs, ui) }
	scenarioPath := fs.String("scenario", "", say(ui, "flag.scenario"))
	var catalogArgs multiFlag
	fs.Var(&catalogArgs, "catalog", say(ui, "flag.catalog"))
	compare := fs.String("compare", "", say(ui, "flag.compare"))
	format := fs.String("format", "json", say(ui, "flag.format"))
	noGantt := fs.Bool("no-gantt", false, say(ui, "flag.no-gantt"))
	lang := fs.String("lang", "", say(ui, "flag.lang"))
	today := fs.String("today", time.Now().Format("2006-01-02"), say(ui, "flag.today"))
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{flagMessage(err, ui)}
	}
	switch {
	case fs.NArg() > 0:
		return usageError{say(ui, "arg.extra", fs.Arg(0))}
	case *scenarioPath == "":
		return usageError{say(ui, "need.scenario")}
	case *format != "json" && *format != "md":
		return usageError{say(ui, "bad.format", *format)}
	case *lang != "" && *lang != "en" && *lang != "zh":
		return usageError{say(ui, "bad.lang", *lang)}
	case !validDate(*today):
		return usageError{say(ui, "bad.today", *today)}
	case *compare == "" && len(catalogArgs) > 1:
		return usageError{say(ui, "one.catalog")}
	}
	data, err := readInput(*scenarioPath, stdin)
	if err != nil {
		return readError{readMessage(*scenarioPath, err, ui)}
	}
	if block, ok := plans.ScenarioJSON(data); ok { // an exported checklist carries its scenario
		data = block
	}
	msgLang := i18n.Of(*lang)
	s, ps := rules.DecodeScenario(data, msgLang)
	if len(ps) > 0 {
		return invalidInput{ps.Capped(msgLang)}
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
		return invalidInput{ps.Capped(msgLang)}
	}
	cat := rules.CatalogByID(catalogs, s.WithDefaults().Catalog)
	ev, ps := rules.Evaluate(s, cat, rules.Context{Today: *today, Others: catalogs})
	if len(ps) > 0 {
		return invalidInput{ps.Capped(msgLang)}
	}
	var ranking *rules.Ranking
	if *compare != "" {
		set, err := compareSet(*compare, catalogs, named, cat, msgLang)
		if err != nil {
			return err
		}
		if ranking, ps = rules.Rank(s, set, *today); len(ps) > 0 {
			return invalidInput{ps.Capped(msgLang)}
		}
	}
	if *format == "md" {
		target, ps := plans.TargetOf(s, catalogs, *today)
		if len(ps) > 0 {
			return invalidInput{ps.Capped(msgLang)}
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
		return nil, usageError{say(lang, "bad.catalog", arg, strings.Join(rules.CatalogIDs(rules.Builtin()), ", "))}
	}
	c, ps := rules.ImportCatalog(data, lang)
	if len(ps) > 0 {
		return nil, invalidInput{prefixed(arg, ps).Capped(lang)}
	}
	return c, nil
}

// compareSet is the catalogs -compare names, always with the scenario's own.
func compareSet(arg string, all, named []*rules.Catalog, own *rules.Catalog, lang i18n.Lang) ([]*rules.Catalog, error) {
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
			return nil, usageError{say(lang, "bad.compare", strings.TrimSpace(id))}
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

// readError is an input file that could not be read (exit 1), said in
// the command's language.
type readError struct{ msg string }

func (e readError) Error() string { return e.msg }

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
