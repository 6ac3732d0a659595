package bench

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// QueryLatency is the timing of one canned query over a sample of
// parameter values.
type QueryLatency struct {
	Query      string
	Runs       int
	P50, P99   time.Duration // over all runs
	Max        time.Duration
	P99Popular time.Duration // runs on popular entities
	P99Rare    time.Duration // runs on rare entities
	MeanRows   float64
	Errors     int
	FirstError string
	// Slowest names the arguments of the slowest run and how many rows it
	// gave, e.g. "entity=Rika Kaka (50 rows)".
	Slowest string
}

// QueryArgs returns the arguments a run of q gets for the i-th value of a
// sample class (popular or rare entities): entity parameters get an
// entity name (a second entity parameter one from the other class),
// article parameters an article id, key parameters the first word of an
// entity name and a "measure" parameter a claim measure. Other parameters
// keep their defaults.
func (s *Sample) QueryArgs(q queries.Query, popular bool, i int) map[string]string {
	one, other := s.Rare, s.Popular
	if popular {
		one, other = s.Popular, s.Rare
	}
	at := func(xs []string, i int) string {
		if len(xs) == 0 {
			return ""
		}
		return xs[i%len(xs)]
	}
	args := map[string]string{}
	entities := 0
	for _, p := range q.Params {
		var v string
		switch {
		case p.Type == "entity" && entities == 0:
			v = at(one, i)
			entities++
		case p.Type == "entity":
			v = at(other, i+1)
		case p.Type == "article":
			v = at(s.Articles, i)
		case p.Type == "key":
			v = strings.ToLower(strings.Fields(at(one, i) + " x")[0])
		case p.Name == "measure":
			v = at(s.Measures, i)
		}
		if v != "" {
			args[p.Name] = v
		}
	}
	return args
}

// MeasureQueries runs every query of lib on st runs times per sample class
// (popular, then rare entities; values taken in turn) after one warm-up
// run each, and returns the latencies in the library's order. When only
// names queries, the others are skipped.
func MeasureQueries(ctx context.Context, lib *queries.Library, st *graph.Store, s *Sample, runs int, only ...string) ([]QueryLatency, error) {
	if runs <= 0 {
		runs = 1
	}
	qs := st.QuadStore()
	var out []QueryLatency
	for _, q := range lib.List() {
		if len(only) > 0 && !slices.Contains(only, q.Name) {
			continue
		}
		ql := QueryLatency{Query: q.Name}
		var all, pop, rare []time.Duration
		var slowest time.Duration
		rows := 0
		for _, popular := range []bool{true, false} {
			_, _ = lib.Run(ctx, qs, q.Name, s.QueryArgs(q, popular, 0)) // warm-up
			for i := 0; i < runs; i++ {
				if err := ctx.Err(); err != nil {
					return out, fmt.Errorf("measure queries: %w", err)
				}
				args := s.QueryArgs(q, popular, i)
				t0 := time.Now()
				res, err := lib.Run(ctx, qs, q.Name, args)
				d := time.Since(t0)
				if err != nil && !errors.Is(err, queries.ErrNotFound) {
					ql.Errors++
					if ql.FirstError == "" {
						ql.FirstError = err.Error()
					}
				}
				if res != nil {
					rows += len(res.Rows)
				}
				if len(all) == 0 || d > slowest {
					slowest = d
					n := 0
					if res != nil {
						n = len(res.Rows)
					}
					ql.Slowest = fmt.Sprintf("%s (%d rows)", argString(args), n)
				}
				all = append(all, d)
				if popular {
					pop = append(pop, d)
				} else {
					rare = append(rare, d)
				}
			}
		}
		ql.Runs = len(all)
		ql.P50, ql.P99, ql.Max = Percentile(all, 50), Percentile(all, 99), Percentile(all, 100)
		ql.P99Popular, ql.P99Rare = Percentile(pop, 99), Percentile(rare, 99)
		ql.MeanRows = float64(rows) / float64(len(all))
		out = append(out, ql)
	}
	return out, nil
}

// argString is args as k=v pairs in key order.
func argString(args map[string]string) string {
	keys := make([]string, 0, len(args))
	for k := range args {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + args[k]
	}
	return strings.Join(parts, " ")
}

// Percentile is the p-th percentile (nearest rank) of ds; 0 for none.
func Percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	rank := int(p/100*float64(len(s))+0.999999) - 1
	rank = max(0, min(rank, len(s)-1))
	return s[rank]
}
