package server

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// reportServer serves a memstore holding one hand-made article.
func reportServer(t *testing.T) *Server {
	t.Helper()
	st, err := graph.Open("memstore", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	text := "Mayor Ada Quill of Rivertown said the bridge will reopen."
	x := newsgraph.Extraction{Doc: "river-1", Published: "2024-05-02", Title: "Bridge to reopen", Source: "Town Gazette",
		Entities: []newsgraph.Entity{
			{ID: graph.EntityBase + "ada-quill", Name: "Ada Quill", Type: newsgraph.Person, Aliases: []string{"Ada Quill"}, Mentions: []newsgraph.Span{{Start: 6, End: 15}}},
			{ID: graph.EntityBase + "rivertown", Name: "Rivertown", Type: newsgraph.GPE, Aliases: []string{"Rivertown"}, Mentions: []newsgraph.Span{{Start: 19, End: 28}}},
		},
		Quotes: []newsgraph.Quote{{Speaker: "Ada Quill", SpeakerID: graph.EntityBase + "ada-quill", Text: "the bridge will reopen", Cue: "said", Date: "2024-05-02", Kind: "indirect", Start: 34, End: len(text)}},
	}
	if _, err := st.WriteArticle(context.Background(), x); err != nil {
		t.Fatal(err)
	}
	lib, err := queries.Load()
	if err != nil {
		t.Fatal(err)
	}
	return New(Config{Handle: st.Handle(), Queries: Library(lib)})
}

func TestReportRoutes(t *testing.T) {
	s := reportServer(t)
	r := do(t, s, http.MethodGet, "/api/reports/ada-quill", "")
	if r.code != http.StatusOK {
		t.Fatalf("GET /api/reports/ada-quill: %d %s", r.code, r.body)
	}
	var page struct {
		Entity struct {
			ID, Name string
		}
		StatementsBy []map[string]any `json:"statements_by"`
		CoMentions   []map[string]any `json:"co_mentions"`
	}
	if err := json.Unmarshal(r.body, &page); err != nil {
		t.Fatal(err)
	}
	if page.Entity.Name != "Ada Quill" || len(page.StatementsBy) != 1 || len(page.CoMentions) != 1 {
		t.Fatalf("page: %+v", page)
	}
	r = do(t, s, http.MethodGet, "/reports/Ada%20Quill", "")
	body := string(r.body)
	if r.code != http.StatusOK || !strings.HasPrefix(r.ct, "text/html") ||
		!strings.Contains(body, "the bridge will reopen") || !strings.Contains(body, `href="/reports/rivertown"`) {
		t.Fatalf("GET /reports/Ada Quill: %d %s\n%s", r.code, r.ct, body)
	}
	r = do(t, s, http.MethodGet, "/reports/nobody-here", "")
	wantJSONError(t, r, http.StatusNotFound, "unknown entity")
	r = do(t, s, http.MethodGet, "/api/reports/nobody-here", "")
	wantJSONError(t, r, http.StatusNotFound, "unknown entity")
}
