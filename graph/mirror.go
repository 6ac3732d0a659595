package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"
)

// MirrorBatch is how many quads Mirror copies per transaction.
var MirrorBatch = 20000

// Mirror loads every quad of src into a new in-memory store (Cayley's
// memstore) and keeps it in step with src: each later write made through
// src's methods (WriteArticle(s), DeleteArticle, Import) is applied to
// src and then, under the same lock, to the mirror. Queries on the mirror
// are as fast as on memstore (multi-hop queries 10-100x faster than on
// the KV backends, which scan all quads for a second hop) while src keeps
// the data on disk.
//
// The mirror costs memory, about 1.3 GB per million quads (docs/scale.md).
// Write through src, never through the mirror itself: a write made
// directly to the mirror's handle or Store is not persisted. Cayley's
// memstore does not synchronise readers with writers, so a server should
// not write to src while it answers queries from the mirror (newsgraph
// serve turns the mirror off when HTTP writes are enabled).
//
// The mirror also keeps aggregates for the entities mentioned in at
// least DefaultAggregateMinArticles articles (see AggregatesLabel).
//
// Closing the mirror detaches it from src.
func Mirror(ctx context.Context, src *Store) (*Store, error) {
	return MirrorWithOptions(ctx, src, MirrorOptions{AggregateMinArticles: DefaultAggregateMinArticles})
}

// MirrorOptions configure MirrorWithOptions.
type MirrorOptions struct {
	// AggregateMinArticles: entities mentioned in at least this many
	// articles get aggregates (see AggregatesLabel); 0 keeps none.
	AggregateMinArticles int
}

// MirrorWithOptions is Mirror with opts.
func MirrorWithOptions(ctx context.Context, src *Store, opts MirrorOptions) (*Store, error) {
	if opts.AggregateMinArticles < 0 {
		return nil, fmt.Errorf("mirror: AggregateMinArticles %d is negative", opts.AggregateMinArticles)
	}
	qs := memstore.New()
	w, err := writer.NewSingle(qs, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
	if err != nil {
		return nil, fmt.Errorf("mirror of %s store %q: writer: %w", src.backend, Redact(src.address), err)
	}
	m := &Store{h: &cgraph.Handle{QuadStore: qs, QuadWriter: w}, backend: "memstore", address: "", source: src, aggMin: opts.AggregateMinArticles}
	src.mu.Lock()
	defer src.mu.Unlock()
	if err := copyQuads(ctx, src.h.QuadStore, qs); err != nil {
		return nil, fmt.Errorf("mirror of %s store %q: %w", src.backend, Redact(src.address), err)
	}
	if err := m.loadAggregates(ctx); err != nil {
		return nil, fmt.Errorf("mirror of %s store %q: %w", src.backend, Redact(src.address), err)
	}
	src.mirrors = append(src.mirrors, m)
	return m, nil
}

// copyQuads adds every quad of from to to, MirrorBatch at a time.
func copyQuads(ctx context.Context, from, to cgraph.QuadStore) error {
	it := from.QuadsAllIterator()
	defer it.Close()
	batch := make([]cgraph.Delta, 0, MirrorBatch)
	opts := cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	for it.Next(ctx) {
		batch = append(batch, cgraph.Delta{Quad: from.Quad(it.Result()), Action: cgraph.Add})
		if len(batch) == MirrorBatch {
			if err := to.ApplyDeltas(batch, opts); err != nil {
				return fmt.Errorf("copy quads: %w", err)
			}
			batch = batch[:0]
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("read quads: %w", err)
	}
	if err := to.ApplyDeltas(batch, opts); err != nil {
		return fmt.Errorf("copy quads: %w", err)
	}
	return nil
}

// forward applies deltas src has just applied to each of its mirrors.
// The caller holds s.mu.
func (s *Store) forward(deltas []cgraph.Delta) error {
	defer s.version.Add(1)
	for _, m := range s.mirrors {
		if err := m.h.QuadStore.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
			return fmt.Errorf("apply to memstore mirror (written to %s; restart to reload the mirror): %w", s.backend, err)
		}
		if err := m.updateAggregates(deltas); err != nil {
			return fmt.Errorf("update the memstore mirror's aggregates (written to %s; restart to reload the mirror): %w", s.backend, err)
		}
	}
	return nil
}

// loadAggregates adds the aggregates (see AggregatesLabel) of every entity
// mentioned in at least m.aggMin articles to mirror m.
func (m *Store) loadAggregates(ctx context.Context) error {
	if m.aggMin <= 0 {
		return nil
	}
	aggs, err := aggregateAll(ctx, m.h.QuadStore, m.aggMin)
	if err != nil {
		return fmt.Errorf("aggregates: %w", err)
	}
	keys, err := indexedKeys(ctx, m.h.QuadStore, nil)
	if err != nil {
		return fmt.Errorf("aggregates: %w", err)
	}
	deltas := make([]cgraph.Delta, 0, len(aggs)+len(keys))
	for k := range keys {
		deltas = append(deltas, cgraph.Delta{Quad: quad.Make(KeyIndex, PredIndexedKey, quad.String(k), AggregatesLabel), Action: cgraph.Add})
	}
	measures, err := allMeasures(ctx, m.h.QuadStore)
	if err != nil {
		return fmt.Errorf("aggregates: %w", err)
	}
	ms, err := measureIndexDeltas(ctx, m.h.QuadStore, measures)
	if err != nil {
		return fmt.Errorf("aggregates: %w", err)
	}
	deltas = append(deltas, ms...)
	for e, a := range aggs {
		qs, err := a.quads(quad.IRI(e))
		if err != nil {
			return err
		}
		for _, q := range qs {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	if err := m.h.QuadStore.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return fmt.Errorf("aggregates: %w", err)
	}
	return nil
}

// updateAggregates recomputes, in mirror m, the aggregates of every
// entity that deltas (just applied to m) may have changed.
func (m *Store) updateAggregates(deltas []cgraph.Delta) error {
	if m.aggMin <= 0 {
		return nil
	}
	ctx := context.Background()
	touched, measures, err := touchedEntities(ctx, m.h.QuadStore, deltas)
	if err != nil {
		return err
	}
	agg, err := aggregateDeltas(ctx, m.h.QuadStore, touched, m.aggMin)
	if err != nil {
		return err
	}
	keys, err := keyIndexDeltas(ctx, m.h.QuadStore, deltas)
	if err != nil {
		return err
	}
	agg = append(agg, keys...)
	ms, err := measureIndexDeltas(ctx, m.h.QuadStore, measures)
	if err != nil {
		return err
	}
	agg = append(agg, ms...)
	return m.h.QuadStore.ApplyDeltas(agg, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
}

// detach removes mirror m from s.
func (s *Store) detach(m *Store) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, x := range s.mirrors {
		if x == m {
			s.mirrors = append(s.mirrors[:i], s.mirrors[i+1:]...)
			return
		}
	}
}

// IsMirror reports whether s is a mirror made by Mirror.
func (s *Store) IsMirror() bool { return s.source != nil }
