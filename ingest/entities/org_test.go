package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestSentenceStartStarterInName(t *testing.T) {
	doc := run(t, "Traders at the New Velen Cotton Exchange were calm.\n"+
		"New Velen Cotton Exchange officials said prices fell.\n"+
		"New York Grain Traders Association said the same.\n"+
		"New rules came in. New Acme chief Jane Doe spoke.")
	e := want(t, doc, "New Velen Cotton Exchange", newsgraph.Org)
	if len(e.Mentions) != 2 {
		t.Errorf("sentence-initial mention lost: %s", names(doc))
	}
	want(t, doc, "New York Grain Traders Association", newsgraph.Org)
	for _, e := range doc.Entities {
		if e.Name == "Velen Cotton Exchange" || e.Name == "York Grain Traders Association" || e.Name == "New Acme" {
			t.Errorf("starter wrongly cut or kept: %s", names(doc))
		}
	}
}

func TestSeatHeadEndsBeforeInPlace(t *testing.T) {
	doc := run(t, "A spokesman for the Velen Trade Ministry in Baghdad said exports rose. "+
		"She studied at Roeville University in Norway before that.")
	want(t, doc, "Velen Trade Ministry", newsgraph.Org)
	want(t, doc, "Roeville University", newsgraph.Org)
	want(t, doc, "Baghdad", newsgraph.GPE)
	want(t, doc, "Norway", newsgraph.GPE)
}

func TestRankBeforeOrganisationHead(t *testing.T) {
	doc := run(t, "Major League Doeball said the season would start. The General Assembly of Velen voted.")
	want(t, doc, "Major League Doeball", newsgraph.Org)
	for _, e := range doc.Entities {
		if e.Type == newsgraph.Person {
			t.Errorf("rank read as a title: %s", names(doc))
		}
	}
}

func TestDemonymPluralsAndCodesAreNoOrganisations(t *testing.T) {
	doc := run(t, "Talks between Turkish Cypriots and Greek Cypriots resumed. "+
		"Tests found the Q7Z3 strain of bird flu. An XR-250 gunship fired on the Velen Defence Ministry.")
	for _, e := range doc.Entities {
		if e.Name == "Turkish Cypriots" || e.Name == "Greek Cypriots" || e.Name == "Q7Z3" || e.Name == "XR-250" {
			t.Errorf("no entity expected: %s", names(doc))
		}
	}
	want(t, doc, "Velen Defence Ministry", newsgraph.Org)
}

func TestMediaAndFirmFollowers(t *testing.T) {
	doc := run(t, "Northland's Velenhap news agency reported the talks. The Roevale tabloid ran the story. "+
		"Officials in Norway told the Daily Velen.")
	want(t, doc, "Velenhap", newsgraph.Org)
	want(t, doc, "Roevale", newsgraph.Org)
	doc = run(t, "The Norway-Velen carmaker grew. Local newspapers agreed. He runs the Velenic channel.")
	for _, e := range doc.Entities {
		if e.Type == newsgraph.Org {
			t.Errorf("no organisation expected: %s", names(doc))
		}
	}
}

func TestKnownAcronymSpellingAStarter(t *testing.T) {
	// "WHO" is in the alias table; "WILL" and "WHAT" are shouted words.
	doc := run(t, "WHO says the outbreak is over, who knows why.\nWHAT a week. The WHO report was read.")
	e := want(t, doc, "World Health Organization", newsgraph.Org)
	if len(e.Mentions) != 2 {
		t.Errorf("sentence-initial acronym lost: %s", names(doc))
	}
	if find(doc, "WHAT") != nil {
		t.Errorf("shouted word kept: %s", names(doc))
	}
	doc = run(t, "WHO WAS JANE ROE\n\nThe film opened on Friday.")
	if len(doc.Entities) != 0 {
		t.Errorf("a line in capitals taken: %s", names(doc))
	}
}

func TestDoctrinesAndCommonAcronyms(t *testing.T) {
	doc := run(t, "He opposed Velenism all his life. The IQ of pupils fell. Roeville Gaming hired staff.")
	if find(doc, "Velenism") != nil || find(doc, "IQ") != nil {
		t.Errorf("no entity expected: %s", names(doc))
	}
	want(t, doc, "Roeville Gaming", newsgraph.Org)
}

func TestCapitalisedWordAfterAbbreviatedCountry(t *testing.T) {
	doc := run(t, "The U.S. Has also asked for more. Exports to the U.K. Fell sharply, officials said.\n"+
		"Imports fell and the U.S. has said so. The U.S. Congress agreed. The U.S. Embassy is shut; no embassy is open.")
	for _, e := range doc.Entities {
		if e.Name == "U.S. Has" || e.Name == "U.K. Fell" {
			t.Errorf("common word kept in a name: %s", names(doc))
		}
	}
	want(t, doc, "U.S. Congress", newsgraph.Org)
	if find(doc, "U.S. Embassy") == nil {
		t.Errorf("embassy cut: %s", names(doc))
	}
}

func TestPersonNounBeforeName(t *testing.T) {
	doc := run(t, "Two days later cameraman Velko Tarsan Brivic and poet Ondra Kelvey were freed.\n"+
		"Northland's agriculture minister, Ilvo Parrek, said tests confirmed it.\n"+
		"Clashes between Sunni Muslim and Shia Muslim groups went on.")
	want(t, doc, "Velko Tarsan Brivic", newsgraph.Person)
	want(t, doc, "Ondra Kelvey", newsgraph.Person)
	want(t, doc, "Ilvo Parrek", newsgraph.Person)
	if find(doc, "Sunni Muslim") != nil || find(doc, "Shia Muslim") != nil {
		t.Errorf("creed taken for a name: %s", names(doc))
	}
}

func TestSystemIsNoOrganisationAlone(t *testing.T) {
	doc := run(t, "The Velen Early Warning System failed. Roeville Airline System cut flights. "+
		"She works for the Doe County College System.")
	if e := find(doc, "Velen Early Warning System"); e != nil {
		t.Errorf("a system taken for an organisation: %s", names(doc))
	}
	want(t, doc, "Roeville Airline System", newsgraph.Org)
	want(t, doc, "Doe County College System", newsgraph.Org)
}

func TestRatingAgencyWrittenWithAnd(t *testing.T) {
	doc := run(t, "Standard and Poor's Corp cut the Velen Bank rating. Yesterday Standard and Poor's said so.")
	want(t, doc, "Standard & Poor's", newsgraph.Org)
	for _, e := range doc.Entities {
		if e.Name == "Standard" || e.Name == "Poor" {
			t.Errorf("name split at 'and': %s", names(doc))
		}
	}
}
