package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Store-wide indexes a mirror keeps next to its per-entity aggregates
// (same label, same rules: derived, never stored, recomputed for what a
// write touches): entity keys for the entities query, and claims by
// measure for the claims query.

// The key index: every distinct ng:key of a node with an ng:entityType,
// as (KeyIndex, ng:indexedKey, key) under AggregatesLabel, so the entities
// query can match keys without walking every entity of every article.
var (
	KeyIndex       = ng("keyIndex")
	PredIndexedKey = ng("indexedKey")
)

// indexedKeys returns, of keys (all of qs's when nil), those some node
// with an ng:entityType has as ng:key.
func indexedKeys(ctx context.Context, qs cgraph.QuadStore, keys []string) (map[string]bool, error) {
	r := newReader(ctx, qs)
	typed := map[quad.Value]bool{}
	isTyped := func(v quad.Value) (bool, error) {
		if t, ok := typed[v]; ok {
			return t, nil
		}
		t := false
		err := r.each(v, quad.Subject, PredEntityType, func(quad.Quad) { t = true })
		typed[v] = t
		return t, err
	}
	out := map[string]bool{}
	check := func(q quad.Quad) error {
		if q.Predicate != PredKey {
			return nil
		}
		t, err := isTyped(q.Subject)
		if t {
			out[stringOf(q.Object)] = true
		}
		return err
	}
	var from []quad.Value
	dir := quad.Object
	if keys == nil {
		from, dir = []quad.Value{PredKey}, quad.Predicate
	}
	for _, k := range keys {
		from = append(from, quad.String(k))
	}
	for _, v := range from {
		ref := qs.ValueOf(v)
		if ref == nil {
			continue
		}
		it := qs.QuadIterator(dir, ref)
		for it.Next(ctx) {
			if err := check(qs.Quad(it.Result())); err != nil {
				it.Close()
				return nil, err
			}
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, fmt.Errorf("read keys: %w", err)
		}
	}
	return out, nil
}

// keyIndexDeltas returns the deltas that bring the key index in step with
// deltas just applied to qs.
func keyIndexDeltas(ctx context.Context, qs cgraph.QuadStore, deltas []cgraph.Delta) ([]cgraph.Delta, error) {
	seen := map[string]bool{}
	var keys []string
	addKey := func(v quad.Value) {
		if k := stringOf(v); !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	r := newReader(ctx, qs)
	for _, d := range deltas {
		switch d.Quad.Predicate {
		case PredKey:
			addKey(d.Quad.Object)
		case PredEntityType:
			if err := r.each(d.Quad.Subject, quad.Subject, PredKey, func(q quad.Quad) { addKey(q.Object) }); err != nil {
				return nil, err
			}
		}
	}
	if len(keys) == 0 {
		return nil, nil
	}
	present, err := indexedKeys(ctx, qs, keys)
	if err != nil {
		return nil, err
	}
	var out []cgraph.Delta
	for _, k := range keys {
		q := quad.Make(KeyIndex, PredIndexedKey, quad.String(k), AggregatesLabel)
		if present[k] {
			out = append(out, cgraph.Delta{Quad: q, Action: cgraph.Add})
		} else {
			out = append(out, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	}
	return out, nil
}

// The measure index: for every claim measure a node (MeasureBase + the
// measure, escaped) with its ng:measureName and ng:measureClaims (JSON
// [[claim, its article's datePublished], ...] of every claim with an
// article, by date, undated last, then by IRI), each node listed under
// MeasureIndex by ng:indexedMeasure.
var (
	MeasureIndex       = ng("measureIndex")
	MeasureBase        = NS + "measure/"
	PredIndexedMeasure = ng("indexedMeasure")
	PredMeasureName    = ng("measureName")
	PredMeasureClaims  = ng("measureClaims")
)

// measureNode is the index node of measure m.
func measureNode(m string) quad.IRI { return quad.IRI(MeasureBase + url.PathEscape(m)) }

// measureQuads returns the index quads of measure m as qs holds it now
// (none when no claim has it).
func measureQuads(r *reader, m string) ([]quad.Quad, error) {
	ids, err := r.subjectsOf(quad.String(m), PredMeasure)
	if err != nil {
		return nil, err
	}
	type claim struct{ id, published string }
	var claims []claim
	for _, id := range ids {
		var isClaim bool
		if err := r.each(quad.IRI(id), quad.Subject, PredType, func(q quad.Quad) { isClaim = isClaim || q.Object == TypeClaim }); err != nil {
			return nil, err
		}
		arts, err := r.objects(id, PredIsPartOf)
		if err != nil {
			return nil, err
		}
		if !isClaim || len(arts) == 0 {
			continue
		}
		pub, err := r.publishedOf(firstOf(arts))
		if err != nil {
			return nil, err
		}
		claims = append(claims, claim{id, pub})
	}
	if len(claims) == 0 {
		return nil, nil
	}
	sort.Slice(claims, func(i, j int) bool {
		x, y := claims[i], claims[j]
		if (x.published == "") != (y.published == "") {
			return x.published != ""
		}
		if x.published != y.published {
			return jsLess(x.published, y.published)
		}
		return jsLess(x.id, y.id)
	})
	list := make([][2]string, len(claims))
	for i, c := range claims {
		list[i] = [2]string{c.id, c.published}
	}
	b, err := json.Marshal(list)
	if err != nil {
		return nil, fmt.Errorf("claims of measure %q: %w", m, err)
	}
	n := measureNode(m)
	return []quad.Quad{
		quad.Make(MeasureIndex, PredIndexedMeasure, n, AggregatesLabel),
		quad.Make(n, PredMeasureName, quad.String(m), AggregatesLabel),
		quad.Make(n, PredMeasureClaims, quad.String(b), AggregatesLabel),
	}, nil
}

// allMeasures returns every measure of qs.
func allMeasures(ctx context.Context, qs cgraph.QuadStore) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	ref := qs.ValueOf(PredMeasure)
	if ref == nil {
		return nil, nil
	}
	it := qs.QuadIterator(quad.Predicate, ref)
	defer it.Close()
	for it.Next(ctx) {
		if m := stringOf(qs.Quad(it.Result()).Object); !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("read measures: %w", err)
	}
	sort.Strings(out)
	return out, nil
}

// measureIndexDeltas returns the deltas that bring the index of measures
// in step with the measures given (those a write touched) in qs.
func measureIndexDeltas(ctx context.Context, qs cgraph.QuadStore, measures []string) ([]cgraph.Delta, error) {
	r := newReader(ctx, qs)
	var out []cgraph.Delta
	for _, m := range measures {
		var old []quad.Quad
		n := measureNode(m)
		if err := r.each(n, quad.Subject, PredMeasureName, func(q quad.Quad) { old = append(old, q) }); err != nil {
			return nil, err
		}
		if err := r.each(n, quad.Subject, PredMeasureClaims, func(q quad.Quad) { old = append(old, q) }); err != nil {
			return nil, err
		}
		if len(old) > 0 {
			old = append(old, quad.Make(MeasureIndex, PredIndexedMeasure, n, AggregatesLabel))
		}
		now, err := measureQuads(r, m)
		if err != nil {
			return nil, err
		}
		out = append(out, replaceQuads(old, now)...)
	}
	return out, nil
}

// replaceQuads returns the deltas that turn old into now.
func replaceQuads(old, now []quad.Quad) []cgraph.Delta {
	kept := map[quad.Quad]bool{}
	for _, q := range now {
		kept[q] = true
	}
	var out []cgraph.Delta
	for _, q := range old {
		if kept[q] {
			delete(kept, q)
			continue
		}
		out = append(out, cgraph.Delta{Quad: q, Action: cgraph.Delete})
	}
	for _, q := range now {
		if kept[q] {
			out = append(out, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	return out
}
