package entities

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func run(t *testing.T, text string) *newsgraph.Document {
	t.Helper()
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	doc := newsgraph.NewDocument(newsgraph.Article{ID: "t", Text: text})
	if err := s.Process(doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

func find(doc *newsgraph.Document, name string) *newsgraph.Entity {
	for i := range doc.Entities {
		if doc.Entities[i].Name == name {
			return &doc.Entities[i]
		}
	}
	return nil
}

func names(doc *newsgraph.Document) string {
	var out []string
	for _, e := range doc.Entities {
		out = append(out, e.Name+"/"+string(e.Type)+"/"+strings.Join(e.Aliases, "|"))
	}
	return strings.Join(out, "; ")
}

func want(t *testing.T, doc *newsgraph.Document, name string, typ newsgraph.EntityType, aliases ...string) *newsgraph.Entity {
	t.Helper()
	e := find(doc, name)
	if e == nil {
		t.Fatalf("no entity %q; got %s", name, names(doc))
	}
	if e.Type != typ {
		t.Errorf("%s: type %s, want %s", name, e.Type, typ)
	}
	for _, a := range aliases {
		found := false
		for _, x := range e.Aliases {
			found = found || x == a
		}
		if !found {
			t.Errorf("%s: alias %q missing from %q", name, a, e.Aliases)
		}
	}
	return e
}

func none(t *testing.T, doc *newsgraph.Document, name string) {
	t.Helper()
	for _, e := range doc.Entities {
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			if a == name {
				t.Errorf("unexpected entity %q (%s); got %s", name, e.Name, names(doc))
			}
		}
	}
}

func TestTitlesBecomeRoles(t *testing.T) {
	doc := run(t, "Defense Secretary Jane Doe met Foreign Minister Olaf Brandt in Paris. Doe said the talks went well.")
	e := want(t, doc, "Jane Doe", newsgraph.Person, "Jane Doe", "Doe")
	if len(e.Roles) != 1 || e.Roles[0] != "Defense Secretary" {
		t.Errorf("roles %q, want [Defense Secretary]", e.Roles)
	}
	want(t, doc, "Olaf Brandt", newsgraph.Person)
	want(t, doc, "Paris", newsgraph.GPE)
	none(t, doc, "Defense Secretary Jane Doe")
}

func TestRanksHonorificsAndLeftRoles(t *testing.T) {
	doc := run(t, "Army spokesman Maj. Gen. Carl Vance said Mr. Vance would travel. Later, Ms. Petra Holm spoke.")
	e := want(t, doc, "Carl Vance", newsgraph.Person, "Carl Vance", "Vance")
	if len(e.Roles) == 0 {
		t.Errorf("no roles for Carl Vance")
	}
	want(t, doc, "Petra Holm", newsgraph.Person)
	doc = run(t, "The statement came from Zorvan Kelt, deputy spokesperson for the ministry, on Monday.")
	e = want(t, doc, "Zorvan Kelt", newsgraph.Person)
	if len(e.Roles) == 0 || !strings.HasPrefix(e.Roles[0], "deputy spokesperson") {
		t.Errorf("appositive role %q", e.Roles)
	}
	doc = run(t, "The speech was read by First Deputy Speaker of the assembly Karim al-Zubaidi on Monday.")
	want(t, doc, "Karim al-Zubaidi", newsgraph.Person)
}

func TestAcronymsDefinedInText(t *testing.T) {
	doc := run(t, "The Higher Widget Council (HWC) met on Monday. Later the HWC issued a ruling.")
	e := want(t, doc, "Higher Widget Council", newsgraph.Org, "Higher Widget Council", "HWC")
	if len(e.Mentions) != 3 {
		t.Errorf("mentions %v, want 3", e.Mentions)
	}
	doc = run(t, "Officials of the Northland-Southland Joint Border Commission (JBC) met. The JBC said little.")
	want(t, doc, "Northland-Southland Joint Border Commission", newsgraph.Org, "JBC")
}

func TestPossessivesAndArabicNames(t *testing.T) {
	doc := run(t, "Iraq's president thanked Hamid al-Rubaie. Rubaie said al Rubaie's office agreed, and Iraq agreed.")
	want(t, doc, "Iraq", newsgraph.GPE, "Iraq")
	none(t, doc, "Iraq's")
	want(t, doc, "Hamid al-Rubaie", newsgraph.Person, "Hamid al-Rubaie", "Rubaie", "al Rubaie")
}

func TestHyphenModifiersAndDemonyms(t *testing.T) {
	doc := run(t, "Iran-backed groups attacked US-led troops. The Iraqi government and Iraqi security forces responded, and Iraqi forces and American forces joined U.S. military units. Iraqi officials spoke.")
	none(t, doc, "Iran")
	none(t, doc, "Iraqi")
	want(t, doc, "Iraqi government", newsgraph.Org)
	want(t, doc, "Iraqi security forces", newsgraph.Org, "Iraqi forces")
	want(t, doc, "U.S. military", newsgraph.Org, "American forces")
	doc = run(t, "Syria's foreign ministry and the Government of Syria disagreed with the Syrian foreign ministry.")
	want(t, doc, "Syrian foreign ministry", newsgraph.Org, "Syria's foreign ministry")
	want(t, doc, "Government of Syria", newsgraph.Org)
}

func TestHeadNounTyping(t *testing.T) {
	doc := run(t, "Rockets hit Camp Ridley and the Norvik Air Base near Zaria province on Monday. "+
		"Operation Northern Shield began after the Kelso Summit, said the Harlan Liberation Front. "+
		"Boats crossed the Velta River near Tarn district.")
	want(t, doc, "Camp Ridley", newsgraph.Facility)
	want(t, doc, "Norvik Air Base", newsgraph.Facility)
	want(t, doc, "Zaria province", newsgraph.GPE)
	want(t, doc, "Operation Northern Shield", newsgraph.Event)
	want(t, doc, "Kelso Summit", newsgraph.Event)
	want(t, doc, "Harlan Liberation Front", newsgraph.Org)
	want(t, doc, "Velta River", newsgraph.Location)
	want(t, doc, "Tarn district", newsgraph.GPE)
}

func TestShortFormsAndAliasTable(t *testing.T) {
	doc := run(t, "Talks on the Kelvar Strip resumed. Fighting in Kelvar went on. The Islamic State (ISIS) and Daesh fighters fled Syria.")
	want(t, doc, "Kelvar Strip", newsgraph.Location, "Kelvar")
	want(t, doc, "Islamic State", newsgraph.Org, "Islamic State", "ISIS", "Daesh")
	want(t, doc, "Syria", newsgraph.GPE)
	none(t, doc, "Talks")
}

func TestDatelineAndCredit(t *testing.T) {
	doc := run(t, "OSLO (XN) - Norway said on Monday it would talk.\nBy Anna Berg")
	want(t, doc, "Oslo", newsgraph.GPE, "OSLO")
	want(t, doc, "XN", newsgraph.Org)
	want(t, doc, "Anna Berg", newsgraph.Person)
	if doc.Dateline != "Oslo" {
		t.Errorf("dateline %q", doc.Dateline)
	}
}

func TestMentionsIndexEntities(t *testing.T) {
	doc := run(t, "Jane Doe visited Norway. Doe left Norway on Friday.")
	if len(doc.Mentions) != 4 {
		t.Fatalf("mentions %+v", doc.Mentions)
	}
	for _, m := range doc.Mentions {
		if m.Entity < 0 || m.Entity >= len(doc.Entities) {
			t.Fatalf("mention %+v has no entity", m)
		}
		if doc.Text[m.Start:m.End] != m.Text {
			t.Errorf("mention text %q != span text %q", m.Text, doc.Text[m.Start:m.End])
		}
	}
}

func TestNERMentionsAreFiltered(t *testing.T) {
	s, _ := New()
	text := "The Deputy Speaker met Velko Strand. The talks ended."
	doc := newsgraph.NewDocument(newsgraph.Article{ID: "t", Text: text})
	add := func(sub string, typ newsgraph.EntityType) {
		i := strings.Index(text, sub)
		doc.Mentions = append(doc.Mentions, newsgraph.Mention{Span: newsgraph.Span{Start: i, End: i + len(sub)}, Text: sub, Type: typ, Entity: -1, Source: "ner"})
	}
	add("The", newsgraph.Org)
	add("Deputy Speaker", newsgraph.Person)
	add("Velko Strand", newsgraph.Person)
	if err := s.Process(doc); err != nil {
		t.Fatal(err)
	}
	want(t, doc, "Velko Strand", newsgraph.Person)
	none(t, doc, "The")
	none(t, doc, "Deputy Speaker")
}

func BenchmarkStage(b *testing.B) {
	s, err := New()
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("WASHINGTON (AA) - Defense Secretary Jane Doe said the Higher Widget Council (HWC) met Iraqi security forces near Anbar province on Monday. Doe told Reuters the HWC would meet again at Camp Ridley. ", 10)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		doc := newsgraph.NewDocument(newsgraph.Article{ID: "b", Text: text})
		if err := s.Process(doc); err != nil {
			b.Fatal(err)
		}
	}
}
