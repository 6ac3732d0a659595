package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest/pipeline"
)

// Resolver merges the entities of a batch of documents with everything it
// has seen before, setting Entity.ID (and the IDs in quotes and relations).
// It is stateful: entities merge across batches. Resolve is only ever
// called from one goroutine at a time.
type Resolver interface {
	Resolve(docs []*newsgraph.Document)
}

// WriteResult is what writing one article did: the graph store's result,
// so that *graph.Store is a Writer as it is.
type WriteResult = graph.WriteResult

// Writer writes one article's extraction in its own transaction.
// *graph.Store is one.
type Writer interface {
	WriteArticle(ctx context.Context, x newsgraph.Extraction) (WriteResult, error)
}

var _ Writer = (*graph.Store)(nil)

// BatchWriter is a Writer that also writes several articles in one
// transaction, with the same per-article replace semantics.
// *graph.Store is one; Run then writes each resolver batch in one
// transaction (one commit, one fsync on bolt, instead of one per article).
type BatchWriter interface {
	Writer
	WriteArticles(ctx context.Context, xs []newsgraph.Extraction) ([]WriteResult, error)
}

var _ BatchWriter = (*graph.Store)(nil)

// WriterFunc adapts a function to a Writer.
type WriterFunc func(ctx context.Context, x newsgraph.Extraction) (WriteResult, error)

// WriteArticle calls f.
func (f WriterFunc) WriteArticle(ctx context.Context, x newsgraph.Extraction) (WriteResult, error) {
	return f(ctx, x)
}

// Defaults of a Runner.
const (
	DefaultBatchSize = 64
	// MaxWriteFailures consecutive write errors stop a run: the store is
	// then broken, not one article.
	MaxWriteFailures = 5
)

// Runner reads articles, extracts them in parallel, resolves them in
// batches and writes each in its own transaction.
//
// Articles are streamed: at most a few batches are in memory at once,
// whatever the size of the corpus. Extraction runs on Workers goroutines;
// results are put back in input order and grouped into batches of
// BatchSize articles; each batch is resolved (in the order of the input,
// by one goroutine) and then written by one writer goroutine, while the
// next batch is being extracted and resolved: in one transaction per batch
// when the Writer is a BatchWriter (*graph.Store), else article by article.
type Runner struct {
	Pipeline  *pipeline.Pipeline
	Resolver  Resolver  // nil: entities are not resolved
	Writer    Writer    // required by Run
	Workers   int       // extraction goroutines; 0 means runtime.NumCPU()
	BatchSize int       // articles per resolver batch; 0 means DefaultBatchSize
	Progress  io.Writer // a terminal gets a progress line; anything else nothing
}

// Summary is the outcome of a run.
type Summary struct {
	Articles int // articles read
	Written  int // articles written (or output, for Extract)
	Replaced int // of them, articles that replaced an earlier version
	// Unchanged: of those, articles the store held in this very version
	// (nothing written).
	Unchanged int
	Removed   int // quads of earlier versions removed
	Quads     int // quads written
	Skipped   []Skip
	Duration  time.Duration
}

// maxListedSkips bounds the skips String lists one by one.
const maxListedSkips = 20

// String describes the summary for people, one skip a line.
func (s Summary) String() string {
	var b strings.Builder
	rate := 0.0
	if s.Duration > 0 {
		rate = float64(s.Articles) / s.Duration.Seconds()
	}
	fmt.Fprintf(&b, "%d articles read, %d written", s.Articles, s.Written)
	switch {
	case s.Unchanged > 0:
		fmt.Fprintf(&b, " (%d replaced, %d of them unchanged)", s.Replaced, s.Unchanged)
	case s.Replaced > 0:
		fmt.Fprintf(&b, " (%d replaced)", s.Replaced)
	}
	if s.Quads > 0 {
		fmt.Fprintf(&b, ", %d quads", s.Quads)
	}
	fmt.Fprintf(&b, ", %d skipped, in %s (%.1f articles/s)", len(s.Skipped), s.Duration.Round(time.Millisecond), rate)
	for i, sk := range s.Skipped {
		if i == maxListedSkips {
			fmt.Fprintf(&b, "\n  ... and %d more skipped", len(s.Skipped)-maxListedSkips)
			break
		}
		b.WriteString("\n  skipped ")
		b.WriteString(sk.String())
	}
	return b.String()
}

// Run reads, extracts, resolves and writes the articles in paths. Bad
// inputs and articles whose extraction or write fails are skipped and
// listed in the summary; the error is non-nil only when the run as a whole
// stops: the context is cancelled, or MaxWriteFailures writes fail in a
// row. The summary then tells what was done before the stop.
func (r *Runner) Run(ctx context.Context, paths []string) (Summary, error) {
	if r.Writer == nil {
		return Summary{}, errors.New("ingest: Runner.Writer is nil")
	}
	fails := 0
	written := func(st *runState, res WriteResult) {
		st.sum.Written++
		st.sum.Quads += res.Quads
		st.sum.Removed += res.Removed
		if res.Replaced {
			st.sum.Replaced++
		}
		if res.Unchanged {
			st.sum.Unchanged++
		}
		st.written.Add(1)
	}
	one := func(ctx context.Context, doc *newsgraph.Document, st *runState) error {
		res, err := r.Writer.WriteArticle(ctx, doc.Extraction())
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			fails++
			st.addSkip(Skip{doc.Article.Path, "write: " + err.Error()})
			if fails >= MaxWriteFailures {
				return fmt.Errorf("ingest: %d writes failed in a row, stopping: %w", fails, err)
			}
			return nil
		}
		fails = 0
		written(st, res)
		return nil
	}
	var batch func(context.Context, []*newsgraph.Document, *runState) error
	if bw, ok := r.Writer.(BatchWriter); ok {
		// One transaction per batch; when it fails, the batch is written
		// again article by article so that only bad articles are skipped.
		batch = func(ctx context.Context, docs []*newsgraph.Document, st *runState) error {
			xs := make([]newsgraph.Extraction, len(docs))
			for i, d := range docs {
				xs[i] = d.Extraction()
			}
			rs, err := bw.WriteArticles(ctx, xs)
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				for _, d := range docs {
					if err := one(ctx, d, st); err != nil {
						return err
					}
				}
				return nil
			}
			fails = 0
			for _, res := range rs {
				written(st, res)
			}
			return nil
		}
	}
	return r.runBatches(ctx, paths, one, batch)
}

// Extract reads, extracts and resolves the articles in paths like Run, and
// hands each extraction to out in input order instead of writing it. An
// error from out stops the run and is returned. resolver may be nil.
func Extract(ctx context.Context, paths []string, p *pipeline.Pipeline, resolver Resolver, out func(newsgraph.Extraction) error) (Summary, error) {
	r := &Runner{Pipeline: p, Resolver: resolver}
	return r.Extract(ctx, paths, out)
}

// Extract is like the package's Extract, with r's settings (its Writer is
// not used).
func (r *Runner) Extract(ctx context.Context, paths []string, out func(newsgraph.Extraction) error) (Summary, error) {
	return r.run(ctx, paths, func(_ context.Context, doc *newsgraph.Document, st *runState) error {
		if err := out(doc.Extraction()); err != nil {
			return fmt.Errorf("ingest: output of %s: %w", doc.Article.ID, err)
		}
		st.sum.Written++
		st.written.Add(1)
		return nil
	})
}

// runState is shared by the goroutines of one run.
type runState struct {
	mu    sync.Mutex
	skips []Skip
	sum   Summary // Written, Quads...: touched by the writer goroutine only

	read, written, skipped atomic.Int64
	bytesDone, bytesTotal  atomic.Int64
}

func (st *runState) addSkip(s Skip) {
	st.mu.Lock()
	st.skips = append(st.skips, s)
	st.mu.Unlock()
	st.skipped.Add(1)
}

type job struct {
	seq int
	a   newsgraph.Article
}

type result struct {
	seq int
	a   newsgraph.Article
	doc *newsgraph.Document
	err error
}

// run is the engine of Run and Extract: sink is called for each resolved
// document, in input order, from one goroutine; an error from it stops
// the run.
func (r *Runner) run(ctx context.Context, paths []string, sink func(context.Context, *newsgraph.Document, *runState) error) (Summary, error) {
	return r.runBatches(ctx, paths, sink, nil)
}

// runBatches is run with an optional batchSink that, when not nil, takes
// each resolved batch whole instead of sink taking its documents one by
// one.
func (r *Runner) runBatches(ctx context.Context, paths []string, sink func(context.Context, *newsgraph.Document, *runState) error,
	batchSink func(context.Context, []*newsgraph.Document, *runState) error) (Summary, error) {
	start := time.Now()
	if r.Pipeline == nil {
		return Summary{}, errors.New("ingest: Runner.Pipeline is nil")
	}
	workers := r.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	batchSize := r.BatchSize
	if batchSize <= 0 {
		batchSize = DefaultBatchSize
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	st := &runState{}

	stopProgress := startProgress(r.Progress, paths, st, start)

	// At most window articles are between the reader and the orderer, so
	// a slow article cannot make the reorder buffer grow without bound.
	window := 2*batchSize + 4*workers
	sem := make(chan struct{}, window)
	jobs := make(chan job, workers)
	results := make(chan result, workers)
	batches := make(chan []*newsgraph.Document, 1)

	// Reader.
	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		rd := newReader(func(a newsgraph.Article) error {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
			select {
			case jobs <- job{seq, a}:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
			seq++
			st.read.Add(1)
			return nil
		}, st.addSkip)
		rd.onFile = func(n int64) { st.bytesDone.Add(n) }
		readErr = rd.paths(paths)
	}()

	// Extraction workers.
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				res := result{seq: j.seq, a: j.a}
				if ctx.Err() != nil {
					res.err = context.Cause(ctx)
				} else {
					res.doc, res.err = runPipeline(r.Pipeline, j.a)
				}
				results <- res
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Orderer and resolver: puts results back in input order, batches and
	// resolves them. It always drains results, so workers never block.
	go func() {
		defer close(batches)
		pending := map[int]result{}
		next := 0
		var batch []*newsgraph.Document
		flush := func() {
			if len(batch) == 0 || ctx.Err() != nil {
				batch = nil
				return
			}
			if r.Resolver != nil {
				r.Resolver.Resolve(batch)
			}
			batches <- batch // the writer always drains batches
			batch = nil
		}
		for res := range results {
			pending[res.seq] = res
			for {
				p, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				<-sem
				if ctx.Err() != nil {
					continue
				}
				if p.err != nil {
					st.addSkip(Skip{p.a.Path, "extraction: " + p.err.Error()})
					continue
				}
				batch = append(batch, p.doc)
				if len(batch) >= batchSize {
					flush()
				}
			}
		}
		flush()
	}()

	// Writer: this goroutine.
	var sinkErr error
	for batch := range batches {
		if batchSink != nil {
			if sinkErr == nil && ctx.Err() == nil {
				if err := batchSink(ctx, batch, st); err != nil {
					sinkErr = err
					cancel(err)
				}
			}
			continue
		}
		for _, doc := range batch {
			if sinkErr != nil || ctx.Err() != nil {
				break
			}
			if err := sink(ctx, doc, st); err != nil {
				sinkErr = err
				cancel(err)
			}
		}
	}
	// batches is closed only after results, hence jobs, hence the reader,
	// are done: readErr is set.
	stopProgress()

	sum := st.sum
	sum.Articles = int(st.read.Load())
	sum.Skipped = st.skips
	sum.Duration = time.Since(start)
	switch {
	case sinkErr != nil:
		return sum, sinkErr
	case ctx.Err() != nil:
		return sum, context.Cause(ctx)
	case readErr != nil:
		return sum, readErr
	}
	return sum, nil
}

// runPipeline runs the pipeline over one article, turning a panic in a
// stage into an error so that one bad article cannot stop the batch.
func runPipeline(p *pipeline.Pipeline, a newsgraph.Article) (doc *newsgraph.Document, err error) {
	defer func() {
		if v := recover(); v != nil {
			doc, err = nil, fmt.Errorf("panic: %v", v)
		}
	}()
	return p.Run(a)
}
