package ingest

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest/pipeline"
)

// batchWriter is a memWriter that also writes batches, counting calls;
// failBatch makes every batch write fail (the Runner then falls back to
// single writes).
type batchWriter struct {
	memWriter
	batches, sizes int
	failBatch      bool
}

func (w *batchWriter) WriteArticles(ctx context.Context, xs []newsgraph.Extraction) ([]WriteResult, error) {
	w.batches++
	if w.failBatch {
		return nil, errors.New("batch too big")
	}
	out := make([]WriteResult, len(xs))
	for i, x := range xs {
		r, err := w.WriteArticle(ctx, x)
		if err != nil {
			return nil, err
		}
		out[i] = r
	}
	w.sizes += len(xs)
	return out, nil
}

func TestRunWritesBatchesInOneCall(t *testing.T) {
	path := corpus(t, 10, nil)
	w := &batchWriter{}
	r := &Runner{Pipeline: pipeline.New(tagStage()), Resolver: &idResolver{}, Writer: w, Workers: 2, BatchSize: 4}
	sum, err := r.Run(context.Background(), []string{path})
	if err != nil {
		t.Fatal(err)
	}
	if w.batches != 3 || w.sizes != 10 || sum.Written != 10 || sum.Quads != 20 {
		t.Fatalf("batches %d (want 3), articles %d, summary %+v", w.batches, w.sizes, sum)
	}
	for i, id := range w.order {
		if want := "a" + string(rune('0'+i)); i < 10 && id != want {
			t.Fatalf("write order %v", w.order)
		}
	}
}

func TestRunBatchFailureFallsBackToArticles(t *testing.T) {
	path := corpus(t, 6, map[int]string{3: "Bad article"})
	w := &batchWriter{failBatch: true}
	w.failOn = func(x newsgraph.Extraction) bool { return x.Doc == "a3" }
	r := &Runner{Pipeline: pipeline.New(tagStage()), Writer: w, Workers: 1, BatchSize: 3}
	sum, err := r.Run(context.Background(), []string{path})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Written != 5 || len(sum.Skipped) != 1 || sum.Skipped[0].Reason != "write: disk full" {
		t.Fatalf("summary %+v", sum)
	}
}

// TestRunBatchedIntoStoreIsIdempotent ingests the same inputs twice into a
// bolt store through batched writes: the rerun replaces every article by
// itself and leaves the quad count unchanged (an interrupted ingest can be
// run again as is).
func TestRunBatchedIntoStoreIsIdempotent(t *testing.T) {
	path := corpus(t, 9, nil)
	st, err := graph.Open("bolt", filepath.Join(t.TempDir(), "g.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	var counts []int64
	for run := 0; run < 2; run++ {
		r := &Runner{Pipeline: pipeline.New(tagStage()), Resolver: &idResolver{}, Writer: st, BatchSize: 4}
		sum, err := r.Run(ctx, []string{path})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Written != 9 || (run == 1) != (sum.Replaced == 9) || (run == 1) != (sum.Unchanged == 9) {
			t.Fatalf("run %d: %+v", run, sum)
		}
		if run == 1 && !strings.Contains(sum.String(), "9 written (9 replaced, 9 of them unchanged)") {
			t.Errorf("rerun summary: %s", sum)
		}
		s, err := st.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if s.Articles != 9 {
			t.Fatalf("run %d: %d articles in the store", run, s.Articles)
		}
		counts = append(counts, s.Quads)
	}
	if counts[0] == 0 || counts[0] != counts[1] {
		t.Fatalf("quads after first and second run: %v", counts)
	}
}
