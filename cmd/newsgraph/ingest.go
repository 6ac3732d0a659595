package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
)

// exitSkipped is the exit status of an ingest or extract that processed
// what it could but skipped some inputs.
const exitSkipped = 3

func runIngest(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var sf storeFlags
	var ef extractFlags
	sf.register(fs)
	ef.register(fs)
	workers := fs.Int("workers", 0, "extraction goroutines (0 = one per CPU)")
	batch := fs.Int("batch", ingest.DefaultBatchSize, "articles resolved together")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: newsgraph ingest [flags] PATH...\n\nPATH: .txt files (with optional NAME.meta.json sidecars), .json or .jsonl records, or directories of them.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitError{2, errors.New("ingest: no paths given")}
	}
	st, err := sf.open()
	if err != nil {
		return err
	}
	defer st.Close()
	sum, err := ingestPaths(ctx, st, &ef, fs.Args(), *workers, *batch, progressOut(stderr))
	fmt.Fprintln(stdout, sum)
	if err != nil {
		return err
	}
	return skippedError(sum.Skipped)
}

// ingestPaths runs the whole chain: read, extract, resolve (seeded with the
// store's entities), write one transaction per article.
func ingestPaths(ctx context.Context, st *graph.Store, ef *extractFlags, paths []string, workers, batch int, progress io.Writer) (ingest.Summary, error) {
	p, res, err := ef.extractor()
	if err != nil {
		return ingest.Summary{}, err
	}
	if err := seedResolver(ctx, st, res); err != nil {
		return ingest.Summary{}, err
	}
	r := &ingest.Runner{Pipeline: p, Resolver: res, Writer: st,
		Workers: workers, BatchSize: batch, Progress: progress}
	return r.Run(ctx, paths)
}

func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var ef extractFlags
	ef.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: newsgraph extract [flags] PATH...\n\nPrints one extraction.v1 JSON object per article (see shared eval CONTRACT.md); nothing is written to the store.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitError{2, errors.New("extract: no paths given")}
	}
	p, res, err := ef.extractor()
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	sum, err := ingest.Extract(ctx, fs.Args(), p, res, func(x newsgraph.Extraction) error {
		return enc.Encode(x)
	})
	fmt.Fprintln(stderr, sum)
	if err != nil {
		return err
	}
	return skippedError(sum.Skipped)
}

func skippedError(skips []ingest.Skip) error {
	if len(skips) == 0 {
		return nil
	}
	return exitError{exitSkipped, fmt.Errorf("%d input(s) skipped (see the summary above)", len(skips))}
}

// progressOut is where progress bars go: stderr when it is a terminal.
func progressOut(stderr io.Writer) io.Writer {
	if f, ok := stderr.(*os.File); ok {
		return f
	}
	return nil
}
