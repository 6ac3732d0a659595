package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/server"
)

// hostileServer serves a store of hand-made articles with the canned
// queries, a short query timeout and a small body cap.
func hostileServer(t *testing.T) *httptest.Server {
	t.Helper()
	dir := t.TempDir()
	var arts []newsgraph.Article
	for i := range 6 {
		arts = append(arts, relTestArticle(i))
	}
	in := filepath.Join(dir, "arts.jsonl")
	relWriteJSONL(t, in, arts)
	db := filepath.Join(dir, "g.bolt")
	if out, errs, err := relNgRun(t, "ingest", "--dbpath", db, in); err != nil {
		t.Fatalf("ingest: %v\n%s%s", err, out, errs)
	}
	st, err := graph.Open("bolt", db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	lib, err := queries.Load()
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(server.New(server.Config{
		Handle: st.Handle(), Queries: server.Library(lib),
		QueryTimeout: 2 * time.Second, MaxBodyBytes: 64 << 10, MaxLimit: 500,
	}))
	t.Cleanup(ts.Close)
	return ts
}

func httpDo(t *testing.T, method, u, body string) (int, []byte) {
	t.Helper()
	code, b, err := httpTry(method, u, body)
	if err != nil {
		t.Fatal(err)
	}
	return code, b
}

// httpTry is httpDo for goroutines other than the test's: it returns the
// error instead of failing the test.
func httpTry(method, u, body string) (int, []byte, error) {
	req, err := http.NewRequest(method, u, strings.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil, fmt.Errorf("%s %s: %w", method, u, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, b, err
}

var hostileValues = []string{
	`"); g.V().All(); ("`,
	`'); g.V().All(); //`,
	`" + g.V().All() + "`,
	"x\u2028g.V().All()",
	`${g.V().All()}`,
	`<https://newsgraph.dev/entity/nobody>"); g.V().All(); ("`,
	`<https://newsgraph.dev/nothing-here>`,
	`<> . <a> <b> <c> .`,
	`' OR 1=1 --`,
	`.*`,
	`*`,
	`</script><script>alert(1)</script>`,
	"\x00\x01",
	"\xff\xfe",
	`\u0022); g.V().All(); (\u0022`,
	`-1`,
	`99999999999999999999`,
	strings.Repeat("A", 20000),
}

// Every parameter of every canned query gets hostile values: the answer is
// 200 with no rows, 400 or 404, never a 5xx and never rows. (A value with
// no letters or digits normalises to the empty key, which a search
// parameter treats as no filter: that answer must equal the empty one.)
func TestHostileQueryParameters(t *testing.T) {
	ts := hostileServer(t)
	lib, _ := queries.Load()
	tried := 0
	for _, q := range lib.List() {
		for _, p := range q.Params {
			for _, v := range hostileValues {
				args := url.Values{p.Name: {v}}
				for _, o := range q.Params {
					if o.Name != p.Name && o.Required {
						args.Set(o.Name, "Marta Okonkwo")
					}
				}
				code, body := httpDo(t, "GET", ts.URL+"/api/queries/"+q.Name+"?"+args.Encode(), "")
				tried++
				switch code {
				case 400, 404:
					continue
				case 200:
					var r struct{ Count int }
					if err := json.Unmarshal(body, &r); err != nil {
						t.Fatalf("%s %s=%.40q: 200 with bad JSON: %s", q.Name, p.Name, v, body)
					}
					if newsgraph.Key(v) == "" {
						empty := url.Values{p.Name: {""}}
						for k, vs := range args {
							if k != p.Name {
								empty[k] = vs
							}
						}
						_, base := httpDo(t, "GET", ts.URL+"/api/queries/"+q.Name+"?"+empty.Encode(), "")
						var b struct{ Count int }
						_ = json.Unmarshal(base, &b)
						if r.Count == b.Count {
							continue
						}
					}
					if r.Count != 0 {
						t.Errorf("%s %s=%.40q: %d rows from a hostile value: %.300s", q.Name, p.Name, v, r.Count, body)
					}
				default:
					t.Errorf("%s %s=%.40q: status %d: %.300s", q.Name, p.Name, v, code, body)
				}
			}
		}
	}
	t.Logf("%d hostile requests", tried)
	if code, _ := httpDo(t, "GET", ts.URL+"/healthz", ""); code != 200 {
		t.Fatalf("server unhealthy after hostile requests: %d", code)
	}
}

// Limits, timeouts and body caps of the raw Gizmo endpoint.
func TestHostileGizmo(t *testing.T) {
	ts := hostileServer(t)
	gizmo := ts.URL + "/api/v1/query/gizmo"
	// A huge limit is capped (MaxLimit 500).
	code, body := httpDo(t, "POST", gizmo+"?limit=1000000000", `for (var i = 0; i < 5000; i++) { g.Emit(i) }`)
	var res struct{ Result []any }
	if code != 200 || json.Unmarshal(body, &res) != nil || len(res.Result) != 500 {
		t.Errorf("limit=1e9: %d, %d results, want 200 with 500", code, len(res.Result))
	}
	for name, script := range map[string]string{
		"endless loop":   `while (true) {}`,
		"deep recursion": `function f(n) { return f(n + 1) + 1 } f(0)`,
		"endless walk":   `var n = 0; while (true) { g.V().All(); n++ }`,
	} {
		start := time.Now()
		code, body := httpDo(t, "POST", gizmo, script)
		if code != http.StatusGatewayTimeout && code != http.StatusBadRequest {
			t.Errorf("%s: %d %.200s, want 504 (or 400 for a stack overflow)", name, code, body)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%s: answered after %s, the timeout is 2s", name, d)
		}
		if code, _ := httpDo(t, "GET", ts.URL+"/healthz", ""); code != 200 {
			t.Fatalf("%s killed the server: healthz %d", name, code)
		}
	}
	big := strings.Repeat("// padding\n", 10000) + "g.Emit(1)"
	if code, _ := httpDo(t, "POST", gizmo, big); code != http.StatusRequestEntityTooLarge {
		t.Errorf("body of %d bytes: %d, want 413", len(big), code)
	}
}

// 50 concurrent Gizmo scripts each set the same global to their own value,
// spin, and emit it: each gets its own session, so its own value back.
func TestConcurrentGizmoSessions(t *testing.T) {
	ts := hostileServer(t)
	var wg sync.WaitGroup
	errs := make(chan string, 50)
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			script := fmt.Sprintf(`var params = %d; var n = g.V().Count(); for (var j = 0; j < 20000; j++) {} g.Emit({mine: params, n: n})`, i)
			code, body, err := httpTry("POST", ts.URL+"/api/v1/query/gizmo", script)
			var res struct {
				Result []struct{ Mine, N int }
			}
			if err != nil || code != 200 || json.Unmarshal(body, &res) != nil || len(res.Result) != 1 || res.Result[0].Mine != i || res.Result[0].N == 0 {
				errs <- fmt.Sprintf("client %d: %d %.200s %v", i, code, body, err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
