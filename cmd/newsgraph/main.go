// Command newsgraph builds a knowledge graph of news articles in Cayley and
// serves canned queries over it.
//
//	newsgraph serve    [--addr] [--db] [--dbpath] [--articles DIR]   ingest the bundled articles when the store is empty, then serve
//	newsgraph ingest   [--db] [--dbpath] PATH...                     extract and write articles
//	newsgraph extract  PATH...                                       print extraction.v1 JSON Lines
//	newsgraph query    NAME [--param key=value]...                   run a canned query
//	newsgraph export   [--out FILE]                                  write the graph as N-Quads
//	newsgraph import   FILE                                          load N-Quads into the store
//
// Run `newsgraph COMMAND -h` for a command's flags.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

var commands = []command{
	{"serve", "ingest the bundled articles when the store is empty, then serve the API and Cayley's UI", runServe},
	{"ingest", "extract articles (files or directories) and write them to the store", runIngest},
	{"extract", "print what would be written, one extraction.v1 JSON object per article", runExtract},
	{"query", "run a canned query: newsgraph query NAME --param key=value", runQuery},
	{"export", "write the whole graph as N-Quads, labels included", runExport},
	{"import", "load N-Quads (as written by export) into the store", runImport},
	{"report", "write an offline HTML/Markdown/CSV/GraphML report of the graph: newsgraph report --out DIR", runReport},
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "newsgraph:", err)
		}
		os.Exit(exitCode(err))
	}
}

// exitError carries an exit status other than 1.
type exitError struct {
	code int
	err  error
}

func (e exitError) Error() string { return e.err.Error() }
func (e exitError) Unwrap() error { return e.err }

func exitCode(err error) int {
	var ee exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	if errors.Is(err, flag.ErrHelp) {
		return 2
	}
	return 1
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return exitError{2, errors.New("no command given")}
		}
		return nil
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(ctx, args[1:], stdout, stderr)
		}
	}
	usage(stderr)
	return exitError{2, fmt.Errorf("unknown command %q", args[0])}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: newsgraph COMMAND [flags] [args]\n\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
}
