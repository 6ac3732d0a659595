package graph

import (
	"context"
	"fmt"
	"sort"

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
// The mirror also keeps aggregates (see AggregatesLabel): article counts,
// key and measure indexes, row cards, and for the entities mentioned in at
// least DefaultAggregateMinArticles articles the lists the entity queries
// read. A write keeps counts, indexes and cards in step but drops the
// lists of the entities it touches; RefreshAggregates computes them again.
// Queries give the same rows either way, only slower for the entities
// without lists.
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
	// HeadRows: how many rows the heads of the entities' lists cover (see
	// DefaultHeadRows); 0 means DefaultHeadRows.
	HeadRows int
}

// MirrorWithOptions is Mirror with opts.
func MirrorWithOptions(ctx context.Context, src *Store, opts MirrorOptions) (*Store, error) {
	if opts.AggregateMinArticles < 0 {
		return nil, fmt.Errorf("mirror: AggregateMinArticles %d is negative", opts.AggregateMinArticles)
	}
	if opts.HeadRows < 0 {
		return nil, fmt.Errorf("mirror: HeadRows %d is negative", opts.HeadRows)
	}
	if opts.HeadRows == 0 {
		opts.HeadRows = DefaultHeadRows
	}
	qs := memstore.New()
	w, err := writer.NewSingle(qs, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
	if err != nil {
		return nil, fmt.Errorf("mirror of %s store %q: writer: %w", src.backend, Redact(src.address), err)
	}
	m := &Store{h: &cgraph.Handle{QuadStore: qs, QuadWriter: w}, backend: "memstore", address: "", source: src, aggMin: opts.AggregateMinArticles, headRows: opts.HeadRows, stale: map[string]bool{}}
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

// loadAggregates adds to mirror m its aggregates (see AggregatesLabel):
// every entity's article count, the lists of every entity mentioned in
// at least m.aggMin articles, the key and measure indexes and the row
// cards.
func (m *Store) loadAggregates(ctx context.Context) error {
	if m.aggMin <= 0 {
		return nil
	}
	aggs, err := aggregateAll(ctx, m.h.QuadStore, m.aggMin, m.headRows)
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
	cards, err := allRowCards(ctx, m.h.QuadStore)
	if err != nil {
		return fmt.Errorf("aggregates: %w", err)
	}
	deltas = append(deltas, cards...)
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

// updateAggregates brings mirror m's aggregates in step with deltas just
// applied to it: article counts, the key and measure indexes and the row
// cards at once;
// the other aggregates of the entities the write touched are dropped (the
// queries then count for themselves, with the same rows) until
// RefreshAggregates computes them again. Recomputing them on every write
// would cost a hub's whole history per batch: at 1M quads, about 10 s per
// batch of 64 articles against 0.3 s for the write itself.
func (m *Store) updateAggregates(deltas []cgraph.Delta) error {
	if m.aggMin <= 0 {
		return nil
	}
	ctx := context.Background()
	touched, measures, err := touchedEntities(ctx, m.h.QuadStore, deltas)
	if err != nil {
		return err
	}
	agg, stale, err := aggregateDeltas(ctx, m.h.QuadStore, touched, m.aggMin, m.headRows, false)
	if err != nil {
		return err
	}
	for _, e := range stale {
		m.stale[e] = true
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
	cards, err := rowCardDeltas(ctx, m.h.QuadStore, deltas)
	if err != nil {
		return err
	}
	agg = append(agg, cards...)
	return m.h.QuadStore.ApplyDeltas(agg, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
}

// StaleAggregates is how many entities of mirror m have lost their
// aggregates to writes since it was made or last refreshed.
func (m *Store) StaleAggregates() int {
	if m.source == nil {
		return 0
	}
	m.source.mu.Lock()
	defer m.source.mu.Unlock()
	return len(m.stale)
}

// RefreshAggregates computes again, in mirror m, the aggregates writes
// dropped (see Mirror). It holds the source's write lock meanwhile; like a
// write, it should not run while the mirror answers queries.
func (m *Store) RefreshAggregates(ctx context.Context) error {
	if m.source == nil {
		return fmt.Errorf("refresh aggregates: %s store %q is not a mirror", m.backend, Redact(m.address))
	}
	m.source.mu.Lock()
	defer m.source.mu.Unlock()
	if len(m.stale) == 0 {
		return nil
	}
	entities := make([]string, 0, len(m.stale))
	for e := range m.stale {
		entities = append(entities, e)
	}
	sort.Strings(entities)
	deltas, _, err := aggregateDeltas(ctx, m.h.QuadStore, entities, m.aggMin, m.headRows, true)
	if err != nil {
		return fmt.Errorf("refresh aggregates: %w", err)
	}
	if err := m.h.QuadStore.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return fmt.Errorf("refresh aggregates: %w", err)
	}
	clear(m.stale)
	return nil
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
