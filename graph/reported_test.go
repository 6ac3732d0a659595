package graph

import (
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// Reported speech is a statement of kind "indirect" at /reported/N, with
// its evidence sentence, labelled with its article; direct quotes keep
// their IRIs.
func TestQuadsReportedSpeech(t *testing.T) {
	x := harborV1()
	clause := sp(harborText, "Tomas Berg of the Harbor Council", 0)
	x.Reported = []newsgraph.Quote{{
		Speaker: "Ana Ruiz", SpeakerID: entRuiz, Text: "Tomas Berg of the Harbor Council", Cue: "said",
		Date: "2031-03-03", Kind: "indirect", Evidence: "Ruiz said that Tomas Berg of the Harbor Council agreed.",
		Start: clause.Start, End: clause.End,
	}}
	qs := Quads(x)
	r1 := quad.IRI(ArticleBase + "harbor/reported/1")
	for _, w := range []struct {
		p quad.IRI
		o quad.Value
	}{
		{PredType, TypeQuotation},
		{PredIsPartOf, ArticleIRI("harbor")},
		{PredKind, quad.String("indirect")},
		{PredSpeaker, quad.IRI(entRuiz)},
		{PredCue, quad.String("said")},
		{PredDateCreated, quad.String("2031-03-03")},
		{PredEvidence, quad.String("Ruiz said that Tomas Berg of the Harbor Council agreed.")},
		{PredMentions, quad.IRI(entBerg)},
	} {
		if !has(qs, r1, w.p, w.o) {
			t.Errorf("missing %v %v %v", r1, w.p, w.o)
		}
	}
	for _, q := range qs {
		if q.Subject == r1 && q.Label != ArticleIRI("harbor") {
			t.Errorf("quad %v not labelled with the article", q)
		}
	}
	q1 := quad.IRI(ArticleBase + "harbor/quote/1")
	if !has(qs, q1, PredKind, quad.String("direct")) || has(qs, q1, PredKind, quad.String("indirect")) {
		t.Error("direct quote's kind changed")
	}
	if len(objects(qs, q1, PredEvidence)) != 0 {
		t.Error("direct quote has evidence")
	}
}
