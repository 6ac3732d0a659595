package graph

import (
	"bytes"
	"context"
	"path/filepath"
	"sort"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// sortedNQuads lists the quads of s as sorted N-Quads lines.
func sortedNQuads(t *testing.T, s *Store) []string {
	t.Helper()
	var buf bytes.Buffer
	if err := s.Export(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	lines := bytes.Split(bytes.TrimSpace(buf.Bytes()), []byte("\n"))
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		if len(l) > 0 {
			out = append(out, string(l))
		}
	}
	sort.Strings(out)
	return out
}

func sameLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d quads, want %d", what, len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("%s: quad %d is %s, want %s", what, i, got[i], want[i])
		}
	}
}

func TestMirrorEqualsSourceAndFollowsWrites(t *testing.T) {
	ctx := context.Background()
	src := openTest(t, "bolt", filepath.Join(t.TempDir(), "m.bolt"))
	mustWrite(t, src, harborV1())
	mustWrite(t, src, riverArticle())

	m, err := Mirror(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if !m.IsMirror() || src.IsMirror() || m.Backend() != "memstore" {
		t.Fatalf("IsMirror: mirror %v, source %v, backend %q", m.IsMirror(), src.IsMirror(), m.Backend())
	}
	want := sortedNQuads(t, src)
	if len(want) == 0 {
		t.Fatal("source is empty")
	}
	sameLines(t, "mirror after load", sortedNQuads(t, m), want)

	// A replace (V1 -> V2 removes and adds quads) through the source shows
	// in the mirror.
	mustWrite(t, src, harborV2())
	sameLines(t, "mirror after replace", sortedNQuads(t, m), sortedNQuads(t, src))
	checkArticle(t, m, harborV2())
	ids := gizmoIDs(t, m, `g.V(iri("`+string(ArticleIRI(riverArticle().Doc))+`")).All()`)
	if len(ids) != 1 {
		t.Fatalf("mirror gizmo: article %v", ids)
	}

	// Delete and batch writes too.
	if _, err := src.DeleteArticle(ctx, riverArticle().Doc); err != nil {
		t.Fatal(err)
	}
	sameLines(t, "mirror after delete", sortedNQuads(t, m), sortedNQuads(t, src))
	if _, err := src.WriteArticles(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := src.WriteArticles(ctx, []newsgraph.Extraction{riverArticle(), harborV1()}); err != nil {
		t.Fatal(err)
	}
	sameLines(t, "mirror after batch", sortedNQuads(t, m), sortedNQuads(t, src))

	// A closed mirror no longer follows.
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	if len(src.mirrors) != 0 {
		t.Fatalf("closed mirror still attached (%d)", len(src.mirrors))
	}
	mustWrite(t, src, harborV2())
}

func TestMirrorFollowsImport(t *testing.T) {
	ctx := context.Background()
	a := openTest(t, "memstore", "")
	mustWrite(t, a, harborV1())
	var buf bytes.Buffer
	if err := a.Export(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	b := openTest(t, "bolt", filepath.Join(t.TempDir(), "i.bolt"))
	m, err := Mirror(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if got := sortedNQuads(t, m); len(got) != 0 {
		t.Fatalf("mirror of empty store has %d quads", len(got))
	}
	if _, err := b.Import(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	sameLines(t, "mirror after import", sortedNQuads(t, m), sortedNQuads(t, a))
}

// Version grows with every write made through the store, and a mirror
// reports its source's; reads leave it alone.
func TestVersionGrowsWithWrites(t *testing.T) {
	ctx := context.Background()
	src := openTest(t, "bolt", filepath.Join(t.TempDir(), "v.bolt"))
	m, err := Mirror(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	v0 := src.Version()
	if m.Version() != v0 {
		t.Fatalf("mirror version %d, source %d", m.Version(), v0)
	}
	mustWrite(t, src, harborV1())
	v1 := src.Version()
	if v1 <= v0 || m.Version() != v1 {
		t.Fatalf("after a write: source %d (was %d), mirror %d", v1, v0, m.Version())
	}
	if _, err := src.Stats(ctx); err != nil {
		t.Fatal(err)
	}
	if src.Version() != v1 {
		t.Fatalf("a read changed the version: %d -> %d", v1, src.Version())
	}
	var buf bytes.Buffer
	if err := src.Export(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	if _, err := src.DeleteArticle(ctx, harborV1().Doc); err != nil {
		t.Fatal(err)
	}
	v2 := src.Version()
	if v2 <= v1 {
		t.Fatalf("after a delete: %d, was %d", v2, v1)
	}
	if _, err := src.Import(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	if src.Version() <= v2 || m.Version() != src.Version() {
		t.Fatalf("after an import: source %d (was %d), mirror %d", src.Version(), v2, m.Version())
	}
}
