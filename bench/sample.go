package bench

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// Sample holds parameter values drawn from a store for the canned queries:
// entities by popularity (articles mentioning them), article ids and
// claim measures.
type Sample struct {
	Popular  []string // names of the most mentioned entities
	Rare     []string // names of entities mentioned in one or two articles
	Articles []string // article ids
	Measures []string // claim measures
}

// SampleStore scans every quad of st once and picks n popular entities
// (the most mentioned), n rare ones (chosen at random among those in at
// most two articles), n article ids and up to n measures. seed makes the
// random choices repeatable.
func SampleStore(ctx context.Context, st *graph.Store, n int, seed uint64) (*Sample, error) {
	qs := st.QuadStore()
	it := qs.QuadsAllIterator()
	defer it.Close()
	mentions := map[quad.IRI]int{}
	names := map[quad.IRI]string{}
	var articles []string
	measures := map[string]int{}
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		switch q.Predicate {
		case graph.PredMentions:
			s, _ := q.Subject.(quad.IRI)
			if o, ok := q.Object.(quad.IRI); ok && strings.HasPrefix(string(s), graph.ArticleBase) && !strings.Contains(strings.TrimPrefix(string(s), graph.ArticleBase), "/") {
				mentions[o]++
			}
		case graph.PredName:
			if s, ok := q.Subject.(quad.IRI); ok {
				if v, ok := q.Object.(quad.String); ok {
					names[s] = string(v)
				}
			}
		case graph.PredIdentifier:
			if v, ok := q.Object.(quad.String); ok {
				articles = append(articles, string(v))
			}
		case graph.PredMeasure:
			if v, ok := q.Object.(quad.String); ok {
				measures[string(v)]++
			}
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("sample %s store: %w", st.Backend(), err)
	}
	type ec struct {
		name string
		n    int
	}
	var ents []ec
	for iri, c := range mentions {
		if nm := names[iri]; nm != "" {
			ents = append(ents, ec{nm, c})
		}
	}
	if len(ents) == 0 || len(articles) == 0 {
		return nil, fmt.Errorf("sample %s store: no named entities or articles (is it empty?)", st.Backend())
	}
	sort.Slice(ents, func(i, j int) bool {
		if ents[i].n != ents[j].n {
			return ents[i].n > ents[j].n
		}
		return ents[i].name < ents[j].name
	})
	r := rand.New(rand.NewPCG(seed, 1))
	s := &Sample{}
	for i := 0; i < n && i < len(ents); i++ {
		s.Popular = append(s.Popular, ents[i].name)
	}
	var rare []string
	for _, e := range ents {
		if e.n <= 2 {
			rare = append(rare, e.name)
		}
	}
	if len(rare) == 0 { // a tiny store: the least mentioned
		for i := len(ents) - 1; i >= 0 && len(rare) < n; i-- {
			rare = append(rare, ents[i].name)
		}
	}
	r.Shuffle(len(rare), func(i, j int) { rare[i], rare[j] = rare[j], rare[i] })
	s.Rare = rare[:min(n, len(rare))]
	sort.Strings(articles)
	r.Shuffle(len(articles), func(i, j int) { articles[i], articles[j] = articles[j], articles[i] })
	s.Articles = articles[:min(n, len(articles))]
	for m := range measures {
		s.Measures = append(s.Measures, m)
	}
	sort.Slice(s.Measures, func(i, j int) bool {
		a, b := s.Measures[i], s.Measures[j]
		if measures[a] != measures[b] {
			return measures[a] > measures[b]
		}
		return a < b
	})
	s.Measures = s.Measures[:min(n, len(s.Measures))]
	return s, nil
}
