package loadgen

import (
	"context"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/bench"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/server"
)

// The real server and canned queries over a small synthetic graph: the
// load generator plans requests for every query from the server's own
// answers, and a short run with concurrent clients has no errors.
// Capped by request count, not time; it asserts no speed.
func TestRunAgainstServerOnSyntheticGraph(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a synthetic store")
	}
	ctx := context.Background()
	st, err := graph.Open("memstore", "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := bench.BuildSynthetic(ctx, st, &bench.Synth{Seed: 1, Universe: 300}, 0, 20000, 50, nil); err != nil {
		t.Fatal(err)
	}
	lib, err := queries.Load()
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(server.New(server.Config{Handle: st.Handle(), Queries: server.Library(lib), QueryTimeout: 30 * time.Second}))
	defer srv.Close()
	res, err := Run(ctx, Config{BaseURL: srv.URL, Clients: 4, Duration: 5 * time.Minute, MaxRequests: 400})
	if err != nil {
		t.Fatal(err)
	}
	if res.Requests != 400 || res.Errors != 0 {
		t.Fatalf("%d requests, %d errors, want 400 and none:\n%s\n%s", res.Requests, res.Errors, res, res.Table())
	}
	if len(res.ByQuery) != len(lib.List()) {
		t.Errorf("%d queries requested, the server offers %d:\n%s", len(res.ByQuery), len(lib.List()), res.Table())
	}
}
