package bench

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// walkGraph is the graph the path query walks, read straight from the
// quads: articles and entities joined by schema:mentions (from articles
// only) and by the direct relation edges, in either direction.
type walkGraph struct {
	adj   map[string][]string
	edges map[string]bool // "subject predicate object" of every edge
}

func readWalkGraph(t *testing.T, st *graph.Store) *walkGraph {
	t.Helper()
	ctx := context.Background()
	qs := st.QuadStore()
	walked := map[quad.IRI]bool{graph.PredMentions: true}
	for _, p := range graph.RelationPredicates {
		walked[p] = true
	}
	articles := map[string]bool{}
	var links []quad.Quad
	it := qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		if q.Predicate == graph.PredType && q.Object == graph.TypeArticle {
			articles[string(q.Subject.(quad.IRI))] = true
		}
		if p, ok := q.Predicate.(quad.IRI); ok && walked[p] {
			links = append(links, q)
		}
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	w := &walkGraph{adj: map[string][]string{}, edges: map[string]bool{}}
	for _, q := range links {
		s, ok1 := q.Subject.(quad.IRI)
		o, ok2 := q.Object.(quad.IRI)
		if !ok1 || !ok2 || (q.Predicate == graph.PredMentions && !articles[string(s)]) {
			continue
		}
		w.adj[string(s)] = append(w.adj[string(s)], string(o))
		w.adj[string(o)] = append(w.adj[string(o)], string(s))
		w.edges[string(s)+" "+string(q.Predicate.(quad.IRI))+" "+string(o)] = true
	}
	return w
}

// distance is the number of edges on a shortest walk from a to b, or -1
// when there is none of at most max edges.
func (w *walkGraph) distance(a, b string, max int) int {
	dist := map[string]int{a: 0}
	layer := []string{a}
	for d := 0; d <= max && len(layer) > 0; d++ {
		var next []string
		for _, n := range layer {
			if n == b {
				return d
			}
			for _, m := range w.adj[n] {
				if _, seen := dist[m]; !seen {
					dist[m] = d + 1
					next = append(next, m)
				}
			}
		}
		layer = next
	}
	return -1
}

// On a synthetic store with hubs, the path query finds a shortest walk
// between random pairs of entities (checked against a plain breadth-first
// search over the quads), every step is an edge of the graph in the
// direction the row says, and every store returns the same rows: the
// store, a mirror, a mirror keeping aggregates, and memstore and bolt
// stores given the articles in the opposite order.
func TestPathIsAShortestWalk(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open("memstore", "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	g := &Synth{Seed: 5, Universe: 400, Days: 40}
	built, err := BuildSynthetic(ctx, st, g, 0, 20000, 50, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The same articles written last to first, into memstore and bolt:
	// stores whose iterators give paths in other orders.
	var reversed []newsgraph.Extraction
	for i := built.Articles - 1; i >= 0; i-- {
		reversed = append(reversed, g.Article(i))
	}
	others := map[string]*graph.Store{}
	for _, b := range []struct{ backend, addr string }{{"memstore", ""}, {"bolt", filepath.Join(t.TempDir(), "path.bolt")}} {
		o, err := graph.Open(b.backend, b.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer o.Close()
		if _, err := o.WriteArticles(ctx, reversed); err != nil {
			t.Fatal(err)
		}
		others[b.backend+" written last to first"] = o
	}
	plainMirror, err := graph.MirrorWithOptions(ctx, st, graph.MirrorOptions{AggregateMinArticles: 0})
	if err != nil {
		t.Fatal(err)
	}
	defer plainMirror.Close()
	aggMirror, err := graph.MirrorWithOptions(ctx, st, graph.MirrorOptions{AggregateMinArticles: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer aggMirror.Close()
	others["mirror"], others["mirror with aggregates"] = plainMirror, aggMirror
	lib, err := queries.Load()
	if err != nil {
		t.Fatal(err)
	}
	w := readWalkGraph(t, st)
	pred := map[string]quad.IRI{"mentions": graph.PredMentions}
	for _, p := range graph.RelationPredicates {
		s := string(p)
		pred[s[strings.LastIndexAny(s, "#/")+1:]] = p
	}
	var entities []string
	for n := range w.adj {
		if strings.HasPrefix(n, graph.EntityBase) {
			entities = append(entities, n)
		}
	}
	sort.Strings(entities)
	// Hubs first, so that pairs with a hub at one or both ends are tried.
	byDegree := append([]string(nil), entities...)
	sort.SliceStable(byDegree, func(i, j int) bool { return len(w.adj[byDegree[i]]) > len(w.adj[byDegree[j]]) })

	r := rand.New(rand.NewPCG(5, 6))
	lengths := map[int]int{}
	for i := 0; i < 60; i++ {
		from, to := entities[r.IntN(len(entities))], entities[r.IntN(len(entities))]
		switch i % 3 {
		case 0:
			from = byDegree[r.IntN(5)]
		case 1:
			to = byDegree[r.IntN(5)]
		}
		maxDepth := 1 + r.IntN(6)
		args := map[string]string{"from": from, "to": to, "max_depth": fmt.Sprint(maxDepth)}
		want := w.distance(from, to, maxDepth)
		res, err := lib.Run(ctx, st.QuadStore(), "path", args)
		if err != nil {
			t.Fatalf("path %v: %v", args, err)
		}
		rows := res.Rows
		lengths[len(rows)]++
		switch {
		case want < 0 && len(rows) > 0:
			t.Errorf("path %v: %d steps, want none (no walk of at most %d edges)", args, len(rows), maxDepth)
		case want >= 0 && len(rows) != want:
			t.Errorf("path %v: %d steps, want %d", args, len(rows), want)
		}
		at := from
		for k, row := range rows {
			src, dst, edge := fmt.Sprint(row["source"]), fmt.Sprint(row["target"]), fmt.Sprint(row["edge"])
			if src != at {
				t.Errorf("path %v step %d starts at %s, want %s", args, k+1, src, at)
			}
			p, ok := pred[edge]
			if !ok {
				t.Errorf("path %v step %d: unknown edge %q", args, k+1, edge)
			}
			key := dst + " " + string(p) + " " + src
			if row["forward"] == true {
				key = src + " " + string(p) + " " + dst
			}
			if !w.edges[key] {
				t.Errorf("path %v step %d: no edge %s (forward %v)", args, k+1, key, row["forward"])
			}
			at = dst
		}
		if len(rows) > 0 && at != to {
			t.Errorf("path %v ends at %s", args, at)
		}
		for name, m := range others {
			if m.Backend() == "bolt" && i%6 != 0 {
				continue // bolt walks slowly (docs/scale.md): one pair in six
			}
			got, err := lib.Run(ctx, m.QuadStore(), "path", args)
			if err != nil {
				t.Fatalf("path %v on the %s: %v", args, name, err)
			}
			if a, b := jsonOf(t, got.Rows), jsonOf(t, rows); a != b {
				t.Errorf("path %v:\n%s %s\nstore %s", args, name, a, b)
			}
		}
	}
	// The pairs must exercise walks of several lengths, not only misses.
	if len(lengths) < 3 {
		t.Errorf("path lengths seen %v: the sample is too narrow", lengths)
	}
	t.Logf("path lengths seen (steps: pairs): %v", lengths)
}
