package graph

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

func TestExportImportRoundTrip(t *testing.T) {
	ctx := context.Background()
	src := openTest(t, "bolt", t.TempDir()+"/src.bolt")
	mustWrite(t, src, harborV1())
	mustWrite(t, src, riverArticle())
	mustWrite(t, src, harborV2())
	var buf bytes.Buffer
	if err := src.Export(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "<"+string(ArticleIRI("river"))+"> .\n") {
		t.Fatalf("export lacks labels:\n%.500s", buf.String())
	}
	dst := openTest(t, "memstore", "")
	old := ImportBatch
	ImportBatch = 7 // several batches
	defer func() { ImportBatch = old }()
	n, err := dst.Import(ctx, bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	a, b := stats(t, src), stats(t, dst)
	if int64(n) != a.Quads || a.Quads != b.Quads || a.Nodes != b.Nodes || a.Articles != b.Articles {
		t.Errorf("imported %d quads; source %+v, copy %+v", n, a, b)
	}
	checkArticle(t, dst, harborV2())
	checkArticle(t, dst, riverArticle())
	for _, q := range []string{gizmoPersons, gizmoOrgs, gizmoTexts} {
		if x, y := gizmoIDs(t, src, q), gizmoIDs(t, dst, q); !reflect.DeepEqual(x, y) || len(x) == 0 {
			t.Errorf("%s: source %v, copy %v", q, x, y)
		}
	}
	// The copy's articles can be replaced like the original's.
	mustWrite(t, dst, harborV1())
	checkArticle(t, dst, harborV1())
}

func TestImportBadInput(t *testing.T) {
	s := openTest(t, "memstore", "")
	_, err := s.ImportNamed(context.Background(), strings.NewReader("<a> <b> <c> .\n<a> <b> broken\n"), "dump.nq")
	if err == nil || !strings.Contains(err.Error(), "dump.nq") {
		t.Errorf("err = %v, want an error naming dump.nq", err)
	}
	_, err = s.ImportNamed(context.Background(), strings.NewReader("<a> <b> <c> <"+string(AggregatesLabel)+"> .\n"), "agg.nq")
	if err == nil || !strings.Contains(err.Error(), "agg.nq") || !strings.Contains(err.Error(), "aggregates") {
		t.Errorf("err = %v, want an error naming agg.nq and the reserved label", err)
	}
}

// Characterises the Cayley 0.7.7 KV bug that Store.apply works around: one
// ApplyDeltas in which a node both gains quads and loses more than it
// gains drops the added quads. If this test fails, Cayley was fixed and
// apply's two-call path can go.
func TestCayleyKVMixedDeltaBug(t *testing.T) {
	s := openTest(t, "bolt", t.TempDir()+"/bug.bolt")
	old, nq := Quads(harborV1()), Quads(harborV2())
	if err := s.QuadStore().ApplyDeltas(mustDiff(nil, old), cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		t.Fatal(err)
	}
	d := mustDiff(old, nq)
	if !netLossOnAddedNode(d) {
		t.Fatal("harbor v1 -> v2 should have a node with a net loss")
	}
	if err := s.QuadStore().ApplyDeltas(d, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		t.Fatal(err)
	}
	got, err := s.LabelQuadsScan(context.Background(), ArticleIRI("harbor"))
	if err != nil {
		t.Fatal(err)
	}
	if reflect.DeepEqual(nquadSet(got), nquadSet(nq)) {
		t.Error("single ApplyDeltas was correct: Cayley's KV mixed-delta bug is gone, simplify Store.apply")
	}
	if netLossOnAddedNode(mustDiff(nil, nq)) {
		t.Error("a first write never needs two calls")
	}
}

func mustDiff(old, nq []quad.Quad) []cgraph.Delta {
	d, _ := diff(old, nq)
	return d
}
