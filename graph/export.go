package graph

import (
	"context"
	"errors"
	"fmt"
	"io"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad/nquads"
)

// ImportBatch is how many quads Import applies per transaction.
var ImportBatch = 10000

// Export writes every quad of the store as N-Quads, labels included. A
// mirror's aggregates (AggregatesLabel) are derived, not data, and are
// left out.
func (s *Store) Export(ctx context.Context, w io.Writer) error {
	qs := s.h.QuadStore
	it := qs.QuadsAllIterator()
	defer it.Close()
	qw := nquads.NewWriter(w)
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		if q.Label == AggregatesLabel {
			continue
		}
		if err := qw.WriteQuad(q); err != nil {
			return fmt.Errorf("export %s store: %w", s.backend, err)
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("export %s store: %w", s.backend, err)
	}
	if err := qw.Close(); err != nil {
		return fmt.Errorf("export %s store: %w", s.backend, err)
	}
	return nil
}

// Import reads N-Quads (labels kept) and adds them in batches of
// ImportBatch; it returns how many quads it read. It is meant for an empty
// store (restoring an Export): quads the store already holds are skipped,
// but on Cayley's KV backends each such duplicate leaves its nodes with an
// extra reference count, so they outlive the deletion of their last quad.
func (s *Store) Import(ctx context.Context, r io.Reader) (int, error) {
	return s.ImportNamed(ctx, r, "input")
}

// ImportNamed is Import with the input's name for error messages.
func (s *Store) ImportNamed(ctx context.Context, r io.Reader, name string) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	qr := nquads.NewReader(r, false)
	defer qr.Close()
	n := 0
	batch := make([]cgraph.Delta, 0, ImportBatch)
	inBatch := make(map[string]struct{}, ImportBatch)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := s.h.QuadStore.ApplyDeltas(batch, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
			return fmt.Errorf("import %s: %w", name, err)
		}
		if err := s.forward(batch); err != nil {
			return fmt.Errorf("import %s: %w", name, err)
		}
		batch = batch[:0]
		clear(inBatch)
		return nil
	}
	for {
		if err := ctx.Err(); err != nil {
			return n, fmt.Errorf("import %s: %w", name, err)
		}
		q, err := qr.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return n, fmt.Errorf("import %s: after %d quads: %w", name, n, err)
		}
		if !q.IsValid() {
			return n, fmt.Errorf("import %s: quad %d is incomplete: %v", name, n+1, q)
		}
		if q.Label == AggregatesLabel {
			return n, fmt.Errorf("import %s: quad %d: the label %s is kept for a mirror's aggregates, which are derived and never stored", name, n+1, AggregatesLabel)
		}
		n++
		k := q.NQuad()
		if _, dup := inBatch[k]; dup {
			continue
		}
		inBatch[k] = struct{}{}
		batch = append(batch, cgraph.Delta{Quad: q, Action: cgraph.Add})
		if len(batch) >= ImportBatch {
			if err := flush(); err != nil {
				return n, err
			}
		}
	}
	if err := flush(); err != nil {
		return n, err
	}
	return n, nil
}
