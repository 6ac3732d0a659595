package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// BenchmarkIngestDemo measures the whole chain (read, extract, resolve,
// write one bolt transaction per article) over the bundled articles.
func BenchmarkIngestDemo(b *testing.B) {
	ctx := context.Background()
	var articles, quads int
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := graph.Open("bolt", filepath.Join(b.TempDir(), "bench.bolt"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := ingestPaths(ctx, st, &extractFlags{}, []string{demoArticles}, 0, 0, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		articles += sum.Written
		quads += sum.Quads
		st.Close()
		b.StartTimer()
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(articles)/secs, "articles/s")
	b.ReportMetric(float64(quads)/secs, "quads/s")
}

// BenchmarkCannedQueriesDemo runs every canned query against the demo
// graph in bolt, with the parameters of TestEveryCannedQueryOnDemoGraph.
func BenchmarkCannedQueriesDemo(b *testing.B) {
	ctx := context.Background()
	db := filepath.Join(b.TempDir(), "demo.bolt")
	st, err := graph.Open("bolt", db)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if _, err := ingestPaths(ctx, st, &extractFlags{}, []string{demoArticles}, 0, 0, nil); err != nil {
		b.Fatal(err)
	}
	lib, err := queries.Load()
	if err != nil {
		b.Fatal(err)
	}
	for _, q := range lib.List() {
		args := demoArgs[q.Name]
		b.Run(q.Name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := lib.Run(ctx, st.QuadStore(), q.Name, args); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
