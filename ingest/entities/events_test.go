package entities

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// Event rules of 2026-12-06 (error-driven round on events), each tested
// on invented names.

// taggerVotes runs the stage on text with the tagger's mentions given as
// (surface, type) pairs, each at its first occurrence.
func taggerVotes(t *testing.T, text string, votes ...any) *newsgraph.Document {
	t.Helper()
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	doc := newsgraph.NewDocument(newsgraph.Article{ID: "t", Text: text})
	for i := 0; i+1 < len(votes); i += 2 {
		w, typ := votes[i].(string), votes[i+1].(newsgraph.EntityType)
		at := strings.Index(text, w)
		if at < 0 {
			t.Fatalf("%q not in text", w)
		}
		doc.Mentions = append(doc.Mentions, newsgraph.Mention{Span: newsgraph.Span{Start: at, End: at + len(w)}, Type: typ, Source: "ner", Entity: -1})
	}
	if err := s.Process(doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestTaggerEventNeedsAnEventMark(t *testing.T) {
	// titles of works, products and firms the tagger calls events
	doc := taggerVotes(t, "The band played Kissing Blue Marrow before the Varno Film Festival.",
		"Kissing Blue Marrow", newsgraph.Event, "Varno Film Festival", newsgraph.Event)
	none(t, doc, "Kissing Blue Marrow")
	want(t, doc, "Varno Film Festival", newsgraph.Event)
	// a month in a wire dateline
	doc = taggerVotes(t, "OSLAND, April 2 - Shares rose.", "April", newsgraph.Event)
	for _, e := range doc.Entities {
		if e.Type == newsgraph.Event {
			t.Errorf("month typed as an event: %s", names(doc))
		}
	}
	// a firm with another vote takes that vote
	doc = taggerVotes(t, "Shares of Vernaldo Ptx rose. Vernaldo Ptx said it would buy a rival.",
		"Vernaldo Ptx", newsgraph.Event, "Vernaldo Ptx said", newsgraph.Org)
	for _, e := range doc.Entities {
		if e.Type == newsgraph.Event {
			t.Errorf("firm typed as an event: %s", names(doc))
		}
	}
	// numbered and headed events keep the tagger's type
	doc = taggerVotes(t, "Fans went to the Tarvo Cup and the Quellan Games 2031.",
		"Tarvo Cup", newsgraph.Event)
	want(t, doc, "Tarvo Cup", newsgraph.Event)
}

func TestSpaceMissions(t *testing.T) {
	doc := run(t, "The shuttle Doemar flew STS-412 in May. The crew of Apollo 31 and of Artemis IV were honoured, and Shenzhou-40 docked.")
	want(t, doc, "STS-412", newsgraph.Event)
	want(t, doc, "Apollo 31", newsgraph.Event)
	want(t, doc, "Artemis IV", newsgraph.Event)
	want(t, doc, "Shenzhou-40", newsgraph.Event)
	if spaceMission("AB-12") || spaceMission("STS-") || !spaceMission("STS-7") {
		t.Error("spaceMission")
	}
}

func TestDatedAttackWithModifier(t *testing.T) {
	doc := run(t, "Talks began after the March 3 suicide bombing in the capital and the Nov. 9 terrorist attacks.")
	want(t, doc, "March 3 suicide bombing", newsgraph.Event)
	want(t, doc, "Nov. 9 terrorist attacks", newsgraph.Event)
	// a modifier outside the list makes no event
	doc = run(t, "On May 5 many attacks were reported.")
	for _, e := range doc.Entities {
		if e.Type == newsgraph.Event {
			t.Errorf("unexpected event: %s", names(doc))
		}
	}
}

func TestStormNameAlone(t *testing.T) {
	doc := run(t, "Cyclone Doemar reached the coast on Monday.\n\nYes, the Cyclone will weaken over land.\n\nDoemar's winds will drop as it moves inland.")
	want(t, doc, "Cyclone Doemar", newsgraph.Event, "Doemar", "Cyclone")
	if len(doc.Entities) != 1 {
		t.Errorf("storm split: %s", names(doc))
	}
	// the tagger's person vote on the name alone gives way
	doc = taggerVotes(t, "Hurricane Velmira hit the islands. Velmira later weakened.", "Velmira later", newsgraph.Person)
	want(t, doc, "Hurricane Velmira", newsgraph.Event, "Velmira")
}

func TestCampaignNamedWithAcronym(t *testing.T) {
	doc := run(t, "The gains followed the Defeat-Varnoc Insurgency (D-VI) campaign led by the army. "+
		"Donors backed the Safe Harbour Pledge (SHP) initiative.")
	want(t, doc, "Defeat-Varnoc Insurgency", newsgraph.Event, "D-VI")
	want(t, doc, "Safe Harbour Pledge", newsgraph.Event, "SHP")
	// an organisation's campaign is the organisation's
	doc = run(t, "The Doeland Workers' Party (DWP) campaign ended in March.")
	e := find(doc, "Doeland Workers' Party")
	if e == nil || e.Type != newsgraph.Org {
		t.Errorf("party typed as a campaign: %s", names(doc))
	}
}

func TestYearBeforeGames(t *testing.T) {
	doc := run(t, "She won gold at the 2004 Olympics and raced at the 2012 Winter Games. "+
		"Officials of the Vorland Olympics met. In 2004 Games Workshop shares rose.")
	want(t, doc, "2004 Olympics", newsgraph.Event)
	want(t, doc, "2012 Winter Games", newsgraph.Event)
	want(t, doc, "Vorland Olympics", newsgraph.Event)
	for _, e := range doc.Entities {
		if strings.HasPrefix(e.Name, "2004 Games") {
			t.Errorf("year joined to a firm: %s", names(doc))
		}
	}
}

func TestGatheringEndsBeforeItsPlace(t *testing.T) {
	doc := run(t, "Engineers met at the Varnoc Computing Conference in Roeville on Monday. "+
		"He brought the Winter Olympic Games to Tarnby. Talks at the Tarvo Conference on Climate Change ended.")
	want(t, doc, "Varnoc Computing Conference", newsgraph.Event)
	want(t, doc, "Winter Olympic Games", newsgraph.Event)
	none(t, doc, "Varnoc Computing Conference in Roeville")
	// "on" continues the name (here untyped without the tagger's vote)
	none(t, doc, "Tarvo Conference")
}
