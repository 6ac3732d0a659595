package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/pipeline"
	"github.com/newsgraph/newsgraph/ingest/resolve"
)

// IngestResult is the outcome of one end-to-end ingest run.
type IngestResult struct {
	Backend  string
	Summary  ingest.Summary
	Quads    int64 // quads in the store afterwards
	PeakRSS  int64 // bytes, highest resident set size sampled during the run (includes a bolt file's mapped pages)
	PeakHeap int64 // bytes, highest Go heap in use sampled during the run
	Duration time.Duration
}

// ArticlesPerSecond is the end-to-end article rate.
func (r IngestResult) ArticlesPerSecond() float64 { return rate(r.Summary.Articles, r.Duration) }

// QuadsPerSecond is the end-to-end quad rate.
func (r IngestResult) QuadsPerSecond() float64 { return rate(r.Summary.Quads, r.Duration) }

// WriteJSONL writes articles as JSON Lines (the ingest input format) to
// path.
func WriteJSONL(path string, as []newsgraph.Article) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write articles: %w", err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, a := range as {
		if err := enc.Encode(a); err != nil {
			f.Close()
			return fmt.Errorf("write articles to %s: %w", path, err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write articles to %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write articles to %s: %w", path, err)
	}
	return nil
}

// Ingest runs the whole chain exactly as `newsgraph ingest` does (read the
// JSON Lines file inputs, extract on workers goroutines, resolve in
// batches, write) into st, sampling the process's resident memory.
//
// perArticle hides st's batch write, so that each article is written in
// its own transaction (the Runner's behaviour with a plain Writer), for
// comparison.
func Ingest(ctx context.Context, st *graph.Store, inputs []string, workers, batch int, perArticle bool) (IngestResult, error) {
	table := resolve.DefaultAliases()
	p, err := ingest.DefaultPipeline(table)
	if err != nil {
		return IngestResult{}, fmt.Errorf("ingest bench: %w", err)
	}
	var w ingest.Writer = st
	if perArticle {
		w = ingest.WriterFunc(st.WriteArticle)
	}
	r := &ingest.Runner{Pipeline: p, Resolver: resolve.New(table), Writer: w, Workers: workers, BatchSize: batch}
	stop := make(chan struct{})
	var peak, heap int64
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			if rss := RSS(); rss > peak {
				peak = rss
			}
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			heap = max(heap, int64(ms.HeapInuse))
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	t0 := time.Now()
	sum, err := r.Run(ctx, inputs)
	d := time.Since(t0)
	close(stop)
	wg.Wait()
	res := IngestResult{Backend: st.Backend(), Summary: sum, PeakRSS: peak, PeakHeap: heap, Duration: d}
	if err != nil {
		return res, fmt.Errorf("ingest bench into %s: %w", st.Backend(), err)
	}
	stats, err := st.QuadStore().Stats(ctx, true)
	if err != nil {
		return res, fmt.Errorf("ingest bench: %w", err)
	}
	res.Quads = stats.Quads.Size
	return res, nil
}

// ExtractResult is the outcome of an extraction-only run.
type ExtractResult struct {
	Articles   int
	Words      int
	Failed     int    // articles whose extraction failed or panicked
	FirstError string // the first failure: article id and reason
	Duration   time.Duration
}

// WordsPerSecond is the extraction rate.
func (r ExtractResult) WordsPerSecond() float64 { return rate(r.Words, r.Duration) }

// ExtractOnly runs the default pipeline over the articles on the calling
// goroutine (one core), without resolving or writing.
func ExtractOnly(as []newsgraph.Article) (ExtractResult, error) {
	p, err := ingest.DefaultPipeline(resolve.DefaultAliases())
	if err != nil {
		return ExtractResult{}, fmt.Errorf("extract bench: %w", err)
	}
	res := ExtractResult{Articles: len(as), Words: Words(as)}
	t0 := time.Now()
	for _, a := range as {
		if err := extractOne(p, a); err != nil {
			res.Failed++
			if res.FirstError == "" {
				res.FirstError = a.ID + ": " + err.Error()
			}
		}
	}
	res.Duration = time.Since(t0)
	return res, nil
}

// extractOne runs p over a, turning a panic in a stage into an error (as
// the ingest Runner does).
func extractOne(p *pipeline.Pipeline, a newsgraph.Article) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("panic: %v", v)
		}
	}()
	_, err = p.Run(a)
	return err
}

// RSS is the process's resident set size in bytes (Linux; 0 elsewhere).
func RSS() int64 { return procStatus("VmRSS:") }

// PeakRSS is the largest resident set size the process has had, in bytes
// (Linux; 0 elsewhere).
func PeakRSS() int64 { return procStatus("VmHWM:") }

// procStatus reads a size in kB from /proc/self/status, in bytes.
func procStatus(field string) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(l, field); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				kb, _ := strconv.ParseInt(f[0], 10, 64)
				return kb * 1024
			}
		}
	}
	return 0
}

// TempJSONL writes as to a JSON Lines file in dir (a temporary directory
// when dir is "") and returns its path.
func TempJSONL(dir, name string, as []newsgraph.Article) (string, error) {
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "newsgraph-bench-"); err != nil {
			return "", fmt.Errorf("temp dir: %w", err)
		}
	}
	path := filepath.Join(dir, name+".jsonl")
	return path, WriteJSONL(path, as)
}
