package graph

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

func has(qs []quad.Quad, s quad.Value, p quad.IRI, o quad.Value) bool {
	for _, q := range qs {
		if q.Subject == s && q.Predicate == p && q.Object == o {
			return true
		}
	}
	return false
}

func objects(qs []quad.Quad, s quad.Value, p quad.IRI) []quad.Value {
	var out []quad.Value
	for _, q := range qs {
		if q.Subject == s && q.Predicate == p {
			out = append(out, q.Object)
		}
	}
	return out
}

func TestQuadsLabelsAndArticle(t *testing.T) {
	x := harborV1()
	qs := Quads(x)
	art := ArticleIRI("harbor")
	if art != "https://newsgraph.dev/article/harbor" {
		t.Fatalf("ArticleIRI = %s", art)
	}
	for _, q := range qs {
		if q.Label != art {
			t.Fatalf("quad %v has label %v, want %v", q, q.Label, art)
		}
		if !q.IsValid() {
			t.Fatalf("invalid quad %v", q)
		}
	}
	want := []struct {
		p quad.IRI
		o quad.Value
	}{
		{PredType, TypeArticle},
		{PredIdentifier, quad.String("harbor")},
		{PredHeadline, quad.String("Port to reopen")},
		{PredDatePublished, quad.String("2031-03-04")},
		{PredPublisher, quad.String("Example Wire")},
		{PredAuthor, quad.String("Lee Park")},
		{PredURL, quad.String("https://example.org/harbor")},
		{PredDateline, quad.String("RIDGEPORT")},
		{PredMentionsDate, quad.String("2031-03-03")},
		{PredMentions, quad.IRI(entRuiz)},
		{PredMentions, quad.IRI(entBerg)},
		{PredMentions, quad.IRI(entCouncil)},
		{PredMentions, quad.IRI(entRidge)},
	}
	for _, w := range want {
		if !has(qs, art, w.p, w.o) {
			t.Errorf("missing %v %v %v", art, w.p, w.o)
		}
	}
	// No empty literals: river has no byline.
	for _, q := range Quads(riverArticle()) {
		if s, ok := q.Object.(quad.String); ok && s == "" {
			t.Errorf("empty literal in %v", q)
		}
		if q.Predicate == PredAuthor {
			t.Errorf("author written for an article without byline: %v", q)
		}
	}
}

func TestQuadsEntities(t *testing.T) {
	qs := Quads(harborV1())
	ruiz := quad.IRI(entRuiz)
	for _, w := range []struct {
		p quad.IRI
		o quad.Value
	}{
		{PredType, TypePerson},
		{PredEntityType, quad.String("PERSON")},
		{PredName, quad.String("Ana Ruiz")},
		{PredAlternateName, quad.String("Ruiz")},
		{PredKey, quad.String("ana ruiz")},
		{PredKey, quad.String("ruiz")},
		{PredJobTitle, quad.String("Mayor")},
	} {
		if !has(qs, ruiz, w.p, w.o) {
			t.Errorf("missing %v %v %v", ruiz, w.p, w.o)
		}
	}
	if !has(qs, quad.IRI(entCouncil), PredType, TypeOrg) || !has(qs, quad.IRI(entRidge), PredType, TypeGPE) {
		t.Error("org or GPE class missing")
	}
	// "Harbor Council", "the Harbor Council" and "The Harbor Council" share one key.
	if keys := objects(qs, quad.IRI(entCouncil), PredKey); len(keys) != 1 || keys[0] != quad.String("harbor council") {
		t.Errorf("council keys = %v, want [harbor council]", keys)
	}
	// Mention counts: one ng:Mention node per entity.
	var count quad.Value
	for _, q := range qs {
		if q.Predicate == PredMentionOf && q.Object == ruiz {
			if !has(qs, q.Subject, PredType, TypeMention) || !has(qs, q.Subject, PredIsPartOf, ArticleIRI("harbor")) {
				t.Errorf("mention node %v lacks type or isPartOf", q.Subject)
			}
			if c := objects(qs, q.Subject, PredMentionCount); len(c) == 1 {
				count = c[0]
			}
		}
	}
	if count != quad.Int(2) {
		t.Errorf("mention count of Ruiz = %v, want 2", count)
	}
	// An entity without ID gets one derived from its name.
	rq := Quads(riverArticle())
	kell := quad.IRI(EntityBase + "kell-river")
	if !has(rq, kell, PredName, quad.String("Kell River")) || !has(rq, ArticleIRI("river"), PredMentions, kell) {
		t.Errorf("derived IRI %s not used", kell)
	}
	if got := EntityIRI("Jean-Luc d'Arcy"); got != EntityBase+"jean-luc-darcy" {
		t.Errorf("EntityIRI = %s", got)
	}
}

func TestQuadsQuotes(t *testing.T) {
	qs := Quads(harborV1())
	q1 := quad.IRI(ArticleBase + "harbor/quote/1")
	for _, w := range []struct {
		p quad.IRI
		o quad.Value
	}{
		{PredType, TypeQuotation},
		{PredIsPartOf, ArticleIRI("harbor")},
		{PredText, quad.String("The Harbor Council will reopen the port,")},
		{PredSpeaker, quad.IRI(entRuiz)},
		{PredSpeakerName, quad.String("Ana Ruiz")},
		{PredCue, quad.String("said")},
		{PredKind, quad.String("direct")},
		{PredDateCreated, quad.String("2031-03-04")},
		{PredDateDefault, quad.Bool(true)},
		{PredMentions, quad.IRI(entCouncil)}, // mentioned inside the quote
	} {
		if !has(qs, q1, w.p, w.o) {
			t.Errorf("missing %v %v %v", q1, w.p, w.o)
		}
	}
	if has(qs, q1, PredMentions, quad.IRI(entRuiz)) {
		t.Error("quote mentions Ruiz, who is named only outside it")
	}
	// Without speaker_id the speaker is found by name.
	if !has(Quads(harborV2()), q1, PredSpeaker, quad.IRI(entRuiz)) {
		t.Error("speaker not mapped by name")
	}
	// Unattributed: name kept, no speaker edge, the organization kept.
	rq := Quads(riverArticle())
	rq1 := quad.IRI(ArticleBase + "river/quote/1")
	if !has(rq, rq1, PredSpeakerName, quad.String(newsgraph.Unattributed)) ||
		!has(rq, rq1, PredSpeakerOrg, quad.String("Harbor Council")) ||
		len(objects(rq, rq1, PredSpeaker)) != 0 {
		t.Errorf("unattributed quote mapped wrongly: %v", objects(rq, rq1, PredSpeaker))
	}
	if len(objects(rq, rq1, PredDateCreated)) != 0 || len(objects(rq, rq1, PredDateDefault)) != 0 {
		t.Error("quote without date has a date")
	}
}

func TestQuadsRelationsAndClaims(t *testing.T) {
	qs := Quads(harborV1())
	r1 := quad.IRI(ArticleBase + "harbor/relation/1")
	for _, w := range []struct {
		p quad.IRI
		o quad.Value
	}{
		{PredType, TypeRelation},
		{PredIsPartOf, ArticleIRI("harbor")},
		{PredRelation, quad.String("met_with")},
		{PredSubject, quad.IRI(entRuiz)},
		{PredObject, quad.IRI(entBerg)},
		{PredStartDate, quad.String("2031-03-03")},
		{PredLocation, quad.IRI(entRidge)},
		{PredEvidence, quad.String("Mayor Ana Ruiz met Tomas Berg of the Harbor Council on Monday.")},
	} {
		if !has(qs, r1, w.p, w.o) {
			t.Errorf("missing %v %v %v", r1, w.p, w.o)
		}
	}
	if !has(qs, quad.IRI(entRuiz), RelationPredicates[newsgraph.MetWith], quad.IRI(entBerg)) {
		t.Error("direct met_with edge missing")
	}
	// "Ruiz" is an alias: found through its key.
	r3 := quad.IRI(ArticleBase + "harbor/relation/3")
	if !has(qs, r3, PredSubject, quad.IRI(entRuiz)) || !has(qs, r3, PredRoleName, quad.String("Mayor")) ||
		!has(qs, quad.IRI(entRuiz), RelationPredicates[newsgraph.RoleIn], quad.IRI(entRidge)) {
		t.Error("role_in relation by alias mapped wrongly")
	}
	// An object that is no entity of the article gets a derived IRI.
	rq := Quads(riverArticle())
	if !has(rq, quad.IRI(entRidge), RelationPredicates[newsgraph.LocatedIn], quad.IRI(EntityBase+"norland")) {
		t.Error("relation to an unlisted entity not written with a derived IRI")
	}
	c1 := quad.IRI(ArticleBase + "harbor/claim/1")
	for _, w := range []struct {
		p quad.IRI
		o quad.Value
	}{
		{PredType, TypeClaim},
		{PredQuantity, quad.Float(40)},
		{PredMeasure, quad.String("ships")},
		{PredQualifier, quad.String("about")},
		{PredSubject, quad.IRI(entRidge)},
		{PredClaimant, quad.IRI(entRuiz)},
		{PredClaimantName, quad.String("Ana Ruiz")},
	} {
		if !has(qs, c1, w.p, w.o) {
			t.Errorf("missing %v %v %v", c1, w.p, w.o)
		}
	}
}

func TestQuadsStableWithoutDuplicates(t *testing.T) {
	a, b := Quads(harborV1()), Quads(harborV1())
	if !reflect.DeepEqual(a, b) {
		t.Fatal("Quads is not deterministic")
	}
	seen := map[string]bool{}
	for _, q := range a {
		if seen[q.NQuad()] {
			t.Errorf("duplicate quad %s", q.NQuad())
		}
		seen[q.NQuad()] = true
	}
}

func TestCheck(t *testing.T) {
	if err := Check(harborV1()); err != nil {
		t.Fatal(err)
	}
	for name, mod := range map[string]func(*newsgraph.Extraction){
		"no doc id":    func(x *newsgraph.Extraction) { x.Doc = " " },
		"unknown type": func(x *newsgraph.Extraction) { x.Entities[0].Type = "THING" },
		"no iri":       func(x *newsgraph.Extraction) { x.Entities[0].ID = ""; x.Entities[0].Name = "--" },
	} {
		x := harborV1()
		mod(&x)
		if err := Check(x); err == nil {
			t.Errorf("%s: Check accepted it", name)
		}
	}
}

// Every class and predicate Quads emits is documented in Vocabulary.
func TestVocabularyCoversQuads(t *testing.T) {
	doc := map[quad.IRI]string{}
	for _, term := range Vocabulary {
		if _, dup := doc[term.IRI]; dup {
			t.Errorf("%s listed twice", term.IRI)
		}
		if term.Comment == "" || (term.Kind != "class" && term.Kind != "property") {
			t.Errorf("%s: kind %q, comment %q", term.IRI, term.Kind, term.Comment)
		}
		doc[term.IRI] = term.Kind
	}
	for _, x := range []newsgraph.Extraction{harborV1(), harborV2(), riverArticle()} {
		for _, q := range Quads(x) {
			if doc[q.Predicate.(quad.IRI)] != "property" {
				t.Errorf("predicate %s not in Vocabulary", q.Predicate)
			}
			if q.Predicate == PredType && doc[q.Object.(quad.IRI)] != "class" {
				t.Errorf("class %s not in Vocabulary", q.Object)
			}
		}
	}
	for _, p := range RelationPredicates {
		if doc[p] != "property" {
			t.Errorf("relation predicate %s not in Vocabulary", p)
		}
	}
	for _, c := range TypeClass {
		if doc[c] != "class" {
			t.Errorf("class %s not in Vocabulary", c)
		}
	}
}

var update = flag.Bool("update", false, "rewrite docs/vocabulary.md")

// docs/vocabulary.md is what WriteVocabularyMarkdown writes.
func TestVocabularyDoc(t *testing.T) {
	var b bytes.Buffer
	if err := WriteVocabularyMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "| `schema:spokenByCharacter` | quotation | entity |") {
		t.Errorf("table lacks a row for schema:spokenByCharacter:\n%s", b.String())
	}
	const path = "../docs/vocabulary.md"
	if *update {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (create it with go test ./graph -run TestVocabularyDoc -update)", err)
	}
	if !bytes.Equal(got, b.Bytes()) {
		t.Errorf("%s is out of date: run go test ./graph -run TestVocabularyDoc -update", path)
	}
}
