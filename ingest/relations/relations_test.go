package relations

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

type ent struct {
	name  string
	typ   newsgraph.EntityType
	alias []string
}

func mkDoc(text string, ents ...ent) *newsgraph.Document {
	doc := newsgraph.NewDocument(newsgraph.Article{ID: "t", Text: text})
	for i, e := range ents {
		doc.Entities = append(doc.Entities, newsgraph.Entity{Name: e.name, Type: e.typ, Aliases: e.alias})
		for _, n := range append([]string{e.name}, e.alias...) {
			for from := 0; ; {
				k := strings.Index(text[from:], n)
				if k < 0 {
					break
				}
				k += from
				from = k + len(n)
				if k > 0 && isLetter(text[k-1]) || from < len(text) && isLetter(text[from]) {
					continue // not at a word boundary
				}
				doc.Mentions = append(doc.Mentions, newsgraph.Mention{Span: newsgraph.Span{Start: k, End: k + len(n)}, Text: n, Type: e.typ, Entity: i})
				from = k + len(n)
			}
		}
	}
	return doc
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func rels(t *testing.T, doc *newsgraph.Document) map[string]newsgraph.Relation {
	t.Helper()
	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	out := map[string]newsgraph.Relation{}
	for _, r := range doc.Relations {
		out[r.Subject+"|"+r.Predicate+"|"+r.Object] = r
	}
	return out
}

func expect(t *testing.T, got map[string]newsgraph.Relation, want ...string) {
	t.Helper()
	if len(got) != len(want) {
		var keys []string
		for k := range got {
			keys = append(keys, k)
		}
		t.Fatalf("got %d relations %q, want %q", len(got), keys, want)
	}
	for _, w := range want {
		if _, ok := got[w]; !ok {
			t.Errorf("missing %q", w)
		}
	}
}

var (
	osland = ent{name: "Osland", typ: newsgraph.GPE}
	jane   = ent{name: "Jane Okafor", typ: newsgraph.Person}
	mira   = ent{name: "Mira Santos", typ: newsgraph.Person}
	port   = ent{name: "Harbor Authority", typ: newsgraph.Org}
	lant   = ent{name: "Daily Lantern", typ: newsgraph.Org}
	front  = ent{name: "Red Front", typ: newsgraph.Org}
	base   = ent{name: "Kestrel Air Base", typ: newsgraph.Facility}
	city   = ent{name: "Veda", typ: newsgraph.GPE}
	prov   = ent{name: "Tarn province", typ: newsgraph.GPE, alias: []string{"Tarn"}}
	camp   = ent{name: "Ulm district", typ: newsgraph.GPE}
)

func TestRoleFromNationalityTitle(t *testing.T) {
	got := rels(t, mkDoc("Oslandi Prime Minister Jane Okafor arrived in Osland on Monday.", osland, jane))
	expect(t, got, "Jane Okafor|role_in|Osland")
	if r := got["Jane Okafor|role_in|Osland"]; r.Role != "Oslandi Prime Minister" || !strings.Contains(r.Evidence, "arrived") {
		t.Errorf("role %q evidence %q", r.Role, r.Evidence)
	}
}

func TestSpokespersonBeforeName(t *testing.T) {
	expect(t, rels(t, mkDoc("Harbor Authority spokesman Jane Okafor declined to comment.", port, jane)),
		"Jane Okafor|spokesperson_for|Harbor Authority")
}

func TestAppositionSpokespersonForPerson(t *testing.T) {
	got := rels(t, mkDoc("Mira Santos, spokesperson for Oslandi Prime Minister Jane Okafor, said the port would close.", osland, jane, mira))
	expect(t, got, "Mira Santos|spokesperson_for|Jane Okafor", "Jane Okafor|role_in|Osland")
}

func TestAppositionRoleLeadsMember(t *testing.T) {
	expect(t, rels(t, mkDoc("Jane Okafor, the director of the Harbor Authority, spoke.", port, jane)),
		"Jane Okafor|role_in|Harbor Authority")
	expect(t, rels(t, mkDoc("Jane Okafor, leader of the Red Front, spoke.", front, jane)),
		"Jane Okafor|leads|Red Front")
	expect(t, rels(t, mkDoc("Mira Santos, a member of the Red Front, was arrested.", front, mira)),
		"Mira Santos|member_of|Red Front")
}

func TestPossessiveMembership(t *testing.T) {
	expect(t, rels(t, mkDoc("Reporters, including the Daily Lantern's Mira Santos, attended.", lant, mira)),
		"Mira Santos|member_of|Daily Lantern")
}

func TestLed(t *testing.T) {
	expect(t, rels(t, mkDoc("The Osland-led Red Front moved north.", osland, front)), "Osland|leads|Red Front")
}

func TestPlaces(t *testing.T) {
	expect(t, rels(t, mkDoc("VEDA, Osland - Talks began.", ent{name: "Veda", typ: newsgraph.GPE, alias: []string{"VEDA"}}, osland)), "Veda|located_in|Osland")
	expect(t, rels(t, mkDoc("Rockets hit the Kestrel Air Base in western Osland.", base, osland)),
		"Kestrel Air Base|located_in|Osland", "|struck|Kestrel Air Base")
	expect(t, rels(t, mkDoc("Fighting near Tarn province's Ulm district went on.", prov, camp)), "Ulm district|located_in|Tarn province")
	expect(t, rels(t, mkDoc("They met at the Veda Harbor Dialogue (VHD) in Osland.", ent{name: "Veda Harbor Dialogue", typ: newsgraph.Event, alias: []string{"VHD"}}, osland)),
		"Veda Harbor Dialogue|located_in|Osland")
}

func TestPlaceListsAreNotContainment(t *testing.T) {
	expect(t, rels(t, mkDoc("Troops left Osland, Veda and Tarn province.", osland, city, prov)))
	expect(t, rels(t, mkDoc("Osland, Veda sign pact", osland, city)))
}

func TestStrikesAndAttacks(t *testing.T) {
	expect(t, rels(t, mkDoc("On Tuesday, Osland carried out strikes on Red Front targets in Veda.", osland, front, city)),
		"Osland|struck|Red Front")
	expect(t, rels(t, mkDoc("Oslandi airstrikes on depots of armed groups, mainly the Red Front, continued.", osland, front)),
		"Osland|struck|Red Front")
	expect(t, rels(t, mkDoc("The Red Front attacked the Kestrel Air Base overnight.", front, base)),
		"Red Front|attacked|Kestrel Air Base")
	expect(t, rels(t, mkDoc("Angry over the Osland killing of Jane Okafor and Mira Santos, the Harbor Authority closed.", osland, jane, mira, port)),
		"Osland|attacked|Jane Okafor", "Osland|attacked|Mira Santos")
}

// An attack whose actor is not named is kept as a relation without a
// subject (extraction.v1 output lists it under "events", not "relations").
func TestAttacksWithoutActorHaveNoSubject(t *testing.T) {
	expect(t, rels(t, mkDoc("Missile attacks on the Kestrel Air Base in western Osland continued.", base, osland)),
		"Kestrel Air Base|located_in|Osland", "|attacked|Kestrel Air Base")
}

func TestMeetings(t *testing.T) {
	expect(t, rels(t, mkDoc("Jane Okafor met with Mira Santos in Veda.", jane, mira, city)), "Jane Okafor|met_with|Mira Santos")
	expect(t, rels(t, mkDoc("Jane Okafor leaves the harbor after meeting Oslandi envoy Mira Santos.", jane, mira, osland)),
		"Jane Okafor|met_with|Mira Santos", "Mira Santos|role_in|Osland")
}

func TestClaims(t *testing.T) {
	doc := mkDoc("Roughly 2,500 Oslandi troops remain in Osland, and more than 150 attacks have hit Veda since 2019.", osland, city)
	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Claims) != 2 {
		t.Fatalf("claims %+v", doc.Claims)
	}
	c := doc.Claims[0]
	if c.Quantity != 2500 || c.Qualifier != "roughly" || c.Measure != "Oslandi troops" || c.Subject != "Osland" || c.Text != "Roughly 2,500" {
		t.Errorf("claim 0 %+v", c)
	}
	c = doc.Claims[1]
	if c.Quantity != 150 || c.Qualifier != "more than" || c.Measure != "attacks" {
		t.Errorf("claim 1 %+v", c)
	}
}

func TestClaimSourceInQuote(t *testing.T) {
	text := `"We counted 40 ships," Jane Okafor said.`
	doc := mkDoc(text, jane)
	doc.Quotes = []newsgraph.Quote{{Speaker: "Jane Okafor", Start: 1, End: strings.Index(text, ",")}}
	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Claims) != 1 || doc.Claims[0].Source != "Jane Okafor" || doc.Claims[0].Quantity != 40 {
		t.Fatalf("claims %+v", doc.Claims)
	}
}

func BenchmarkRelations(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 40; i++ {
		sb.WriteString("Oslandi Prime Minister Jane Okafor met with Mira Santos in Veda. Osland carried out strikes on Red Front targets. Roughly 2,500 troops remain in Osland.\n")
	}
	doc := mkDoc(sb.String(), osland, jane, mira, city, front)
	b.SetBytes(int64(len(doc.Text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := New().Process(doc); err != nil {
			b.Fatal(err)
		}
	}
}

func TestAffiliationOfPersonToFirm(t *testing.T) {
	// Wire copy names a person's employer after the name.
	doc := mkDoc("Analyst Jane Okafor of Varga Lund Securities said rates would hold. "+
		"\"Sales are slow,\" said Tomas Vell at Harbor Bank. "+
		"Mira Santos, from Acme Labs, agreed. "+
		"Ivo Brandt of Osland was not asked. "+
		"Rui Costa at the Harbor Bank spoke to reporters. "+
		"Acme Labs wants to sign Rui Costa from Harbor Bank. "+
		"He will be known as Baron Vell of Harbor Bank.",
		ent{name: "Jane Okafor", typ: newsgraph.Person}, ent{name: "Varga Lund Securities", typ: newsgraph.Org},
		ent{name: "Tomas Vell", typ: newsgraph.Person}, ent{name: "Harbor Bank", typ: newsgraph.Org},
		ent{name: "Mira Santos", typ: newsgraph.Person}, ent{name: "Acme Labs", typ: newsgraph.Org},
		ent{name: "Ivo Brandt", typ: newsgraph.Person}, ent{name: "Osland", typ: newsgraph.GPE},
		ent{name: "Rui Costa", typ: newsgraph.Person}, ent{name: "Baron Vell", typ: newsgraph.Person})
	expect(t, rels(t, doc),
		"Jane Okafor|member_of|Varga Lund Securities",
		"Tomas Vell|member_of|Harbor Bank",
		"Mira Santos|member_of|Acme Labs")
}

func TestPlaceThenClauseSubjectIsNoContainment(t *testing.T) {
	// "At a fair in Port Lin, Acme announced": Acme (even when read as a
	// place) opens the main clause.
	doc := mkDoc("At a press conference in Port Lin, Varga announced new players. Talks in Port Lin, Osland, ended. "+
		"Speaking in Vellin, Osland state, the minister said no.",
		ent{name: "Port Lin", typ: newsgraph.GPE}, ent{name: "Varga", typ: newsgraph.GPE}, ent{name: "Osland", typ: newsgraph.GPE},
		ent{name: "Vellin", typ: newsgraph.GPE})
	expect(t, rels(t, doc), "Port Lin|located_in|Osland", "Vellin|located_in|Osland")
}

func TestEconomistWithFirm(t *testing.T) {
	doc := mkDoc("\"Rates will hold,\" noted Jane Okafor, U.K. economist with Varga Lund Securities. "+
		"Acme Labs chief economist Tomas Vell disagreed.",
		ent{name: "Jane Okafor", typ: newsgraph.Person}, ent{name: "Varga Lund Securities", typ: newsgraph.Org},
		ent{name: "Tomas Vell", typ: newsgraph.Person}, ent{name: "Acme Labs", typ: newsgraph.Org})
	expect(t, rels(t, doc),
		"Jane Okafor|role_in|Varga Lund Securities",
		"Tomas Vell|role_in|Acme Labs")
}

func TestAppositionNameModifyingAHead(t *testing.T) {
	doc := mkDoc("Growth will be strong, Jane Okafor, manager of the Port Lin options exchange, said.",
		ent{name: "Jane Okafor", typ: newsgraph.Person}, ent{name: "Port Lin", typ: newsgraph.GPE})
	expect(t, rels(t, doc))
}

func TestTitleWithLowerCaseModifiers(t *testing.T) {
	expect(t, rels(t, mkDoc("Tarn mines minister Jane Okafor said the pit would reopen.", prov, jane)),
		"Jane Okafor|role_in|Tarn province")
	expect(t, rels(t, mkDoc("Oslandi shadow energy minister Jane Okafor arrived.", osland, jane)),
		"Jane Okafor|role_in|Osland")
	expect(t, rels(t, mkDoc("Red Front home affairs spokesman Jane Okafor said no.", front, jane)),
		"Jane Okafor|spokesperson_for|Red Front")
	// A verb or a function word ends the title: nothing is stated.
	expect(t, rels(t, mkDoc("Osland says trade minister Jane Okafor will go.", osland, jane)))
	expect(t, rels(t, mkDoc("The Red Front provides Prince Jane Okafor with money.", front, jane)))
}

func TestTitleHyphenAndComma(t *testing.T) {
	expect(t, rels(t, mkDoc("Osland's former vice-president Jane Okafor was detained.", osland, jane)),
		"Jane Okafor|role_in|Osland")
	got := rels(t, mkDoc("Osland's former vice-president, Jane Okafor, was detained.", osland, jane))
	expect(t, got, "Jane Okafor|role_in|Osland")
	if r := got["Jane Okafor|role_in|Osland"]; r.Role != "Osland's former vice-president" {
		t.Errorf("role %q", r.Role)
	}
	expect(t, rels(t, mkDoc("The Harbor Authority spokesman, Jane Okafor, said so.", port, jane)),
		"Jane Okafor|spokesperson_for|Harbor Authority")
	// A place before the comma is no title: "In Veda, President Jane Okafor said".
	expect(t, rels(t, mkDoc("In Veda, President Jane Okafor said so.", city, jane)))
}

func TestPossessiveHonorific(t *testing.T) {
	expect(t, rels(t, mkDoc("Red Front's Mr Okafor said he would stay.", front, ent{name: "Jane Okafor", typ: newsgraph.Person, alias: []string{"Okafor"}})),
		"Jane Okafor|member_of|Red Front")
}

func TestAttackOnACountrysShip(t *testing.T) {
	star := ent{name: "Star", typ: newsgraph.Facility}
	expect(t, rels(t, mkDoc("The Red Front missile attack on the Osland frigate Star killed 30.", front, osland, star)),
		"Red Front|attacked|Star")
}

func TestPlaceListsWithAnd(t *testing.T) {
	expect(t, rels(t, mkDoc("They build plants in Osland, Veda and elsewhere.", osland, city)))
}

func TestPossessiveFirmIsNoPlace(t *testing.T) {
	acme := ent{name: "Acmex", typ: newsgraph.GPE} // a firm the tagger took for a place
	expect(t, rels(t, mkDoc("Osland's Acmex warned of lower profits.", osland, acme)))
	expect(t, rels(t, mkDoc("A bid by Osland's Acmex failed.", osland, acme)))
	// After a place preposition, or with a place head, it is a place.
	expect(t, rels(t, mkDoc("Fighting near Osland's Veda went on.", osland, city)), "Veda|located_in|Osland")
	expect(t, rels(t, mkDoc("Osland's Ulm district was quiet.", osland, camp)), "Ulm district|located_in|Osland")
	// A title after the name: the name modifies it.
	expect(t, rels(t, mkDoc("Osland's Veda Director Jane Okafor spoke.", osland, city, jane)), "Jane Okafor|role_in|Osland")
}

func TestMeetingAfterTalks(t *testing.T) {
	expect(t, rels(t, mkDoc("Jane Okafor left Veda after talks with Mira Santos.", jane, mira, city)),
		"Jane Okafor|met_with|Mira Santos")
	expect(t, rels(t, mkDoc("Jane Okafor held talks with Mira Santos on Monday.", jane, mira)),
		"Jane Okafor|met_with|Mira Santos")
	// Talks still to come are no meeting.
	expect(t, rels(t, mkDoc("Jane Okafor will hold talks with Mira Santos.", jane, mira)))
}

func TestPlaceNamingAnInstitutionInATitle(t *testing.T) {
	expect(t, rels(t, mkDoc("Veda stock exchange president Jane Okafor said so.", city, jane)))
	expect(t, rels(t, mkDoc("Its Veda office general manager Jane Okafor said so.", city, jane)))
}

func TestAppositionTitleWithoutPreposition(t *testing.T) {
	expect(t, rels(t, mkDoc("Jane Okafor, Red Front home affairs spokesman, said no.", front, jane)),
		"Jane Okafor|spokesperson_for|Red Front")
	expect(t, rels(t, mkDoc("Jane Okafor, Osland's finance minister, told reporters.", osland, jane)),
		"Jane Okafor|role_in|Osland")
	expect(t, rels(t, mkDoc(`"We will sell," Jane Okafor, Harbor Authority chief executive said.`, port, jane)),
		"Jane Okafor|role_in|Harbor Authority")
	// No body named, or the title is another clause's speaker.
	expect(t, rels(t, mkDoc("Jane Okafor, finance minister, said no.", jane)))
	expect(t, rels(t, mkDoc("They met Jane Okafor, a Harbor Authority spokesman said.", port, jane)))
	// A line cut after the title (hard-wrapped wire copy): the title may
	// belong to the name on the next line.
	expect(t, rels(t, mkDoc("Red Front leader Jane Okafor, Harbor Authority chairman\nMira Santos and others met.", front, port, jane, mira)),
		"Jane Okafor|role_in|Red Front")
}

func TestTownInCompassOfCountry(t *testing.T) {
	expect(t, rels(t, mkDoc("Gunships fired on positions near Veda in southern Osland today.", city, osland)),
		"Veda|located_in|Osland")
	// No compass word, or no place preposition: nothing is contained.
	expect(t, rels(t, mkDoc("Troops flew to Veda in Osland.", city, osland)))
	expect(t, rels(t, mkDoc("Talks with Veda in southern Osland were held.", city, osland)))
}
