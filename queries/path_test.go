package queries

import (
	"context"
	"slices"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
)

// Of several shortest paths, path returns the one through the smallest
// IRIs, whatever order the store holds the articles in: two people
// mentioned together in articles b and a, and in c with an organisation
// one of them leads, go through a.
func TestPathPicksTheSmallestIRIs(t *testing.T) {
	p1 := ent("pat-one", "Pat One", newsgraph.Person, nil)
	p2 := ent("pat-two", "Pat Two", newsgraph.Person, nil)
	org := ent("one-org", "One Org", newsgraph.Org, nil)
	xs := []newsgraph.Extraction{
		{Doc: "b", Published: "2024-01-02", Title: "B", Entities: []newsgraph.Entity{p2, p1}},
		{Doc: "a", Published: "2024-01-01", Title: "A", Entities: []newsgraph.Entity{p1, p2}},
		{Doc: "c", Published: "2024-01-03", Title: "C", Entities: []newsgraph.Entity{p1, org},
			Relations: []newsgraph.Relation{{Subject: "Pat One", Predicate: newsgraph.Leads, Object: "One Org", Evidence: "Pat One leads One Org."}}},
	}
	lib := loadLib(t)
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 2, 0}} {
		var all []quad.Quad
		for _, i := range order {
			all = append(all, graph.Quads(xs[i])...)
		}
		qs := memstore.New(all...)
		res, err := lib.Run(context.Background(), qs, "path", map[string]string{"from": "Pat Two", "to": "Pat One"})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := col(res.Rows, "target"), []string{graph.ArticleBase + "a", p1.ID}; !slices.Equal(got, want) {
			t.Errorf("articles written in order %v: path through %v, want %v", order, got, want)
		}
		res, err = lib.Run(context.Background(), qs, "path", map[string]string{"from": "Pat Two", "to": "One Org"})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := col(res.Rows, "edge"), []string{"mentions", "mentions", "leads"}; !slices.Equal(got, want) {
			t.Errorf("articles written in order %v: edges %v, want %v", order, got, want)
		}
		if got, want := col(res.Rows, "target"), []string{graph.ArticleBase + "a", p1.ID, org.ID}; !slices.Equal(got, want) {
			t.Errorf("articles written in order %v: path through %v, want %v", order, got, want)
		}
	}
}
