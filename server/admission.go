package server

import (
	"fmt"
	"net/http"
	"runtime"
	"time"
)

// DefaultMaxConcurrentQueries is how many queries run at once when
// Config.MaxConcurrentQueries is 0: two per CPU. Gizmo queries are
// CPU-bound, so running more at once only makes every one of them slower
// until they all hit the query timeout; the others wait in the queue,
// holding no CPU. (On 2 cores at 1M quads with 200 clients asking hub
// queries, 8 slots answered 10 requests/s with 504s and 4 answered 13/s
// with none: docs/reliability.md.)
func DefaultMaxConcurrentQueries() int { return 2 * runtime.NumCPU() }

// admit runs next once one of MaxConcurrentQueries slots is free. A
// request waits for a slot at most QueueTimeout (default: three query
// timeouts) and is then refused with 503 and Retry-After; the query's own
// timeout starts when it is admitted.
func (s *Server) admit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case s.slots <- struct{}{}:
		default:
			t := time.NewTimer(s.cfg.QueueTimeout)
			defer t.Stop()
			select {
			case s.slots <- struct{}{}:
			case <-t.C:
				w.Header().Set("Retry-After", "1")
				s.fail(w, r, http.StatusServiceUnavailable, fmt.Errorf("server busy: %d queries running, waited %s for a slot", cap(s.slots), s.cfg.QueueTimeout))
				return
			case <-r.Context().Done():
				return // the client went away
			}
		}
		defer func() { <-s.slots }()
		next.ServeHTTP(w, r)
	})
}
