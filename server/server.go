// Package server is newsgraph's HTTP front end. On one port it serves the
// canned-query API (/api/queries/...), Cayley's own web UI (/, /ui/...,
// /static/...) with the v1 Gizmo endpoints that UI calls, and Cayley's API v2
// (/api/v2/...), all over the same Cayley handle. Every write path is
// refused unless writes are enabled and the request carries the configured
// bearer token. The server never extracts: it only reads the graph.
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/gorilla/mux"

	// The Gizmo language used by /api/v1/query/gizmo and API v2.
	_ "github.com/cayleygraph/cayley/query/gizmo"
	// The "single" quad writer used when only a QuadStore is configured.
	_ "github.com/cayleygraph/cayley/writer"
)

// Defaults applied by New to zero Config fields.
const (
	DefaultQueryTimeout = 30 * time.Second
	DefaultMaxBodyBytes = 1 << 20 // 1 MiB
	DefaultV1Limit      = 100     // Cayley's own default for /api/v1/query
	DefaultMaxLimit     = 10000   // hard cap on ?limit=N
)

// Errors a Queries implementation returns (wrapped) so the server can pick
// the HTTP status: 404 for an unknown query or entity, 400 for a bad or
// missing parameter.
var (
	ErrUnknownQuery  = errors.New("unknown query")
	ErrUnknownEntity = errors.New("unknown entity")
	ErrBadParam      = errors.New("bad parameter")
)

// QueryInfo describes one canned query.
type QueryInfo struct {
	Name        string      `json:"name"`
	Description string      `json:"description"`
	Params      []ParamInfo `json:"params"`
}

// ParamInfo describes one parameter of a canned query.
type ParamInfo struct {
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	Required    bool   `json:"required"`
	Default     string `json:"default,omitempty"`
}

// QueryResult is what running a canned query produced.
type QueryResult struct {
	// Params are the parameters as bound (defaults filled in, entities
	// resolved); nil means echo the request's parameters.
	Params    map[string]any
	Rows      []map[string]any
	Truncated bool
}

// Queries is what the server needs from the canned-query library.
// Errors should wrap ErrUnknownQuery, ErrUnknownEntity or ErrBadParam where
// they apply; anything else is a 500 (or a 504 when ctx expired).
type Queries interface {
	List() []QueryInfo
	Run(ctx context.Context, qs graph.QuadStore, name string, args map[string]string) (*QueryResult, error)
	Source(ctx context.Context, qs graph.QuadStore, name string, args map[string]string) (string, error)
}

// Config configures a Server. Handle or QuadStore must be set.
type Config struct {
	// Handle is the Cayley handle every endpoint reads (and, when writes
	// are enabled, API v2 writes through). If nil, one is built over
	// QuadStore with Cayley's "single" writer.
	Handle    *graph.Handle
	QuadStore graph.QuadStore

	// Queries is the canned-query library; nil serves an empty list.
	Queries Queries

	// Logger receives one line per request and any recovered panic;
	// nil discards.
	Logger *log.Logger

	QueryTimeout time.Duration // per query; default DefaultQueryTimeout
	MaxBodyBytes int64         // request body cap; default DefaultMaxBodyBytes
	MaxLimit     int           // cap on /api/v1/query ?limit=N; default DefaultMaxLimit

	// EnableWrites opens the write endpoints to requests carrying
	// "Authorization: Bearer <WriteToken>". Off by default; an empty
	// token keeps writes closed even when enabled.
	EnableWrites bool
	WriteToken   string

	// Ingester extracts and writes articles posted to POST /api/articles
	// (a write path: token-protected like the others); nil answers 503.
	// MaxArticlesBytes caps that route's body; default
	// DefaultMaxArticlesBytes.
	Ingester         Ingester
	MaxArticlesBytes int64

	// MaxConcurrentQueries bounds the queries (canned, v1 and v2 query
	// endpoints) running at once; others wait up to QueueTimeout for a
	// slot, then get 503. Defaults: DefaultMaxConcurrentQueries() and
	// three QueryTimeouts.
	MaxConcurrentQueries int
	QueueTimeout         time.Duration

	// Version, when set, turns on a cache of canned-query answers keyed
	// on (query, arguments) and valid while Version returns the value it
	// returned before the query ran (graph.Store.Version). Set it only
	// when every write to the store goes through that Store (not with
	// Cayley's write API enabled, nor on a database other processes
	// write). CacheEntries bounds the cache (DefaultCacheEntries). The
	// cache spares repeated requests, and identical requests arriving
	// while one runs wait for it instead of running again; answers carry
	// the header X-Newsgraph-Cache: hit, miss or shared.
	Version      func() uint64
	CacheEntries int

	// CayleyUIDir is the Cayley module directory holding templates/ and
	// static/. Empty means locate it (see LocateCayleyUI).
	CayleyUIDir string
}

// Server serves the API and Cayley's UI. Create it with New.
type Server struct {
	cfg     Config
	handle  *graph.Handle
	queries Queries
	log     *log.Logger
	router  *mux.Router
	handler http.Handler // router wrapped in middleware; set by routes
	ui      *cayleyUI    // nil when the UI files were not found
	uiErr   error
	slots   chan struct{} // one per running query (see admit)
	cache   *answerCache  // nil unless cfg.Version is set
}

// New builds a Server and its routes. It does not fail: when Cayley's UI
// files cannot be found the UI routes answer 503 with an explanation, and
// the reason is logged.
func New(cfg Config) *Server {
	if cfg.QueryTimeout <= 0 {
		cfg.QueryTimeout = DefaultQueryTimeout
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.MaxConcurrentQueries <= 0 {
		cfg.MaxConcurrentQueries = DefaultMaxConcurrentQueries()
	}
	if cfg.QueueTimeout <= 0 {
		cfg.QueueTimeout = 3 * cfg.QueryTimeout
	}
	if cfg.MaxArticlesBytes <= 0 {
		cfg.MaxArticlesBytes = DefaultMaxArticlesBytes
	}
	if cfg.MaxLimit <= 0 {
		cfg.MaxLimit = DefaultMaxLimit
	}
	s := &Server{cfg: cfg, queries: cfg.Queries, log: cfg.Logger, router: mux.NewRouter(),
		slots: make(chan struct{}, cfg.MaxConcurrentQueries)}
	if cfg.Version != nil {
		if cfg.CacheEntries <= 0 {
			cfg.CacheEntries = DefaultCacheEntries
		}
		s.cache = newAnswerCache(cfg.CacheEntries)
		s.cfg.CacheEntries = cfg.CacheEntries
	}
	if s.log == nil {
		s.log = log.New(io.Discard, "", 0)
	}
	if s.queries == nil {
		s.queries = emptyQueries{}
	}
	s.handle = cfg.Handle
	if s.handle == nil && cfg.QuadStore != nil {
		qw, err := graph.NewQuadWriter("single", cfg.QuadStore, nil)
		if err != nil {
			s.log.Printf("server: no quad writer over the store (writes will fail): %v", err)
		}
		s.handle = &graph.Handle{QuadStore: cfg.QuadStore, QuadWriter: qw}
	}
	if s.handle == nil || s.handle.QuadStore == nil {
		s.log.Printf("server: no Cayley handle configured: store endpoints will answer 503")
	}
	dir, err := LocateCayleyUI(cfg.CayleyUIDir)
	if err == nil {
		s.ui, err = loadCayleyUI(dir)
	}
	if err != nil {
		s.uiErr = err
		s.log.Printf("server: Cayley UI disabled: %v", err)
	}
	s.routes()
	return s
}

// ServeHTTP makes Server an http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

// quadStore returns the store or an error for a server built without one.
func (s *Server) quadStore() (graph.QuadStore, error) {
	if s.handle == nil || s.handle.QuadStore == nil {
		return nil, errors.New("no graph store configured")
	}
	return s.handle.QuadStore, nil
}

type emptyQueries struct{}

func (emptyQueries) List() []QueryInfo { return []QueryInfo{} }
func (emptyQueries) Run(context.Context, graph.QuadStore, string, map[string]string) (*QueryResult, error) {
	return nil, fmt.Errorf("no query library configured: %w", ErrUnknownQuery)
}
func (emptyQueries) Source(context.Context, graph.QuadStore, string, map[string]string) (string, error) {
	return "", fmt.Errorf("no query library configured: %w", ErrUnknownQuery)
}
