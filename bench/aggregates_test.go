package bench

import (
	"context"
	"testing"

	cpath "github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// On a synthetic store whose hubs have hundreds of statements, relations
// and co-mentioned entities (ties in dates and counts are common), every
// entity query gives the same rows from a mirror keeping aggregates for
// every entity as from the store, for popular and rare entities, several
// limits and a date range.
func TestAggregatesGiveTheSameRowsAtScale(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open("memstore", "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := BuildSynthetic(ctx, st, &Synth{Seed: 3, Universe: 300, Days: 40}, 0, 30000, 50, nil); err != nil {
		t.Fatal(err)
	}
	m, err := graph.MirrorWithOptions(ctx, st, graph.MirrorOptions{AggregateMinArticles: 1, HeadRows: 7})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	s, err := SampleStore(ctx, st, 4, 2)
	if err != nil {
		t.Fatal(err)
	}
	lib, err := queries.Load()
	if err != nil {
		t.Fatal(err)
	}
	entities := append(append([]string(nil), s.Popular...), s.Rare...)
	compared := 0
	for _, q := range lib.List() {
		if len(q.Params) == 0 || q.Params[0].Name != "entity" {
			continue
		}
		for _, e := range entities {
			for _, extra := range []map[string]string{{}, {"limit": "1"}, {"limit": "7"}, {"from": "2020-01-10", "to": "2020-01-25"}} {
				args := map[string]string{"entity": e}
				for k, v := range extra {
					for _, p := range q.Params {
						if p.Name == k {
							args[k] = v
						}
					}
				}
				want, err := lib.Run(ctx, st.QuadStore(), q.Name, args)
				if err != nil {
					t.Fatalf("%s %v on the store: %v", q.Name, args, err)
				}
				got, err := lib.Run(ctx, m.QuadStore(), q.Name, args)
				if err != nil {
					t.Fatalf("%s %v on the mirror: %v", q.Name, args, err)
				}
				if a, b := jsonOf(t, got.Rows), jsonOf(t, want.Rows); a != b {
					t.Errorf("%s %v:\nmirror with aggregates %.400s\nstore                  %.400s", q.Name, args, a, b)
				}
				compared++
			}
		}
	}
	for _, measure := range append([]string{""}, s.Measures...) {
		for _, limit := range []string{"1", "7", "100"} {
			args := map[string]string{"measure": measure, "limit": limit}
			want, err := lib.Run(ctx, st.QuadStore(), "claims", args)
			if err != nil {
				t.Fatalf("claims %v on the store: %v", args, err)
			}
			got, err := lib.Run(ctx, m.QuadStore(), "claims", args)
			if err != nil {
				t.Fatalf("claims %v on the mirror: %v", args, err)
			}
			if a, b := jsonOf(t, got.Rows), jsonOf(t, want.Rows); a != b {
				t.Errorf("claims %v:\nmirror with aggregates %.400s\nstore                  %.400s", args, a, b)
			}
			compared++
		}
	}
	t.Logf("%d runs compared over %d entities and %d measures", compared, len(entities), len(s.Measures))
	// The heads must be there for the sampled entities, or the runs with
	// limits 1 and 7 compared nothing new.
	for _, p := range []quad.IRI{graph.PredAggArticlesOfHead, graph.PredAggAttacksOnHead, graph.PredAggStrikesByHead, graph.PredAggTimelineHead,
		graph.PredAggStatementsByHead, graph.PredAggStatementsAboutHead} {
		n, err := cpath.StartPath(m.QuadStore()).Out(p).Iterate(ctx).Count()
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			t.Errorf("no entity has %s", p)
		}
	}
}
