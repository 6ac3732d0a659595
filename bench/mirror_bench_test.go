package bench

import (
	"context"
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// synthStore is a memstore holding about quads synthetic quads (Zipf
// entities, so there are hubs).
func synthStore(b *testing.B, quads int) *graph.Store {
	b.Helper()
	st, err := graph.Open("memstore", "")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	if _, err := BuildSynthetic(context.Background(), st, &Synth{Seed: 1, Universe: 2000}, 0, quads, 250, nil); err != nil {
		b.Fatal(err)
	}
	return st
}

// The cost of a mirror's aggregates: loading a mirror of a 100k-quad store
// with them (aggregate-min 50 and 10) and without (0).
// The figures for docs/scale.md come from the 1M store (cmd/bench and the
// numbers there); this benchmark is the reproducible small version:
//
//	go test ./bench -run XXX -bench MirrorLoad -benchtime 3x
func BenchmarkMirrorLoad(b *testing.B) {
	st := synthStore(b, 100000)
	for _, min := range []int{0, 50, 10} {
		b.Run(fmt.Sprintf("aggregate-min=%d", min), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				m, err := graph.MirrorWithOptions(context.Background(), st, graph.MirrorOptions{AggregateMinArticles: min})
				if err != nil {
					b.Fatal(err)
				}
				m.Close()
			}
		})
	}
}

// A batch of 64 articles written through a store with a mirror: with
// aggregates a write drops the lists of the entities it touches (Cayley's
// memstore deletes in time linear in the store); stale-entities is how
// many lost theirs.
//
//	go test ./bench -run XXX -bench MirrorWrite -benchtime 5x
func BenchmarkMirrorWrite(b *testing.B) {
	for _, min := range []int{0, 50} {
		b.Run(fmt.Sprintf("aggregate-min=%d", min), func(b *testing.B) {
			ctx := context.Background()
			st := synthStore(b, 100000)
			m, err := graph.MirrorWithOptions(ctx, st, graph.MirrorOptions{AggregateMinArticles: min})
			if err != nil {
				b.Fatal(err)
			}
			defer m.Close()
			g := &Synth{Seed: 1, Universe: 2000}
			first := 100000 // past the articles the store holds
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := BuildSynthetic(ctx, st, g, first+i*64, 1, 64, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(m.StaleAggregates()), "stale-entities")
		})
	}
}
