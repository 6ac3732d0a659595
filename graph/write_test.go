package graph

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

func forEachBackend(t *testing.T, fn func(t *testing.T, open func(t *testing.T) *Store)) {
	for _, name := range []string{"memstore", "bolt", "leveldb", "postgres"} {
		open := testBackends(t)[name]
		t.Run(name, func(t *testing.T) { fn(t, open) })
	}
}

func mustWrite(t *testing.T, s *Store, x newsgraph.Extraction) WriteResult {
	t.Helper()
	r, err := s.WriteArticle(context.Background(), x)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func stats(t *testing.T, s *Store) Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// The article's quads in the store are exactly Quads(x).
func checkArticle(t *testing.T, s *Store, x newsgraph.Extraction) {
	t.Helper()
	got, err := s.LabelQuadsScan(context.Background(), ArticleIRI(x.Doc))
	if err != nil {
		t.Fatal(err)
	}
	sameQuads(t, "article "+x.Doc, got, Quads(x))
}

const (
	gizmoPersons = `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", iri("http://schema.org/Person")).Unique().All()`
	gizmoOrgs    = `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", iri("http://schema.org/Organization")).Unique().All()`
	gizmoTexts   = `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", iri("http://schema.org/Quotation")).Out(iri("http://schema.org/text")).Unique().All()`
)

func TestReplaceOnReingest(t *testing.T) {
	forEachBackend(t, func(t *testing.T, open func(t *testing.T) *Store) {
		s := open(t)
		r := mustWrite(t, s, harborV1())
		if r.Replaced || r.Removed != 0 || r.Quads != len(Quads(harborV1())) || r.Added != r.Quads {
			t.Errorf("first write: %+v", r)
		}
		mustWrite(t, s, riverArticle())
		if got := gizmoIDs(t, s, gizmoPersons); !reflect.DeepEqual(got, []string{"<" + entRuiz + ">", "<" + entBerg + ">"}) &&
			!reflect.DeepEqual(got, []string{"<" + entBerg + ">", "<" + entRuiz + ">"}) {
			t.Errorf("persons before = %v", got)
		}
		r = mustWrite(t, s, harborV2())
		if !r.Replaced || r.Removed == 0 || r.Quads != len(Quads(harborV2())) {
			t.Errorf("re-ingest: %+v", r)
		}
		checkArticle(t, s, harborV2())
		checkArticle(t, s, riverArticle())

		// Tomas Berg is gone from the entity listing: no orphan node.
		if got := gizmoIDs(t, s, gizmoPersons); !reflect.DeepEqual(got, []string{"<" + entRuiz + ">"}) {
			t.Errorf("persons after = %v, want only Ruiz", got)
		}
		if got := gizmoIDs(t, s, `g.V("<`+entBerg+`>").Out().All()`); len(got) != 0 {
			t.Errorf("Berg still has facts: %v", got)
		}
		if got := gizmoIDs(t, s, `g.V("<`+entBerg+`>").In().All()`); len(got) != 0 {
			t.Errorf("Berg is still linked: %v", got)
		}
		// The old quote is gone, the new one is there.
		if got := gizmoIDs(t, s, gizmoTexts); !reflect.DeepEqual(got, []string{"The port will reopen next week", "We are watching the river"}) {
			t.Errorf("quote texts = %v", got)
		}
		// Facts of the old version only: the claim, met_with.
		if got := gizmoIDs(t, s, `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", iri("https://newsgraph.dev/ns#Claim")).All()`); len(got) != 0 {
			t.Errorf("old claim visible: %v", got)
		}
		if got := gizmoIDs(t, s, `g.V("<`+entRuiz+`>").Out(iri("https://newsgraph.dev/ns#metWith")).All()`); len(got) != 0 {
			t.Errorf("old met_with edge visible: %v", got)
		}
		// Shared nodes survive: Ruiz is still named by both articles.
		if got := gizmoIDs(t, s, `g.V("<`+entRuiz+`>").In(iri("http://schema.org/mentions")).Has(iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), iri("http://schema.org/NewsArticle")).All()`); len(got) != 2 {
			t.Errorf("articles mentioning Ruiz = %v, want 2", got)
		}
		if got := gizmoIDs(t, s, gizmoOrgs); !reflect.DeepEqual(got, []string{"<" + entCouncil + ">"}) {
			t.Errorf("orgs = %v", got)
		}
		st := stats(t, s)
		if want := int64(len(Quads(harborV2())) + len(Quads(riverArticle()))); st.Quads != want {
			t.Errorf("quads = %d, want %d", st.Quads, want)
		}
		if st.Articles != 2 {
			t.Errorf("articles = %d", st.Articles)
		}
	})
}

// A quad count stays exact over many re-ingests, changed or unchanged.
func TestReingestCountExact(t *testing.T) {
	forEachBackend(t, func(t *testing.T, open func(t *testing.T) *Store) {
		s := open(t)
		mustWrite(t, s, riverArticle())
		base := stats(t, s)
		versions := []newsgraph.Extraction{harborV1(), harborV2(), harborV2(), harborV1(), harborV1(), harborV2(), harborV1()}
		for i, x := range versions {
			r := mustWrite(t, s, x)
			if i > 0 && reflect.DeepEqual(x, versions[i-1]) && (r.Added != 0 || r.Removed != 0) {
				t.Errorf("write %d: unchanged article changed the store: %+v", i, r)
			}
			st := stats(t, s)
			if want := base.Quads + int64(len(Quads(x))); st.Quads != want {
				t.Fatalf("after write %d: quads = %d, want %d", i, st.Quads, want)
			}
			checkArticle(t, s, x)
		}
		// Deleting returns the store to the other article alone, nodes included.
		n, err := s.DeleteArticle(context.Background(), "harbor")
		if err != nil {
			t.Fatal(err)
		}
		if n != len(Quads(harborV1())) {
			t.Errorf("deleted %d quads, want %d", n, len(Quads(harborV1())))
		}
		if st := stats(t, s); st.Quads != base.Quads || st.Nodes != base.Nodes {
			t.Errorf("after delete: %+v, want %+v", st, base)
		}
		if ids, _ := s.ArticleIDs(context.Background()); !reflect.DeepEqual(ids, []string{"river"}) {
			t.Errorf("ArticleIDs = %v", ids)
		}
		if n, err := s.DeleteArticle(context.Background(), "harbor"); err != nil || n != 0 {
			t.Errorf("second delete: %d, %v", n, err)
		}
	})
}

// The same triple in two articles is two quads; deleting one article
// leaves the other's.
func TestSharedTripleSurvivesDelete(t *testing.T) {
	forEachBackend(t, func(t *testing.T, open func(t *testing.T) *Store) {
		s := open(t)
		mustWrite(t, s, harborV1())
		mustWrite(t, s, riverArticle())
		name := `g.V("<` + entRuiz + `>").Out(iri("http://schema.org/name")).All()`
		if got := gizmoIDs(t, s, name); len(got) != 2 {
			t.Fatalf("name paths before = %v, want 2 (one per label)", got)
		}
		if _, err := s.DeleteArticle(context.Background(), "harbor"); err != nil {
			t.Fatal(err)
		}
		if got := gizmoIDs(t, s, name); !reflect.DeepEqual(got, []string{"Ana Ruiz"}) {
			t.Errorf("name after delete = %v", got)
		}
		if got := gizmoIDs(t, s, gizmoPersons); !reflect.DeepEqual(got, []string{"<" + entRuiz + ">"}) {
			t.Errorf("persons after delete = %v", got)
		}
		checkArticle(t, s, riverArticle())
		if got, _ := s.LabelQuadsScan(context.Background(), ArticleIRI("harbor")); len(got) != 0 {
			t.Errorf("%d harbor quads left", len(got))
		}
	})
}

// The writer's walk from the article finds exactly the quads a full label
// scan finds.
func TestArticleQuadsMatchesScan(t *testing.T) {
	forEachBackend(t, func(t *testing.T, open func(t *testing.T) *Store) {
		s := open(t)
		ctx := context.Background()
		odd := riverArticle()
		odd.Doc = "odd"
		// A relation whose subject is not an entity of the article, a
		// speaker known only by id.
		odd.Relations = append(odd.Relations, newsgraph.Relation{Subject: "Vela Port", Predicate: newsgraph.Struck, Object: "Kell River", Evidence: "x"})
		odd.Quotes = append(odd.Quotes, newsgraph.Quote{Speaker: "Someone", SpeakerID: EntityBase + "someone", Text: "y"})
		xs := []newsgraph.Extraction{harborV1(), riverArticle(), odd}
		rs, err := s.WriteArticles(ctx, xs)
		if err != nil {
			t.Fatal(err)
		}
		for i, x := range xs {
			if rs[i].Quads != len(Quads(x)) {
				t.Errorf("%s: result %+v", x.Doc, rs[i])
			}
			walk, err := s.articleQuads(ctx, x.Doc)
			if err != nil {
				t.Fatal(err)
			}
			sameQuads(t, "walk "+x.Doc, walk, Quads(x))
			checkArticle(t, s, x)
		}
	})
}

func TestWriteArticlesBatch(t *testing.T) {
	s := openTest(t, "memstore", "")
	ctx := context.Background()
	mustWrite(t, s, harborV1())
	// harbor given twice: the last version wins; river is new.
	rs, err := s.WriteArticles(ctx, []newsgraph.Extraction{harborV1(), riverArticle(), harborV2()})
	if err != nil {
		t.Fatal(err)
	}
	if !rs[0].Replaced || rs[0] != rs[2] || rs[1].Replaced {
		t.Errorf("results = %+v", rs)
	}
	checkArticle(t, s, harborV2())
	checkArticle(t, s, riverArticle())
	bad := riverArticle()
	bad.Doc = ""
	if _, err := s.WriteArticles(ctx, []newsgraph.Extraction{harborV1(), bad}); err == nil {
		t.Error("batch with a bad extraction accepted")
	}
	checkArticle(t, s, harborV2()) // nothing of the failed batch written
}

func TestBoltPersistsAndLocks(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a", "b", "news.bolt")
	s, err := Open("bolt", path)
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, s, harborV1())

	old := BoltLockTimeout
	BoltLockTimeout = 100 * time.Millisecond
	defer func() { BoltLockTimeout = old }()
	start := time.Now()
	s2, err := Open("bolt", path)
	if err == nil {
		s2.Close()
		t.Fatal("second open of a held bolt file succeeded")
	}
	if !strings.Contains(err.Error(), "locked") || !strings.Contains(err.Error(), path) || time.Since(start) > 5*time.Second {
		t.Errorf("second open: %v after %v", err, time.Since(start))
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s, err = Open("", path) // bolt is the default
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	checkArticle(t, s, harborV1())
	if ids, _ := s.ArticleIDs(context.Background()); !reflect.DeepEqual(ids, []string{"harbor"}) {
		t.Errorf("ArticleIDs after reopen = %v", ids)
	}
}

// A directory address uses Cayley's own layout, DIR/indexes.bolt.
func TestBoltDirectoryAddress(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, "bolt", dir)
	mustWrite(t, s, riverArticle())
	if m, _ := filepath.Glob(filepath.Join(dir, "indexes.bolt")); len(m) != 1 {
		t.Errorf("no indexes.bolt in %s", dir)
	}
}

func TestOpenErrors(t *testing.T) {
	for _, c := range []struct{ backend, addr, want string }{
		{"nosuch", "x", "unknown backend"},
		{"memstore", "/tmp/x", "memstore"},
		{"bolt", "", "no file"},
	} {
		s, err := Open(c.backend, c.addr)
		if err == nil {
			s.Close()
			t.Errorf("Open(%q, %q) succeeded", c.backend, c.addr)
			continue
		}
		if !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.backend) {
			t.Errorf("Open(%q, %q): %v", c.backend, c.addr, err)
		}
	}
	for _, b := range []string{"bolt", "bbolt", "btree", "leveldb", "memstore", "postgres", "cockroach", "mysql"} {
		found := false
		for _, r := range Backends() {
			found = found || r == b
		}
		if !found {
			t.Errorf("backend %s not registered (have %v)", b, Backends())
		}
	}
}

func TestOtherLocalBackends(t *testing.T) {
	for _, c := range []struct{ backend, addr string }{
		{"bbolt", filepath.Join(t.TempDir(), "x", "g.bbolt")},
		{"btree", ""},
	} {
		t.Run(c.backend, func(t *testing.T) {
			s := openTest(t, c.backend, c.addr)
			mustWrite(t, s, harborV1())
			mustWrite(t, s, harborV2())
			checkArticle(t, s, harborV2())
			if got := gizmoIDs(t, s, gizmoPersons); !reflect.DeepEqual(got, []string{"<" + entRuiz + ">"}) {
				t.Errorf("persons = %v", got)
			}
		})
	}
}

// leveldb holds a directory lock: a second open fails at once, naming it.
func TestLevelDBSecondOpenFails(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ldb")
	s := openTest(t, "leveldb", dir)
	mustWrite(t, s, riverArticle())
	s2, err := Open("leveldb", dir)
	if err == nil {
		s2.Close()
		t.Fatal("second open of a held leveldb succeeded")
	}
	if !strings.Contains(err.Error(), dir) {
		t.Errorf("error does not name %s: %v", dir, err)
	}
	checkArticle(t, s, riverArticle()) // the first handle still works
}

func TestEntities(t *testing.T) {
	forEachBackend(t, func(t *testing.T, open func(t *testing.T) *Store) {
		s := open(t)
		mustWrite(t, s, harborV2())
		mustWrite(t, s, riverArticle())
		ents, err := s.Entities(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range ents {
			got = append(got, e.ID+"|"+e.Name+"|"+string(e.Type)+"|"+strings.Join(e.Aliases, ","))
		}
		want := []string{
			entRuiz + "|Ana Ruiz|PERSON|Ana Ruiz,Ruiz",
			entCouncil + "|Harbor Council|ORG|The Harbor Council,the Harbor Council",
			EntityBase + "kell-river|Kell River|LOCATION|Kell River",
			entRidge + "|Ridgeport|GPE|RIDGEPORT,Ridgeport",
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Entities =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	})
}

// A store that was never written to reports zero counts rather than an
// error: `newsgraph serve` asks for them to decide whether to ingest.
func TestStatsOfNewStore(t *testing.T) {
	for name, open := range testBackends(t) {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			st, err := s.Stats(context.Background())
			if err != nil {
				t.Fatalf("Stats of a new %s store: %v", name, err)
			}
			if st != (Stats{}) {
				t.Errorf("Stats of a new %s store = %+v, want zero", name, st)
			}
		})
	}
}

// countingStore counts the quad iterators opened on it.
type countingStore struct {
	cgraph.QuadStore
	opened int
}

func (c *countingStore) QuadIterator(d quad.Direction, v cgraph.Ref) cgraph.Iterator {
	c.opened++
	return c.QuadStore.QuadIterator(d, v)
}

// An unchanged article is recognised by its digest: rewriting it reads
// one node's quads instead of walking every entity it names, and changes
// nothing. A changed one is walked and replaced.
func TestUnchangedArticleIsLeftAlone(t *testing.T) {
	forEachBackend(t, func(t *testing.T, open func(t *testing.T) *Store) {
		s := open(t)
		mustWrite(t, s, harborV1())
		mustWrite(t, s, riverArticle())
		before := stats(t, s)
		counter := &countingStore{QuadStore: s.h.QuadStore}
		s.h = &cgraph.Handle{QuadStore: counter, QuadWriter: s.h.QuadWriter}

		r := mustWrite(t, s, harborV1())
		if want := (WriteResult{Quads: len(Quads(harborV1())), Replaced: true, Unchanged: true}); r != want {
			t.Errorf("unchanged rewrite: %+v, want %+v", r, want)
		}
		if counter.opened != 1 {
			t.Errorf("unchanged rewrite opened %d quad iterators, want 1 (the article's own quads)", counter.opened)
		}
		if after := stats(t, s); after != before {
			t.Errorf("unchanged rewrite changed the store: %+v, then %+v", before, after)
		}
		checkArticle(t, s, harborV1())

		counter.opened = 0
		changed := harborV1()
		changed.Title = "Port reopens"
		r = mustWrite(t, s, changed)
		if !r.Replaced || r.Unchanged || r.Removed != 2 || r.Added != 2 || counter.opened < 5 {
			t.Errorf("changed title: %+v after %d quad iterators; want the headline and the digest replaced after a walk", r, counter.opened)
		}
		checkArticle(t, s, changed)
		checkArticle(t, s, riverArticle())
	})
}
