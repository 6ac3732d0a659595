package main

import (
	"context"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
)

// allQuads returns every quad of a bolt store as sorted N-Quads.
func allQuads(t *testing.T, db string) []string {
	t.Helper()
	st, err := graph.Open("bolt", db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	qs := st.QuadStore()
	it := qs.QuadsAllIterator()
	defer it.Close()
	var out []string
	for it.Next(ctx) {
		out = append(out, qs.Quad(it.Result()).NQuad())
	}
	sort.Strings(out)
	return out
}

// TestExportImportRoundTrip backs a store up with `newsgraph export` and
// restores it with `newsgraph import` into an empty store: the same quads,
// labels included, and the same answers to canned queries.
func TestExportImportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	var arts []newsgraph.Article
	for i := range 5 {
		arts = append(arts, relTestArticle(i))
	}
	in := filepath.Join(dir, "arts.jsonl")
	relWriteJSONL(t, in, arts)
	src, dst := filepath.Join(dir, "src.bolt"), filepath.Join(dir, "dst.bolt")
	backup := filepath.Join(dir, "backup.nq")
	for _, args := range [][]string{
		{"ingest", "--dbpath", src, in},
		{"export", "--dbpath", src, "--out", backup},
		{"import", "--dbpath", dst, backup},
	} {
		if out, errs, err := relNgRun(t, args...); err != nil {
			t.Fatalf("%v: %v\n%s%s", args, err, out, errs)
		}
	}
	want, got := allQuads(t, src), allQuads(t, dst)
	if len(want) == 0 {
		t.Fatal("nothing was ingested")
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("restored store has %d quads, original %d (or they differ)", len(got), len(want))
	}
	labelled := 0
	for _, q := range want {
		if strings.Contains(q, "> <"+graph.ArticleBase) && strings.HasSuffix(q, "> .") {
			labelled++
		}
	}
	if labelled == 0 {
		t.Error("no article-labelled quads compared")
	}
	for _, q := range [][]string{
		{"entities"},
		{"entity", "--param", "entity=Marta Okonkwo"},
		{"statements-by", "--param", "entity=Marta Okonkwo"},
		{"co-mentions", "--param", "entity=Priya Raman"},
	} {
		a, errA, err := relNgRun(t, append([]string{"query", q[0], "--dbpath", src}, q[1:]...)...)
		if err != nil {
			t.Fatalf("query %v on original: %v %s", q, err, errA)
		}
		b, errB, err := relNgRun(t, append([]string{"query", q[0], "--dbpath", dst}, q[1:]...)...)
		if err != nil {
			t.Fatalf("query %v on restored: %v %s", q, err, errB)
		}
		if a != b || len(a) < 20 {
			t.Errorf("query %v: original %d bytes, restored %d bytes, differ or empty", q, len(a), len(b))
		}
	}
}
