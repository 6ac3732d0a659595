package bench

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// quotes-by-org orders statements by their own date, or their article's
// when they have none, and reads in full only those that can make the
// limit. With a third of the statements undated (they take their
// article's date) and a third of the articles undated too (those
// statements have no key at all), every limit must give the rows of
// testdata/quotes-by-org-all.js, the query as it was before (commit
// e823ae3) reading every statement in full.
func TestQuotesByOrgLimitWithUndatedStatements(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open("memstore", "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	g := &Synth{Seed: 3, Universe: 150, Days: 40}
	var xs []newsgraph.Extraction
	for i := 0; i < 160; i++ {
		x := g.Article(i)
		if i%3 == 0 {
			x.Published = ""
		}
		for j := range x.Quotes {
			if (i+j)%3 == 0 {
				x.Quotes[j].Date, x.Quotes[j].DateIsDefault = "", false
			}
		}
		xs = append(xs, x)
	}
	if _, err := st.WriteArticles(ctx, xs); err != nil {
		t.Fatal(err)
	}
	s, err := SampleStore(ctx, st, 8, 1)
	if err != nil {
		t.Fatal(err)
	}
	lib, err := queries.Load()
	if err != nil {
		t.Fatal(err)
	}
	ref, err := os.ReadFile("testdata/quotes-by-org-all.js")
	if err != nil {
		t.Fatal(err)
	}
	var text string
	for _, q := range lib.List() {
		if q.Name == "quotes-by-org" {
			text = q.Text
		}
	}
	cut := 0
	for _, e := range s.Popular {
		full, err := lib.Run(ctx, st.QuadStore(), "quotes-by-org", map[string]string{"entity": e, "limit": "1000"})
		if err != nil {
			t.Fatalf("%s: %v", e, err)
		}
		for _, limit := range []int{1, 2, 5, 17, 40, 1000} {
			args := map[string]string{"entity": e, "limit": strconv.Itoa(limit)}
			src, err := lib.Source(ctx, st.QuadStore(), "quotes-by-org", args)
			if err != nil {
				t.Fatal(err)
			}
			want := runText(t, st, strings.TrimSuffix(src, text)+string(ref))
			small, err := lib.Run(ctx, st.QuadStore(), "quotes-by-org", map[string]string{"entity": e, "limit": strconv.Itoa(limit)})
			if err != nil {
				t.Fatalf("%s limit %d: %v", e, limit, err)
			}
			if len(full.Rows) > limit {
				cut++
			}
			if a, b := jsonOf(t, small.Rows), jsonOf(t, want); a != b {
				t.Errorf("%s limit %d:\n got %.400s\nwant %.400s", e, limit, a, b)
			}
		}
	}
	if cut < 10 {
		t.Errorf("only %d runs had more rows than their limit", cut)
	}
}

// runText runs a bound Gizmo text on st and returns the emitted rows.
func runText(t *testing.T, st *graph.Store, text string) []map[string]any {
	t.Helper()
	ctx := context.Background()
	it, err := gizmo.NewSession(st.QuadStore()).Execute(ctx, text, query.Options{Collation: query.Raw, Limit: 10000})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	rows := []map[string]any{}
	for it.Next(ctx) {
		if r, ok := it.Result().(*gizmo.Result); ok && !r.Meta {
			if m, ok := r.Val.(map[string]any); ok {
				rows = append(rows, m)
			}
		}
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}
