package server

import (
	"sync"
	"testing"
	"time"
)

// With one query slot, a second query waits for it and is refused with
// 503 when the first holds it past QueueTimeout; a query arriving after
// the slot is free runs.
func TestAdmissionQueue(t *testing.T) {
	s, _ := newTestServer(t, func(c *Config) {
		c.MaxConcurrentQueries, c.QueueTimeout, c.QueryTimeout = 1, 150*time.Millisecond, 1500*time.Millisecond
	})
	var wg sync.WaitGroup
	wg.Add(1)
	var slow response
	go func() { defer wg.Done(); slow = do(t, s, "GET", "/api/queries/slow", "") }()
	time.Sleep(50 * time.Millisecond)
	start := time.Now()
	r := do(t, s, "GET", "/api/queries/names", "")
	wantJSONError(t, r, 503, "busy")
	// Cayley's own query endpoints share the same slots.
	wantJSONError(t, do(t, s, "POST", "/api/v1/query/gizmo", "g.V().All()"), 503, "busy")
	wantJSONError(t, do(t, s, "GET", "/api/v2/query?lang=gizmo&qu=g.V().All()", ""), 503, "busy")
	if d := time.Since(start); d < 150*time.Millisecond {
		t.Errorf("refused after %s, before the queue timeout", d)
	}
	wg.Wait()
	if slow.code != 504 {
		t.Errorf("slow query: %d, want its own 504", slow.code)
	}
	if r := do(t, s, "GET", "/api/queries/names", ""); r.code != 200 {
		t.Errorf("after the slot freed: %d %s", r.code, r.body)
	}
}
