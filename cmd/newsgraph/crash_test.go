package main

import (
	"bytes"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
)

// buildNewsgraph builds the newsgraph binary into dir.
func buildNewsgraph(t *testing.T, dir string) string {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		gobin = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	bin := filepath.Join(dir, "newsgraph")
	cmd := exec.Command(gobin, "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

var entityIRI = regexp.MustCompile(`<` + regexp.QuoteMeta(graph.EntityBase) + `[^>]*>`)

// normalised maps each article to its quads with entity IRIs blanked, so
// that stores differing only in how entities were resolved compare equal.
func normalised(quads map[string][]string) map[string][]string {
	out := make(map[string][]string, len(quads))
	for id, qs := range quads {
		n := make([]string, len(qs))
		for i, q := range qs {
			n[i] = entityIRI.ReplaceAllString(q, "<E>")
		}
		sort.Strings(n)
		out[id] = n
	}
	return out
}

// TestIngestSurvivesSIGKILL kills `newsgraph ingest` at random points,
// alternating between two versions of the same articles (so kills also land
// in replaces), and checks after each kill that every article in the store
// is wholly one version or absent, then that a last, uninterrupted run
// leaves exactly what a clean run writes. NEWSGRAPH_CRASH_ITERS sets the
// number of kills (default 20).
func TestIngestSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and kills it many times")
	}
	iters := 20
	if v := os.Getenv("NEWSGRAPH_CRASH_ITERS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			t.Fatalf("NEWSGRAPH_CRASH_ITERS=%q: want a positive number", v)
		}
		iters = n
	}
	dir := t.TempDir()
	bin := buildNewsgraph(t, dir)
	const n = 24
	var va, vb []newsgraph.Article
	for i := range n {
		a, b := relTestArticle(i), relTestArticle(i+7)
		b.ID, b.Published = a.ID, a.Published
		va, vb = append(va, a), append(vb, b)
	}
	files := [2]string{filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")}
	relWriteJSONL(t, files[0], va)
	relWriteJSONL(t, files[1], vb)

	// Clean references, and how long a clean run takes.
	var refs [2]map[string][]string
	var cleanQuads [2]int64
	var took time.Duration
	for v, f := range files {
		db := filepath.Join(dir, "ref"+strconv.Itoa(v)+".bolt")
		start := time.Now()
		if out, err := exec.Command(bin, "ingest", "--workers", "1", "--dbpath", db, f).CombinedOutput(); err != nil {
			t.Fatalf("clean ingest: %v\n%s", err, out)
		}
		took = max(took, time.Since(start))
		refs[v] = normalised(relArticleQuadSet(t, db))
		if len(refs[v]) != n {
			t.Fatalf("clean ingest wrote %d articles, want %d", len(refs[v]), n)
		}
		cleanQuads[v] = storeQuadCount(t, db)
	}
	t.Logf("clean run: %s", took)

	db := filepath.Join(dir, "crash.bolt")
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	var repaired, killedMidRun int
	for it := range iters {
		v := it % 2
		cmd := exec.Command(bin, "ingest", "--workers", "1", "--dbpath", db, files[v])
		cmd.Dir = dir
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Int64N(int64(took))))
		_ = cmd.Process.Kill() // SIGKILL
		if err := cmd.Wait(); err != nil {
			killedMidRun++
		}
		arts, fixed := storeArticles(t, db)
		repaired += fixed + strings.Count(stderr.String(), "half-written")
		got := normalised(arts)
		for id, qs := range got {
			if !reflect.DeepEqual(qs, refs[0][id]) && !reflect.DeepEqual(qs, refs[1][id]) {
				t.Fatalf("kill %d: article %s has %d quads, matching neither version (%d or %d quads)",
					it+1, id, len(qs), len(refs[0][id]), len(refs[1][id]))
			}
		}
	}
	t.Logf("%d kills (%d mid-run), %d half-written articles repaired on reopen", iters, killedMidRun, repaired)

	// A last uninterrupted run completes the batch without duplicates.
	if out, err := exec.Command(bin, "ingest", "--workers", "1", "--dbpath", db, files[1]).CombinedOutput(); err != nil {
		t.Fatalf("final ingest: %v\n%s", err, out)
	}
	if got := normalised(relArticleQuadSet(t, db)); !reflect.DeepEqual(got, refs[1]) {
		t.Errorf("after the final run the articles differ from a clean run")
	}
	if got := storeQuadCount(t, db); got != cleanQuads[1] {
		t.Errorf("after the final run the store has %d quads, a clean run %d", got, cleanQuads[1])
	}
}

// storeArticles reads a store's article quads; a store never created
// (killed before its first write) has none.
func storeArticles(t *testing.T, db string) (map[string][]string, int) {
	t.Helper()
	if _, err := os.Stat(db); os.IsNotExist(err) {
		return nil, 0
	}
	st, err := graph.Open("bolt", db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	return relStoreArticleQuads(t, st), len(st.Repaired())
}

func storeQuadCount(t *testing.T, db string) int64 {
	t.Helper()
	st, err := graph.Open("bolt", db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, err := st.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return s.Quads
}
