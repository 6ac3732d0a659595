package entities

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestUnseenNewsRules(t *testing.T) {
	doc := run(t, "The Ministry of Energy said prices would rise. A spokesman for the Energy Ministry confirmed it.\n"+
		"Troops left Velen Province (formerly Arlow Province) on Monday.\n"+
		"I think I'm right, said Mary J. Halvorsen of Norway.\n"+
		"Russian Irina Petrova won the race on Castlefrank Road.\n"+
		"Shadow Home Secretary Tom Vale attacked the Liberal Democrats.")
	e := want(t, doc, "Ministry of Energy", newsgraph.Org)
	if len(e.Aliases) != 2 {
		t.Errorf("inverted short form not grouped: %s", names(doc))
	}
	if e := find(doc, "Velen Province"); e == nil || len(e.Aliases) != 2 {
		t.Errorf("renaming not grouped: %s", names(doc))
	}
	want(t, doc, "Mary J. Halvorsen", newsgraph.Person)
	want(t, doc, "Norway", newsgraph.GPE)
	want(t, doc, "Irina Petrova", newsgraph.Person)
	want(t, doc, "Castlefrank Road", newsgraph.Facility)
	want(t, doc, "Tom Vale", newsgraph.Person)
	want(t, doc, "Liberal Democrats", newsgraph.Org)
	for _, e := range doc.Entities {
		if e.Name == "I" || e.Name == "I'm" {
			t.Errorf("pronoun taken for a name: %s", names(doc))
		}
	}
}

func TestAcronymOfDroppedLongFormDoesNotPanic(t *testing.T) {
	// The long form is a treaty (no type), so it is dropped before grouping.
	doc := run(t, "They signed the Basic Trade Agreement (BTA) in May. The BTA expires soon.")
	for _, e := range doc.Entities {
		if e.Name == "Basic Trade Agreement" {
			t.Errorf("treaty kept: %s", names(doc))
		}
	}
}

func TestRenaming(t *testing.T) {
	for between, ok := range map[string]bool{" (formerly ": true, ", also known as ": true, " (now ": true,
		", now ": false, ", or ": false, " and ": false} {
		if got := renaming(between); got != ok {
			t.Errorf("renaming(%q) = %v, want %v", between, got, ok)
		}
	}
}

func TestTitleInsideRun(t *testing.T) {
	doc := run(t, "The photo was taken by Acme Radio DJ Peter Walsh on Friday.\n"+
		"Northland Director Helen Marsh said the talks were over.\n"+
		"Widget Agency Administrator Charles Brandt spoke first.")
	e := want(t, doc, "Peter Walsh", newsgraph.Person)
	if len(e.Roles) == 0 || e.Roles[0] != "Acme Radio DJ" {
		t.Errorf("role of Peter Walsh: %q", e.Roles)
	}
	want(t, doc, "Acme Radio", newsgraph.Org)
	want(t, doc, "Helen Marsh", newsgraph.Person)
	want(t, doc, "Charles Brandt", newsgraph.Person)
	want(t, doc, "Widget Agency", newsgraph.Org)
}

func TestTitleOfAndTrailingTitle(t *testing.T) {
	doc := run(t, "He is Chairman of the Northland Widget Board and a friend of the Governor of Ohio.\n"+
		"The Museum of Flight CEO welcomed the plan. The Ohio Governor did not.")
	want(t, doc, "Northland Widget Board", newsgraph.Org)
	want(t, doc, "Ohio", newsgraph.GPE)
	want(t, doc, "Museum of Flight", newsgraph.Facility)
	for _, e := range doc.Entities {
		if strings.Contains(e.Name, "Governor") || strings.Contains(e.Name, "CEO") || strings.Contains(e.Name, "Chairman") {
			t.Errorf("title kept in a name: %s", names(doc))
		}
	}
}

func TestPersonNameEndsBeforeFor(t *testing.T) {
	doc := run(t, "The prize went to Gerard Dupont for The Long Night and to Anne Martin for Ice.")
	want(t, doc, "Gerard Dupont", newsgraph.Person)
	want(t, doc, "Anne Martin", newsgraph.Person)
}

func TestAndInsideName(t *testing.T) {
	doc := run(t, "The shuttle goes to the National Air and Space Museum in Ohio, not to Smith and Jones.")
	want(t, doc, "National Air and Space Museum", newsgraph.Facility)
	if find(doc, "Smith and Jones") != nil {
		t.Errorf("two names joined: %s", names(doc))
	}
}

func TestCalendarWordsInNames(t *testing.T) {
	doc := run(t, "The Edmonton Sun reported that Theresa May met Rupert Smith on May 5.")
	want(t, doc, "Edmonton Sun", newsgraph.Org)
	want(t, doc, "Theresa May", newsgraph.Person)
}

func TestShoutedWordsAndNotNames(t *testing.T) {
	doc := run(t, "Vote now: WILL you help? ANY day now. The US and the WHO agree.\n"+
		"Shops in Northland close on Christmas Day and at Easter; prices are in Euro.")
	for _, e := range doc.Entities {
		switch e.Name {
		case "WILL", "ANY", "Christmas Day", "Easter", "Euro":
			t.Errorf("not a name: %s", names(doc))
		}
	}
	want(t, doc, "United States", newsgraph.GPE)
	want(t, doc, "World Health Organization", newsgraph.Org)
}

func TestStormsAndAwardsAreEvents(t *testing.T) {
	doc := run(t, "Cyclone Tamsin hit the coast before the Grammy Awards. Hurricane Bela followed.")
	want(t, doc, "Cyclone Tamsin", newsgraph.Event)
	want(t, doc, "Hurricane Bela", newsgraph.Event)
	want(t, doc, "Grammy Awards", newsgraph.Event)
}

func TestSubnationalPlaces(t *testing.T) {
	doc := run(t, "Flights from Alabama, Western Australia and Ontario were cancelled.")
	want(t, doc, "Alabama", newsgraph.GPE)
	want(t, doc, "Western Australia", newsgraph.GPE)
	want(t, doc, "Ontario", newsgraph.GPE)
}

func TestOneTypePerNameInArticle(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Zarvo won the vote. Later Zarvo spoke. Zarvo left."
	doc := newsgraph.NewDocument(newsgraph.Article{ID: "t", Text: text})
	// the tagger calls the same name a person twice and a place once
	for i, typ := range []newsgraph.EntityType{newsgraph.Person, newsgraph.GPE, newsgraph.Person} {
		at := strings.Index(text[i*20:], "Zarvo") + i*20
		doc.Mentions = append(doc.Mentions, newsgraph.Mention{Span: newsgraph.Span{Start: at, End: at + 5}, Type: typ, Source: "ner", Entity: -1})
	}
	if err := s.Process(doc); err != nil {
		t.Fatal(err)
	}
	e := want(t, doc, "Zarvo", newsgraph.Person)
	if len(doc.Entities) != 1 || len(e.Mentions) != 3 {
		t.Errorf("one name split by type: %s", names(doc))
	}
}

func TestOneWordEventFromTagger(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Thanks, Jeff. It was fine."
	doc := newsgraph.NewDocument(newsgraph.Article{ID: "t", Text: text})
	doc.Mentions = []newsgraph.Mention{{Span: newsgraph.Span{Start: 8, End: 12}, Type: newsgraph.Event, Source: "ner", Entity: -1}}
	if err := s.Process(doc); err != nil {
		t.Fatal(err)
	}
	want(t, doc, "Jeff", newsgraph.Person)
}

func TestInitialsAndFirstNames(t *testing.T) {
	doc := run(t, "Coach Tom Reyes named Aurelien Mordret and Paolo Gatti. The side: 15 A Mordret, 14 P Gatti.\n"+
		"Later Tom Hale said that Reyes was right, and Paolo agreed.")
	want(t, doc, "Aurelien Mordret", newsgraph.Person, "A Mordret")
	want(t, doc, "Paolo Gatti", newsgraph.Person, "P Gatti", "Paolo")
}

func TestAcronymsOfCommonNouns(t *testing.T) {
	doc := run(t, "MPs said GDP grew, and SMEs watched TV at 10:00 GMT.")
	if len(doc.Entities) != 0 {
		t.Errorf("common nouns taken for names: %s", names(doc))
	}
}

func TestPartyAliases(t *testing.T) {
	doc := run(t, "The Tories and Labour clashed; the Conservatives said the Labour party was wrong.")
	want(t, doc, "Conservative Party", newsgraph.Org, "Tories", "Conservatives")
	want(t, doc, "Labour Party", newsgraph.Org, "Labour", "Labour party")
}

func TestSurnameSharedWithPerson(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Marco Bergotti scored and Mauro Bergotti did not."
	doc := newsgraph.NewDocument(newsgraph.Article{ID: "t", Text: text})
	doc.Mentions = []newsgraph.Mention{
		{Span: newsgraph.Span{Start: 0, End: 14}, Type: newsgraph.Person, Source: "ner", Entity: -1},
		{Span: newsgraph.Span{Start: 26, End: 40}, Type: newsgraph.GPE, Source: "ner", Entity: -1},
	}
	if err := s.Process(doc); err != nil {
		t.Fatal(err)
	}
	want(t, doc, "Mauro Bergotti", newsgraph.Person)
}

func TestTeamsMountainsPapersAndPlaces(t *testing.T) {
	doc := run(t, "The Los Angeles Lakers played near Mount Orvo, the Beijing Daily said.\n"+
		"The World Bank in Washington and the Summit Games in Madrid agreed.\n"+
		"Union Carbide Corp Dakota City said West German exports fell. The Soviet Union (USSR) agreed.")
	want(t, doc, "Los Angeles Lakers", newsgraph.Org)
	want(t, doc, "Mount Orvo", newsgraph.Location)
	want(t, doc, "Beijing Daily", newsgraph.Org)
	want(t, doc, "World Bank", newsgraph.Org)
	want(t, doc, "Summit Games", newsgraph.Event)
	want(t, doc, "Madrid", newsgraph.GPE)
	want(t, doc, "Union Carbide Corp", newsgraph.Org)
	want(t, doc, "Soviet Union", newsgraph.GPE, "USSR")
	for _, e := range doc.Entities {
		if strings.Contains(e.Name, "German") || strings.Contains(e.Name, " in ") {
			t.Errorf("unexpected %s", names(doc))
		}
	}
}

func TestNationalityWordsAreNoPlaces(t *testing.T) {
	doc := run(t, "Thai officials met Bosnian Serb leaders and West African envoys in Bangkok.")
	want(t, doc, "Bangkok", newsgraph.GPE)
	if len(doc.Entities) != 1 {
		t.Errorf("nationality words taken for names: %s", names(doc))
	}
}

func TestPlacesAfterLocativesAndSyllabicAcronyms(t *testing.T) {
	doc := run(t, "Strikes hit a depot near Abu Hamra and outside Tal Kessel, the Northern Command (NORTHCOM) said.\n"+
		"Delegates met at the Palais des Nations in Geneva.")
	want(t, doc, "Abu Hamra", newsgraph.GPE)
	want(t, doc, "Tal Kessel", newsgraph.GPE)
	want(t, doc, "Northern Command", newsgraph.Org, "NORTHCOM")
	want(t, doc, "Palais des Nations", newsgraph.Facility)
	for acr, name := range map[string]bool{"CENTCOM|Central Command": true, "INTERPOL|International Criminal Police Organization": true,
		"ABC|Central Command": false, "NATO|North Atlantic Treaty Organization": true, "XYZ|Acme Group": false} {
		p := strings.SplitN(acr, "|", 2)
		if got := syllabicAcronym(p[0], p[1]); got != name {
			t.Errorf("syllabicAcronym(%q, %q) = %v", p[0], p[1], got)
		}
	}
}

func TestHyphenatedSurnamesHolidaysAndCompanies(t *testing.T) {
	doc := run(t, "Justine Marin-Lopez won. Marin-Lopez said shops shut over Christmas & New Year.\n"+
		"Nokia and Samsung sold more phones; Apple Inc. did not, and Apple shares fell.")
	want(t, doc, "Justine Marin-Lopez", newsgraph.Person, "Marin-Lopez")
	want(t, doc, "Nokia", newsgraph.Org)
	want(t, doc, "Samsung Electronics", newsgraph.Org, "Samsung")
	want(t, doc, "Apple Inc.", newsgraph.Org, "Apple")
	for _, e := range doc.Entities {
		if strings.Contains(e.Name, "Christmas") {
			t.Errorf("holiday kept: %s", names(doc))
		}
	}
}

func TestCongressAndSenate(t *testing.T) {
	doc := run(t, "The plan needs approval from Congress, and the Senate votes next week.")
	want(t, doc, "U.S. Congress", newsgraph.Org, "Congress")
	want(t, doc, "U.S. Senate", newsgraph.Org, "Senate")
}

func TestArabicGroupNames(t *testing.T) {
	doc := run(t, "Militia groups including Harakat al-Rayah and Jaish al-Fath claimed it. Saraya Awliya al-Nasr denied it.")
	want(t, doc, "Harakat al-Rayah", newsgraph.Org)
	want(t, doc, "Jaish al-Fath", newsgraph.Org)
	want(t, doc, "Saraya Awliya al-Nasr", newsgraph.Org)
	if find(doc, "Militia") != nil {
		t.Errorf("sentence-initial common noun kept: %s", names(doc))
	}
}

func TestFirmsRegionsAndPossessiveNames(t *testing.T) {
	doc := run(t, "The Securities and Exchange Commission fined Stone & Lee Research. Prices rose in the North West.\n"+
		"The European People's Party met. New York State Comptroller Alan Hevesi spoke.")
	want(t, doc, "Securities and Exchange Commission", newsgraph.Org)
	want(t, doc, "Stone & Lee Research", newsgraph.Org)
	want(t, doc, "North West", newsgraph.Location)
	want(t, doc, "European People's Party", newsgraph.Org)
	want(t, doc, "Alan Hevesi", newsgraph.Person)
	doc = run(t, "The SEC said the deal was fine. The Securities and Exchange Commission (SEC) agreed.")
	want(t, doc, "Securities and Exchange Commission", newsgraph.Org, "SEC")
}

func TestOwnedInstitutionsAndLowercaseOrgHeads(t *testing.T) {
	doc := run(t, "Norway's Foreign Ministry summoned the envoy. The Norwegian foreign ministry said the Rayah movement was behind it.")
	e := want(t, doc, "Norwegian foreign ministry", newsgraph.Org, "Foreign Ministry")
	if len(e.Aliases) < 2 {
		t.Errorf("owned institution not grouped with its demonym form: %s", names(doc))
	}
	want(t, doc, "Rayah", newsgraph.Org)
}

func TestEuropeanNamesAndParties(t *testing.T) {
	doc := run(t, "European Commission President Ursula von der Leyen met Irish Taoiseach Leo Varadkar and Sinn Féin leader Mary Lou McDonald. "+
		"The CDU and the AfD disagreed with Marine Le Pen's Rassemblement National.")
	e := want(t, doc, "Ursula von der Leyen", newsgraph.Person)
	if len(e.Roles) == 0 || e.Roles[0] != "European Commission President" {
		t.Errorf("roles %q", e.Roles)
	}
	want(t, doc, "European Commission", newsgraph.Org)
	want(t, doc, "Leo Varadkar", newsgraph.Person)
	want(t, doc, "Sinn Féin", newsgraph.Org)
	e = want(t, doc, "Mary Lou McDonald", newsgraph.Person)
	if len(e.Roles) != 1 || e.Roles[0] != "Sinn Féin leader" {
		t.Errorf("roles %q", e.Roles)
	}
	want(t, doc, "Christian Democratic Union", newsgraph.Org, "CDU")
	want(t, doc, "Alternative for Germany", newsgraph.Org, "AfD")
	want(t, doc, "National Rally", newsgraph.Org, "Rassemblement National")
}

func TestSportNames(t *testing.T) {
	doc := run(t, "Jane Masters won the Monte Carlo Masters. Max Verstappen won the Japanese Grand Prix for Red Bull, and Bayern Munich beat Arsenal.")
	want(t, doc, "Jane Masters", newsgraph.Person)
	want(t, doc, "Monte Carlo Masters", newsgraph.Event)
	want(t, doc, "Japanese Grand Prix", newsgraph.Event)
	want(t, doc, "Bayern Munich", newsgraph.Org)
	want(t, doc, "Arsenal", newsgraph.Org)
}

func TestCompanyForms(t *testing.T) {
	doc := run(t, "Shares in Zentrix AG rose. Chief Financial Officer Ralf Thoma said Zentrix would buy back stock.\n"+
		"Rival Kolb Ltd fell, and Varo Electric gained.")
	want(t, doc, "Zentrix AG", newsgraph.Org, "Zentrix")
	e := want(t, doc, "Ralf Thoma", newsgraph.Person)
	if len(e.Roles) == 0 || e.Roles[0] != "Chief Financial Officer" {
		t.Errorf("roles %q", e.Roles)
	}
	want(t, doc, "Kolb Ltd", newsgraph.Org)
	want(t, doc, "Varo Electric", newsgraph.Org)
	if find(doc, "Financial") != nil {
		t.Errorf("title word taken for a name: %s", names(doc))
	}
}

func TestBusinessContextMakesCompanies(t *testing.T) {
	doc := run(t, "Shares in defence group Varnex rose 4%.\n"+
		"Ruritania's biggest carmaker Zolta reported a profit.\n"+
		"He told state broadcaster Al Dumaya that talks would go on.\n"+
		"Corvane chief economist Peter Walsh said rates would hold.\n"+
		"Analysts at Brinnow said the move was overdue.\n"+
		"The newspaper was founded by veteran broadcaster Helen Marsh.")
	want(t, doc, "Varnex", newsgraph.Org)
	want(t, doc, "Zolta", newsgraph.Org)
	want(t, doc, "Al Dumaya", newsgraph.Org)
	want(t, doc, "Corvane", newsgraph.Org)
	want(t, doc, "Peter Walsh", newsgraph.Person)
	want(t, doc, "Brinnow", newsgraph.Org)
	want(t, doc, "Helen Marsh", newsgraph.Person)
}

func TestAmbassadorToPlaceThenPerson(t *testing.T) {
	doc := run(t, "The minister met US Ambassador to Iraq Helen Marsh on Sunday.")
	e := want(t, doc, "Helen Marsh", newsgraph.Person)
	if len(e.Roles) == 0 || e.Roles[0] != "US Ambassador to Iraq" {
		t.Errorf("role = %v", e.Roles)
	}
	want(t, doc, "Iraq", newsgraph.GPE)
}

func TestSentenceInitialDescriptorDropped(t *testing.T) {
	doc := run(t, "Outgoing Northtown chairman Peter Walsh said the deal was done.\n"+
		"Substitute Helen Marsh scored the winner.\n"+
		"Struggling Corvane Holdings cut 500 jobs.")
	want(t, doc, "Northtown", newsgraph.Org)
	want(t, doc, "Helen Marsh", newsgraph.Person)
	want(t, doc, "Corvane Holdings", newsgraph.Org)
	for _, e := range doc.Entities {
		if strings.HasPrefix(e.Name, "Outgoing") || strings.HasPrefix(e.Name, "Substitute") || strings.HasPrefix(e.Name, "Struggling") {
			t.Errorf("descriptor kept in a name: %s", names(doc))
		}
	}
}

func TestListAfterCompanyNoun(t *testing.T) {
	doc := run(t, "Other retailers - including Varnex, Brinnow and Corvane Shop - reported strong sales.\n"+
		"He praised firms such as Zolta and Mervane.")
	for _, n := range []string{"Varnex", "Brinnow", "Zolta", "Mervane"} {
		want(t, doc, n, newsgraph.Org)
	}
}

func TestBasesAndSquares(t *testing.T) {
	doc := run(t, "Protesters gathered in Tahrir Square on Friday.\n"+
		"A drone struck Mission Support Site Varnex and Patrol Base Harlow.")
	want(t, doc, "Tahrir Square", newsgraph.Facility)
	want(t, doc, "Mission Support Site Varnex", newsgraph.Facility)
	want(t, doc, "Patrol Base Harlow", newsgraph.Facility)
}

func TestNamedEvents(t *testing.T) {
	doc := run(t, "Since the Oct. 7 attack on Northland, bases have been struck.\n"+
		"Veterans of World War II met fans of Euro 2024.\n"+
		"The Battle of Varnex ended in 2017, years after the Arab Spring.")
	for _, n := range []string{"Oct. 7 attack", "World War II", "Euro 2024", "Battle of Varnex", "Arab Spring"} {
		want(t, doc, n, newsgraph.Event)
	}
}

func TestNationalityNounBeforeName(t *testing.T) {
	doc := run(t, "Welshman Peter Walsh won the race ahead of Spaniard Varnez.\n"+
		"The Briton was third. Teenager Helen Marsh was fourth.")
	want(t, doc, "Peter Walsh", newsgraph.Person)
	want(t, doc, "Varnez", newsgraph.Person)
	want(t, doc, "Helen Marsh", newsgraph.Person)
	for _, e := range doc.Entities {
		if strings.Contains(e.Name, "Welshman") || e.Name == "Briton" || strings.Contains(e.Name, "Spaniard") {
			t.Errorf("nationality noun kept: %s", names(doc))
		}
	}
}

func TestTitlesOfWorksAndArtsRoles(t *testing.T) {
	doc := run(t, "He starred in the film A Very Long Engagement last year.\n"+
		"Her album Final Varnex sold well. Actor Peter Walsh was there.\n"+
		"Dancer In The Varnex director Helen Marsh spoke.")
	want(t, doc, "Peter Walsh", newsgraph.Person)
	want(t, doc, "Helen Marsh", newsgraph.Person)
	for _, e := range doc.Entities {
		if strings.Contains(e.Name, "Engagement") || strings.Contains(e.Name, "Final") || e.Type == newsgraph.Org {
			t.Errorf("title of a work taken for an entity: %s", names(doc))
		}
	}
}

func TestQuoteOpenerAndKnownHalves(t *testing.T) {
	doc := run(t, "Both Labour and Tories have lost votes.\n"+
		"He said: \"If Peter Walsh is serious he should resign.\"")
	want(t, doc, "Peter Walsh", newsgraph.Person)
	for _, e := range doc.Entities {
		if strings.Contains(e.Name, " and ") || strings.HasPrefix(e.Name, "If ") {
			t.Errorf("bad name: %s", names(doc))
		}
	}
}

func TestHonoursAirlinesHealthcare(t *testing.T) {
	doc := run(t, "Donors included Peter Walsh OBE and Helen Marsh.\n"+
		"Flights on Air Jamaica were cut. Varnex Healthcare was sold.")
	want(t, doc, "Peter Walsh", newsgraph.Person)
	want(t, doc, "Air Jamaica", newsgraph.Org)
	want(t, doc, "Varnex Healthcare", newsgraph.Org)
}

func TestTitledPersonIsNoTeam(t *testing.T) {
	doc := run(t, "Lt. Gen. Douglas Sims said the strikes had worked. Sims spoke again.")
	want(t, doc, "Douglas Sims", newsgraph.Person)
}

func TestNumberedFacility(t *testing.T) {
	doc := run(t, "The drone struck Tower 22 in Northland. Flights left from Terminal 5.")
	want(t, doc, "Tower 22", newsgraph.Facility)
	want(t, doc, "Terminal 5", newsgraph.Facility)
}

func TestPartyAdjectiveAndShortHonour(t *testing.T) {
	doc := run(t, "The Republican candidate met Peter Walsh QC. The Republican party agreed.")
	want(t, doc, "Republican party", newsgraph.Org)
	for _, e := range doc.Entities {
		if e.Name == "QC" || e.Name == "Peter Walsh QC" {
			t.Errorf("honour kept: %s", names(doc))
		}
		for _, a := range e.Aliases {
			if a == "Republican" {
				t.Errorf("party adjective kept: %s", names(doc))
			}
		}
	}
}

func TestTaggerNationalityNounDropped(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "The Britons were third, and the Briton was happy."
	doc := newsgraph.NewDocument(newsgraph.Article{ID: "t", Text: text})
	i := strings.Index(text, "Briton was")
	doc.Mentions = []newsgraph.Mention{{Span: newsgraph.Span{Start: i, End: i + len("Briton")}, Type: newsgraph.Org, Source: "ner", Entity: -1}}
	if err := s.Process(doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Entities) != 0 {
		t.Errorf("nationality noun from the tagger kept: %s", names(doc))
	}
}

func TestLowercaseBuildingHead(t *testing.T) {
	doc := run(t, "Leaders met in the Varnex building. A Gaza hotel was hit.")
	want(t, doc, "Varnex building", newsgraph.Facility)
	if find(doc, "Gaza hotel") != nil {
		t.Errorf("place taken into an indefinite building: %s", names(doc))
	}
}

func TestGivenNameThatIsACommonHeadBeforeOf(t *testing.T) {
	// "Bill" is also a law's head word, but as a given name the person's
	// name still ends before "of": "Bill Kessler of Varga Lund Inc".
	doc := run(t, "Rates fell on Monday.\nBill Kessler of Varga Lund Securities Inc said the gain was small.")
	want(t, doc, "Varga Lund Securities Inc", newsgraph.Org)
	if e := find(doc, "Bill Kessler of Varga Lund Securities Inc"); e != nil {
		t.Errorf("person and firm in one entity: %s", names(doc))
	}
}
