package graph

import (
	"context"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/dop251/goja"

	"github.com/newsgraph/newsgraph"
)

// sameAfterRefresh checks mirror m against fresh, a mirror made afresh
// from the same store: after writes m holds only aggregates fresh holds
// too (a write drops what it cannot keep in step, never leaves it stale),
// and after RefreshAggregates exactly fresh's. It returns m's lines.
func sameAfterRefresh(t *testing.T, step string, m, fresh *Store) []string {
	t.Helper()
	want := aggregateLines(t, fresh)
	has := map[string]bool{}
	for _, l := range want {
		has[l] = true
	}
	for _, l := range aggregateLines(t, m) {
		if !has[l] {
			t.Fatalf("%s: before the refresh the mirror holds %s, which a fresh mirror does not", step, l)
		}
	}
	if err := m.RefreshAggregates(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := m.StaleAggregates(); n != 0 {
		t.Fatalf("%s: %d entities still stale after the refresh", step, n)
	}
	got := aggregateLines(t, m)
	sameLines(t, step, got, want)
	return got
}

// withPredicate is the lines of N-Quads whose predicate is p.
func withPredicate(lines []string, p quad.IRI) []string {
	var out []string
	for _, l := range lines {
		if strings.Contains(l, "> <"+string(p)+"> ") {
			out = append(out, l)
		}
	}
	return out
}

// aggregateLines lists the aggregate quads of mirror m as sorted N-Quads.
func aggregateLines(t *testing.T, m *Store) []string {
	t.Helper()
	qs, err := m.LabelQuadsScan(context.Background(), AggregatesLabel)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, 0, len(qs))
	for _, q := range qs {
		out = append(out, q.NQuad())
	}
	sort.Strings(out)
	return out
}

// A mirror's aggregates after any sequence of writes are those a mirror
// made afresh from the same store would compute.
func TestAggregatesFollowWrites(t *testing.T) {
	ctx := context.Background()
	opts := MirrorOptions{AggregateMinArticles: 2, HeadRows: 1}
	src := openTest(t, "bolt", filepath.Join(t.TempDir(), "a.bolt"))
	m, err := MirrorWithOptions(ctx, src, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if got := aggregateLines(t, m); len(got) != 0 {
		t.Fatalf("aggregates of an empty store: %v", got)
	}
	same := func(step string) []string {
		t.Helper()
		fresh, err := MirrorWithOptions(ctx, src, opts)
		if err != nil {
			t.Fatal(err)
		}
		defer fresh.Close()
		return sameAfterRefresh(t, step, m, fresh)
	}

	mustWrite(t, src, harborV1())
	got := same("one article")
	// Entities in fewer articles than the threshold have only their
	// article count; every entity key is indexed.
	if n := len(withPredicate(got, PredAggArticles)); n != 4 {
		t.Errorf("article counts after one article: %d, want 4 (one per entity)", n)
	}
	measures := withPredicate(got, PredIndexedMeasure)
	// A row card for the quotation and each of the three relations.
	cards := func(got []string) []string {
		return append(withPredicate(got, PredAggStatementRow), withPredicate(got, PredAggRelationRow)...)
	}
	if n := len(cards(got)); n != 4 {
		t.Errorf("row cards after one article: %d, want 4:\n%v", n, cards(got))
	}
	wantCard := `<` + ArticleBase + `harbor/quote/1> <` + string(PredAggStatementRow) + `> "{\"article\":\"` + ArticleBase + `harbor\",\"article_id\":\"harbor\",\"cue\":\"said\",\"date\":\"2031-03-04\",\"date_is_default\":true,\"kind\":\"direct\",\"published\":\"2031-03-04\",\"speaker\":\"Ana Ruiz\",\"speaker_id\":\"` + entRuiz + `\",\"statement\":\"` + ArticleBase + `harbor/quote/1\",\"text\":\"The Harbor Council will reopen the port,\",\"title\":\"Port to reopen\"}"`
	if c := withPredicate(got, PredAggStatementRow); len(c) != 1 || !strings.HasPrefix(c[0], wantCard) {
		t.Errorf("statement card %v, want %s", c, wantCard)
	}
	if n := len(withPredicate(got, PredIndexedKey)); n != len(got)-4-3*len(measures)-len(cards(got)) || n == 0 {
		t.Fatalf("after one article, %d keys indexed, %d measures and %d other aggregates:\n%v", n, len(measures), len(got)-n, got)
	}
	// The claim's measure is indexed with its claims.
	wantClaims := `<` + MeasureBase + `ships> <` + string(PredMeasureClaims) + `> "[[\"` + ArticleBase + `harbor/claim/1\",\"2031-03-04\"]]"`
	if len(measures) != 1 || !strings.HasPrefix(strings.Join(withPredicate(got, PredMeasureClaims), "\n"), wantClaims) {
		t.Errorf("measure index after one article: %v, want one measure, %s", withPredicate(got, PredMeasureClaims), wantClaims)
	}
	if keys := withPredicate(got, PredIndexedKey); !strings.Contains(strings.Join(keys, "\n"), `"ruiz"`) {
		t.Errorf("the key index lacks Ana Ruiz's alias: %v", keys)
	}
	mustWrite(t, src, riverArticle())
	got = same("two articles")
	// Ana Ruiz and Ridgeport are in both articles: 15 aggregates each.
	if n := len(withPredicate(got, PredAggCoMentions)); n != 2 {
		t.Fatalf("full aggregates after two articles: %d entities, want 2:\n%v", n, got)
	}
	heads := append(withPredicate(got, PredAggArticlesOfHead), withPredicate(got, PredAggTimelineHead)...)
	// Every entity with full aggregates has its strikes as a head, all of
	// them when they need no head of their own: none here.
	strikes := withPredicate(got, PredAggStrikesByHead)
	for _, h := range strikes {
		if !strings.Contains(h, `"[2147483647,[]]"`) {
			t.Errorf("strikes head of an entity that struck nothing: %s", h)
		}
	}
	if n := len(got) - len(withPredicate(got, PredIndexedKey)) - len(withPredicate(got, PredAggArticles)) - 3*len(withPredicate(got, PredIndexedMeasure)) - len(heads) - len(strikes) - len(cards(got)); len(strikes) != 2 || n != 2*16 {
		t.Fatalf("aggregates after two articles: %d besides keys, counts and heads, want 32:\n%v", n, got)
	}
	// With heads of one row: both have two dated articles, so the newest
	// is their articles' head; Ana Ruiz has two dated timeline items, so
	// the oldest is her timeline's head; Ridgeport has one.
	wantHeads := []string{
		`<https://newsgraph.dev/entity/ana-ruiz> <https://newsgraph.dev/ns#articlesOfHead> "[1,[[\"https://newsgraph.dev/article/river\",\"2031-03-05\"]]]"`,
		`<https://newsgraph.dev/entity/ridgeport> <https://newsgraph.dev/ns#articlesOfHead> "[1,[[\"https://newsgraph.dev/article/river\",\"2031-03-05\"]]]"`,
		`<https://newsgraph.dev/entity/ana-ruiz> <https://newsgraph.dev/ns#timelineHead> "[1,[[\"https://newsgraph.dev/article/harbor/relation/1\",\"2031-03-03\",1]]]"`,
	}
	if len(heads) != len(wantHeads) {
		t.Errorf("heads after two articles: %v, want %d", heads, len(wantHeads))
	}
	for _, h := range wantHeads {
		if !strings.Contains(strings.Join(heads, "\n"), h) {
			t.Errorf("heads after two articles lack %s:\n%v", h, heads)
		}
	}
	want := map[quad.IRI]quad.Value{
		PredAggArticles:   quad.Int(2),
		PredAggMentions:   quad.Int(3), // twice in harbor, once in river
		PredAggStatements: quad.Int(1),
		PredAggFirstSeen:  quad.String("2031-03-04"),
		PredAggLastSeen:   quad.String("2031-03-05"),
		PredAggCoMentions: quad.String(`[["` + entRidge + `",2],["` + entCouncil + `",1],["` + EntityBase + `kell-river",1],["` + entBerg + `",1]]`),
	}
	h := ArticleBase + "harbor"
	want[PredAggStatementsBy] = quad.String(`[["` + h + `/quote/1","` + h + `","2031-03-04","2031-03-04"]]`)
	want[PredAggRelations] = quad.String(`[["` + h + `/relation/1","` + h + `","2031-03-03","met_with","2031-03-04","s"],["` + h + `/relation/3","` + h + `","","role_in","2031-03-04","s"]]`)
	want[PredAggArticlesOf] = quad.String(`[["` + ArticleBase + `river","2031-03-05"],["` + h + `","2031-03-04"]]`)
	ruiz := map[quad.IRI]quad.Value{}
	qs, err := m.LabelQuadsScan(ctx, AggregatesLabel)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if q.Subject == quad.IRI(entRuiz) {
			ruiz[q.Predicate.(quad.IRI)] = q.Object
		}
	}
	for p, v := range want {
		if ruiz[p] != v {
			t.Errorf("Ana Ruiz %s = %v, want %v", Prefixed(p), ruiz[p], v)
		}
	}

	mustWrite(t, src, harborV2()) // Tomas Berg, the quote with a speaker and the claim go
	if got := same("after a replace"); len(withPredicate(got, PredIndexedMeasure)) != 0 {
		t.Errorf("a measure no claim has is still indexed: %v", withPredicate(got, PredIndexedMeasure))
	}
	// A new title changes the cards of every item of the article.
	retitled := harborV2()
	retitled.Title = "Port reopens"
	mustWrite(t, src, retitled)
	if got := cards(same("after a new title")); len(got) == 0 || strings.Contains(strings.Join(got, "\n"), "Port to reopen") {
		t.Errorf("row cards after a new title: %v", got)
	}
	if _, err := src.DeleteArticle(ctx, riverArticle().Doc); err != nil {
		t.Fatal(err)
	}
	if got := same("after a delete"); len(withPredicate(got, PredAggCoMentions)) != 0 {
		t.Fatalf("entities left in one article keep aggregates: %v", got)
	}
	if got := aggregateLines(t, m); strings.Contains(strings.Join(got, "\n"), `"kell river"`) {
		t.Errorf("the key of an entity no article names any more is still indexed")
	}
	if _, err := src.WriteArticles(ctx, []newsgraph.Extraction{riverArticle(), harborV1()}); err != nil {
		t.Fatal(err)
	}
	same("after a batch")
}

// A mirror made with AggregateMinArticles 0 keeps none.
func TestNoAggregatesWhenOff(t *testing.T) {
	ctx := context.Background()
	opts := MirrorOptions{}
	src := openTest(t, "memstore", "")
	mustWrite(t, src, harborV1())
	mustWrite(t, src, riverArticle())
	m, err := MirrorWithOptions(ctx, src, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	mustWrite(t, src, harborV2())
	if got := aggregateLines(t, m); len(got) != 0 {
		t.Fatalf("aggregates with AggregateMinArticles 0: %v", got)
	}
}

func TestJSLessIsGojaOrder(t *testing.T) {
	words := []string{"", "a", "ab", "a b", "b", "B", "\u00e9", "\uff21", "\U0001F600", "\U0001F601", "\uffff", "2024-01-02", "2024-1"}
	vm := goja.New()
	vm.Set("words", words)
	v, err := vm.RunString(`var out = []; for (var i = 0; i < words.length; i++) { for (var j = 0; j < words.length; j++) { out.push(words[i] < words[j]); } } out`)
	if err != nil {
		t.Fatal(err)
	}
	got := v.Export().([]any)
	for i, a := range words {
		for j, b := range words {
			if want := got[i*len(words)+j].(bool); jsLess(a, b) != want {
				t.Errorf("jsLess(%q, %q) = %v, goja says %v", a, b, !want, want)
			}
		}
	}
}

// An organization's statements include those of unnamed officials named
// by its name and those of people tied to it, in articles that may not
// name the organization itself: writing such an article updates the
// organization's aggregates too.
func TestAggregatesFollowWritesThatDoNotNameTheEntity(t *testing.T) {
	ctx := context.Background()
	src := openTest(t, "memstore", "")
	m, err := MirrorWithOptions(ctx, src, MirrorOptions{AggregateMinArticles: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	same := func(step string) []string {
		t.Helper()
		fresh, err := MirrorWithOptions(ctx, src, MirrorOptions{AggregateMinArticles: 1})
		if err != nil {
			t.Fatal(err)
		}
		defer fresh.Close()
		return sameAfterRefresh(t, step, m, fresh)
	}
	orgQuotes := func() string {
		t.Helper()
		qs, err := m.LabelQuadsScan(ctx, AggregatesLabel)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			if q.Subject == quad.IRI(entCouncil) && q.Predicate == PredAggOrgQuotes {
				return stringOf(q.Object)
			}
		}
		return ""
	}
	mustWrite(t, src, harborV1()) // Tomas Berg is a member of the Harbor Council
	same("harbor")
	if got := orgQuotes(); got != "[]" {
		t.Fatalf("Harbor Council's statements after harbor: %s", got)
	}
	// An unnamed official of the "Harbor Council"; the article does not
	// name the council as an entity.
	mustWrite(t, src, riverArticle())
	same("river")
	if got, want := orgQuotes(), `[["`+ArticleBase+`river/quote/1","speaker_organization",""]]`; got != want {
		t.Fatalf("Harbor Council's statements after river: %s, want %s", got, want)
	}
	// Tomas Berg speaks in an article that does not name the council.
	mustWrite(t, src, newsgraph.Extraction{
		Doc: "berg", Published: "2031-03-06", Title: "Berg speaks", Source: "Example Wire",
		Entities: []newsgraph.Entity{{ID: entBerg, Name: "Tomas Berg", Type: newsgraph.Person, Aliases: []string{"Tomas Berg"},
			Mentions: []newsgraph.Span{{Start: 0, End: 10}}}},
		Quotes: []newsgraph.Quote{{Speaker: "Tomas Berg", SpeakerID: entBerg, Text: "The port is ready", Cue: "said",
			Date: "2031-03-06", Kind: "direct", Start: 20, End: 40}},
	})
	same("berg")
	if got, want := orgQuotes(), `[["`+ArticleBase+`berg/quote/1","member_of","`+entBerg+`"],["`+ArticleBase+`river/quote/1","speaker_organization",""]]`; got != want {
		t.Fatalf("Harbor Council's statements after berg: %s, want %s", got, want)
	}
	if _, err := src.DeleteArticle(ctx, "river"); err != nil {
		t.Fatal(err)
	}
	same("river deleted")

	// Ridgeport is in Norland; an attack on Ridgeport, in an article that
	// does not name Norland, is an attack on Norland too.
	ridge := newsgraph.Entity{ID: entRidge, Name: "Ridgeport", Type: newsgraph.GPE, Aliases: []string{"Ridgeport"}, Mentions: []newsgraph.Span{{Start: 0, End: 9}}}
	norland := newsgraph.Entity{ID: EntityBase + "norland", Name: "Norland", Type: newsgraph.GPE, Aliases: []string{"Norland"}, Mentions: []newsgraph.Span{{Start: 11, End: 18}}}
	rebels := newsgraph.Entity{ID: EntityBase + "red-band", Name: "Red Band", Type: newsgraph.Org, Aliases: []string{"Red Band"}, Mentions: []newsgraph.Span{{Start: 30, End: 38}}}
	mustWrite(t, src, newsgraph.Extraction{
		Doc: "where", Published: "2031-03-07", Title: "Ridgeport, Norland", Source: "Example Wire",
		Entities:  []newsgraph.Entity{ridge, norland},
		Relations: []newsgraph.Relation{{Subject: "Ridgeport", Predicate: newsgraph.LocatedIn, Object: "Norland", Evidence: "Ridgeport, Norland"}},
	})
	same("where")
	mustWrite(t, src, newsgraph.Extraction{
		Doc: "attack", Published: "2031-03-08", Title: "Red Band attacks Ridgeport", Source: "Example Wire",
		Entities:  []newsgraph.Entity{ridge, rebels},
		Relations: []newsgraph.Relation{{Subject: "Red Band", Predicate: newsgraph.Attacked, Object: "Ridgeport", Evidence: "Red Band attacked Ridgeport."}},
	})
	got := same("attack")
	want := `<` + EntityBase + `norland> <` + string(PredAggAttacksOn) + `> "[[\"` + ArticleBase + `attack/relation/1\",\"` + ArticleBase + `attack\",\"\",\"attacked\",\"2031-03-08\"]]"`
	found := false
	for _, l := range got {
		found = found || strings.HasPrefix(l, want)
	}
	if !found {
		t.Fatalf("Norland's attacks after an attack on Ridgeport: no line %s in\n%s", want, strings.Join(got, "\n"))
	}
}

// A mirror refuses negative options, naming them.
func TestMirrorOptionsRefuseNegatives(t *testing.T) {
	src := openTest(t, "memstore", "")
	for _, opts := range []MirrorOptions{{AggregateMinArticles: -1}, {AggregateMinArticles: 1, HeadRows: -1}} {
		m, err := MirrorWithOptions(context.Background(), src, opts)
		if err == nil {
			m.Close()
			t.Errorf("%+v: no error", opts)
		} else if !strings.Contains(err.Error(), "negative") {
			t.Errorf("%+v: %v", opts, err)
		}
	}
}
