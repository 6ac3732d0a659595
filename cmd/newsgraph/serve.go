package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/newsgraph/newsgraph/gcpace"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/server"
)

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var sf storeFlags
	var ef extractFlags
	sf.register(fs)
	ef.register(fs)
	addr := fs.String("addr", envOr("NEWSGRAPH_ADDR", "127.0.0.1:8080"), "address to listen on")
	articles := fs.String("articles", defaultArticles, "articles to ingest when the store is empty (\"\" for none)")
	uiDir := fs.String("cayley-ui", os.Getenv("NEWSGRAPH_CAYLEY_UI"), "directory of the Cayley module (holding templates/ and static/) for its web UI; found automatically when empty")
	timeout := fs.Duration("query-timeout", 10*time.Second, "time limit of one query")
	enableWrites := fs.Bool("enable-writes", false, "accept writes over HTTP from requests carrying the write token")
	cache := fs.Bool("cache", true, "with the mirror, keep canned-query answers until the store changes, and let identical requests arriving while one runs share its run (the first request for each query and arguments runs it)")
	maxQueries := fs.Int("max-queries", server.DefaultMaxConcurrentQueries(), "queries running at once; others wait for a slot (up to three query timeouts, then 503)")
	aggMin := fs.Int("aggregate-min", graph.DefaultAggregateMinArticles, "with the mirror, keep aggregates (co-mentions, counts) for entities mentioned in at least this many articles; 0 keeps none")
	mirror := fs.Bool("mirror", true, "answer queries from an in-memory copy of the store (about 0.75-1.3 GB per million quads; multi-hop queries 10-100x faster than on bolt or leveldb); off when --enable-writes is given")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *aggMin < 0 {
		return fmt.Errorf("serve: --aggregate-min %d: must be 0 (no aggregates) or more", *aggMin)
	}
	if *maxQueries < 1 {
		return fmt.Errorf("serve: --max-queries %d: at least one query must be able to run", *maxQueries)
	}
	mirrorSet := false
	fs.Visit(func(f *flag.Flag) { mirrorSet = mirrorSet || f.Name == "mirror" })
	if *enableWrites && *mirror {
		if mirrorSet {
			return errors.New("serve: --mirror and --enable-writes exclude each other: Cayley's memstore cannot take writes while it answers queries")
		}
		*mirror = false
	}
	token := os.Getenv("NEWSGRAPH_WRITE_TOKEN")
	if *enableWrites && token == "" {
		return errors.New("serve: --enable-writes needs NEWSGRAPH_WRITE_TOKEN set to the token clients must send")
	}
	logger := log.New(stderr, "", log.LstdFlags)

	st, err := sf.open()
	if err != nil {
		return err
	}
	defer func() {
		if err := st.Close(); err != nil {
			logger.Printf("closing store: %v", err)
		}
	}()

	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	if stats.Articles == 0 && *articles != "" {
		if _, err := os.Stat(*articles); err == nil {
			logger.Printf("store %s (%s) is empty: ingesting %s", graph.Redact(sf.path), sf.backend, *articles)
			sum, err := ingestPaths(ctx, st, &ef, []string{*articles}, 0, 0, progressOut(stderr))
			if err != nil {
				return err
			}
			logger.Print(sum)
		}
	}

	handle := st.Handle()
	var version func() uint64
	if *mirror && sf.backend != "memstore" && sf.backend != "btree" {
		t0 := time.Now()
		m, err := graph.MirrorWithOptions(ctx, st, graph.MirrorOptions{AggregateMinArticles: *aggMin})
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		defer m.Close()
		logger.Printf("queries answered from a memstore mirror of the %s store (loaded in %s)", sf.backend, time.Since(t0).Round(time.Millisecond))
		// The mirror is most of the heap, for the life of the process:
		// collect garbage less often when there is memory for it.
		logger.Print(gcpace.Set())
		handle = m.Handle()
		if *cache {
			// Every write the server could see goes through st (the
			// mirror means writes over HTTP are off).
			version = st.Version
		}
	}

	lib, err := queries.Load()
	if err != nil {
		return err
	}
	var ingester server.Ingester
	if *enableWrites {
		if ingester, err = newIngester(ctx, st, &ef); err != nil {
			return err
		}
	}
	srv := server.New(server.Config{
		Ingester:             ingester,
		Handle:               handle,
		Queries:              server.Library(lib),
		Logger:               logger,
		QueryTimeout:         *timeout,
		MaxConcurrentQueries: *maxQueries,
		EnableWrites:         *enableWrites,
		WriteToken:           token,
		CayleyUIDir:          *uiDir,
		Version:              version,
	})
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "newsgraph serving on http://%s (API /api/queries, Cayley UI /, /ui/visualize)\n", ln.Addr())

	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	// Drain in-flight requests, then the deferred Close shuts the store.
	logger.Print("shutting down: draining requests")
	sctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	return nil
}
