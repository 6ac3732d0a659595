package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/cayleygraph/cayley/graph"
)

// countingQueries counts the runs that reach the library.
type countingQueries struct {
	fakeQueries
	runs atomic.Int64
}

func (c *countingQueries) Run(ctx context.Context, qs graph.QuadStore, name string, args map[string]string) (*QueryResult, error) {
	c.runs.Add(1)
	return c.fakeQueries.Run(ctx, qs, name, args)
}

func getCache(t *testing.T, h http.Handler, target string) (int, string, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return rec.Code, rec.Header().Get("X-Newsgraph-Cache"), rec.Body.String()
}

// With Version set, a repeated request is answered from the cache, with
// the same body, until the version changes; other arguments, errors and
// a changed version run the query.
func TestCacheAnswersRepeatsUntilTheVersionChanges(t *testing.T) {
	q := &countingQueries{}
	var version atomic.Uint64
	s, _ := newTestServer(t, func(c *Config) {
		c.Queries = q
		c.Version = version.Load
	})
	code, st, first := getCache(t, s, "/api/queries/person?name=Ann+Jensen")
	if code != 200 || st != "miss" || q.runs.Load() != 1 {
		t.Fatalf("first: %d %q, %d runs", code, st, q.runs.Load())
	}
	code, st, again := getCache(t, s, "/api/queries/person?name=Ann+Jensen")
	if code != 200 || st != "hit" || again != first || q.runs.Load() != 1 {
		t.Fatalf("repeat: %d %q, %d runs, body %q want %q", code, st, q.runs.Load(), again, first)
	}
	if _, st, _ := getCache(t, s, "/api/queries/names"); st != "miss" || q.runs.Load() != 2 {
		t.Fatalf("other query: %q, %d runs", st, q.runs.Load())
	}
	for range 2 {
		if code, _, _ := getCache(t, s, "/api/queries/person?name=Nobody"); code != 404 {
			t.Fatalf("unknown entity: %d", code)
		}
	}
	if q.runs.Load() != 4 {
		t.Fatalf("errors were cached: %d runs, want 4", q.runs.Load())
	}
	version.Add(1)
	if _, st, _ := getCache(t, s, "/api/queries/person?name=Ann+Jensen"); st != "miss" || q.runs.Load() != 5 {
		t.Fatalf("after a write: %q, %d runs", st, q.runs.Load())
	}
	if _, st, _ := getCache(t, s, "/api/queries/person?name=Ann+Jensen"); st != "hit" || q.runs.Load() != 5 {
		t.Fatalf("repeat after a write: %q, %d runs", st, q.runs.Load())
	}
}

// Without Version there is no cache.
func TestNoCacheWithoutVersion(t *testing.T) {
	q := &countingQueries{}
	s, _ := newTestServer(t, func(c *Config) { c.Queries = q })
	for range 2 {
		if code, st, _ := getCache(t, s, "/api/queries/names"); code != 200 || st != "" {
			t.Fatalf("%d %q", code, st)
		}
	}
	if q.runs.Load() != 2 {
		t.Fatalf("%d runs, want 2", q.runs.Load())
	}
}

// The cache never serves an answer computed at an older version, and
// emptying it when full keeps it bounded.
func TestAnswerCacheVersionsAndBound(t *testing.T) {
	c := newAnswerCache(2)
	c.put("a", 1, runResponse{Query: "a1"})
	if _, ok := c.get("a", 2); ok {
		t.Fatal("version 1 answer served at version 2")
	}
	c.put("a", 2, runResponse{Query: "a2"})
	c.put("b", 1, runResponse{Query: "b1"}) // computed before the write: dropped
	if _, ok := c.get("b", 2); ok {
		t.Fatal("stale answer stored")
	}
	c.put("b", 2, runResponse{Query: "b2"})
	c.put("c", 2, runResponse{Query: "c2"})
	if len(c.entries) > 2 {
		t.Fatalf("%d entries, bound 2", len(c.entries))
	}
	if r, ok := c.get("c", 2); !ok || r.Query != "c2" {
		t.Fatalf("c: %+v %v", r, ok)
	}
	if cacheKey("q", map[string]string{"a": "1", "b": "2"}) == cacheKey("q", map[string]string{"a": "1=b", "": "2"}) {
		t.Fatal("ambiguous cache keys")
	}
}
