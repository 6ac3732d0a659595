package bench

import (
	"context"
	"encoding/json"
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// The list queries read in full only the rows that can make the first
// `limit` (queries/prelude.js topRows). On a synthetic store whose hubs
// have hundreds of statements and relations, a run with a small limit
// must give exactly the first rows of a run with a limit above the row
// count (which reads everything), for several entities and limits, with
// and without a date range.
func TestLimitedListsArePrefixesOfFullLists(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open("memstore", "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := BuildSynthetic(ctx, st, &Synth{Seed: 2, Universe: 200, Days: 60}, 0, 30000, 50, nil); err != nil {
		t.Fatal(err)
	}
	s, err := SampleStore(ctx, st, 6, 1)
	if err != nil {
		t.Fatal(err)
	}
	lib, err := queries.Load()
	if err != nil {
		t.Fatal(err)
	}
	qs := st.QuadStore()
	cut := 0 // runs where the small limit left rows out
	for _, q := range []string{"statements-by", "statements-about", "timeline", "quotes-by-org", "strikes-by", "attacks-on", "articles-mentioning", "co-mentions"} {
		for _, e := range s.Popular {
			for _, extra := range []map[string]string{{}, {"from": "2020-01-10", "to": "2020-02-10"}} {
				if q != "timeline" && q != "articles-mentioning" && len(extra) > 0 {
					continue
				}
				args := func(limit int) map[string]string {
					a := map[string]string{"entity": e, "limit": strconv.Itoa(limit)}
					for k, v := range extra {
						a[k] = v
					}
					return a
				}
				full, err := lib.Run(ctx, qs, q, args(1000))
				if err != nil {
					t.Fatalf("%s %s: %v", q, e, err)
				}
				if len(full.Rows) >= 1000 {
					t.Fatalf("%s %s: %d rows, the full list is cut", q, e, len(full.Rows))
				}
				for _, limit := range []int{1, 3, 17} {
					small, err := lib.Run(ctx, qs, q, args(limit))
					if err != nil {
						t.Fatalf("%s %s limit %d: %v", q, e, limit, err)
					}
					want := full.Rows[:min(limit, len(full.Rows))]
					if len(full.Rows) > limit {
						cut++
					}
					if a, b := jsonOf(t, small.Rows), jsonOf(t, want); a != b {
						t.Errorf("%s %s %v limit %d:\n got %.400s\nwant %.400s", q, e, extra, limit, a, b)
					}
				}
			}
		}
	}
	// Lists without an entity: every claim (or a measure's), every entity
	// (or a type's), ordered by measure or by articles.
	for _, c := range []struct {
		q    string
		args map[string]string
	}{
		{"claims", map[string]string{}},
		{"claims", map[string]string{"measure": s.Measures[0]}},
		{"entities", map[string]string{}},
		{"entities", map[string]string{"type": "PERSON"}},
	} {
		args := func(limit int) map[string]string {
			a := map[string]string{"limit": strconv.Itoa(limit)}
			for k, v := range c.args {
				a[k] = v
			}
			return a
		}
		full, err := lib.Run(ctx, qs, c.q, args(1000))
		if err != nil {
			t.Fatalf("%s %v: %v", c.q, c.args, err)
		}
		for _, limit := range []int{1, 3, 17} {
			small, err := lib.Run(ctx, qs, c.q, args(limit))
			if err != nil {
				t.Fatalf("%s %v limit %d: %v", c.q, c.args, limit, err)
			}
			if len(full.Rows) > limit {
				cut++
			}
			if a, b := jsonOf(t, small.Rows), jsonOf(t, full.Rows[:min(limit, len(full.Rows))]); a != b {
				t.Errorf("%s %v limit %d:\n got %.400s\nwant %.400s", c.q, c.args, limit, a, b)
			}
		}
	}
	if cut < 50 {
		t.Errorf("only %d runs had more rows than their limit: the store is too small to test the cut", cut)
	}
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
