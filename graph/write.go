package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// WriteResult tells what writing one article changed.
type WriteResult struct {
	Quads    int  // quads the article has now
	Replaced bool // the article was in the store before
	Removed  int  // quads of the old version that are gone
	Added    int  // quads that were not in the old version
	// Unchanged: the store held this very version, and nothing was
	// written.
	Unchanged bool
}

// WriteArticle writes one article's extraction in one transaction,
// replacing whatever the store held for it: quads of the old version that
// the new one lacks are deleted, new ones added, and quads both versions
// share are left alone (so no quad is ever removed and re-added in the
// same ApplyDeltas, which Cayley's KV backends resolve as a delete). On KV
// backends some changes need two calls; see apply.
func (s *Store) WriteArticle(ctx context.Context, x newsgraph.Extraction) (WriteResult, error) {
	rs, err := s.WriteArticles(ctx, []newsgraph.Extraction{x})
	if err != nil {
		return WriteResult{}, err
	}
	return rs[0], nil
}

// WriteArticles writes several articles in one transaction with the
// replace semantics of WriteArticle; an article given twice counts once,
// in its last version. It returns one result per input.
func (s *Store) WriteArticles(ctx context.Context, xs []newsgraph.Extraction) ([]WriteResult, error) {
	for _, x := range xs {
		if err := Check(x); err != nil {
			return nil, fmt.Errorf("write article: %w", err)
		}
	}
	last := make(map[string]int, len(xs))
	for i, x := range xs {
		last[x.Doc] = i
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]WriteResult, len(xs))
	var deltas []cgraph.Delta
	for i, x := range xs {
		if last[x.Doc] != i {
			continue
		}
		nq := Quads(x)
		same, err := s.holdsDigest(ctx, x.Doc, nq[len(nq)-1].Object)
		if err != nil {
			return nil, fmt.Errorf("write article %q: read its digest: %w", x.Doc, err)
		}
		if same {
			out[i] = WriteResult{Quads: len(nq), Replaced: true, Unchanged: true}
			continue
		}
		old, err := s.articleQuads(ctx, x.Doc)
		if err != nil {
			return nil, fmt.Errorf("write article %q: read old version: %w", x.Doc, err)
		}
		d, r := diff(old, nq)
		deltas = append(deltas, d...)
		out[i] = r
	}
	for i, x := range xs {
		out[i] = out[last[x.Doc]]
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("write articles: %w", err)
	}
	if len(deltas) == 0 {
		return out, nil
	}
	if err := s.apply(deltas); err != nil {
		if len(xs) == 1 {
			return nil, fmt.Errorf("write article %q: %w", xs[0].Doc, err)
		}
		return nil, fmt.Errorf("write %d articles: %w", len(xs), err)
	}
	return out, nil
}

// apply applies deltas in one ApplyDeltas call where that is safe.
//
// Cayley 0.7.7's KV backends (bolt, bbolt, leveldb, btree) corrupt a
// transaction in which a node loses more quads than it gains while also
// gaining some: graph/log.SplitDeltas files the node under "decrement"
// only, so applyAddDeltas cannot resolve it and writes the added quads
// without that direction (they vanish or turn into broken quads). When a
// diff has such a node, apply removes first and adds in a second call: a
// reader may briefly see the article without its new facts, never with
// stale ones. An error or crash between the calls leaves the article
// partly written, with a pending-write marker that the next Open finds: it
// then removes the article (see repairPendingWrites), so an article is
// always either whole or absent. memstore and the SQL backends always
// get one call.
func (s *Store) apply(deltas []cgraph.Delta) error {
	// On an error after a first call the store has changed too.
	defer s.version.Add(1)
	opts := cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	if _, isKV := cgraph.Unwrap(s.h.QuadStore).(*kv.QuadStore); !isKV || !netLossOnAddedNode(deltas) {
		if err := s.h.QuadStore.ApplyDeltas(deltas, opts); err != nil {
			return err
		}
		return s.forward(deltas)
	}
	var adds, dels []cgraph.Delta
	for _, d := range deltas {
		if d.Action == cgraph.Add {
			adds = append(adds, d)
		} else {
			dels = append(dels, d)
		}
	}
	// A pending-write marker per article goes in with the removals and out
	// with the additions, so that a crash between the two calls is found
	// and repaired when the store is next opened (see pending.go).
	if err := s.h.QuadStore.ApplyDeltas(append(dels, pendingMarkers(deltas, cgraph.Add)...), opts); err != nil {
		return fmt.Errorf("remove old quads: %w", err)
	}
	if err := s.h.QuadStore.ApplyDeltas(append(adds, pendingMarkers(deltas, cgraph.Delete)...), opts); err != nil {
		return fmt.Errorf("add new quads after removing old ones (write the article again): %w", err)
	}
	return s.forward(deltas)
}

// netLossOnAddedNode reports whether a value used by an added quad loses
// more quads than it gains in deltas (see apply).
func netLossOnAddedNode(deltas []cgraph.Delta) bool {
	net := make(map[string]int)
	for _, d := range deltas {
		for _, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil {
				net[v.String()] += int(d.Action)
			}
		}
	}
	for _, d := range deltas {
		if d.Action != cgraph.Add {
			continue
		}
		for _, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil && net[v.String()] < 0 {
				return true
			}
		}
	}
	return false
}

// diff turns an article's old and new quads into deltas.
func diff(old, nq []quad.Quad) ([]cgraph.Delta, WriteResult) {
	r := WriteResult{Quads: len(nq), Replaced: len(old) > 0}
	oldSet := make(map[string]struct{}, len(old))
	for _, q := range old {
		oldSet[q.NQuad()] = struct{}{}
	}
	newSet := make(map[string]struct{}, len(nq))
	var deltas []cgraph.Delta
	for _, q := range nq {
		k := q.NQuad()
		newSet[k] = struct{}{}
		if _, ok := oldSet[k]; !ok {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
			r.Added++
		}
	}
	for _, q := range old {
		if _, ok := newSet[q.NQuad()]; !ok {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
			r.Removed++
		}
	}
	r.Unchanged = r.Replaced && len(deltas) == 0
	return deltas, r
}

// holdsDigest reports whether the store holds the article doc with the
// quads digest dig (its ng:quadsDigest, the last quad Quads makes): then
// it holds exactly the quads Quads makes now, and a rewrite would change
// nothing. Finding the old quads instead walks every entity the article
// names, all of a hub's quads from every article mentioning it: a rerun
// of an interrupted ingest would pay that for every article it had
// already written.
func (s *Store) holdsDigest(ctx context.Context, doc string, dig quad.Value) (bool, error) {
	label := ArticleIRI(doc)
	ref := s.h.QuadStore.ValueOf(label)
	if ref == nil {
		return false, nil
	}
	found := false
	err := s.eachQuad(ctx, quad.Subject, ref, func(q quad.Quad) {
		if q.Predicate == PredQuadsDigest && q.Label == label && q.Object == dig {
			found = true
		}
	})
	return found, err
}

// DeleteArticle removes every quad labelled with the article; it returns
// how many. Deleting an article the store does not hold removes nothing.
func (s *Store) DeleteArticle(ctx context.Context, id string) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old, err := s.articleQuads(ctx, id)
	if err != nil {
		return 0, fmt.Errorf("delete article %q: %w", id, err)
	}
	if len(old) == 0 {
		return 0, nil
	}
	deltas := make([]cgraph.Delta, len(old))
	for i, q := range old {
		deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Delete}
	}
	if err := s.h.QuadStore.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return 0, fmt.Errorf("delete article %q: %w", id, err)
	}
	if err := s.forward(deltas); err != nil {
		return 0, fmt.Errorf("delete article %q: %w", id, err)
	}
	return len(old), nil
}

// discoveryDepth bounds the walk articleQuads makes from an article: the
// article (0), the nodes it mentions or that are part of it (1), the
// entities those nodes point to (2).
const discoveryDepth = 2

// articleQuads returns every quad labelled with the article's IRI.
//
// KV backends (bolt, leveldb) index quads by subject and by object but not
// by label, so a label lookup would scan the whole store. Instead it walks
// from the article along quads with its label (see Quads: every subject it
// writes is within discoveryDepth of the article) and collects each
// visited node's outgoing quads that carry the label. LabelQuadsScan is the
// slow, exhaustive equivalent.
func (s *Store) articleQuads(ctx context.Context, doc string) ([]quad.Quad, error) {
	qs := s.h.QuadStore
	label := ArticleIRI(doc)
	root := qs.ValueOf(label)
	if root == nil {
		return nil, nil
	}
	var out []quad.Quad
	seenQuad := make(map[string]struct{})
	visited := map[quad.IRI]bool{label: true}
	frontier := []quad.IRI{label}
	// Nodes that are part of the article point to it.
	err := s.eachQuad(ctx, quad.Object, root, func(q quad.Quad) {
		if q.Label == label {
			if n, ok := q.Subject.(quad.IRI); ok && !visited[n] {
				visited[n] = true
				frontier = append(frontier, n)
			}
		}
	})
	if err != nil {
		return nil, err
	}
	for depth := 0; len(frontier) > 0; depth++ {
		var next []quad.IRI
		for _, n := range frontier {
			ref := qs.ValueOf(n)
			if ref == nil {
				continue
			}
			err := s.eachQuad(ctx, quad.Subject, ref, func(q quad.Quad) {
				if q.Label != label {
					return
				}
				k := q.NQuad()
				if _, dup := seenQuad[k]; !dup {
					seenQuad[k] = struct{}{}
					out = append(out, q)
				}
				if o, ok := q.Object.(quad.IRI); ok && depth < discoveryDepth && !visited[o] && q.Predicate != PredType {
					visited[o] = true
					next = append(next, o)
				}
			})
			if err != nil {
				return nil, err
			}
		}
		frontier = next
	}
	return out, nil
}

// eachQuad calls fn with every quad whose direction d is ref.
func (s *Store) eachQuad(ctx context.Context, d quad.Direction, ref cgraph.Ref, fn func(quad.Quad)) error {
	qs := s.h.QuadStore
	it := qs.QuadIterator(d, ref)
	defer it.Close()
	for it.Next(ctx) {
		fn(qs.Quad(it.Result()))
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("iterate quads by %v: %w", d, err)
	}
	return nil
}

// LabelQuadsScan returns every quad labelled label by scanning all quads.
// It is the exhaustive (slow on large KV stores) reference for the
// article lookup the writer uses; tests and consistency checks use it.
func (s *Store) LabelQuadsScan(ctx context.Context, label quad.Value) ([]quad.Quad, error) {
	qs := s.h.QuadStore
	it := qs.QuadsAllIterator()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		if q.Label == label {
			out = append(out, q)
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("scan quads: %w", err)
	}
	return out, nil
}

// ArticleIDs lists the ids of the articles in the store, sorted.
func (s *Store) ArticleIDs(ctx context.Context) ([]string, error) {
	qs := s.h.QuadStore
	ref := qs.ValueOf(TypeArticle)
	if ref == nil {
		return nil, nil
	}
	set := make(map[string]struct{})
	err := s.eachQuad(ctx, quad.Object, ref, func(q quad.Quad) {
		if q.Predicate != PredType {
			return
		}
		if iri, ok := q.Subject.(quad.IRI); ok && strings.HasPrefix(string(iri), ArticleBase) {
			set[strings.TrimPrefix(string(iri), ArticleBase)] = struct{}{}
		}
	})
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	ids := make([]string, 0, len(set))
	for id := range set {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids, nil
}

// Stats counts what the store holds.
type Stats struct {
	Quads    int64
	Nodes    int64
	Articles int
}

// Stats returns exact quad and node counts and the number of articles.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st, err := s.h.QuadStore.Stats(ctx, true)
	if errors.Is(err, kv.ErrNoBucket) {
		// A key-value store that has never been written to has no
		// buckets yet: it is empty, not broken.
		return Stats{}, nil
	}
	if err != nil {
		return Stats{}, fmt.Errorf("stats of %s store: %w", s.backend, err)
	}
	ids, err := s.ArticleIDs(ctx)
	if err != nil {
		return Stats{}, err
	}
	return Stats{Quads: st.Quads.Size, Nodes: st.Nodes.Size, Articles: len(ids)}, nil
}

// Entities lists every entity in the store (sorted by ID) with its ID,
// canonical name, type and every alias any article gave it, for seeding
// the resolver. When articles disagree on a name or type, the
// alphabetically first wins; Roles and Mentions are left empty.
func (s *Store) Entities(ctx context.Context) ([]newsgraph.Entity, error) {
	qs := s.h.QuadStore
	var ids []quad.IRI
	seen := make(map[quad.IRI]bool)
	for _, t := range newsgraph.EntityTypes {
		ref := qs.ValueOf(quad.String(string(t)))
		if ref == nil {
			continue
		}
		err := s.eachQuad(ctx, quad.Object, ref, func(q quad.Quad) {
			if iri, ok := q.Subject.(quad.IRI); ok && q.Predicate == PredEntityType && !seen[iri] {
				seen[iri] = true
				ids = append(ids, iri)
			}
		})
		if err != nil {
			return nil, fmt.Errorf("list entities: %w", err)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	out := make([]newsgraph.Entity, 0, len(ids))
	for _, id := range ids {
		ref := qs.ValueOf(id)
		if ref == nil {
			continue
		}
		var names, types, aliases []string
		err := s.eachQuad(ctx, quad.Subject, ref, func(q quad.Quad) {
			v, ok := q.Object.(quad.String)
			if !ok {
				return
			}
			switch q.Predicate {
			case PredName:
				names = append(names, string(v))
			case PredEntityType:
				types = append(types, string(v))
			case PredAlternateName:
				aliases = append(aliases, string(v))
			}
		})
		if err != nil {
			return nil, fmt.Errorf("entity %s: %w", id, err)
		}
		e := newsgraph.Entity{ID: string(id), Name: first(names), Type: newsgraph.EntityType(first(types)), Aliases: uniqSorted(aliases)}
		if e.Name == "" {
			continue
		}
		out = append(out, e)
	}
	return out, nil
}

func first(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	sort.Strings(xs)
	return xs[0]
}

func uniqSorted(xs []string) []string {
	sort.Strings(xs)
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}
