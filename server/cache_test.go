package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"sync/atomic"
	"testing"
	"time"

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

// gatedQueries holds every run until gate is closed (or the run's context
// ends), counting the runs that started.
type gatedQueries struct {
	fakeQueries
	gate chan struct{}
	runs atomic.Int64
}

func (g *gatedQueries) Run(ctx context.Context, qs graph.QuadStore, name string, args map[string]string) (*QueryResult, error) {
	g.runs.Add(1)
	select {
	case <-g.gate:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return g.fakeQueries.Run(ctx, qs, name, args)
}

type cacheReply struct {
	code        int
	cache, body string
}

// sendAll starts n identical requests and returns a function that waits
// for them and returns their replies.
func sendAll(t *testing.T, s *Server, target string, n int) func() []cacheReply {
	replies := make([]cacheReply, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			code, st, body := getCache(t, s, target)
			replies[i] = cacheReply{code, st, body}
		})
	}
	return func() []cacheReply {
		wg.Wait()
		return replies
	}
}

// awaitWaiting returns once n requests wait on the running flight of key.
func awaitWaiting(t *testing.T, c *answerCache, key string, n int64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for waiting(c, key) < n {
		if time.Now().After(deadline) {
			t.Fatalf("only %d of %d requests waiting on the run", waiting(c, key), n)
		}
		time.Sleep(time.Millisecond)
	}
}

// burst sends n identical requests for the person query at once and
// returns their replies once every request but the first is waiting on
// the first one's run; release is called then, to let the run finish.
func burst(t *testing.T, s *Server, name string, n int, release func()) []cacheReply {
	t.Helper()
	replies := sendAll(t, s, "/api/queries/person?name="+url.QueryEscape(name), n)
	awaitWaiting(t, s.cache, cacheKey("person", map[string]string{"name": name}), int64(n-1))
	release()
	return replies()
}

// waiting is how many requests wait on the running flight of key.
func waiting(c *answerCache, key string) int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, f := range c.inflight {
		if k.key == key {
			return f.waiters.Load()
		}
	}
	return 0
}

// Identical requests arriving while the query runs wait for that run:
// one run, every reply the same body, one miss and the rest shared.
func TestCacheCoalescesIdenticalRequests(t *testing.T) {
	q := &gatedQueries{gate: make(chan struct{})}
	s, _ := newTestServer(t, func(c *Config) {
		c.Queries = q
		c.Version = func() uint64 { return 7 }
	})
	const n = 20
	replies := burst(t, s, "Ann Jensen", n, func() { close(q.gate) })
	if q.runs.Load() != 1 {
		t.Fatalf("%d runs for a burst of %d identical requests, want 1", q.runs.Load(), n)
	}
	kinds := map[string]int{}
	for _, r := range replies {
		if r.code != 200 || r.body != replies[0].body {
			t.Fatalf("reply %d %q, want 200 %q", r.code, r.body, replies[0].body)
		}
		kinds[r.cache]++
	}
	if kinds["miss"] != 1 || kinds["shared"] != n-1 {
		t.Fatalf("cache headers %v, want 1 miss and %d shared", kinds, n-1)
	}
	if _, st, body := getCache(t, s, "/api/queries/person?name=Ann+Jensen"); st != "hit" || body != replies[0].body {
		t.Fatalf("after the burst: %q %q", st, body)
	}
}

// A client error is shared like an answer (one run) but not cached.
func TestCacheSharesClientErrors(t *testing.T) {
	q := &gatedQueries{gate: make(chan struct{})}
	s, _ := newTestServer(t, func(c *Config) {
		c.Queries = q
		c.Version = func() uint64 { return 1 }
	})
	replies := burst(t, s, "Nobody", 5, func() { close(q.gate) })
	if q.runs.Load() != 1 {
		t.Fatalf("%d runs, want 1", q.runs.Load())
	}
	for _, r := range replies {
		if r.code != http.StatusNotFound || r.body != replies[0].body {
			t.Fatalf("reply %d %q, want every reply the leader's 404", r.code, r.body)
		}
	}
	if code, st, _ := getCache(t, s, "/api/queries/person?name=Nobody"); code != 404 || st != "miss" || q.runs.Load() != 2 {
		t.Fatalf("after a shared error: %d %q, %d runs; the error must not be cached", code, st, q.runs.Load())
	}
}

// A timeout of the leader is not handed to its waiters at once: they
// start one new run together and repeat what it answers, even a second
// timeout. Two runs in all, whatever the burst.
func TestCacheWaitersRetryOnceAfterATimeout(t *testing.T) {
	q := &gatedQueries{gate: make(chan struct{})}
	s, _ := newTestServer(t, func(c *Config) {
		c.Queries = q
		c.Version = func() uint64 { return 1 }
		c.QueryTimeout = 50 * time.Millisecond
	})
	// The gate never opens: every run hits its timeout and answers 504.
	replies := burst(t, s, "Ann Jensen", 6, func() {})
	if q.runs.Load() != 2 {
		t.Fatalf("%d runs, want 2 (the leader's, then one for the waiters)", q.runs.Load())
	}
	kinds := map[string]int{}
	for _, r := range replies {
		if r.code != http.StatusGatewayTimeout {
			t.Fatalf("reply %d %q, want 504", r.code, r.body)
		}
		kinds[r.cache]++
	}
	if kinds["miss"] != 2 || kinds["shared"] != 4 {
		t.Fatalf("cache headers %v, want 2 miss (the two runs) and 4 shared", kinds)
	}
}

// When the leader's client goes away before an answer, its waiters are
// not left with nothing: they start one new run together.
func TestCacheWaitersRunWhenTheLeaderLeaves(t *testing.T) {
	q := &gatedQueries{gate: make(chan struct{})}
	s, _ := newTestServer(t, func(c *Config) {
		c.Queries = q
		c.Version = func() uint64 { return 3 }
	})
	const target = "/api/queries/person?name=Ann+Jensen"
	key := cacheKey("person", map[string]string{"name": "Ann Jensen"})
	ctx, leave := context.WithCancel(context.Background())
	leaderDone := make(chan struct{})
	go func() {
		defer close(leaderDone)
		req := httptest.NewRequest(http.MethodGet, target, nil).WithContext(ctx)
		s.ServeHTTP(httptest.NewRecorder(), req)
	}()
	for q.runs.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	const n = 3
	replies := sendAll(t, s, target, n)
	awaitWaiting(t, s.cache, key, n)
	leave()
	<-leaderDone
	for q.runs.Load() < 2 {
		time.Sleep(time.Millisecond)
	}
	awaitWaiting(t, s.cache, key, n-1) // the new run started and the others wait on it
	close(q.gate)
	kinds := map[string]int{}
	for _, r := range replies() {
		if r.code != 200 {
			t.Fatalf("waiter after the leader left: %d %q %q", r.code, r.cache, r.body)
		}
		kinds[r.cache]++
	}
	if q.runs.Load() != 2 || kinds["miss"] != 1 || kinds["shared"] != n-1 {
		t.Fatalf("%d runs, headers %v; want 2 runs (the leader's, one new), 1 miss, %d shared", q.runs.Load(), kinds, n-1)
	}
}

// A leader that panics leaves nothing to repeat: no waiter hangs, each
// gets the 500 of a run of its own or of a run it waited on.
func TestCacheWaitersOfAPanickingRun(t *testing.T) {
	q := &gatedQueries{gate: make(chan struct{})}
	s, _ := newTestServer(t, func(c *Config) {
		c.Queries = q
		c.Version = func() uint64 { return 1 }
	})
	const n = 5
	replies := sendAll(t, s, "/api/queries/boom", n)
	awaitWaiting(t, s.cache, cacheKey("boom", map[string]string{}), n-1)
	close(q.gate)
	for _, r := range replies() {
		if r.code != http.StatusInternalServerError {
			t.Fatalf("reply %d %q %q, want 500", r.code, r.cache, r.body)
		}
	}
	if got := q.runs.Load(); got < 2 || got > n {
		t.Fatalf("%d runs, want 2 to %d", got, n)
	}
}
