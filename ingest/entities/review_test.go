package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// Rules from the resolution review of 2026-12-06 (wire and BBC copy),
// each tested on invented names.

func TestCapsHeadlineTakesOnlyBodyNames(t *testing.T) {
	doc := run(t, "VARNOCO SAYS TALKS WITH BELLMARK STALLED\n\n"+
		"HOUSTON, March 3 - Varnoco Inc said talks with Bellmark Corp on a settlement had stalled.\n"+
		"Varnoco chairman Jane Doerr said the company would appeal.")
	e := want(t, doc, "Varnoco Inc", newsgraph.Org)
	found := false
	for _, a := range e.Aliases {
		found = found || a == "VARNOCO"
	}
	if !found {
		t.Errorf("headline name not joined to the body's: %s", names(doc))
	}
	for _, e := range doc.Entities {
		if e.Name == "Says Talks" || e.Type == newsgraph.Person && e.Name != "Jane Doerr" {
			t.Errorf("headline words taken as a name: %s", names(doc))
		}
	}
	for _, m := range doc.Mentions {
		if m.Text == "SAYS" || m.Text == "STALLED" || m.Text == "VARNOCO SAYS TALKS WITH BELLMARK STALLED" {
			t.Errorf("headline words kept: %s", names(doc))
		}
	}
}

func TestCapsLinesAlone(t *testing.T) {
	// A text wholly in capitals has no body to check against: it is read
	// as it is.
	if got := capsLines("ACME WINS\nTHE END"); got != nil {
		t.Errorf("capsLines of an all-caps text = %v", got)
	}
	if got := capsLines("ACME WINS\nAcme won."); len(got) != 1 || got[0].End != 9 {
		t.Errorf("capsLines = %v", got)
	}
}

func TestCapsHeadlineTaggerVoteIgnored(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "VARNOCO TO APPEAL RULING\n\nVarnoco said on Monday it would appeal. Shares in Varnoco fell."
	doc := newsgraph.NewDocument(newsgraph.Article{ID: "t", Text: text})
	doc.Mentions = []newsgraph.Mention{
		{Span: newsgraph.Span{Start: 0, End: 7}, Type: newsgraph.Person, Source: "ner", Entity: -1},
		{Span: newsgraph.Span{Start: 11, End: 24}, Type: newsgraph.Event, Source: "ner", Entity: -1},
	}
	if err := s.Process(doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Entities) != 1 || doc.Entities[0].Type != newsgraph.Org || len(doc.Mentions) != 3 {
		t.Errorf("headline tagger votes counted: %s", names(doc))
	}
}
