package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Pending-write markers make the two-call replace of apply crash-safe.
//
// The first call removes an article's old quads and adds, for each
// article it touches, the unlabelled quad
//
//	<ArticleBase + id + "#pending-write"> ng:pendingWrite ng:PendingWrite .
//
// and the second call adds the new quads and deletes that marker. Each
// call is one transaction, so the marker is in the store exactly when a
// write stopped between the two calls. Open looks the markers up through
// their shared object (KV backends index objects, so this costs one
// lookup when there are none) and removes every quad of each marked
// article, leaving it absent: ingesting it again restores it.
//
// The marker's nodes appear in no other quad and only gain in the first
// call and only lose in the second, so they never trigger the KV bug that
// apply works around.
var (
	PredPendingWrite = ng("pendingWrite")
	PendingWrite     = ng("PendingWrite")
)

const pendingSuffix = "#pending-write"

// pendingMarkers returns one marker delta with action for each article
// labelling a quad of deltas.
func pendingMarkers(deltas []cgraph.Delta, action cgraph.Procedure) []cgraph.Delta {
	seen := map[quad.Value]bool{}
	var out []cgraph.Delta
	for _, d := range deltas {
		l, ok := d.Quad.Label.(quad.IRI)
		if !ok || seen[l] || !strings.HasPrefix(string(l), ArticleBase) {
			continue
		}
		seen[l] = true
		q := quad.Make(quad.IRI(string(l)+pendingSuffix), PredPendingWrite, PendingWrite, nil)
		out = append(out, cgraph.Delta{Quad: q, Action: action})
	}
	return out
}

// PendingWrites lists the ids of articles a write left half-done (a crash
// or error between the two calls of a replace), sorted.
func (s *Store) PendingWrites(ctx context.Context) ([]string, error) {
	qs := s.h.QuadStore
	ref := qs.ValueOf(PendingWrite)
	if ref == nil {
		return nil, nil
	}
	var ids []string
	err := s.eachQuad(ctx, quad.Object, ref, func(q quad.Quad) {
		sub, ok := q.Subject.(quad.IRI)
		if q.Predicate != PredPendingWrite || !ok {
			return
		}
		id := strings.TrimSuffix(strings.TrimPrefix(string(sub), ArticleBase), pendingSuffix)
		ids = append(ids, id)
	})
	if err != nil {
		return nil, fmt.Errorf("find pending writes: %w", err)
	}
	sort.Strings(ids)
	return ids, nil
}

// RepairPendingWrites removes every quad of each article a write left
// half-done, and its marker, in one transaction; it returns the ids of
// those articles (now absent: ingest them again). Open calls it.
func (s *Store) RepairPendingWrites(ctx context.Context) ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ids, err := s.PendingWrites(ctx)
	if err != nil || len(ids) == 0 {
		return nil, err
	}
	labels := make(map[quad.Value]bool, len(ids))
	var deltas []cgraph.Delta
	for _, id := range ids {
		labels[ArticleIRI(id)] = true
		q := quad.Make(quad.IRI(ArticleBase+id+pendingSuffix), PredPendingWrite, PendingWrite, nil)
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
	}
	// A full scan: the walk of articleQuads may not reach every quad of a
	// half-written article. Pending writes are rare.
	qs := s.h.QuadStore
	it := qs.QuadsAllIterator()
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		if q.Label != nil && labels[q.Label] {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	}
	err = it.Err()
	it.Close()
	if err != nil {
		return nil, fmt.Errorf("repair pending writes %v: scan: %w", ids, err)
	}
	if err := qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return nil, fmt.Errorf("repair pending writes %v: %w", ids, err)
	}
	return ids, nil
}
