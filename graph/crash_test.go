package graph

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
)

// A replace that stops between its two ApplyDeltas calls (a crash) leaves
// a pending-write marker; the next Open removes the half-written article
// whole and keeps every other article, and writing it again restores it.
func TestInterruptedReplaceIsRepaired(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crash.bolt")
	s, err := Open("bolt", path)
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, s, harborV1())
	mustWrite(t, s, riverArticle())
	doc := harborV2().Doc
	old, err := s.articleQuads(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	deltas, _ := diff(old, Quads(harborV2()))
	if !netLossOnAddedNode(deltas) {
		t.Fatal("fixture no longer needs the two-call replace: this test would prove nothing")
	}
	// The first of apply's two calls, then the "crash".
	var dels []cgraph.Delta
	for _, d := range deltas {
		if d.Action == cgraph.Delete {
			dels = append(dels, d)
		}
	}
	opts := cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	if err := s.QuadStore().ApplyDeltas(append(dels, pendingMarkers(deltas, cgraph.Add)...), opts); err != nil {
		t.Fatal(err)
	}
	if got, err := s.PendingWrites(ctx); err != nil || !reflect.DeepEqual(got, []string{doc}) {
		t.Fatalf("pending writes = %v, %v; want [%s]", got, err, doc)
	}
	if half, _ := s.LabelQuadsScan(ctx, ArticleIRI(doc)); len(half) == 0 {
		t.Fatal("the interrupted write left nothing: the repair is not exercised")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = openTest(t, "bolt", path)
	if got := s.Repaired(); !reflect.DeepEqual(got, []string{doc}) {
		t.Fatalf("Repaired() = %v, want [%s]", got, doc)
	}
	if left, _ := s.LabelQuadsScan(ctx, ArticleIRI(doc)); len(left) != 0 {
		t.Errorf("%d quads of the half-written article survive the repair", len(left))
	}
	if got, _ := s.PendingWrites(ctx); len(got) != 0 {
		t.Errorf("markers survive the repair: %v", got)
	}
	checkArticle(t, s, riverArticle())
	if st := stats(t, s); st.Quads != int64(len(Quads(riverArticle()))) || st.Articles != 1 {
		t.Errorf("after repair: %+v, want only the river article's %d quads", st, len(Quads(riverArticle())))
	}
	mustWrite(t, s, harborV2())
	checkArticle(t, s, harborV2())
	if st := stats(t, s); st.Quads != int64(len(Quads(riverArticle()))+len(Quads(harborV2()))) {
		t.Errorf("after rewrite: %d quads", st.Quads)
	}
}

// A completed two-call replace leaves no marker behind.
func TestCompletedReplaceLeavesNoMarker(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, "bolt", filepath.Join(t.TempDir(), "ok.bolt"))
	mustWrite(t, s, harborV1())
	mustWrite(t, s, harborV2())
	if got, err := s.PendingWrites(ctx); err != nil || len(got) != 0 {
		t.Errorf("pending writes after a completed replace = %v, %v", got, err)
	}
	if ref := s.QuadStore().ValueOf(PendingWrite); ref != nil {
		if n := len(gizmoIDs(t, s, `g.V().Has(iri("`+string(PredPendingWrite)+`")).All()`)); n != 0 {
			t.Errorf("%d marker quads left", n)
		}
	}
	if st := stats(t, s); st.Quads != int64(len(Quads(harborV2()))) {
		t.Errorf("quads = %d, want %d", st.Quads, len(Quads(harborV2())))
	}
}
