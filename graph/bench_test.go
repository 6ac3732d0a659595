package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// syntheticArticle is a news-sized extraction: 30 entities (half of them
// shared by every article, half its own), 8 quotes, 5 relations, 4 dates.
func syntheticArticle(n int) newsgraph.Extraction {
	x := newsgraph.Extraction{
		Doc: fmt.Sprintf("synthetic-%06d", n), Published: "2031-01-02", Title: fmt.Sprintf("Story %d", n),
		Source: "Example Wire", URL: fmt.Sprintf("https://example.org/%d", n), Byline: "Staff", Dateline: "Ridgeport",
	}
	types := []newsgraph.EntityType{newsgraph.Person, newsgraph.Org, newsgraph.GPE, newsgraph.Location, newsgraph.Facility, newsgraph.Event}
	for i := 0; i < 30; i++ {
		name := fmt.Sprintf("Shared Name %d", i)
		if i >= 15 {
			name = fmt.Sprintf("Own Name %d %d", n, i)
		}
		x.Entities = append(x.Entities, newsgraph.Entity{
			ID: string(EntityIRI(name)), Name: name, Type: types[i%len(types)],
			Aliases:  []string{name, fmt.Sprintf("Alias %d", i)},
			Roles:    []string{"spokesman"},
			Mentions: []newsgraph.Span{{Start: i * 100, End: i*100 + 10}, {Start: i*100 + 50, End: i*100 + 60}},
		})
	}
	for i := 0; i < 8; i++ {
		e := x.Entities[i*3]
		x.Quotes = append(x.Quotes, newsgraph.Quote{Speaker: e.Name, SpeakerID: e.ID, Text: fmt.Sprintf("We will keep working on this, part %d of story %d", i, n),
			Cue: "said", Date: "2031-01-01", Kind: "direct", Start: i * 300, End: i*300 + 120})
	}
	for i := 0; i < 5; i++ {
		x.Relations = append(x.Relations, newsgraph.Relation{Subject: x.Entities[i].Name, Predicate: newsgraph.MemberOf,
			Object: x.Entities[i+10].Name, Evidence: fmt.Sprintf("Sentence %d of story %d.", i, n)})
	}
	for i := 0; i < 4; i++ {
		x.Dates = append(x.Dates, newsgraph.Date{Text: "Monday", Value: fmt.Sprintf("2031-01-0%d", i+1)})
	}
	return x
}

func benchmarkWrite(b *testing.B, backend string, addr func(*testing.B) string) {
	s, err := Open(backend, addr(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	quads := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := s.WriteArticle(ctx, syntheticArticle(i))
		if err != nil {
			b.Fatal(err)
		}
		quads += r.Quads
	}
	b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
	b.ReportMetric(float64(quads)/float64(b.N), "quads/article")
}

func BenchmarkWriteArticle(b *testing.B) {
	b.Run("memstore", func(b *testing.B) { benchmarkWrite(b, "memstore", func(*testing.B) string { return "" }) })
	b.Run("bolt", func(b *testing.B) {
		benchmarkWrite(b, "bolt", func(b *testing.B) string { return filepath.Join(b.TempDir(), "bench.bolt") })
	})
}

// BenchmarkReingestChanged rewrites one article alternating two versions
// (the replace path: read old quads, diff, apply).
func BenchmarkReingestChanged(b *testing.B) {
	for _, backend := range []string{"memstore", "bolt"} {
		b.Run(backend, func(b *testing.B) {
			addr := ""
			if backend == "bolt" {
				addr = filepath.Join(b.TempDir(), "bench.bolt")
			}
			s, err := Open(backend, addr)
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			ctx := context.Background()
			for i := 0; i < 50; i++ { // some other articles around it
				if _, err := s.WriteArticle(ctx, syntheticArticle(1000+i)); err != nil {
					b.Fatal(err)
				}
			}
			v1, v2 := syntheticArticle(1), syntheticArticle(1)
			v2.Quotes = v2.Quotes[:5]
			v2.Entities = v2.Entities[:25]
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				x := v1
				if i%2 == 1 {
					x = v2
				}
				if _, err := s.WriteArticle(ctx, x); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestSyntheticArticleIsValid(t *testing.T) {
	x := syntheticArticle(3)
	if err := Check(x); err != nil {
		t.Fatal(err)
	}
	if len(x.Entities) != 30 || len(x.Quotes) != 8 || len(x.Relations) != 5 {
		t.Fatalf("shape %d/%d/%d", len(x.Entities), len(x.Quotes), len(x.Relations))
	}
	s := openTest(t, "bolt", filepath.Join(t.TempDir(), "s.bolt"))
	mustWrite(t, s, x)
	y := syntheticArticle(3)
	y.Entities = y.Entities[:20]
	mustWrite(t, s, y)
	checkArticle(t, s, y)
}
