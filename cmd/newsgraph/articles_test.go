package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/server"
)

// TestPostArticlesSameAsIngest checks that an article posted to
// /api/articles goes through the same extraction and per-article
// transaction as `newsgraph ingest` of the same article from a file.
func TestPostArticlesSameAsIngest(t *testing.T) {
	arts := []newsgraph.Article{relTestArticle(1), relTestArticle(2)}
	dir := t.TempDir()
	in := filepath.Join(dir, "arts.jsonl")
	relWriteJSONL(t, in, arts)

	fromFile := filepath.Join(dir, "file.bolt")
	if out, errs, err := relNgRun(t, "ingest", "--dbpath", fromFile, in); err != nil {
		t.Fatalf("ingest: %v\n%s%s", err, out, errs)
	}
	want := relArticleQuadSet(t, fromFile)
	if len(want) != 2 {
		t.Fatalf("file ingest wrote %d articles, want 2", len(want))
	}

	fromHTTP := filepath.Join(dir, "http.bolt")
	st, err := graph.Open("bolt", fromHTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ing, err := newIngester(context.Background(), st, &extractFlags{})
	if err != nil {
		t.Fatal(err)
	}
	srv := server.New(server.Config{Handle: st.Handle(), EnableWrites: true, WriteToken: "tok", Ingester: ing})
	post := func(body []byte) []server.ArticleResult {
		t.Helper()
		req := httptest.NewRequest("POST", "/api/articles", bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer tok")
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			t.Fatalf("POST: %d %s", rec.Code, rec.Body)
		}
		var resp struct{ Results []server.ArticleResult }
		if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
			t.Fatal(err)
		}
		return resp.Results
	}
	var body bytes.Buffer
	for _, a := range arts {
		_ = json.NewEncoder(&body).Encode(a)
	}
	bad := relTestArticle(3)
	bad.Published = "the day after tomorrow"
	_ = json.NewEncoder(&body).Encode(bad)
	noID := relTestArticle(4)
	noID.ID = ""
	_ = json.NewEncoder(&body).Encode(noID)
	res := post(body.Bytes())
	wantStatus := []string{"written", "written", "rejected", "rejected"}
	for i, r := range res {
		if r.Status != wantStatus[i] {
			t.Errorf("article %d: %+v, want %s", i+1, r, wantStatus[i])
		}
	}
	if len(res) != 4 || !strings.Contains(res[2].Reason, "date") || !strings.Contains(res[3].Reason, "id") {
		t.Errorf("results %+v", res)
	}
	got := relStoreArticleQuads(t, st)
	if !reflect.DeepEqual(got, want) {
		for id := range want {
			if !reflect.DeepEqual(got[id], want[id]) {
				t.Errorf("article %s: %d quads over HTTP, %d from the file", id, len(got[id]), len(want[id]))
			}
		}
		t.Fatalf("HTTP ingest differs from file ingest (%d vs %d articles)", len(got), len(want))
	}
	// Posting the same article again replaces it with the same quads.
	again, _ := json.Marshal(arts[0])
	res = post(again)
	if len(res) != 1 || res[0].Status != "replaced" || res[0].Quads != len(want[arts[0].ID]) {
		t.Errorf("re-post: %+v, want replaced with %d quads", res, len(want[arts[0].ID]))
	}
	if got := relStoreArticleQuads(t, st); !reflect.DeepEqual(got, want) {
		t.Errorf("re-posting changed the store")
	}
}
