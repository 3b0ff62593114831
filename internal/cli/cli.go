package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// usage is printed for -h, no arguments or an unknown command.
const usage = `tierfit — which chat-SDK tier fits, and how to switch safely.

Usage:
  app static [-out dist] [-base /] [-wasm build/app.wasm] [-web web] [-echarts build/echarts.min.js] [-cache DIR]
      generate the static site (index.html, app.wasm, service worker, assets,
      .br/.gz siblings) ready for any static host; -base /sub/ hosts it under a sub-path
  app compress -dir DIR [-cache DIR]
      write .br and .gz siblings beside the files of any static site (static
      does this for tierfit; make bench uses it for the bare go-app page)
  app serve [-dir dist] [-addr 127.0.0.1:8000] [-base /]
      serve a generated site, with precompressed files when the browser accepts them
  app plan -scenario FILE|- [-catalog ID|FILE …] [-compare all|ID,ID,…] [-format json|md] [-lang en|zh] [-no-gantt]
      evaluate a scenario against a tier catalog (json), or write the migration
      checklist with its rollback plan (md, the same bytes the browser exports);
      -compare ranks the tiers of several vendors (JSON "ranking", a table in md);
      invalid input exits 2 with every problem on stderr, one per line
`

// Run is the native command line. It returns the process exit code: 0 on
// success, 1 when the work failed, 2 when the command line was wrong.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "static":
		err = runStatic(args[1:], stdout, stderr)
	case "serve":
		err = runServe(args[1:], stdout, stderr)
	case "compress":
		err = runCompress(args[1:], stderr)
	case "plan":
		err = runPlan(args[1:], stdin, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "tierfit: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, new(invalidInput)):
		fmt.Fprintln(stderr, err)
		return 2
	case errors.As(err, new(usageError)):
		fmt.Fprintf(stderr, "tierfit %s: %v\n", args[0], err)
		return 2
	default:
		fmt.Fprintf(stderr, "tierfit %s: %v\n", args[0], err)
		return 1
	}
}

// usageError marks a mistake on the command line (exit code 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// newFlags returns a flag set that reports its errors instead of exiting.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parseFlags parses args and turns a parse failure into a usageError.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
	}
	return nil
}
