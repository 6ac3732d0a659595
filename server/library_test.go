package server

import (
	"log"
	"net/url"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// Two invented articles about invented people, an invented company and an
// invented town, mapped to quads by graph.Quads as the writer does.
func libraryExtractions() []newsgraph.Extraction {
	lena := newsgraph.Entity{ID: graph.EntityBase + "lena-vik", Name: "Lena Vik", Type: newsgraph.Person,
		Aliases: []string{"Vik"}, Roles: []string{"mayor"}, Mentions: []newsgraph.Span{{Start: 0, End: 8}}}
	tor := newsgraph.Entity{ID: graph.EntityBase + "tor-dahl", Name: "Tor Dahl", Type: newsgraph.Person,
		Mentions: []newsgraph.Span{{Start: 60, End: 68}}}
	mill := newsgraph.Entity{ID: graph.EntityBase + "northmill-ab", Name: "Northmill AB", Type: newsgraph.Org,
		Aliases: []string{"Northmill"}, Mentions: []newsgraph.Span{{Start: 30, End: 42}}}
	town := newsgraph.Entity{ID: graph.EntityBase + "brekkby", Name: "Brekkby", Type: newsgraph.GPE,
		Mentions: []newsgraph.Span{{Start: 50, End: 57}}}
	return []newsgraph.Extraction{
		{
			Doc: "n1", Published: "2025-02-03", Title: "Mill to reopen", Source: "Example Post",
			Entities: []newsgraph.Entity{lena, mill, town},
			Quotes: []newsgraph.Quote{{Speaker: "Lena Vik", SpeakerID: lena.ID, Text: "The mill will reopen in spring.",
				Cue: "said", Date: "2025-02-03", Kind: "direct", Start: 100, End: 131}},
			Relations: []newsgraph.Relation{{Subject: "Lena Vik", Predicate: newsgraph.Leads, Object: "Brekkby",
				Evidence: "Lena Vik, mayor of Brekkby, said."}},
		},
		{
			Doc: "n2", Published: "2025-02-10", Title: "Mill hires", Source: "Example Post",
			Entities: []newsgraph.Entity{lena, tor, mill},
		},
	}
}

func newLibraryServer(t testing.TB) *Server {
	t.Helper()
	lib, err := queries.Load()
	if err != nil {
		t.Fatalf("load queries: %v", err)
	}
	qs := memstore.New()
	for _, x := range libraryExtractions() {
		if err := graph.Check(x); err != nil {
			t.Fatalf("fixture %s: %v", x.Doc, err)
		}
		if err := qs.ApplyDeltas(deltas(graph.Quads(x)), cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
			t.Fatalf("write fixture %s: %v", x.Doc, err)
		}
	}
	return New(Config{QuadStore: qs, Queries: Library(lib), QueryTimeout: 10 * time.Second, Logger: log.New(testWriter{t}, "", 0)})
}

func deltas(qs []quad.Quad) []cgraph.Delta {
	out := make([]cgraph.Delta, len(qs))
	for i, q := range qs {
		out[i] = cgraph.Delta{Quad: q, Action: cgraph.Add}
	}
	return out
}

// testWriter sends server logs to the test log.
type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

func TestLibraryEndToEnd(t *testing.T) {
	s := newLibraryServer(t)

	list := decode[struct {
		Queries []QueryInfo `json:"queries"`
	}](t, do(t, s, "GET", "/api/queries", ""))
	var entity *QueryInfo
	for i := range list.Queries {
		if list.Queries[i].Name == "entity" {
			entity = &list.Queries[i]
		}
	}
	if entity == nil || len(entity.Params) == 0 || entity.Params[0].Name != "entity" || !entity.Params[0].Required {
		t.Fatalf("list lacks the entity query with its required parameter: %+v", list.Queries)
	}

	r := do(t, s, "GET", "/api/queries/entity?entity=Lena+Vik", "")
	if r.code != 200 {
		t.Fatalf("entity query: %d %s", r.code, r.body)
	}
	got := decode[runResponse](t, r)
	if got.Count != 1 || got.Rows[0]["name"] != "Lena Vik" || got.Rows[0]["articles"] != float64(2) {
		t.Errorf("entity query: %s", r.body)
	}

	wantJSONError(t, do(t, s, "GET", "/api/queries/entity?entity=Nobody+Known", ""), 404, "Nobody Known")
	wantJSONError(t, do(t, s, "GET", "/api/queries/entity", ""), 400, "entity")
	wantJSONError(t, do(t, s, "GET", "/api/queries/co-mentions?entity=Vik&limit=many", ""), 400, "limit")
	wantJSONError(t, do(t, s, "GET", "/api/queries/no-such-query", ""), 404, "no-such-query")
	wantJSONError(t, do(t, s, "GET", "/api/queries/no-such-query/gizmo", ""), 404, "no-such-query")
	wantJSONError(t, do(t, s, "GET", "/api/queries/entity/gizmo?entity=Nobody+Known", ""), 404, "Nobody Known")
}

// TestLibrarySourceRunsInCayleyAPI pastes a canned query's bound text into
// Cayley's v1 endpoint, as a person would into the Visualize page.
func TestLibrarySourceRunsInCayleyAPI(t *testing.T) {
	s := newLibraryServer(t)
	r := do(t, s, "GET", "/api/queries/viz-co-mentions/gizmo?entity="+url.QueryEscape("Lena Vik"), "")
	if r.code != 200 || !strings.HasPrefix(r.ct, "text/plain") || !strings.Contains(string(r.body), "source") {
		t.Fatalf("gizmo text: %d %q %s", r.code, r.ct, r.body)
	}
	r = v1Post(t, s, "/api/v1/query/gizmo", string(r.body))
	if r.code != 200 {
		t.Fatalf("bound text in /api/v1/query/gizmo: %d %s", r.code, r.body)
	}
	rows := decode[struct {
		Result []map[string]any `json:"result"`
	}](t, r).Result
	if len(rows) == 0 {
		t.Fatalf("no rows: %s", r.body)
	}
	for _, row := range rows {
		if row["source"] == nil || row["target"] == nil {
			t.Errorf("row without source/target: %v", row)
		}
	}
}
