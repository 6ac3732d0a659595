package resolve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func doc(id string, ents ...newsgraph.Entity) *newsgraph.Document {
	d := newsgraph.NewDocument(newsgraph.Article{ID: id})
	d.Entities = ents
	return d
}

func ent(name string, typ newsgraph.EntityType, aliases ...string) newsgraph.Entity {
	return newsgraph.Entity{Name: name, Type: typ, Aliases: aliases}
}

func TestEmbeddedCopyMatchesDataFile(t *testing.T) {
	data, err := os.ReadFile("../../data/aliases.tsv")
	if err != nil {
		t.Skip("no data/aliases.tsv")
	}
	if string(data) != defaultAliases {
		t.Fatal("ingest/resolve/aliases.tsv differs from data/aliases.tsv: copy it over")
	}
	if _, err := LoadAliases("../../data/aliases.tsv"); err != nil {
		t.Fatal(err)
	}
}

func TestBadAliasLineNamesFileAndLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "aliases.tsv")
	os.WriteFile(path, []byte("# comment\nAcme Corp\tORG\tAcme\nWidgetland\tCOUNTRY\tWL\n"), 0o644)
	_, err := LoadAliases(path)
	if err == nil || !strings.Contains(err.Error(), path+":3") || !strings.Contains(err.Error(), "COUNTRY") {
		t.Fatalf("error %v, want one naming %s:3 and the bad type", err, path)
	}
	os.WriteFile(path, []byte("Acme Corp ORG Acme\n"), 0o644)
	if _, err := LoadAliases(path); err == nil || !strings.Contains(err.Error(), ":1") {
		t.Fatalf("line without tabs: error %v", err)
	}
}

func TestAliasTableUnifiesNames(t *testing.T) {
	r := New(DefaultAliases())
	a := doc("a", ent("ISIS", newsgraph.Org, "ISIS"), ent("U.S.", newsgraph.GPE, "U.S."))
	b := doc("b", ent("Islamic State in Iraq and Syria", newsgraph.Org, "Daesh"), ent("United States", newsgraph.GPE, "US", "United States"))
	r.Resolve([]*newsgraph.Document{a, b})
	if a.Entities[0].ID != b.Entities[0].ID || a.Entities[0].ID != EntityBase+"islamic-state" {
		t.Errorf("ISIS ids %q %q", a.Entities[0].ID, b.Entities[0].ID)
	}
	if a.Entities[1].ID != b.Entities[1].ID || a.Entities[1].Name != "United States" {
		t.Errorf("US: %+v %+v", a.Entities[1], b.Entities[1])
	}
}

func TestWeakAliasNeedsType(t *testing.T) {
	r := New(DefaultAliases())
	a := doc("a", ent("IS", newsgraph.GPE, "IS"))
	b := doc("b", ent("IS", newsgraph.Org, "IS"))
	r.Resolve([]*newsgraph.Document{a, b})
	if a.Entities[0].ID == EntityBase+"islamic-state" || b.Entities[0].ID != EntityBase+"islamic-state" {
		t.Errorf("weak alias: %q %q", a.Entities[0].ID, b.Entities[0].ID)
	}
}

func TestSurnameMergesWithUniqueFullName(t *testing.T) {
	r := New(nil)
	a := doc("a", ent("Jane Doe", newsgraph.Person, "Jane Doe", "Doe"))
	b := doc("b", ent("Doe", newsgraph.Person, "Doe"))
	b.Quotes = []newsgraph.Quote{{Speaker: "Doe", Text: "x"}}
	b.Relations = []newsgraph.Relation{{Subject: "Doe", Predicate: newsgraph.RoleIn, Object: "Acme"}}
	r.Resolve([]*newsgraph.Document{b, a}) // the short form first: order must not matter
	if a.Entities[0].ID != b.Entities[0].ID || b.Entities[0].Name != "Jane Doe" {
		t.Fatalf("surname: %+v / %+v", a.Entities[0], b.Entities[0])
	}
	if q := b.Quotes[0]; q.Speaker != "Jane Doe" || q.SpeakerID != a.Entities[0].ID {
		t.Errorf("quote not rewritten: %+v", q)
	}
	if rel := b.Relations[0]; rel.Subject != "Jane Doe" || rel.SubjectID != a.Entities[0].ID {
		t.Errorf("relation not rewritten: %+v", rel)
	}
	// A second Doe makes the surname ambiguous.
	c := doc("c", ent("John Doe", newsgraph.Person, "John Doe"))
	d := doc("d", ent("Doe", newsgraph.Person, "Doe"))
	r.Resolve([]*newsgraph.Document{c, d})
	if d.Entities[0].ID == a.Entities[0].ID || d.Entities[0].ID == c.Entities[0].ID {
		t.Errorf("ambiguous surname merged: %q", d.Entities[0].ID)
	}
}

func TestIRIStableWhenFullerNameArrives(t *testing.T) {
	r := New(nil)
	a := doc("a", ent("Widget Council", newsgraph.Org, "Widget Council"))
	r.Resolve([]*newsgraph.Document{a})
	id := a.Entities[0].ID
	if id != EntityBase+"widget-council" {
		t.Fatalf("id %q", id)
	}
	b := doc("b", ent("Northland Widget Council", newsgraph.Org, "Northland Widget Council", "Widget Council"))
	r.Resolve([]*newsgraph.Document{b})
	if b.Entities[0].ID != id || b.Entities[0].Name != "Northland Widget Council" {
		t.Errorf("got %+v, want id %s with the fuller name", b.Entities[0], id)
	}
}

func TestInstitutionPhrasesAndSeeds(t *testing.T) {
	r := New(DefaultAliases())
	r.Add(EntityBase+"jane-roe", "Jane Roe", newsgraph.Person, []string{"Roe"})
	a := doc("a", ent("US forces", newsgraph.Org, "US forces"), ent("Roe", newsgraph.Person, "Roe"))
	b := doc("b", ent("U.S. military", newsgraph.Org, "U.S. military", "American forces"))
	r.Resolve([]*newsgraph.Document{a, b})
	if a.Entities[0].ID != b.Entities[0].ID {
		t.Errorf("institution ids %q %q", a.Entities[0].ID, b.Entities[0].ID)
	}
	if a.Entities[1].ID != EntityBase+"jane-roe" {
		t.Errorf("seeded person: %q", a.Entities[1].ID)
	}
}

func TestTypeMajority(t *testing.T) {
	r := New(nil)
	docs := []*newsgraph.Document{
		doc("a", ent("Kelvar", newsgraph.GPE)), doc("b", ent("Kelvar", newsgraph.GPE)), doc("c", ent("Kelvar", newsgraph.Location)),
	}
	r.Resolve(docs)
	for _, d := range docs {
		if d.Entities[0].Type != newsgraph.GPE || d.Entities[0].ID != docs[0].Entities[0].ID {
			t.Errorf("%s: %+v", d.Article.ID, d.Entities[0])
		}
	}
}

func TestShortGivenNameMerges(t *testing.T) {
	r := New(nil)
	a := doc("a", ent("Vincent Marlow", newsgraph.Person, "Vincent Marlow"))
	b := doc("b", ent("Vince Marlow", newsgraph.Person, "Vince Marlow"))
	c := doc("c", ent("Victor Marlow", newsgraph.Person, "Victor Marlow"))
	r.Resolve([]*newsgraph.Document{a, b, c})
	if a.Entities[0].ID != b.Entities[0].ID {
		t.Errorf("Vince/Vincent not merged: %q %q", a.Entities[0].ID, b.Entities[0].ID)
	}
	if c.Entities[0].ID == a.Entities[0].ID {
		t.Errorf("Victor merged with Vincent")
	}
}

func TestCompanySuffixIgnored(t *testing.T) {
	r := New(nil)
	a := doc("a", ent("Zentrix AG", newsgraph.Org, "Zentrix AG"))
	b := doc("b", ent("Zentrix", newsgraph.Org, "Zentrix"))
	r.Resolve([]*newsgraph.Document{a, b})
	if a.Entities[0].ID != b.Entities[0].ID {
		t.Errorf("Zentrix AG / Zentrix: %q %q", a.Entities[0].ID, b.Entities[0].ID)
	}
	c := doc("c", ent("Quorvex Corporation", newsgraph.Org, "Quorvex Corporation"))
	d := doc("d", ent("Quorvex Corp.", newsgraph.Org, "Quorvex Corp."))
	r.Resolve([]*newsgraph.Document{c, d})
	if c.Entities[0].ID != d.Entities[0].ID {
		t.Errorf("Quorvex Corporation / Corp.: %q %q", c.Entities[0].ID, d.Entities[0].ID)
	}
}

func TestCentralBankShortForms(t *testing.T) {
	r := New(DefaultAliases())
	a := doc("a", ent("Fed", newsgraph.Org, "Fed"))
	b := doc("b", ent("US Federal Reserve", newsgraph.Org, "US Federal Reserve", "Federal Reserve"))
	c := doc("c", ent("Federal Reserve Board", newsgraph.Org, "Federal Reserve Board"))
	d := doc("d", ent("New York Fed", newsgraph.Org, "New York Fed"))
	r.Resolve([]*newsgraph.Document{a, b, c, d})
	want := EntityBase + "federal-reserve"
	for _, x := range []*newsgraph.Document{a, b, c} {
		if e := x.Entities[0]; e.ID != want || e.Name != "Federal Reserve" {
			t.Errorf("%s: %+v, want %s", x.Article.ID, e, want)
		}
	}
	if d.Entities[0].ID == want {
		t.Errorf("the New York Fed is not the Federal Reserve: %q", d.Entities[0].ID)
	}
}

func TestCanonicalNameIsTheMostGivenFullName(t *testing.T) {
	r := New(nil)
	a := doc("a", ent("Latest Northland Widget Council", newsgraph.Org, "Latest Northland Widget Council", "Northland Widget Council"))
	b := doc("b", ent("Northland Widget Council", newsgraph.Org, "Northland Widget Council"))
	c := doc("c", ent("Northland Widget Council", newsgraph.Org, "Northland Widget Council", "NWC"))
	d := doc("d", ent("Doe", newsgraph.Person, "Doe"))
	e := doc("e", ent("Jane Doe", newsgraph.Person, "Jane Doe"))
	f := doc("f", ent("Doe", newsgraph.Person, "Doe"))
	docs := []*newsgraph.Document{a, b, c, d, e, f}
	r.Resolve(docs)
	for _, x := range docs[:3] {
		if x.Entities[0].Name != "Northland Widget Council" || x.Entities[0].ID != EntityBase+"northland-widget-council" {
			t.Errorf("%s: %+v", x.Article.ID, x.Entities[0])
		}
	}
	for _, x := range docs[3:] {
		if x.Entities[0].Name != "Jane Doe" || x.Entities[0].ID != e.Entities[0].ID {
			t.Errorf("%s: %+v", x.Article.ID, x.Entities[0])
		}
	}
}

func TestHyphenatedAndOneWordPersonNames(t *testing.T) {
	r := New(nil)
	a := doc("a", ent("Jane Doe", newsgraph.Person, "Jane Doe"), ent("Orlo-Doe", newsgraph.Person, "Orlo-Doe"), ent("Doe", newsgraph.Person, "Doe"))
	b := doc("b", ent("Ann Kell-Marsh", newsgraph.Person, "Ann Kell-Marsh"), ent("Zorbo", newsgraph.Person, "Zorbo"))
	c := doc("c", ent("Kell-Marsh", newsgraph.Person, "Kell-Marsh"), ent("Marsh", newsgraph.Person, "Marsh"), ent("Zorbo", newsgraph.Person, "Zorbo"))
	r.Resolve([]*newsgraph.Document{a, b, c})
	if idOf(a, "Doe") != idOf(a, "Jane Doe") || len(a.Entities) != 2 {
		t.Errorf("'Orlo-Doe' made the surname Doe ambiguous: %+v", a.Entities)
	}
	if idOf(a, "Orlo-Doe") == idOf(a, "Jane Doe") {
		t.Errorf("'Orlo-Doe' merged with Jane Doe")
	}
	if c.Entities[0].ID != b.Entities[0].ID {
		t.Errorf("Kell-Marsh: %q, want %q", c.Entities[0].ID, b.Entities[0].ID)
	}
	if c.Entities[1].ID == b.Entities[0].ID {
		t.Errorf("'Marsh' alone merged with Ann Kell-Marsh")
	}
	if c.Entities[2].ID != b.Entities[1].ID || c.Entities[2].ID != EntityBase+"zorbo" {
		t.Errorf("one-word name: %q %q", b.Entities[1].ID, c.Entities[2].ID)
	}
	// A given name alone names nobody across articles; "Kell Marsh"
	// written without its hyphen is still Ann Kell-Marsh.
	d := doc("d", ent("Tony", newsgraph.Person, "Tony"), ent("Kell-Marsh", newsgraph.Person, "Kell-Marsh", "Kell Marsh"))
	e := doc("e", ent("Tony", newsgraph.Person, "Tony"))
	r.Resolve([]*newsgraph.Document{d, e})
	if d.Entities[0].ID == e.Entities[0].ID {
		t.Errorf("'Tony' merged across articles: %q", d.Entities[0].ID)
	}
	if d.Entities[1].ID != b.Entities[0].ID {
		t.Errorf("'Kell Marsh': %q, want %q", d.Entities[1].ID, b.Entities[0].ID)
	}
}

func TestSurnameAloneTakesThePersonOfItsArticle(t *testing.T) {
	r := New(nil)
	a := doc("a", ent("Dan Morrow", newsgraph.Person, "Dan Morrow"))
	b := doc("b", ent("Gail Morrow", newsgraph.Person, "Gail Morrow"), ent("Morrow", newsgraph.Person, "Morrow"), ent("Tom", newsgraph.Person, "Tom"))
	c := doc("c", ent("Morrow", newsgraph.Person, "Morrow"), ent("Tom Plank", newsgraph.Person, "Tom Plank", "Tom"))
	r.Resolve([]*newsgraph.Document{a, b, c})
	if idOf(b, "Morrow") != idOf(b, "Gail Morrow") || len(b.Entities) != 2 {
		t.Errorf("'Morrow' beside 'Gail Morrow': %+v", b.Entities)
	}
	if c.Entities[0].ID == a.Entities[0].ID || c.Entities[0].ID == b.Entities[0].ID {
		t.Errorf("'Morrow' alone in an article of no Morrow merged: %q", c.Entities[0].ID)
	}
	e := doc("e", ent("Gail Morrow", newsgraph.Person, "Gail Morrow"), ent("Without Morrow", newsgraph.Person, "Without Morrow"), ent("Morrow", newsgraph.Person, "Morrow"))
	r.Resolve([]*newsgraph.Document{e})
	if idOf(e, "Morrow") != idOf(e, "Gail Morrow") {
		t.Errorf("'Morrow' beside 'Gail Morrow' and 'Without Morrow': %+v", e.Entities)
	}
	if idOf(b, "Tom") == c.Entities[1].ID {
		t.Errorf("a given name alone merged with another article's full name: %q", idOf(b, "Tom"))
	}
}

// idOf returns the ID of the entity of d that has the alias.
func idOf(d *newsgraph.Document, alias string) string {
	for _, e := range d.Entities {
		for _, a := range e.Aliases {
			if a == alias {
				return e.ID
			}
		}
	}
	return ""
}

func TestEntitiesOfOneArticleWithOneIdentityMerge(t *testing.T) {
	r := New(DefaultAliases())
	d := doc("a", ent("Federal Reserve", newsgraph.Org, "Federal Reserve"), ent("Gail Morrow", newsgraph.Person, "Gail Morrow"),
		ent("Fed", newsgraph.Org, "Fed"), ent("Morrow", newsgraph.Person, "Morrow"))
	d.Entities[0].Mentions = []newsgraph.Span{{Start: 0, End: 15}}
	d.Entities[1].Mentions = []newsgraph.Span{{Start: 20, End: 31}}
	d.Entities[2].Mentions = []newsgraph.Span{{Start: 40, End: 43}}
	d.Entities[3].Mentions = []newsgraph.Span{{Start: 10, End: 16}}
	d.Entities[3].Roles = []string{"chair"}
	d.Mentions = []newsgraph.Mention{{Entity: 0}, {Entity: 3}, {Entity: 1}, {Entity: 2}}
	r.Resolve([]*newsgraph.Document{d})
	if len(d.Entities) != 2 {
		t.Fatalf("entities %+v", d.Entities)
	}
	fed, gm := d.Entities[0], d.Entities[1]
	if fed.Name != "Federal Reserve" || len(fed.Aliases) != 2 || len(fed.Mentions) != 2 {
		t.Errorf("fed: %+v", fed)
	}
	if gm.Name != "Gail Morrow" || len(gm.Aliases) != 2 || len(gm.Roles) != 1 || gm.Mentions[0].Start != 10 {
		t.Errorf("Morrow: %+v", gm)
	}
	for i, want := range []int{0, 1, 1, 0} {
		if d.Mentions[i].Entity != want {
			t.Errorf("mention %d points at %d, want %d", i, d.Mentions[i].Entity, want)
		}
	}
}

func TestSuffixRuleKeepsOneArticlesNamesApart(t *testing.T) {
	r := New(nil)
	d := doc("a", ent("Vale Records", newsgraph.Org, "Vale Records"), ent("North Vale Records", newsgraph.Org, "North Vale Records"))
	e := doc("b", ent("South Vale Records", newsgraph.Org, "South Vale Records"))
	r.Resolve([]*newsgraph.Document{d, e})
	if len(d.Entities) != 2 || d.Entities[0].ID == d.Entities[1].ID {
		t.Errorf("one article's names merged by the suffix rule: %+v", d.Entities)
	}
}

func TestSameLongNameOtherTypeMerges(t *testing.T) {
	r := New(nil)
	a := doc("a", ent("Evening Clarion", newsgraph.Org, "Evening Clarion"), ent("Marlow", newsgraph.GPE, "Marlow"))
	b := doc("b", ent("Evening Clarion", newsgraph.Person, "Evening Clarion"), ent("Marlow", newsgraph.Person, "Marlow"))
	c := doc("c", ent("Evening Clarion", newsgraph.Org, "Evening Clarion"))
	r.Resolve([]*newsgraph.Document{a, b, c})
	if a.Entities[0].ID != b.Entities[0].ID || b.Entities[0].Type != newsgraph.Org {
		t.Errorf("Evening Clarion: %+v / %+v", a.Entities[0], b.Entities[0])
	}
	if a.Entities[1].ID == b.Entities[1].ID {
		t.Errorf("a one-word place and person merged: %q", a.Entities[1].ID)
	}
}

func TestPersonNameEndingAnother(t *testing.T) {
	r := New(nil)
	a := doc("a", ent("Jane Quillby", newsgraph.Person, "Jane Quillby"), ent("Ann Orlo Bowles", newsgraph.Person, "Ann Orlo Bowles"),
		ent("John Paul Trevick", newsgraph.Person, "John Paul Trevick"))
	b := doc("b", ent("Blairite Jane Quillby", newsgraph.Person, "Blairite Jane Quillby"), ent("Orlo Bowles", newsgraph.Person, "Orlo Bowles"),
		ent("Paul Trevick", newsgraph.Person, "Paul Trevick"))
	r.Resolve([]*newsgraph.Document{b, a})
	if b.Entities[0].ID != a.Entities[0].ID || b.Entities[0].Name != "Jane Quillby" {
		t.Errorf("junk before a name: %+v / %+v", b.Entities[0], a.Entities[0])
	}
	if b.Entities[1].ID != a.Entities[1].ID {
		t.Errorf("two-word surname: %q %q", b.Entities[1].ID, a.Entities[1].ID)
	}
	if b.Entities[2].ID == a.Entities[2].ID {
		t.Errorf("Paul Trevick merged with John Paul Trevick")
	}
	d := doc("d", ent("Camilla Parker Vell", newsgraph.Person, "Camilla Parker Vell"), ent("Parker Vell", newsgraph.Person, "Parker Vell"))
	r.Resolve([]*newsgraph.Document{d})
	if len(d.Entities) != 1 {
		t.Errorf("'Parker Vell' beside 'Camilla Parker Vell': %+v", d.Entities)
	}
	c := doc("c", ent("Jane Quillby MP", newsgraph.Person, "Jane Quillby MP"))
	r.Resolve([]*newsgraph.Document{c})
	if c.Entities[0].ID != a.Entities[0].ID || c.Entities[0].Name != "Jane Quillby" {
		t.Errorf("post-nominal letters: %+v", c.Entities[0])
	}
}
