package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
)

// Made-up people, organisations and places for hand-made articles.
var (
	relTestPeople = []string{"Marta Okonkwo", "Daniel Verhoeven", "Priya Raman", "Tomas Lindqvist", "Aisha Bello", "Kenji Arakawa"}
	relTestOrgs   = []string{"Northfield Water Authority", "Coastal Growers Union", "Meridian Transit Company", "Harbor Safety Board"}
	relTestPlaces = []string{"Kenya", "Portugal", "Canada", "Chile", "Norway"}
)

// relTestArticle builds the i-th hand-made news article.
func relTestArticle(i int) newsgraph.Article {
	p1 := relTestPeople[i%len(relTestPeople)]
	p2 := relTestPeople[(i+2)%len(relTestPeople)]
	org := relTestOrgs[i%len(relTestOrgs)]
	place := relTestPlaces[i%len(relTestPlaces)]
	text := fmt.Sprintf(`%[1]s officials announce new plan

NAIROBI, %[3]s -- %[4]s, the chief executive of the %[2]s, said on Tuesday that the group would spend $%[5]d million on repairs in %[3]s.

"We cannot wait another year," %[4]s told reporters. "The work starts in March."

%[6]s, a spokesperson for the %[2]s, said the board met %[7]d times since January 2024 and approved the plan on Monday.

The %[2]s was founded in 1998. %[4]s met %[6]s in %[3]s last week, according to a statement.
`, place, org, place, p1, 10+i, p2, 2+i%5)
	return newsgraph.Article{
		ID:        fmt.Sprintf("test-article-%03d", i),
		Title:     fmt.Sprintf("%s plan number %d", org, i),
		Source:    "Test Wire",
		Published: fmt.Sprintf("2024-03-%02d", 1+i%28),
		Byline:    "Staff Reporter",
		Text:      text,
	}
}

// relWriteJSONL writes articles as one JSON Lines file.
func relWriteJSONL(t testing.TB, path string, arts []newsgraph.Article) {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, a := range arts {
		if err := enc.Encode(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// relNgRun runs the newsgraph command line in-process.
func relNgRun(t testing.TB, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var o, e bytes.Buffer
	err = run(context.Background(), args, &o, &e)
	return o.String(), e.String(), err
}

// relArticleQuadSet returns the sorted N-Quads of every article-labelled quad
// in the bolt store at path, grouped by article id.
func relArticleQuadSet(t testing.TB, path string) map[string][]string {
	t.Helper()
	st, err := graph.Open("bolt", path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	return relStoreArticleQuads(t, st)
}

func relStoreArticleQuads(t testing.TB, st *graph.Store) map[string][]string {
	t.Helper()
	ctx := context.Background()
	out := map[string][]string{}
	it := st.QuadStore().QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		q := st.QuadStore().Quad(it.Result())
		iri, ok := q.Label.(quad.IRI)
		if !ok || !strings.HasPrefix(string(iri), graph.ArticleBase) {
			continue
		}
		id := strings.TrimPrefix(string(iri), graph.ArticleBase)
		out[id] = append(out[id], q.NQuad())
	}
	for _, qs := range out {
		sort.Strings(qs)
	}
	return out
}

func mustJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
