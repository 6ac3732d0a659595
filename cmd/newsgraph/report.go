package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/report"
)

// entityList collects repeated --entity flags.
type entityList []string

func (l *entityList) String() string     { return strings.Join(*l, ", ") }
func (l *entityList) Set(v string) error { *l = append(*l, v); return nil }

// runReport writes a batch report of the store into --out. An empty graph
// still gets a report saying so. Unknown --entity names are reported on
// stderr and in the report; the command fails only when none of the
// requested entities was found.
func runReport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var sf storeFlags
	sf.register(fs)
	out := fs.String("out", "", "directory to write the report into (required)")
	var ents entityList
	fs.Var(&ents, "entity", "entity to give a page: a name, an alias or an IRI (repeatable); default the --top most mentioned")
	top := fs.Int("top", report.DefaultTop, "pages for the most mentioned entities when no --entity is given")
	nodes := fs.Int("network-nodes", report.DefaultNetworkNodes, "entities in the network picture")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() > 0 {
		return exitError{2, errors.New("report: want --out DIR and no arguments")}
	}
	st, err := sf.open()
	if err != nil {
		return err
	}
	defer st.Close()
	lib, err := queries.Load()
	if err != nil {
		return err
	}
	lib.MaxRows = queries.HardMaxRows
	r, err := report.Build(ctx, st.QuadStore(), lib, report.Options{Entities: ents, Top: *top, NetworkNodes: *nodes})
	if err != nil {
		return err
	}
	if err := r.WriteDir(ctx, *out, st.Export); err != nil {
		return err
	}
	if r.Empty {
		fmt.Fprintf(stderr, "report: the %s store %q holds no articles: the report says the graph is empty\n", sf.backend, graph.Redact(sf.path))
	}
	for _, m := range r.Missing {
		fmt.Fprintf(stderr, "report: entity %q not found in the graph\n", m)
	}
	fmt.Fprintf(stdout, "report of %d articles, %d entities, %d entity pages written to %s/index.html\n",
		len(r.Articles), len(r.Entities), len(r.Pages), strings.TrimRight(*out, "/"))
	if len(ents) > 0 && len(r.Pages) == 0 {
		return fmt.Errorf("report: none of the requested entities was found: %s", strings.Join(r.Missing, ", "))
	}
	return nil
}
