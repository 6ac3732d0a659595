package queries

import (
	"context"
	"testing"
)

// benchArgs are the arguments each query runs with in its benchmark.
var benchArgs = map[string]map[string]string{
	"articles-mentioning": {"entity": "Westland"},
	"attacks-on":          {"entity": "Westland"},
	"claims":              {"measure": "jobs"},
	"co-mentions":         {"entity": "Jane Doe"},
	"entities":            {"q": "doe"},
	"entity":              {"entity": "Acme"},
	"path":                {"from": "John Roe", "to": "Northern Front"},
	"quotes-by-org":       {"entity": "Acme"},
	"roles":               {"entity": "Jane Doe"},
	"statements-about":    {"entity": "Jane Doe"},
	"statements-by":       {"entity": "Jane Doe"},
	"strikes-by":          {"entity": "Northern Front"},
	"timeline":            {"entity": "Richard Poe"},
	"viz-article":         {"article": "a2"},
	"viz-attacks":         nil,
	"viz-co-mentions":     {"entity": "Jane Doe"},
	"viz-quotes":          nil,
}

// BenchmarkQueries runs every query on the fixture store, one
// sub-benchmark per query (go test -bench Queries ./queries/).
func BenchmarkQueries(b *testing.B) {
	lib := loadLib(b)
	qs := fixtureStore(b)
	ctx := context.Background()
	for _, q := range lib.List() {
		args, ok := benchArgs[q.Name]
		if !ok && len(q.Params) > 0 && q.Params[0].Required {
			b.Fatalf("no benchmark arguments for %s", q.Name)
		}
		b.Run(q.Name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				res, err := lib.Run(ctx, qs, q.Name, args)
				if err != nil {
					b.Fatal(err)
				}
				if len(res.Rows) == 0 {
					b.Fatalf("%s: no rows", q.Name)
				}
			}
		})
	}
}

// BenchmarkResolveEntity measures name lookup through ng:key.
func BenchmarkResolveEntity(b *testing.B) {
	qs := fixtureStore(b)
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		if _, err := ResolveEntity(ctx, qs, "Doe"); err != nil {
			b.Fatal(err)
		}
	}
}
