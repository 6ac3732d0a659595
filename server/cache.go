package server

import (
	"sort"
	"strings"
	"sync"
)

// DefaultCacheEntries is the size of the canned-query answer cache when
// Config.Version is set and Config.CacheEntries is not.
const DefaultCacheEntries = 4096

// answerCache keeps canned-query answers keyed on (query, arguments) and
// valid for one store version: an answer is served only while the
// version it was computed at is current. It only spares repeated
// requests; the first request for any (query, arguments) runs the query.
// When full it is emptied (the entries of an older version go first).
type answerCache struct {
	mu      sync.Mutex
	max     int
	version uint64
	entries map[string]runResponse
}

func newAnswerCache(max int) *answerCache {
	return &answerCache{max: max, entries: map[string]runResponse{}}
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
