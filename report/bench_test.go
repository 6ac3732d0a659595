package report

import (
	"context"
	"fmt"
	"math/rand"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/resolve"
)

// synthetic1000 writes 1,000 articles into a memstore: the demo articles'
// extractions (by the real pipeline) copied with new ids, publishers and
// dates, and with a random half of each copy's entities (except the five
// most frequent) renamed to one of 40 variants, so that the graph grows
// new entities and co-mentions as a real corpus would.
func synthetic1000(b *testing.B) *graph.Store {
	b.Helper()
	table, err := resolve.LoadAliases("../data/aliases.tsv")
	if err != nil {
		b.Fatal(err)
	}
	p, err := ingest.DefaultPipeline(table)
	if err != nil {
		b.Fatal(err)
	}
	var base []newsgraph.Extraction
	if _, err := ingest.Extract(context.Background(), []string{"../data/articles"}, p, resolve.New(table), func(x newsgraph.Extraction) error {
		base = append(base, x)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	st, err := graph.Open("memstore", "")
	if err != nil {
		b.Fatal(err)
	}
	rnd := rand.New(rand.NewSource(1))
	var batch []newsgraph.Extraction
	for i := 0; i < 1000; i++ {
		x := base[i%len(base)]
		x.Doc = fmt.Sprintf("synthetic-%04d", i)
		x.Source = fmt.Sprintf("Source %d", i%12)
		x.Published = fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28)
		rename := map[string]newsgraph.Entity{}
		ents := make([]newsgraph.Entity, len(x.Entities))
		for j, e := range x.Entities {
			if j >= 5 && rnd.Intn(2) == 0 {
				v := rnd.Intn(40)
				e.Name = fmt.Sprintf("%s %d", e.Name, v)
				e.ID = fmt.Sprintf("%s-%d", e.ID, v)
				e.Aliases = []string{e.Name}
				rename[x.Entities[j].ID] = e
			}
			ents[j] = e
		}
		x.Entities = ents
		rels := make([]newsgraph.Relation, len(x.Relations))
		for j, r := range x.Relations {
			if e, ok := rename[r.SubjectID]; ok {
				r.SubjectID, r.Subject = e.ID, e.Name
			}
			if e, ok := rename[r.ObjectID]; ok {
				r.ObjectID, r.Object = e.ID, e.Name
			}
			rels[j] = r
		}
		x.Relations = rels
		qs := make([]newsgraph.Quote, len(x.Quotes))
		for j, q := range x.Quotes {
			if e, ok := rename[q.SpeakerID]; ok {
				q.SpeakerID, q.Speaker = e.ID, e.Name
			}
			qs[j] = q
		}
		x.Quotes = qs
		batch = append(batch, x)
		if len(batch) == 100 {
			if _, err := st.WriteArticles(context.Background(), batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	return st
}

// BenchmarkReport1000 builds and writes the whole report (10 entity pages)
// of a 1,000-article graph.
func BenchmarkReport1000(b *testing.B) {
	st := synthetic1000(b)
	defer st.Close()
	l := lib(b)
	stats, err := st.Stats(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := Build(context.Background(), st.QuadStore(), l, Options{Now: fixedNow})
		if err != nil {
			b.Fatal(err)
		}
		if err := r.WriteDir(context.Background(), b.TempDir(), st.Export); err != nil {
			b.Fatal(err)
		}
		if i == 0 {
			b.Logf("%d articles, %d quads: %d entities, %d relations, %d statements, %d co-mention pairs, %d pages",
				stats.Articles, stats.Quads, len(r.Entities), len(r.Relations), len(r.Statements), len(r.CoMentions), len(r.Pages))
		}
	}
}
