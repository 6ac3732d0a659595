package loadgen

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestCheckLoopback(t *testing.T) {
	for _, ok := range []string{"http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:80"} {
		if err := CheckLoopback(ok); err != nil {
			t.Errorf("%s refused: %v", ok, err)
		}
	}
	for _, bad := range []string{"http://10.0.0.1:80", "http://example.com", "http://0.0.0.0:80", "::"} {
		if err := CheckLoopback(bad); err == nil {
			t.Errorf("%s accepted", bad)
		}
	}
}

// A fake server: every path answers 200 except /bad (500).
func TestRunCountsErrorsAndLatency(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/bad") {
			http.Error(w, "no", 500)
			return
		}
		time.Sleep(2 * time.Millisecond)
		_, _ = w.Write([]byte(`{}`))
	}))
	defer ts.Close()
	res, err := Run(context.Background(), Config{BaseURL: ts.URL, Clients: 4, Duration: 2 * time.Second, Paths: []string{"/a", "/b", "/c", "/bad"}, MaxRequests: 200})
	if err != nil {
		t.Fatal(err)
	}
	// Clients share the request cap, so how many requests each path gets
	// varies by a few; every /bad request is an error, nothing else is.
	if res.Requests != 200 || res.Errors < 40 || res.Errors > 60 || res.ByStatus[500] != res.Errors || res.ByStatus[200] != 200-res.Errors {
		t.Errorf("got %+v, want 200 requests, about 50 errors (the /bad ones)", res)
	}
	if res.P50 < 2*time.Millisecond || res.P99 < res.P50 || res.Max < res.P99 {
		t.Errorf("percentiles out of order: %s", res)
	}
	if len(res.ByQuery) != 4 {
		t.Fatalf("per-query breakdown: %+v, want 4 queries", res.ByQuery)
	}
	sum := 0
	for _, q := range res.ByQuery {
		sum += q.Requests
		wantErr := 0
		if q.Query == "bad" {
			wantErr = q.Requests
		}
		if q.Requests == 0 || q.Errors != wantErr || q.ErrorKinds["status 500"] != wantErr || q.P99 < q.P50 || q.Max < q.P99 {
			t.Errorf("query %s: %+v, want only errors for bad", q.Query, q)
		}
	}
	if sum != res.Requests {
		t.Errorf("per-query requests sum to %d, want %d", sum, res.Requests)
	}
	if tab := res.Table(); !strings.Contains(tab, "| bad | ") || !strings.Contains(tab, "status 500: ") {
		t.Errorf("table lacks the bad row:\n%s", tab)
	}
	if _, err := Run(context.Background(), Config{BaseURL: "http://192.0.2.1:80", Clients: 1, Duration: time.Second}); err == nil {
		t.Error("non-loopback run allowed")
	}
}
