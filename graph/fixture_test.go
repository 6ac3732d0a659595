package graph

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// Hand-made test articles about invented people and places.
const harborText = `RIDGEPORT — Mayor Ana Ruiz met Tomas Berg of the Harbor Council on Monday. "The Harbor Council will reopen the port," Ruiz said.`

const (
	entRuiz    = EntityBase + "ana-ruiz"
	entBerg    = EntityBase + "tomas-berg"
	entCouncil = EntityBase + "harbor-council"
	entRidge   = EntityBase + "ridgeport"
)

// sp is the span of the n-th (from 0) occurrence of sub in text.
func sp(text, sub string, n int) newsgraph.Span {
	off := 0
	for {
		i := strings.Index(text[off:], sub)
		if i < 0 {
			panic("fixture: " + sub + " not in text")
		}
		if n == 0 {
			return newsgraph.Span{Start: off + i, End: off + i + len(sub)}
		}
		n--
		off += i + len(sub)
	}
}

func harborV1() newsgraph.Extraction {
	t := harborText
	quote := sp(t, "The Harbor Council will reopen the port,", 0)
	return newsgraph.Extraction{
		Doc: "harbor", Published: "2031-03-04", Title: "Port to reopen",
		Source: "Example Wire", URL: "https://example.org/harbor", Byline: "Lee Park", Dateline: "RIDGEPORT",
		Entities: []newsgraph.Entity{
			{ID: entRuiz, Name: "Ana Ruiz", Type: newsgraph.Person, Aliases: []string{"Ana Ruiz", "Ruiz"}, Roles: []string{"Mayor"},
				Mentions: []newsgraph.Span{sp(t, "Ana Ruiz", 0), sp(t, "Ruiz", 1)}},
			{ID: entBerg, Name: "Tomas Berg", Type: newsgraph.Person, Aliases: []string{"Tomas Berg"},
				Mentions: []newsgraph.Span{sp(t, "Tomas Berg", 0)}},
			{ID: entCouncil, Name: "Harbor Council", Type: newsgraph.Org, Aliases: []string{"the Harbor Council", "The Harbor Council"},
				Mentions: []newsgraph.Span{sp(t, "the Harbor Council", 0), sp(t, "Harbor Council", 1)}},
			{ID: entRidge, Name: "Ridgeport", Type: newsgraph.GPE, Aliases: []string{"RIDGEPORT"},
				Mentions: []newsgraph.Span{sp(t, "RIDGEPORT", 0)}},
		},
		Quotes: []newsgraph.Quote{
			{Speaker: "Ana Ruiz", SpeakerID: entRuiz, Text: "The Harbor Council will reopen the port,", Cue: "said",
				Date: "2031-03-04", DateIsDefault: true, Kind: "direct", Start: quote.Start, End: quote.End},
		},
		Dates: []newsgraph.Date{{Text: "Monday", Value: "2031-03-03", Start: sp(t, "Monday", 0).Start, End: sp(t, "Monday", 0).End}},
		Relations: []newsgraph.Relation{
			{Subject: "Ana Ruiz", Predicate: newsgraph.MetWith, Object: "Tomas Berg", Evidence: "Mayor Ana Ruiz met Tomas Berg of the Harbor Council on Monday.", Date: "2031-03-03", Place: "Ridgeport"},
			{Subject: "Tomas Berg", Predicate: newsgraph.MemberOf, Object: "Harbor Council", Evidence: "Tomas Berg of the Harbor Council"},
			{Subject: "Ruiz", Predicate: newsgraph.RoleIn, Object: "Ridgeport", Role: "Mayor", Evidence: "Mayor Ana Ruiz"},
		},
		Claims: []newsgraph.Claim{
			{Measure: "ships", Quantity: 40, Qualifier: "about", Text: "40", Subject: "Ridgeport", Source: "Ana Ruiz", Evidence: "about 40 ships"},
		},
	}
}

// harborV2 is harborV1 corrected: Tomas Berg is gone, the quote changed.
func harborV2() newsgraph.Extraction {
	x := harborV1()
	x.Entities = []newsgraph.Entity{x.Entities[0], x.Entities[2], x.Entities[3]}
	x.Quotes = []newsgraph.Quote{
		{Speaker: "Ana Ruiz", Text: "The port will reopen next week", Cue: "told",
			Date: "2031-03-03", Kind: "direct", Start: 90, End: 120},
	}
	x.Relations = []newsgraph.Relation{
		{Subject: "Ana Ruiz", Predicate: newsgraph.Leads, Object: "Harbor Council", Evidence: "Ana Ruiz, who leads the Harbor Council"},
	}
	x.Claims = nil
	return x
}

// riverArticle shares Ana Ruiz and Ridgeport with the harbor article.
func riverArticle() newsgraph.Extraction {
	return newsgraph.Extraction{
		Doc: "river", Published: "2031-03-05", Title: "River levels rise", Source: "Example Wire",
		Entities: []newsgraph.Entity{
			{ID: entRuiz, Name: "Ana Ruiz", Type: newsgraph.Person, Aliases: []string{"Ruiz"}, Roles: []string{"Mayor"},
				Mentions: []newsgraph.Span{{Start: 10, End: 14}}},
			{ID: entRidge, Name: "Ridgeport", Type: newsgraph.GPE, Aliases: []string{"Ridgeport"},
				Mentions: []newsgraph.Span{{Start: 20, End: 29}}},
			{Name: "Kell River", Type: newsgraph.Location, Aliases: []string{"Kell River"},
				Mentions: []newsgraph.Span{{Start: 40, End: 50}}},
		},
		Quotes: []newsgraph.Quote{
			{Speaker: newsgraph.Unattributed, Text: "We are watching the river", Cue: "said", SpeakerOrg: "Harbor Council", Start: 60, End: 90},
		},
		Relations: []newsgraph.Relation{
			{Subject: "Ridgeport", Predicate: newsgraph.LocatedIn, Object: "Norland", Evidence: "Ridgeport, Norland"},
		},
	}
}

// testBackends opens each backend the writer tests run on: memstore, bolt
// and leveldb in temp dirs, and Postgres when NEWSGRAPH_TEST_POSTGRES holds
// a connection string.
func testBackends(t *testing.T) map[string]func(t *testing.T) *Store {
	t.Helper()
	return map[string]func(t *testing.T) *Store{
		"memstore": func(t *testing.T) *Store { return openTest(t, "memstore", "") },
		"bolt": func(t *testing.T) *Store {
			return openTest(t, "bolt", filepath.Join(t.TempDir(), "sub", "graph.bolt"))
		},
		"leveldb": func(t *testing.T) *Store { return openTest(t, "leveldb", filepath.Join(t.TempDir(), "ldb")) },
		"postgres": func(t *testing.T) *Store {
			addr := os.Getenv("NEWSGRAPH_TEST_POSTGRES")
			if addr == "" {
				t.Skip("postgres: set NEWSGRAPH_TEST_POSTGRES to a connection string (postgres://postgres@127.0.0.1:5432/newsgraph_test?sslmode=disable) to run")
			}
			s := openTest(t, "postgres", addr)
			// Start empty: remove what an earlier run left.
			clearStore(t, s)
			return s
		},
	}
}

func openTest(t *testing.T, backend, addr string) *Store {
	t.Helper()
	s, err := Open(backend, addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s
}

func clearStore(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	ids, err := s.ArticleIDs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		if _, err := s.DeleteArticle(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.LabelQuadsScan(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) > 0 {
		t.Fatalf("store not empty after clearing: %d unlabelled quads", len(all))
	}
}

// gizmoIDs runs a Gizmo query whose results are nodes and returns their
// values as strings ("<iri>" or the literal), sorted.
func gizmoIDs(t *testing.T, s *Store, q string) []string {
	t.Helper()
	ctx := context.Background()
	it, err := gizmo.NewSession(s.QuadStore()).Execute(ctx, q, query.Options{Collation: query.JSON, Limit: 10000})
	if err != nil {
		t.Fatalf("gizmo %s: %v", q, err)
	}
	defer it.Close()
	var out []string
	for it.Next(ctx) {
		r := it.Result()
		m, ok := r.(map[string]interface{})
		if !ok {
			continue
		}
		out = append(out, fmt.Sprint(m["id"]))
	}
	if err := it.Err(); err != nil {
		t.Fatalf("gizmo %s: %v", q, err)
	}
	sort.Strings(out)
	return out
}

func nquadSet(qs []quad.Quad) map[string]bool {
	m := make(map[string]bool, len(qs))
	for _, q := range qs {
		m[q.NQuad()] = true
	}
	return m
}

// sameQuads reports the differences between two quad lists.
func sameQuads(t *testing.T, what string, got, want []quad.Quad) {
	t.Helper()
	g, w := nquadSet(got), nquadSet(want)
	var diffs []string
	for k := range w {
		if !g[k] {
			diffs = append(diffs, "missing "+k)
		}
	}
	for k := range g {
		if !w[k] {
			diffs = append(diffs, "extra   "+k)
		}
	}
	sort.Strings(diffs)
	if len(diffs) > 0 {
		t.Errorf("%s: %d differences:\n%s", what, len(diffs), strings.Join(diffs, "\n"))
	}
}
