package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
)

// A hand-made graph: three people of a made-up club, labelled by the
// made-up article each fact came from.
const (
	exNS    = "http://example.test/"
	artA    = quad.IRI(exNS + "article/a")
	artB    = quad.IRI(exNS + "article/b")
	pName   = quad.IRI("http://schema.org/name")
	pKnows  = quad.IRI(exNS + "knows")
	pMember = quad.IRI(exNS + "memberOf")
)

var (
	ann  = quad.IRI(exNS + "ann")
	bo   = quad.IRI(exNS + "bo")
	cy   = quad.IRI(exNS + "cy")
	club = quad.IRI(exNS + "club")
)

func testQuads() []quad.Quad {
	return []quad.Quad{
		quad.Make(ann, pName, quad.String("Ann Jensen"), artA),
		quad.Make(bo, pName, quad.String("Bo Larsen"), artA),
		quad.Make(cy, pName, quad.String("Cy Holm"), artB),
		quad.Make(club, pName, quad.String("Rowing Club"), artB),
		quad.Make(ann, pKnows, bo, artA),
		quad.Make(ann, pKnows, cy, artB),
		quad.Make(bo, pMember, club, artB),
	}
}

func testHandle(t testing.TB) *graph.Handle {
	t.Helper()
	qs := memstore.New(testQuads()...)
	qw, err := graph.NewQuadWriter("single", qs, nil)
	if err != nil {
		t.Fatalf("quad writer: %v", err)
	}
	return &graph.Handle{QuadStore: qs, QuadWriter: qw}
}

// fakeQueries is a tiny query library over the test graph; it exists to
// check the server's mapping of results and errors to HTTP.
type fakeQueries struct{}

func (fakeQueries) List() []QueryInfo {
	return []QueryInfo{
		{Name: "names", Description: "every name"},
		{Name: "person", Description: "one person by name", Params: []ParamInfo{{Name: "name", Required: true}}},
		{Name: "slow", Description: "waits for its deadline"},
		{Name: "boom", Description: "panics"},
	}
}

func (f fakeQueries) Run(ctx context.Context, qs graph.QuadStore, name string, args map[string]string) (*QueryResult, error) {
	switch name {
	case "names", "person":
		it := qs.QuadIterator(quad.Predicate, qs.ValueOf(pName))
		defer it.Close()
		var rows []map[string]any
		for it.Next(ctx) {
			q := qs.Quad(it.Result())
			n := q.Object.Native()
			if name == "person" && n != args["name"] {
				continue
			}
			rows = append(rows, map[string]any{"id": string(q.Subject.(quad.IRI)), "name": n})
		}
		if err := it.Err(); err != nil {
			return nil, err
		}
		if name == "person" {
			if args["name"] == "" {
				return nil, fmt.Errorf("parameter name is required: %w", ErrBadParam)
			}
			if len(rows) == 0 {
				return nil, fmt.Errorf("no entity named %q: %w", args["name"], ErrUnknownEntity)
			}
		}
		return &QueryResult{Rows: rows}, nil
	case "slow":
		<-ctx.Done()
		return nil, fmt.Errorf("slow: %w", ctx.Err())
	case "boom":
		panic("boom")
	}
	return nil, fmt.Errorf("%q: %w", name, ErrUnknownQuery)
}

func (fakeQueries) Source(ctx context.Context, qs graph.QuadStore, name string, args map[string]string) (string, error) {
	if name != "person" {
		return "", fmt.Errorf("%q: %w", name, ErrUnknownQuery)
	}
	b, _ := json.Marshal(args)
	return "var params = " + string(b) + ";\ng.V().Has(\"<http://schema.org/name>\", params.name).All()\n", nil
}

// syncBuffer is a log sink safe for the server's goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func newTestServer(t testing.TB, mod func(*Config)) (*Server, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	cfg := Config{
		Handle:       testHandle(t),
		Queries:      fakeQueries{},
		Logger:       log.New(logs, "", 0),
		QueryTimeout: 2 * time.Second,
	}
	if mod != nil {
		mod(&cfg)
	}
	return New(cfg), logs
}

type response struct {
	code int
	ct   string
	body []byte
}

func do(t testing.TB, h http.Handler, method, target, body string, hdr ...string) response {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, rd)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return response{rec.Code, rec.Header().Get("Content-Type"), rec.Body.Bytes()}
}

// decode unmarshals a JSON body, failing the test on bad JSON.
func decode[T any](t testing.TB, r response) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(r.body, &v); err != nil {
		t.Fatalf("body is not JSON (%v): %s", err, r.body)
	}
	return v
}

// wantJSONError checks status, JSON content type and a non-empty error.
func wantJSONError(t testing.TB, r response, code int, contains string) {
	t.Helper()
	if r.code != code {
		t.Errorf("status %d, want %d; body %s", r.code, code, r.body)
	}
	if !strings.HasPrefix(r.ct, "application/json") {
		t.Errorf("content type %q, want application/json", r.ct)
	}
	e := decode[errorBody](t, r)
	if e.Error == "" || !strings.Contains(e.Error, contains) {
		t.Errorf("error %q, want one containing %q", e.Error, contains)
	}
}

func TestHealthz(t *testing.T) {
	s, logs := newTestServer(t, nil)
	r := do(t, s, "GET", "/healthz", "")
	if r.code != 200 || !strings.HasPrefix(r.ct, "application/json") {
		t.Fatalf("healthz: %d %q %s", r.code, r.ct, r.body)
	}
	h := decode[healthResponse](t, r)
	if h.Status != "ok" || h.Quads != int64(len(testQuads())) {
		t.Errorf("healthz = %+v, want ok with %d quads", h, len(testQuads()))
	}
	if !strings.Contains(logs.String(), "GET /healthz 200") {
		t.Errorf("request not logged; log:\n%s", logs)
	}
}

func TestHealthzWithoutStore(t *testing.T) {
	s := New(Config{Queries: fakeQueries{}})
	wantJSONError(t, do(t, s, "GET", "/healthz", ""), 503, "no graph store")
}

func TestListQueries(t *testing.T) {
	s, _ := newTestServer(t, nil)
	r := do(t, s, "GET", "/api/queries", "")
	if r.code != 200 || !strings.HasPrefix(r.ct, "application/json") {
		t.Fatalf("list: %d %q %s", r.code, r.ct, r.body)
	}
	var got struct {
		Queries []QueryInfo `json:"queries"`
		Count   int         `json:"count"`
	}
	got = decode[struct {
		Queries []QueryInfo `json:"queries"`
		Count   int         `json:"count"`
	}](t, r)
	if got.Count != 4 || len(got.Queries) != 4 || got.Queries[1].Name != "person" ||
		len(got.Queries[1].Params) != 1 || !got.Queries[1].Params[0].Required {
		t.Errorf("list = %+v", got)
	}
	if !bytes.Contains(r.body, []byte(`"params":[]`)) {
		t.Errorf("a query without parameters should list \"params\":[]: %s", r.body)
	}
}

func TestRunQuery(t *testing.T) {
	s, _ := newTestServer(t, nil)
	r := do(t, s, "GET", "/api/queries/person?name=Bo+Larsen", "")
	if r.code != 200 || !strings.HasPrefix(r.ct, "application/json") {
		t.Fatalf("run: %d %q %s", r.code, r.ct, r.body)
	}
	got := decode[struct {
		Query     string            `json:"query"`
		Params    map[string]string `json:"params"`
		Rows      []map[string]any  `json:"rows"`
		Count     int               `json:"count"`
		Truncated bool              `json:"truncated"`
	}](t, r)
	if got.Query != "person" || got.Params["name"] != "Bo Larsen" || got.Count != 1 ||
		len(got.Rows) != 1 || got.Rows[0]["id"] != string(bo) || got.Truncated {
		t.Errorf("run = %+v", got)
	}

	r = do(t, s, "GET", "/api/queries/names", "")
	all := decode[runResponse](t, r)
	if all.Count != 4 {
		t.Errorf("names: count %d, want 4: %s", all.Count, r.body)
	}
}

func TestRunQueryErrors(t *testing.T) {
	s, logs := newTestServer(t, func(c *Config) { c.QueryTimeout = 50 * time.Millisecond })
	cases := []struct {
		target string
		code   int
		msg    string
	}{
		{"/api/queries/nosuch", 404, "unknown query"},
		{"/api/queries/person?name=Nobody+Here", 404, "no entity named"},
		{"/api/queries/person", 400, "required"},
		{"/api/queries/person?name=a&name=b", 400, "given 2 times"},
		{"/api/queries/slow", 504, "timed out"},
		{"/api/queries/boom", 500, "internal server error"},
		{"/api/queries/nosuch/gizmo", 404, "unknown query"},
		{"/no/such/route", 404, "no route"},
	}
	for _, c := range cases {
		t.Run(c.target, func(t *testing.T) {
			wantJSONError(t, do(t, s, "GET", c.target, ""), c.code, c.msg)
		})
	}
	if !strings.Contains(logs.String(), "panic serving GET /api/queries/boom: boom") {
		t.Errorf("panic not logged; log:\n%s", logs)
	}
}

func TestMethodNotAllowed(t *testing.T) {
	s, _ := newTestServer(t, nil)
	for _, c := range [][2]string{
		{"POST", "/api/queries"},
		{"DELETE", "/api/queries/names"},
		{"GET", "/api/v1/query/gizmo"},
		{"POST", "/healthz"},
	} {
		wantJSONError(t, do(t, s, c[0], c[1], ""), 405, "not allowed")
	}
}

func TestQuerySource(t *testing.T) {
	s, _ := newTestServer(t, nil)
	r := do(t, s, "GET", "/api/queries/person/gizmo?name=Cy+Holm", "")
	if r.code != 200 || r.ct != "text/plain; charset=utf-8" {
		t.Fatalf("gizmo source: %d %q %s", r.code, r.ct, r.body)
	}
	if !strings.Contains(string(r.body), `var params = {"name":"Cy Holm"};`) {
		t.Errorf("source not bound: %s", r.body)
	}
}

// v1Post posts a Gizmo query to Cayley's v1 endpoint.
func v1Post(t testing.TB, h http.Handler, path, q string) response {
	t.Helper()
	return do(t, h, "POST", path, q, "Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
}

func TestV1Query(t *testing.T) {
	s, _ := newTestServer(t, nil)
	q := `g.V("<http://example.test/ann>").Tag("source").Out("<http://example.test/knows>").Tag("target").All()`
	r := v1Post(t, s, "/api/v1/query/gizmo", q)
	if r.code != 200 {
		t.Fatalf("v1 query: %d %s", r.code, r.body)
	}
	if r.ct != contentTypeV1 {
		t.Errorf("v1 content type %q, want %q (the UI JSON.parses the text)", r.ct, contentTypeV1)
	}
	got := decode[struct {
		Result []map[string]string `json:"result"`
	}](t, r)
	if len(got.Result) != 2 {
		t.Fatalf("want 2 rows, got %s", r.body)
	}
	targets := map[string]bool{}
	for _, row := range got.Result {
		if row["source"] != "<http://example.test/ann>" {
			t.Errorf("row %v: wrong source", row)
		}
		targets[row["target"]] = true
	}
	if !targets["<http://example.test/bo>"] || !targets["<http://example.test/cy>"] {
		t.Errorf("targets %v", targets)
	}

	r = v1Post(t, s, "/api/v1/query/gizmo?limit=1", q)
	if n := len(decode[struct{ Result []any }](t, r).Result); r.code != 200 || n != 1 {
		t.Errorf("limit=1: %d rows, status %d: %s", n, r.code, r.body)
	}
	for _, bad := range []string{"abc", "0", "-5"} {
		r = v1Post(t, s, "/api/v1/query/gizmo?limit="+bad, q)
		if r.code != 400 || !strings.Contains(decode[errorBody](t, r).Error, "limit") {
			t.Errorf("limit=%s: %d %s", bad, r.code, r.body)
		}
	}
	r = v1Post(t, s, "/api/v1/query/gizmo", `g.V(.All(`)
	if r.code != 400 || decode[errorBody](t, r).Error == "" {
		t.Errorf("syntax error: %d %s", r.code, r.body)
	}
	r = v1Post(t, s, "/api/v1/query/sparql", q)
	if r.code != 400 || !strings.Contains(decode[errorBody](t, r).Error, "unknown query language") {
		t.Errorf("unknown language: %d %s", r.code, r.body)
	}
}

func TestV1QueryLimitCap(t *testing.T) {
	s, _ := newTestServer(t, func(c *Config) { c.MaxLimit = 3 })
	r := v1Post(t, s, "/api/v1/query/gizmo?limit=1000", `g.V().All()`)
	if n := len(decode[struct{ Result []any }](t, r).Result); n != 3 {
		t.Errorf("limit capped at 3: got %d rows: %s", n, r.body)
	}
}

func TestV1QueryTimeout(t *testing.T) {
	s, _ := newTestServer(t, func(c *Config) { c.QueryTimeout = 100 * time.Millisecond })
	start := time.Now()
	r := v1Post(t, s, "/api/v1/query/gizmo", `while (true) {}`)
	if r.code != 504 || !strings.Contains(decode[errorBody](t, r).Error, "timed out") {
		t.Errorf("endless query: %d %s", r.code, r.body)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("endless query answered after %v", d)
	}
}

func TestV1BodyTooLarge(t *testing.T) {
	s, _ := newTestServer(t, func(c *Config) { c.MaxBodyBytes = 64 })
	r := v1Post(t, s, "/api/v1/query/gizmo", "g.V().All()"+strings.Repeat(" ", 100))
	if r.code != 413 {
		t.Errorf("oversized body: %d %s", r.code, r.body)
	}
}

func TestV1Shape(t *testing.T) {
	s, _ := newTestServer(t, nil)
	r := v1Post(t, s, "/api/v1/shape/gizmo", `g.V("<http://example.test/ann>").Out("<http://example.test/knows>").All()`)
	if r.code != 200 {
		t.Fatalf("shape: %d %s", r.code, r.body)
	}
	got := decode[struct {
		Nodes []map[string]any `json:"nodes"`
		Links []map[string]any `json:"links"`
	}](t, r)
	if len(got.Nodes) == 0 {
		t.Errorf("shape has no nodes: %s", r.body)
	}
	r = v1Post(t, s, "/api/v1/shape/gizmo", `g.V(`)
	if r.code != 400 || decode[errorBody](t, r).Error == "" {
		t.Errorf("bad shape query: %d %s", r.code, r.body)
	}
}

func TestV2Read(t *testing.T) {
	s, _ := newTestServer(t, nil)
	r := do(t, s, "GET", "/api/v2/read?format=nquads&pred="+url.QueryEscape("<"+string(pKnows)+">"), "")
	if r.code != 200 {
		t.Fatalf("v2 read: %d %s", r.code, r.body)
	}
	lines := strings.Split(strings.TrimSpace(string(r.body)), "\n")
	if len(lines) != 2 || !strings.Contains(string(r.body), "<http://example.test/ann> <http://example.test/knows> <http://example.test/cy> <http://example.test/article/b> .") {
		t.Errorf("v2 read of knows: %s", r.body)
	}

	r = do(t, s, "GET", "/api/v2/formats", "")
	if r.code != 200 || !strings.HasPrefix(r.ct, "application/json") || !strings.Contains(string(r.body), `"id":"nquads"`) {
		t.Errorf("v2 formats: %d %q %s", r.code, r.ct, r.body)
	}

	r = do(t, s, "GET", "/api/v2/query?lang=gizmo&qu="+
		"g.V(%22%3Chttp%3A%2F%2Fexample.test%2Fbo%3E%22).Out(%22%3Chttp%3A%2F%2Fschema.org%2Fname%3E%22).All()", "")
	if r.code != 200 || !strings.Contains(string(r.body), `"Bo Larsen"`) {
		t.Errorf("v2 query: %d %s", r.code, r.body)
	}
	wantJSONError(t, do(t, s, "GET", "/api/v2/nosuch", ""), 404, "no route")
}

// writePaths is every write path reachable over HTTP, with a body each
// would accept.
var writePaths = []struct{ path, body string }{
	{"/api/v1/write", `[{"subject":"<x>","predicate":"<p>","object":"<y>"}]`},
	{"/api/v1/write/file/nquad", "<x> <p> <y> .\n"},
	{"/api/v1/delete", `[{"subject":"<http://example.test/ann>","predicate":"<http://example.test/knows>","object":"<http://example.test/bo>"}]`},
	{"/api/v2/write", "<x> <p> <y> .\n"},
	{"/api/v2/delete", "<http://example.test/ann> <http://example.test/knows> <http://example.test/bo> <http://example.test/article/a> .\n"},
	{"/api/v2/node/delete", "<http://example.test/ann>"},
}

func quadCount(t testing.TB, s *Server) int64 {
	t.Helper()
	return decode[healthResponse](t, do(t, s, "GET", "/healthz", "")).Quads
}

func TestWritesRefusedByDefault(t *testing.T) {
	for name, mod := range map[string]func(*Config){
		"default":          nil,
		"token but closed": func(c *Config) { c.WriteToken = "s3cret" },
		"open, no token":   func(c *Config) { c.EnableWrites = true },
	} {
		t.Run(name, func(t *testing.T) {
			s, _ := newTestServer(t, mod)
			before := quadCount(t, s)
			for _, p := range writePaths {
				for _, m := range []string{"POST", "PUT", "GET"} {
					r := do(t, s, m, p.path, p.body, "Authorization", "Bearer s3cret")
					wantJSONError(t, r, 403, "")
				}
			}
			if after := quadCount(t, s); after != before {
				t.Errorf("store changed from %d to %d quads", before, after)
			}
		})
	}
}

func TestWritesWithToken(t *testing.T) {
	s, _ := newTestServer(t, func(c *Config) { c.EnableWrites = true; c.WriteToken = "s3cret" })
	before := quadCount(t, s)
	nq := "<http://example.test/dee> <http://schema.org/name> \"Dee Moe\" <http://example.test/article/c> .\n"
	for _, auth := range []string{"", "Bearer wrong", "Basic s3cret", "Bearer s3cret-and-more"} {
		wantJSONError(t, do(t, s, "POST", "/api/v2/write", nq, "Authorization", auth), 403, "token")
	}
	if got := quadCount(t, s); got != before {
		t.Fatalf("refused writes changed the store: %d -> %d", before, got)
	}
	// Spellings that must not reach the writer without the token.
	for _, p := range []string{"/api/v2/write/", "/api/v2/%77rite", "/api/v2//write", "/api/v2/./write", "/API/v2/write"} {
		r := do(t, s, "POST", p, nq)
		if r.code == 200 {
			t.Errorf("POST %s without token: 200 %s", p, r.body)
		}
	}
	if got := quadCount(t, s); got != before {
		t.Fatalf("path variants changed the store: %d -> %d", before, got)
	}
	r := do(t, s, "POST", "/api/v2/write", nq, "Authorization", "Bearer s3cret")
	if r.code != 200 {
		t.Fatalf("authorised v2 write: %d %s", r.code, r.body)
	}
	if got := quadCount(t, s); got != before+1 {
		t.Errorf("after write: %d quads, want %d", got, before+1)
	}
	r = do(t, s, "POST", "/api/v2/delete", nq, "Authorization", "bearer s3cret")
	if r.code != 200 || quadCount(t, s) != before {
		t.Errorf("authorised v2 delete: %d %s; %d quads", r.code, r.body, quadCount(t, s))
	}
	wantJSONError(t, do(t, s, "POST", "/api/v1/write", writePaths[0].body, "Authorization", "Bearer s3cret"), 501, "/api/v2/write")
}

func TestTokenMatches(t *testing.T) {
	for _, c := range []struct {
		hdr  string
		want bool
	}{
		{"Bearer tok", true}, {"bearer tok", true}, {"Bearer  tok ", true},
		{"Bearer tok2", false}, {"Bearer to", false}, {"tok", false}, {"", false}, {"Bearer ", false},
	} {
		if got := tokenMatches(c.hdr, "tok"); got != c.want {
			t.Errorf("tokenMatches(%q) = %v", c.hdr, got)
		}
	}
}

func TestUIPages(t *testing.T) {
	s, _ := newTestServer(t, nil)
	if s.ui == nil {
		t.Fatalf("Cayley UI not found: %v", s.uiErr)
	}
	for path, want := range map[string]string{
		"/":               "cayley_query.js",
		"/ui/query":       "cayley_query.js",
		"/ui/query_shape": "cayley_shape.js",
		"/ui/visualize":   "cayley_visualize.js",
		"/ui/write":       "cayley_write.js",
	} {
		r := do(t, s, "GET", path, "")
		if r.code != 200 || r.ct != "text/html; charset=utf-8" || !strings.Contains(string(r.body), want) {
			t.Errorf("%s: %d %q, want a page loading %s", path, r.code, r.ct, want)
		}
		if !strings.Contains(string(r.body), `id="run_button"`) {
			t.Errorf("%s: sidebar template not rendered", path)
		}
	}
	wantJSONError(t, do(t, s, "GET", "/ui/nosuch", ""), 404, "no UI page")

	for path, ct := range map[string]string{
		"/static/js/cayley_visualize.js":           "javascript",
		"/static/favicon.ico":                      "image/",
		"/static/third_party/sigmajs/sigma.min.js": "javascript",
	} {
		r := do(t, s, "GET", path, "")
		if r.code != 200 || !strings.Contains(r.ct, ct) || len(r.body) == 0 {
			t.Errorf("%s: %d %q (%d bytes)", path, r.code, r.ct, len(r.body))
		}
	}
	r := do(t, s, "GET", "/static/js/nosuch.js", "")
	if r.code != 404 {
		t.Errorf("missing static file: %d", r.code)
	}
	wantJSONError(t, do(t, s, "GET", "/static/js/", ""), 404, "directory")
}

func TestUIMissingFiles(t *testing.T) {
	dir := t.TempDir()
	s, logs := newTestServer(t, func(c *Config) { c.CayleyUIDir = dir })
	if s.ui != nil {
		t.Fatal("UI loaded from an empty directory")
	}
	for _, p := range []string{"/", "/ui/visualize", "/static/js/cayley_main.js"} {
		wantJSONError(t, do(t, s, "GET", p, ""), 503, "--cayley-ui")
	}
	if r := do(t, s, "GET", "/api/queries/names", ""); r.code != 200 {
		t.Errorf("API should work without the UI: %d %s", r.code, r.body)
	}
	if !strings.Contains(logs.String(), "Cayley UI disabled") {
		t.Errorf("missing UI not logged:\n%s", logs)
	}
}

func TestLocateCayleyUI(t *testing.T) {
	dir, err := LocateCayleyUI("")
	if err != nil {
		t.Fatalf("locate: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "templates", "visualize.html")); err != nil {
		t.Errorf("located %s without templates/visualize.html: %v", dir, err)
	}
	if got, err := LocateCayleyUI(dir); err != nil || got != dir {
		t.Errorf("explicit %s: %q, %v", dir, got, err)
	}
	if _, err := LocateCayleyUI(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no templates/") {
		t.Errorf("explicit empty dir: err = %v", err)
	}
}

func TestModuleRoot(t *testing.T) {
	for file, want := range map[string]string{
		"/root/go/pkg/mod/github.com/cayleygraph/cayley@v0.7.7/graph/quadwriter.go": "/root/go/pkg/mod/github.com/cayleygraph/cayley@v0.7.7",
		"github.com/cayleygraph/cayley@v0.7.7/graph/quadwriter.go":                  "github.com/cayleygraph/cayley@v0.7.7",
		"/src/cayley/graph/quadwriter.go":                                           "",
	} {
		got, ok := moduleRoot(file)
		if got != filepath.FromSlash(want) || ok != (want != "") {
			t.Errorf("moduleRoot(%q) = %q, %v; want %q", file, got, ok, want)
		}
	}
}

func BenchmarkV1Query(b *testing.B) {
	s, _ := newTestServer(b, nil)
	const q = `g.V("<http://example.test/ann>").Tag("source").Out("<http://example.test/knows>").Tag("target").All()`
	for b.Loop() {
		if r := v1Post(b, s, "/api/v1/query/gizmo", q); r.code != 200 {
			b.Fatalf("%d %s", r.code, r.body)
		}
	}
}

func BenchmarkRunQuery(b *testing.B) {
	s, _ := newTestServer(b, nil)
	for b.Loop() {
		if r := do(b, s, "GET", "/api/queries/names", ""); r.code != 200 {
			b.Fatalf("%d %s", r.code, r.body)
		}
	}
}
