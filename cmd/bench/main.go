// Command bench measures newsgraph at scale and prints a Markdown report
// (see docs/scale.md): end-to-end ingest of the Reuters-21578 (or BBC)
// corpus into each backend, extraction-only speed over the BBC corpus on
// one core, and the p50/p99 latency of every canned query on a synthetic
// store of -quads quads, on bolt and on its memstore mirror.
//
//	go run ./cmd/bench -n 2000 -backends bolt,postgres -quads 1000000 -out /tmp/scale.md
package main

import (
	"bytes"
	"context"
	"database/sql"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/bench"
	"github.com/newsgraph/newsgraph/gcpace"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

type config struct {
	corpora, corpus, backends, cpuprofile, pgURL, queryBackends, out, tmp, skip string
	perArticle, reuse                                                           bool
	only                                                                        []string
	boltTimeout                                                                 time.Duration
	n, extractN, quads, runs, boltRuns, workers, batch, sampleN                 int
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	fs.StringVar(&c.corpora, "corpora", envOr("NEWSGRAPH_CORPORA", "../shared/corpora"), "directory holding news-reuters21578/ and news-bbc2225/")
	fs.StringVar(&c.corpus, "corpus", "reuters", "corpus ingested end to end: reuters or bbc")
	fs.IntVar(&c.n, "n", 0, "articles of the corpus to ingest (0: all)")
	fs.IntVar(&c.extractN, "extract-n", 0, "BBC articles for the extraction-only measure (0: all)")
	fs.StringVar(&c.backends, "backends", "bolt,postgres", "backends to ingest into (postgres is skipped without -postgres)")
	fs.StringVar(&c.pgURL, "postgres", os.Getenv("NEWSGRAPH_TEST_POSTGRES"), "Postgres connection string; Cayley's tables in it are DROPPED first")
	fs.IntVar(&c.quads, "quads", 1000000, "size of the synthetic store the queries run on (0: skip the query measure)")
	fs.StringVar(&c.queryBackends, "query-backends", "mirror,bolt", "stores the queries run on: mirror (memstore mirror of the bolt store), bolt")
	fs.IntVar(&c.runs, "runs", 50, "runs per query and entity class (popular, rare) on the mirror")
	fs.IntVar(&c.boltRuns, "bolt-runs", 3, "runs per query and entity class on bolt (slow multi-hop queries)")
	fs.DurationVar(&c.boltTimeout, "bolt-timeout", 5*time.Second, "time limit of one query on bolt (a timed-out run counts as an error at this time)")
	fs.IntVar(&c.sampleN, "sample", 20, "popular and rare entities sampled from the store")
	fs.IntVar(&c.workers, "workers", 0, "extraction goroutines for ingest (0: one per CPU)")
	fs.IntVar(&c.batch, "batch", 0, "articles per resolver batch (0: the Runner's default)")
	fs.BoolVar(&c.perArticle, "per-article", false, "ingest with one transaction per article instead of one per batch (for comparison)")
	fs.StringVar(&c.tmp, "tmp", "", "directory for the stores and the article file (default: a new temporary directory, removed at the end)")
	fs.StringVar(&c.skip, "skip", "", "comma-separated parts to skip: ingest, extract, queries")
	fs.StringVar(&c.cpuprofile, "cpuprofile", "", "write a CPU profile of the whole run to this file")
	fs.StringVar(&c.out, "out", "", "also write the Markdown report to this file")
	fs.BoolVar(&c.reuse, "reuse", false, "reuse the synthetic store in -tmp when it already holds quads (does not rebuild it)")
	onlyQ := fs.String("queries", "", "comma-separated canned queries to measure (default: all)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	c.only = split(*onlyQ)
	if c.cpuprofile != "" {
		f, err := os.Create(c.cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	if c.tmp == "" {
		d, err := os.MkdirTemp("", "newsgraph-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		c.tmp = d
	}
	var rep bytes.Buffer
	w := io.MultiWriter(stdout, &rep)
	host, _ := os.Hostname()
	fmt.Fprintf(w, "# newsgraph bench, %s\n\nMachine: %s, %d CPUs, %s, %s. Command: `go run ./cmd/bench %s`\n\n",
		time.Now().Format("2006-01-02 15:04"), host, runtime.NumCPU(), memTotal(), runtime.Version(), strings.Join(args, " "))
	skip := map[string]bool{}
	for _, s := range split(c.skip) {
		skip[s] = true
	}
	logf := func(format string, a ...any) { fmt.Fprintf(stderr, format+"\n", a...) }
	if !skip["ingest"] {
		if err := ingestPart(ctx, &c, w, logf); err != nil {
			return err
		}
	}
	if !skip["extract"] {
		if err := extractPart(&c, w, logf); err != nil {
			return err
		}
	}
	if !skip["queries"] && c.quads > 0 {
		if err := queryPart(ctx, &c, w, logf); err != nil {
			return err
		}
	}
	if c.out != "" {
		if err := os.WriteFile(c.out, rep.Bytes(), 0o644); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
	}
	return nil
}

func readCorpus(c *config, name string, n int) ([]newsgraph.Article, error) {
	switch name {
	case "reuters":
		return bench.ReadReuters(filepath.Join(c.corpora, "news-reuters21578", "reuters21578"), n)
	case "bbc":
		return bench.ReadBBC(filepath.Join(c.corpora, "news-bbc2225", "bbc"), n)
	}
	return nil, fmt.Errorf("unknown corpus %q (reuters or bbc)", name)
}

func ingestPart(ctx context.Context, c *config, w io.Writer, logf func(string, ...any)) error {
	as, err := readCorpus(c, c.corpus, c.n)
	if err != nil {
		return err
	}
	words := bench.Words(as)
	input, err := bench.TempJSONL(c.tmp, c.corpus, as)
	if err != nil {
		return err
	}
	as = nil
	runtime.GC()
	debug.FreeOSMemory()
	fmt.Fprintf(w, "## Ingest: read, extract, resolve, write (%s, %d words)\n\n", c.corpus, words)
	var rs []bench.IngestResult
	for _, b := range split(c.backends) {
		addr := filepath.Join(c.tmp, "ingest-"+b)
		switch b {
		case "bolt", "bbolt":
			addr += ".bolt"
		case "memstore", "btree":
			addr = ""
		case "postgres", "cockroach", "mysql":
			if c.pgURL == "" || b != "postgres" {
				logf("ingest: %s skipped (give -postgres or NEWSGRAPH_TEST_POSTGRES)", b)
				continue
			}
			addr = c.pgURL
			if err := dropCayleyTables(c.pgURL); err != nil {
				return err
			}
		}
		st, err := graph.Open(b, addr)
		if err != nil {
			return err
		}
		logf("ingest: %s ...", b)
		r, err := bench.Ingest(ctx, st, []string{input}, c.workers, c.batch, c.perArticle)
		st.Close()
		if err != nil {
			return err
		}
		logf("ingest: %s: %s", b, r.Summary.String())
		rs = append(rs, r)
		runtime.GC()
		debug.FreeOSMemory()
	}
	bench.WriteIngestTable(w, rs)
	fmt.Fprintln(w)
	return nil
}

func extractPart(c *config, w io.Writer, logf func(string, ...any)) error {
	as, err := readCorpus(c, "bbc", c.extractN)
	if err != nil {
		return err
	}
	logf("extract: %d BBC articles on one goroutine ...", len(as))
	r, err := bench.ExtractOnly(as)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "## Extraction only, one goroutine (BBC)\n\n%d articles, %d words, %d failed, %s: **%.0f words/s** (%.1f articles/s) per core\n\n",
		r.Articles, r.Words, r.Failed, r.Duration.Round(time.Millisecond), r.WordsPerSecond(), float64(r.Articles)/r.Duration.Seconds())
	if r.FirstError != "" {
		fmt.Fprintf(w, "First failure: %s\n\n", r.FirstError)
	}
	return nil
}

func queryPart(ctx context.Context, c *config, w io.Writer, logf func(string, ...any)) error {
	lib, err := queries.Load()
	if err != nil {
		return err
	}
	lib.Timeout = 30 * time.Second
	st, err := graph.Open("bolt", filepath.Join(c.tmp, "synthetic.bolt"))
	if err != nil {
		return err
	}
	defer st.Close()
	g := &bench.Synth{Seed: 1, Universe: max(2000, c.quads/50)}
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	if c.reuse && stats.Quads > 0 {
		logf("queries: reusing the synthetic store (%d quads)", stats.Quads)
		fmt.Fprintf(w, "## Canned queries at %d quads (synthetic store reused from an earlier run: %d nodes, %d-entity universe)\n\n", stats.Quads, stats.Nodes, g.Universe)
	} else {
		logf("queries: writing %d synthetic quads to bolt ...", c.quads)
		last := time.Now()
		b, err := bench.BuildSynthetic(ctx, st, g, 0, c.quads, 500, func(r bench.BuildResult) {
			if time.Since(last) > 10*time.Second {
				last = time.Now()
				logf("  %d articles, %d quads, %.0f quads/s", r.Articles, r.Quads, r.QuadsPerSecond())
			}
		})
		if err != nil {
			return err
		}
		if stats, err = st.Stats(ctx); err != nil {
			return err
		}
		fmt.Fprintf(w, "## Canned queries at %d quads (synthetic: %d articles, %d nodes, %d-entity universe)\n\n", stats.Quads, b.Articles, stats.Nodes, g.Universe)
		fmt.Fprintf(w, "Built into bolt with WriteArticles (500 articles per batch) in %s: %.0f quads/s.\n\n", b.Duration.Round(time.Second), b.QuadsPerSecond())
	}
	sample, err := bench.SampleStore(ctx, st, c.sampleN, 7)
	if err != nil {
		return err
	}
	for _, qb := range split(c.queryBackends) {
		var target *graph.Store
		runs := c.runs
		switch qb {
		case "bolt":
			target, runs = st, c.boltRuns
			lib.Timeout = c.boltTimeout
		case "mirror":
			runtime.GC()
			debug.FreeOSMemory()
			before := bench.RSS()
			t0 := time.Now()
			m, err := graph.Mirror(ctx, st)
			if err != nil {
				return err
			}
			defer m.Close()
			load := time.Since(t0)
			runtime.GC()
			debug.FreeOSMemory()
			fmt.Fprintf(w, "Mirror: loaded into memstore in %s; resident memory grew by %s (%.2f GB per million quads).\n\n",
				load.Round(time.Millisecond), bench.MB(bench.RSS()-before), float64(bench.RSS()-before)/(1<<30)/(float64(stats.Quads)/1e6))
			// The pace newsgraph serve sets once its mirror is loaded.
			fmt.Fprintf(w, "Then, as newsgraph serve does: %s.\n\n", gcpace.Set())
			target = m
		default:
			return fmt.Errorf("unknown query backend %q (mirror or bolt)", qb)
		}
		logf("queries: %s, %d runs per class ...", qb, runs)
		ls, err := bench.MeasureQueries(ctx, lib, target, sample, runs, c.only...)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "### %s\n\n", qb)
		bench.WriteLatencyTable(w, ls)
		fmt.Fprintf(w, "\nResident memory after the queries %s (the process's peak so far %s).\n\n", bench.MB(bench.RSS()), bench.MB(bench.PeakRSS()))
	}
	return nil
}

// dropCayleyTables empties a Postgres database of Cayley's tables, so an
// ingest starts from an empty store.
func dropCayleyTables(url string) error {
	db, err := sql.Open("postgres", url)
	if err != nil {
		return fmt.Errorf("postgres: %w", err)
	}
	defer db.Close()
	if _, err := db.Exec(`DROP TABLE IF EXISTS quads, nodes CASCADE`); err != nil {
		return fmt.Errorf("postgres: clearing the database: %w", err)
	}
	return nil
}

func memTotal() string {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return "memory unknown"
	}
	var kb int64
	fmt.Sscanf(strings.TrimPrefix(strings.SplitN(string(b), "\n", 2)[0], "MemTotal:"), "%d", &kb)
	return fmt.Sprintf("%.0f GB RAM", float64(kb)/(1<<20))
}

func split(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
