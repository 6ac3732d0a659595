package queries

import (
	"context"
	"reflect"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
)

// aggregatedFixture returns a memstore mirror of the fixture that keeps
// aggregates (graph/aggregates.go) for every entity, however few articles
// mention it, so the queries take their aggregate paths on it.
func aggregatedFixture(tb testing.TB) cgraph.QuadStore {
	tb.Helper()
	_, m := mirrored(tb, fixtureExtractions())
	return m.QuadStore()
}

// mirrored returns a memstore holding xs and a mirror of it keeping
// aggregates for every entity, with heads of one row.
func mirrored(tb testing.TB, xs []newsgraph.Extraction) (st, m *graph.Store) {
	tb.Helper()
	ctx := context.Background()
	st, err := graph.Open("memstore", "")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	if _, err := st.WriteArticles(ctx, xs); err != nil {
		tb.Fatal(err)
	}
	m, err = graph.MirrorWithOptions(ctx, st, graph.MirrorOptions{AggregateMinArticles: 1, HeadRows: 1})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { m.Close() })
	return st, m
}

// staleFixture is a mirror made after the first two fixture articles
// were written, then given the other two: the entities those touch have
// dropped their lists (and count for themselves), the others keep them.
func staleFixture(tb testing.TB) (cgraph.QuadStore, *graph.Store) {
	tb.Helper()
	xs := fixtureExtractions()
	st, m := mirrored(tb, xs[:2])
	if _, err := st.WriteArticles(context.Background(), xs[2:]); err != nil {
		tb.Fatal(err)
	}
	if m.StaleAggregates() == 0 {
		tb.Fatal("writing two articles left no entity's lists dropped")
	}
	return m.QuadStore(), m
}

// The queries that read aggregates give, for every fixture entity and
// each of their parameter forms, exactly the rows they give by counting.
func TestAggregatesGiveTheSameRows(t *testing.T) {
	lib := loadLib(t)
	plain, agg := fixtureStore(t), aggregatedFixture(t)
	stale, staleMirror := staleFixture(t)
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
				if name == "entities" || name == "claims" {
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
				got, err = lib.Run(ctx, stale, name, args)
				if err != nil {
					t.Fatalf("%s %v from partly dropped aggregates: %v", name, args, err)
				}
				if !reflect.DeepEqual(got.Rows, want.Rows) {
					t.Errorf("%s %v:\nfrom partly dropped aggregates %v\ncounted                        %v", name, args, got.Rows, want.Rows)
				}
				aggregated++
			}
		}
	}
	if err := staleMirror.RefreshAggregates(ctx); err != nil {
		t.Fatal(err)
	}
	for _, e := range entities {
		for _, name := range []string{"timeline", "co-mentions", "quotes-by-org", "entity"} {
			want, err := lib.Run(ctx, plain, name, map[string]string{"entity": e})
			if err != nil {
				t.Fatal(err)
			}
			got, err := lib.Run(ctx, stale, name, map[string]string{"entity": e})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Rows, want.Rows) {
				t.Errorf("%s %s after the refresh:\nfrom aggregates %v\ncounted         %v", name, e, got.Rows, want.Rows)
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
	count := func(p quad.IRI) int {
		n := 0
		it := agg.QuadIterator(quad.Predicate, agg.ValueOf(p))
		for it.Next(ctx) {
			n++
		}
		it.Close()
		return n
	}
	keys, measures := count(graph.PredIndexedKey), count(graph.PredIndexedMeasure)
	heads := count(graph.PredAggArticlesOfHead) + count(graph.PredAggAttacksOnHead) + count(graph.PredAggStrikesByHead) + count(graph.PredAggTimelineHead) +
		count(graph.PredAggStatementsByHead) + count(graph.PredAggStatementsAboutHead)
	cards := count(graph.PredAggStatementRow) + count(graph.PredAggRelationRow)
	items := 0
	for _, c := range []quad.IRI{graph.TypeQuotation, graph.TypeRelation} {
		it := plain.QuadIterator(quad.Object, plain.ValueOf(c))
		for it.Next(ctx) {
			items++
		}
		it.Close()
	}
	if cards != items {
		t.Errorf("%d row cards for %d quotations and relations", cards, items)
	}
	if keys == 0 || measures == 0 || heads == 0 || n.Quads.Size != m.Quads.Size+int64(17*len(entities)+keys+3*measures+heads+cards) {
		t.Errorf("aggregated store has %d quads, the plain one %d: want 17 aggregates for each of the %d entities, %d indexed keys, 3 quads for each of %d measures, %d heads and %d row cards",
			n.Quads.Size, m.Quads.Size, len(entities), keys, measures, heads, cards)
	}
}

// Undated events and statements take their article's date in the
// timeline; from aggregates too, whatever the limit and range.
func TestAggregatesTimelineWithUndatedItems(t *testing.T) {
	ctx := context.Background()
	red := ent("red-band", "Red Band", newsgraph.Org, nil)
	town := ent("east-town", "East Town", newsgraph.GPE, nil)
	envoy := ent("west-envoy", "West Envoy", newsgraph.Person, nil)
	xs := []newsgraph.Extraction{
		{Doc: "u1", Published: "2024-04-01", Title: "Red Band attacks East Town", Source: "Example Wire",
			Entities: []newsgraph.Entity{at(red, 1), at(town, 20), at(envoy, 40)},
			Quotes: []newsgraph.Quote{
				{Speaker: "Red Band", SpeakerID: red.ID, Text: "We will go on.", Cue: "said", Date: "2024-03-20", Kind: "direct", Start: 60, End: 80},
				{Speaker: "Red Band", SpeakerID: red.ID, Text: "We are not done.", Cue: "said", Date: "2024-04-05", Kind: "direct", Start: 90, End: 110},
				{Speaker: "Red Band", SpeakerID: red.ID, Text: "Nobody was hurt.", Cue: "said", Kind: "direct", Start: 120, End: 140},
			},
			Relations: []newsgraph.Relation{
				{Subject: "Red Band", Predicate: newsgraph.Attacked, Object: "East Town", Evidence: "Red Band attacked East Town."},
				{Subject: "Red Band", Predicate: newsgraph.MemberOf, Object: "East Town", Evidence: "Red Band, of East Town."},
			}},
		{Doc: "u2", Published: "2024-02-01", Title: "Envoy meets Red Band", Source: "Example Wire",
			Entities: []newsgraph.Entity{at(red, 1), at(envoy, 20)},
			Relations: []newsgraph.Relation{
				{Subject: "West Envoy", Predicate: newsgraph.MetWith, Object: "Red Band", Evidence: "West Envoy met Red Band."},
				{Subject: "Red Band", Predicate: newsgraph.Struck, Object: "West Envoy", Date: "2024-01-15", Evidence: "Red Band struck the envoy's car."},
			}},
	}
	st, m := mirrored(t, xs)
	lib := loadLib(t)
	full, err := lib.Run(ctx, st.QuadStore(), "timeline", map[string]string{"entity": red.ID})
	if err != nil {
		t.Fatal(err)
	}
	// The undated attack and meeting are there, dated by their articles.
	if got := strings.Join(col(full.Rows, "kind"), ","); got != "struck,met_with,statement,statement,attacked,statement" {
		t.Fatalf("timeline of Red Band: kinds %s", got)
	}
	for _, args := range []map[string]string{{}, {"limit": "1"}, {"limit": "2"}, {"limit": "3"}, {"limit": "4"},
		{"from": "2024-02-01"}, {"from": "2024-03-01", "limit": "2"}, {"to": "2024-03-31"}, {"to": "2024-04-01", "limit": "3"}} {
		args["entity"] = red.ID
		got, want := fromBoth(t, lib, st, m, "timeline", args)
		if !reflect.DeepEqual(got.Rows, want.Rows) {
			t.Errorf("timeline %v:\nfrom aggregates %v\ncounted         %v", args, got.Rows, want.Rows)
		}
	}
}

// A statement without a date of its own is ordered by its article's, in
// the head of the mirror's lists too: the newest statement by (and about)
// an entity here is undated, in the newest article.
func TestAggregateHeadsDateStatementsByTheirArticle(t *testing.T) {
	pat := ent("pat-lee", "Pat Lee", newsgraph.Person, nil)
	org := ent("lee-works", "Lee Works", newsgraph.Org, nil)
	article := func(doc, published, date string) newsgraph.Extraction {
		return newsgraph.Extraction{
			Doc: doc, Published: published, Title: "Story " + doc, Source: "Example Wire",
			Entities: []newsgraph.Entity{at(pat, 0), at(org, 120)},
			Quotes: []newsgraph.Quote{{Speaker: "Pat Lee", SpeakerID: pat.ID, Text: "Lee Works will grow in " + doc + ".",
				Cue: "said", Date: date, Kind: "direct", Start: 100, End: 150}},
		}
	}
	xs := []newsgraph.Extraction{article("x1", "2024-01-01", "2024-01-01"), article("x2", "2024-01-05", ""), article("x3", "2024-01-03", "2024-01-02")}
	st, m := mirrored(t, xs)
	lib := loadLib(t)
	for _, c := range []struct{ query, entity string }{{"statements-by", "Pat Lee"}, {"statements-about", "Lee Works"}} {
		for _, limit := range []string{"1", "2"} {
			args := map[string]string{"entity": c.entity, "limit": limit}
			got, want := fromBoth(t, lib, st, m, c.query, args)
			if a, b := col(got.Rows, "article_id"), col(want.Rows, "article_id"); !reflect.DeepEqual(a, b) || len(b) == 0 || b[0] != "x2" {
				t.Errorf("%s %v: from the mirror %v, counted %v (want x2 first)", c.query, args, a, b)
			}
		}
	}
}

// An actor with few dated strikes has all its strikes kept whole by the
// mirror, the undated ones too: strikes-by shows them after the dated.
func TestAggregateStrikesKeepTheUndated(t *testing.T) {
	front := ent("east-front", "East Front", newsgraph.Org, nil)
	town := ent("hill-town", "Hill Town", newsgraph.GPE, nil)
	article := func(doc, published, date string) newsgraph.Extraction {
		return newsgraph.Extraction{
			Doc: doc, Published: published, Title: "Story " + doc, Source: "Example Wire",
			Entities: []newsgraph.Entity{at(front, 0), at(town, 20)},
			Relations: []newsgraph.Relation{{Subject: "East Front", Predicate: newsgraph.Struck, Object: "Hill Town",
				Date: date, Evidence: "East Front rockets struck Hill Town in " + doc + "."}},
		}
	}
	xs := []newsgraph.Extraction{article("y1", "2024-02-01", "2024-02-01"), article("y2", "2024-02-03", "")}
	st, m := mirrored(t, xs)
	lib := loadLib(t)
	for _, limit := range []string{"1", "2", "100"} {
		args := map[string]string{"entity": "East Front", "limit": limit}
		got, want := fromBoth(t, lib, st, m, "strikes-by", args)
		if a, b := col(got.Rows, "article_id"), col(want.Rows, "article_id"); !reflect.DeepEqual(a, b) || (limit != "1" && len(b) != 2) {
			t.Errorf("strikes-by %v: from the mirror %v, counted %v (want both strikes)", args, a, b)
		}
	}
}

// fromBoth runs query name on mirror m and on its store st and returns
// both results.
func fromBoth(t *testing.T, lib *Library, st, m *graph.Store, name string, args map[string]string) (mirror, store *Result) {
	t.Helper()
	store, err := lib.Run(context.Background(), st.QuadStore(), name, args)
	if err != nil {
		t.Fatalf("%s %v on the store: %v", name, args, err)
	}
	mirror, err = lib.Run(context.Background(), m.QuadStore(), name, args)
	if err != nil {
		t.Fatalf("%s %v on the mirror: %v", name, args, err)
	}
	return mirror, store
}
