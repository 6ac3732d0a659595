package server

import (
	"net/http"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// DefaultCacheEntries is the size of the canned-query answer cache when
// Config.Version is set and Config.CacheEntries is not.
const DefaultCacheEntries = 4096

// answerCache keeps canned-query answers keyed on (query, arguments) and
// valid for one store version: an answer is served only while the
// version it was computed at is current. It only spares repeated
// requests; the first request for any (query, arguments) runs the query.
// When full it is emptied (the entries of an older version go first).
//
// It also coalesces a burst: requests for a (query, arguments) that is
// already running at the same version wait for that run (a flight) and
// repeat its response instead of running the query again.
type answerCache struct {
	mu       sync.Mutex
	max      int
	version  uint64
	entries  map[string]runResponse
	inflight map[flightKey]*flight
}

func newAnswerCache(max int) *answerCache {
	return &answerCache{max: max, entries: map[string]runResponse{}, inflight: map[flightKey]*flight{}}
}

// flightKey names one run: a cache key at one store version, so a request
// made after a write never waits for a run that began before it.
type flightKey struct {
	key     string
	version uint64
}

// flight is one running query that identical requests wait for. resp is
// set before done is closed; nil means the leader left nothing a waiter
// may repeat (its client went away, or it panicked), and the waiters then
// start a new flight (see handleRunQuery). waiters counts the requests
// that joined, for tests and diagnostics.
type flight struct {
	done    chan struct{}
	resp    *sharedResponse
	waiters atomic.Int64
}

// sharedResponse is what a leader answered, as the waiters repeat it.
type sharedResponse struct {
	status int
	header http.Header
	body   []byte
}

// sharedHeaders are the leader's headers a waiter repeats; the rest
// (request ids, the cache header) belong to one request.
var sharedHeaders = []string{"Content-Type", "X-Content-Type-Options", "Retry-After"}

// join returns the flight running key at version v and false, or starts
// one and returns it and true: the caller is then its leader and must
// call land once it has answered.
func (c *answerCache) join(key string, v uint64) (*flight, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := flightKey{key, v}
	if f, ok := c.inflight[k]; ok {
		f.waiters.Add(1)
		return f, false
	}
	f := &flight{done: make(chan struct{})}
	c.inflight[k] = f
	return f, true
}

// land ends the flight of key at version v with the leader's response
// (nil: nothing to repeat) and wakes its waiters.
func (c *answerCache) land(key string, v uint64, f *flight, resp *sharedResponse) {
	c.mu.Lock()
	if c.inflight[flightKey{key, v}] == f {
		delete(c.inflight, flightKey{key, v})
	}
	c.mu.Unlock()
	f.resp = resp
	close(f.done)
}

// sharedFrom is the response rec recorded (its body copied), or nil when
// nothing was written.
func sharedFrom(rec *statusRecorder) *sharedResponse {
	if rec.status == 0 {
		return nil
	}
	h := http.Header{}
	for _, k := range sharedHeaders {
		if v := rec.Header().Get(k); v != "" {
			h.Set(k, v)
		}
	}
	return &sharedResponse{status: rec.status, header: h, body: rec.body.Bytes()}
}

// write repeats the response on w.
func (r *sharedResponse) write(w http.ResponseWriter) {
	for k, v := range r.header {
		w.Header()[k] = v
	}
	w.WriteHeader(r.status)
	_, _ = w.Write(r.body)
}

// cacheKey is the query name and its arguments in a canonical order.
func cacheKey(name string, args map[string]string) string {
	keys := make([]string, 0, len(args))
	for k := range args {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(name)
	for _, k := range keys {
		b.WriteByte(0)
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(args[k])
	}
	return b.String()
}

// get returns the answer stored for key at version v.
func (c *answerCache) get(key string, v uint64) (runResponse, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != v {
		return runResponse{}, false
	}
	r, ok := c.entries[key]
	return r, ok
}

// put stores an answer computed while the store was at version v (read
// before the query ran); an answer of a version older than the cache's
// is dropped.
func (c *answerCache) put(key string, v uint64, r runResponse) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case v < c.version:
		return
	case v > c.version || len(c.entries) >= c.max:
		c.version = v
		clear(c.entries)
	}
	c.entries[key] = r
}
