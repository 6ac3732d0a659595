package main

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/resolve"
)

// BenchmarkPipeline runs the whole default pipeline on one goroutine over
// a hand-made news article and reports words per second.
func BenchmarkPipeline(b *testing.B) {
	p, err := ingest.DefaultPipeline(resolve.DefaultAliases())
	if err != nil {
		b.Fatal(err)
	}
	para := "LONDON (Reuters) - Finance Minister Jane Doe said on Tuesday that the Bank of Ruritania " +
		"would keep interest rates at 2.5%, after talks with the International Monetary Fund (IMF) in Paris. " +
		"\"We are not in a hurry,\" Doe told reporters. Northtown United beat Southport Rovers 2-1 on Saturday.\n\n"
	text := strings.Repeat(para, 20)
	words := len(strings.Fields(text))
	a := newsgraph.Article{ID: "bench", Published: "2024-03-05", Text: text}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := p.Run(a); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

func TestCoarse(t *testing.T) {
	for in, want := range map[string]string{"GPE": "PLACE", "FACILITY": "PLACE", "LOCATION": "PLACE", "ORG": "ORG"} {
		if got := coarse(in); got != want {
			t.Errorf("coarse(%s) = %s, want %s", in, got, want)
		}
	}
}
