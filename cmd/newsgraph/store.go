package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/pipeline"
	"github.com/newsgraph/newsgraph/ingest/resolve"
)

// Defaults shared by the commands.
const (
	defaultBackend  = "bolt"
	defaultDBPath   = "var/newsgraph.bolt"
	defaultArticles = "data/articles"
	defaultAliases  = "data/aliases.tsv"
)

// storeFlags are the flags of every command that opens the store.
type storeFlags struct {
	backend string
	path    string
}

func (f *storeFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.backend, "db", envOr("NEWSGRAPH_DB", defaultBackend),
		fmt.Sprintf("Cayley backend: one of %v", graph.Backends()))
	fs.StringVar(&f.path, "dbpath", envOr("NEWSGRAPH_DBPATH", defaultDBPath),
		"store address: a file or directory for embedded backends, a connection string for SQL ones (ignored by memstore)")
}

func (f *storeFlags) open() (*graph.Store, error) {
	st, err := graph.Open(f.backend, f.path)
	if err != nil {
		return nil, err
	}
	for _, id := range st.Repaired() {
		fmt.Fprintf(os.Stderr, "newsgraph: article %q had been left half-written by an interrupted write; removed it: ingest it again\n", id)
	}
	return st, nil
}

// extractFlags choose the alias table the resolver starts from.
type extractFlags struct {
	aliases string
}

func (f *extractFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.aliases, "aliases", "",
		"alias table (TSV, see data/aliases.tsv) used instead of the built-in one; default "+defaultAliases+" when it exists")
}

// extractor builds the extraction pipeline and a fresh resolver.
func (f *extractFlags) extractor() (*pipeline.Pipeline, *resolve.Resolver, error) {
	table := resolve.DefaultAliases()
	var err error
	path := f.aliases
	if path == "" {
		if _, err := os.Stat(defaultAliases); err == nil {
			path = defaultAliases
		}
	}
	if path != "" {
		if table, err = resolve.LoadAliases(path); err != nil {
			return nil, nil, err
		}
	}
	p, err := ingest.DefaultPipeline(table)
	if err != nil {
		return nil, nil, err
	}
	return p, resolve.New(table), nil
}

// seedResolver teaches the resolver the entities already in the store, so
// that new articles join existing nodes.
func seedResolver(ctx context.Context, st *graph.Store, r *resolve.Resolver) error {
	ents, err := st.Entities(ctx)
	if err != nil {
		return fmt.Errorf("reading known entities: %w", err)
	}
	for _, e := range ents {
		r.Add(e.ID, e.Name, e.Type, e.Aliases)
	}
	return nil
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
