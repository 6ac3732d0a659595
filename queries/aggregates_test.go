package queries

import (
	"context"
	"reflect"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// aggregatedFixture returns a memstore mirror of the fixture that keeps
// aggregates (graph/aggregates.go) for every entity, however few articles
// mention it, so the queries take their aggregate paths on it.
func aggregatedFixture(tb testing.TB) cgraph.QuadStore {
	tb.Helper()
	ctx := context.Background()
	st, err := graph.Open("memstore", "")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	if _, err := st.WriteArticles(ctx, fixtureExtractions()); err != nil {
		tb.Fatal(err)
	}
	m, err := graph.MirrorWithOptions(ctx, st, graph.MirrorOptions{AggregateMinArticles: 1})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { m.Close() })
	return m.QuadStore()
}

// The queries that read aggregates give, for every fixture entity and
// each of their parameter forms, exactly the rows they give by counting.
func TestAggregatesGiveTheSameRows(t *testing.T) {
	lib := loadLib(t)
	plain, agg := fixtureStore(t), aggregatedFixture(t)
	ctx := context.Background()
	entities := []string{eJane, eMary, eJohn, eRichard, eAcme, eFront, eFort, eWest, eEvil}
	forms := map[string][]map[string]string{
		"co-mentions":      {{}, {"limit": "1"}, {"limit": "2"}, {"type": "PERSON"}, {"type": "ORG", "limit": "1"}},
		"viz-co-mentions":  {{}, {"limit": "1"}, {"limit": "2"}, {"limit": "4"}, {"limit": "5"}},
		"entity":           {{}},
		"entities":         {{"limit": "3"}},
		"statements-by":    {{}, {"limit": "1"}, {"limit": "2"}},
		"statements-about": {{}, {"limit": "1"}, {"limit": "2"}},
		"timeline": {{}, {"limit": "1"}, {"limit": "2"}, {"from": "2024-03-05"}, {"to": "2024-03-05", "limit": "1"},
			{"from": "2024-03-02", "to": "2024-03-10"}},
		"strikes-by":          {{}, {"limit": "1"}},
		"attacks-on":          {{}, {"limit": "1"}},
		"roles":               {{}},
		"articles-mentioning": {{}, {"limit": "1"}, {"limit": "2"}, {"from": "2024-03-05"}, {"to": "2024-03-05", "limit": "1"}},
		"quotes-by-org":       {{}, {"limit": "1"}},
	}
	aggregated := 0
	for name, argsList := range forms {
		for _, e := range entities {
			for _, extra := range argsList {
				args := map[string]string{"entity": e}
				if name == "entities" {
					args = map[string]string{}
				}
				for k, v := range extra {
					args[k] = v
				}
				want, err := lib.Run(ctx, plain, name, args)
				if err != nil {
					t.Fatalf("%s %v counted: %v", name, args, err)
				}
				got, err := lib.Run(ctx, agg, name, args)
				if err != nil {
					t.Fatalf("%s %v from aggregates: %v", name, args, err)
				}
				if !reflect.DeepEqual(got.Rows, want.Rows) {
					t.Errorf("%s %v:\nfrom aggregates %v\ncounted         %v", name, args, got.Rows, want.Rows)
				}
				aggregated++
			}
		}
	}
	// The aggregated store really holds aggregates the queries can read.
	res, err := lib.Run(ctx, agg, "entity", map[string]string{"entity": eAcme})
	if err != nil {
		t.Fatal(err)
	}
	if res.Rows[0]["articles"] == nil {
		t.Fatalf("entity on the aggregated store: %v", res.Rows)
	}
	n, err := agg.Stats(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	m, err := plain.Stats(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	keys := 0
	it := agg.QuadIterator(quad.Predicate, agg.ValueOf(graph.PredIndexedKey))
	for it.Next(ctx) {
		keys++
	}
	it.Close()
	if keys == 0 || n.Quads.Size != m.Quads.Size+int64(15*len(entities)+keys) {
		t.Errorf("aggregated store has %d quads, the plain one %d: want 15 aggregates for each of the %d entities and %d indexed keys", n.Quads.Size, m.Quads.Size, len(entities), keys)
	}
}
