package entities

import (
	"strings"
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

func TestNameAcrossHardWrap(t *testing.T) {
	// Wire copy wrapped at a fixed width: a name broken at a line end is
	// one name; an indented line starts a paragraph, a short line ends one.
	text := "OSLAND, March 4 - The board of Varnoco Inc met on Tuesday and\n" +
		"said it had named Allard Peterkin, a former banker with the\n" +
		"group, as its new chairman after a vote of the board of Jane\n" +
		"Doerill's company, the statement from the firm in Osland said.\n" +
		"    The board said the chairman, who was born in Karvik, would\n" +
		"take office next month, according to a statement by the Mertonshire\n" +
		"Widget Council and officials of the company in Osland.\n" +
		"    Shares rose on the news in trading in Karvik on Tuesday.\n" +
		"Marta\n" +
		"Ellison said nothing.\n"
	doc := run(t, text)
	want(t, doc, "Jane Doerill", newsgraph.Person)
	want(t, doc, "Mertonshire Widget Council", newsgraph.Org)
	if e := find(doc, "Marta Ellison"); e != nil {
		t.Errorf("a short line joined to the next: %s", names(doc))
	}
	if w := hardWraps("One line of text.\nAnother line of text.\nThird line here, and\nfourth line.\n"); len(w) != 0 {
		t.Errorf("lines ending sentences read as wrapped: %v", w)
	}
}

func TestRankBeforeTreatyIsNoTitle(t *testing.T) {
	doc := run(t, "He spoke at the General Agreement on Tariffs and Trade meeting. President Bill Doerr listened.")
	if e := find(doc, "Agreement"); e != nil {
		t.Errorf("treaty head taken for a person: %s", names(doc))
	}
	want(t, doc, "Bill Doerr", newsgraph.Person)
}

func TestAndAfterOfEndsAtAPerson(t *testing.T) {
	doc := run(t, "Critics named Secretary of State Jane Doerr and Defense Secretary Tom Varley on Monday. "+
		"The Department of Trade and Industry agreed.")
	want(t, doc, "Jane Doerr", newsgraph.Person)
	want(t, doc, "Tom Varley", newsgraph.Person)
	want(t, doc, "Department of Trade and Industry", newsgraph.Org)
}

func TestCompassBeforePlace(t *testing.T) {
	doc := run(t, "Exports to West Germany rose, officials in Bonn said.")
	want(t, doc, "West Germany", newsgraph.GPE)
}

func TestNationalityAndTwoWordsIsNoPerson(t *testing.T) {
	doc := run(t, "Relations are improving, Japanese Trade and Industry Minister Hiro Tanabe said.")
	want(t, doc, "Hiro Tanabe", newsgraph.Person)
	if e := find(doc, "Japanese Trade"); e != nil {
		t.Errorf("nationality and a title word taken for a person: %s", names(doc))
	}
}

func TestHyphenatedTitles(t *testing.T) {
	doc := run(t, "Rates rose, Northland Central Bank Vice-President Marek Lusk said. Vice-President Jane Doerr agreed.")
	want(t, doc, "Northland Central Bank", newsgraph.Org)
	want(t, doc, "Marek Lusk", newsgraph.Person)
	e := want(t, doc, "Jane Doerr", newsgraph.Person)
	if len(e.Roles) == 0 || e.Roles[0] != "Vice-President" {
		t.Errorf("role of Jane Doerr: %q", e.Roles)
	}
}

func TestPartyOrFactionBeforeName(t *testing.T) {
	doc := run(t, "The plan was attacked by Blairite Alan Varley, Tory Liam Doerr and Liberal Democrat Sarah Pell.")
	want(t, doc, "Alan Varley", newsgraph.Person)
	want(t, doc, "Liam Doerr", newsgraph.Person)
	want(t, doc, "Sarah Pell", newsgraph.Person)
	want(t, doc, "Conservative Party", newsgraph.Org, "Tory")
	for _, e := range doc.Entities {
		if strings.Contains(e.Name, "Blairite") || strings.Contains(e.Name, "Liberal Democrat ") {
			t.Errorf("faction word kept in a name: %s", names(doc))
		}
	}
}

func TestHonorificBeforePlaceName(t *testing.T) {
	doc := run(t, "Mr Houston said the deal was off. Officials in Houston agreed.")
	if e := find(doc, "Houston"); e == nil {
		t.Fatalf("no Houston: %s", names(doc))
	}
	person, place := false, false
	for _, e := range doc.Entities {
		person = person || e.Name == "Houston" && e.Type == newsgraph.Person
		place = place || e.Name == "Houston" && e.Type == newsgraph.GPE
	}
	if !person || !place {
		t.Errorf("Mr Houston and the city: %s", names(doc))
	}
}

func TestRoyalGivenNameJoinsNoFullName(t *testing.T) {
	doc := run(t, "Prince Tomas opened the hall. Later Tomas Varnak spoke, and Varnak left.")
	e := want(t, doc, "Tomas Varnak", newsgraph.Person, "Varnak")
	for _, a := range e.Aliases {
		if a == "Tomas" {
			t.Errorf("a prince's given name joined another person: %s", names(doc))
		}
	}
}

func TestSentenceWordBeforeKnownOrg(t *testing.T) {
	doc := run(t, "Rates held.\nLatest Federal Reserve figures showed growth.")
	want(t, doc, "Federal Reserve", newsgraph.Org)
	if find(doc, "Latest Federal Reserve") != nil {
		t.Errorf("sentence word kept: %s", names(doc))
	}
}

func TestNamePairBeforeCommonNoun(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Jane Doerr and Tom Varley met. The Doerr-Varley feud is over, Doerr said.\n" +
		"Sarah Pell-Morton said so, and Pell-Morton left."
	doc := newsgraph.NewDocument(newsgraph.Article{ID: "t", Text: text})
	i := strings.Index(text, "Doerr-Varley")
	doc.Mentions = []newsgraph.Mention{{Span: newsgraph.Span{Start: i, End: i + len("Doerr-Varley")}, Type: newsgraph.Person, Source: "ner", Entity: -1}}
	if err := s.Process(doc); err != nil {
		t.Fatal(err)
	}
	if find(doc, "Doerr-Varley") != nil {
		t.Errorf("a pair of names before a noun taken for a name: %s", names(doc))
	}
	want(t, doc, "Jane Doerr", newsgraph.Person, "Doerr")
	want(t, doc, "Sarah Pell-Morton", newsgraph.Person)
}
