package bench

import (
	"context"
	"fmt"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
)

// BuildResult tells what BuildSynthetic wrote.
type BuildResult struct {
	Articles int
	Quads    int // quads written (the store's count when it started empty)
	Duration time.Duration
}

// QuadsPerSecond is the write rate.
func (b BuildResult) QuadsPerSecond() float64 { return rate(b.Quads, b.Duration) }

func rate(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// BuildSynthetic writes synthetic articles first, first+1, ... into st,
// batch articles per WriteArticles call, until at least quads quads are
// written; progress, when not nil, is called after each batch.
func BuildSynthetic(ctx context.Context, st *graph.Store, g *Synth, first, quads, batch int, progress func(BuildResult)) (BuildResult, error) {
	if batch <= 0 {
		batch = 256
	}
	start := time.Now()
	var res BuildResult
	xs := make([]newsgraph.Extraction, 0, batch)
	for i := first; res.Quads < quads; {
		xs = xs[:0]
		for len(xs) < batch {
			xs = append(xs, g.Article(i))
			i++
		}
		ws, err := st.WriteArticles(ctx, xs)
		if err != nil {
			return res, fmt.Errorf("build synthetic %s store: %w", st.Backend(), err)
		}
		for _, w := range ws {
			res.Articles++
			res.Quads += w.Quads
		}
		res.Duration = time.Since(start)
		if progress != nil {
			progress(res)
		}
	}
	return res, nil
}
