package bench

import (
	"fmt"
	"io"
	"time"
)

// ms formats a duration in milliseconds.
func ms(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d.Microseconds())/1000) }

// MB formats bytes in megabytes.
func MB(b int64) string { return fmt.Sprintf("%.0f MB", float64(b)/(1<<20)) }

// WriteIngestTable writes ingest results as a Markdown table.
func WriteIngestTable(w io.Writer, rs []IngestResult) {
	fmt.Fprintln(w, "| backend | articles | skipped | quads written | store quads | time | articles/s | quads/s | peak RSS | peak Go heap |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, r := range rs {
		fmt.Fprintf(w, "| %s | %d | %d | %d | %d | %s | %.1f | %.0f | %s | %s |\n", r.Backend, r.Summary.Articles, len(r.Summary.Skipped),
			r.Summary.Quads, r.Quads, r.Duration.Round(time.Millisecond), r.ArticlesPerSecond(), r.QuadsPerSecond(), MB(r.PeakRSS), MB(r.PeakHeap))
	}
}

// WriteLatencyTable writes query latencies (milliseconds) as a Markdown
// table.
func WriteLatencyTable(w io.Writer, ls []QueryLatency) {
	fmt.Fprintln(w, "| query | runs | p50 ms | p99 ms | max ms | p99 popular | p99 rare | mean rows | errors | slowest run |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
	for _, l := range ls {
		e := fmt.Sprint(l.Errors)
		if l.FirstError != "" {
			e += " (" + truncate(l.FirstError, 80) + ")"
		}
		fmt.Fprintf(w, "| %s | %d | %s | %s | %s | %s | %s | %.1f | %s | %s |\n", l.Query, l.Runs, ms(l.P50), ms(l.P99), ms(l.Max),
			ms(l.P99Popular), ms(l.P99Rare), l.MeanRows, e, l.Slowest)
	}
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
