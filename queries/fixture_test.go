package queries

import (
	"fmt"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
)

// The fixture: four invented articles about invented people, companies
// and places, mapped to quads by graph.Quads exactly as the writer does.

const evilName = "O\"Brien \\ </script> \"); g.V().All(); // \u2028Ltd"

func ent(slug, name string, t newsgraph.EntityType, aliases []string, roles ...string) newsgraph.Entity {
	return newsgraph.Entity{
		ID: graph.EntityBase + slug, Name: name, Type: t, Aliases: aliases, Roles: roles,
		Mentions: []newsgraph.Span{{Start: 0, End: 1}},
	}
}

// at returns e with its mentions at the given offsets (1 byte each), so
// quotes covering an offset mention it.
func at(e newsgraph.Entity, offs ...int) newsgraph.Entity {
	e.Mentions = nil
	for _, o := range offs {
		e.Mentions = append(e.Mentions, newsgraph.Span{Start: o, End: o + 1})
	}
	return e
}

var (
	jane     = ent("jane-doe", "Jane Doe", newsgraph.Person, []string{"Doe", "Ms. Doe"}, "chief executive")
	mary     = ent("mary-doe", "Mary Doe", newsgraph.Person, []string{"Doe"})
	john     = ent("john-roe", "John Roe", newsgraph.Person, nil, "spokesman")
	richard  = ent("richard-poe", "Richard Poe", newsgraph.Person, []string{"Poe"}, "governor")
	acme     = ent("acme-corp", "Acme Corp", newsgraph.Org, []string{"Acme", "Acme Corporation"})
	front    = ent("northern-front", "Northern Front", newsgraph.Org, []string{"NF"})
	fort     = ent("fort-example", "Fort Example", newsgraph.Facility, nil)
	westland = ent("westland", "Westland", newsgraph.GPE, nil)
	evil     = ent("evil-ltd", evilName, newsgraph.Org, nil)
)

func fixtureExtractions() []newsgraph.Extraction {
	return []newsgraph.Extraction{
		{
			Doc: "a1", Published: "2024-03-01", Title: "Acme opens a plant near Fort Example", Source: "Example Wire",
			Entities: []newsgraph.Entity{at(jane, 5), at(acme, 10, 300), at(fort, 120), at(westland, 400), at(john, 200)},
			Quotes: []newsgraph.Quote{
				{Speaker: "Jane Doe", SpeakerID: jane.ID, Text: "We are proud to open this plant near Fort Example.", Cue: "said", Date: "2024-02-28", Kind: "direct", Start: 100, End: 150},
				{Speaker: "John Roe", Text: "Acme will hire hundreds.", Cue: "told", Date: "2024-03-01", DateIsDefault: true, Start: 290, End: 310},
				{Speaker: newsgraph.Unattributed, SpeakerOrg: "Acme Corp", Text: "The plant is safe.", Cue: "said", Date: "2024-03-01", DateIsDefault: true, Start: 500, End: 520},
			},
			Relations: []newsgraph.Relation{
				{Subject: "Jane Doe", Predicate: newsgraph.RoleIn, Object: "Acme Corp", Role: "chief executive", Evidence: "Jane Doe, chief executive of Acme Corp, said."},
				{Subject: "John Roe", Predicate: newsgraph.SpokespersonFor, Object: "Acme Corp", Role: "spokesman", Evidence: "Acme spokesman John Roe told reporters."},
				{Subject: "Fort Example", Predicate: newsgraph.LocatedIn, Object: "Westland", Evidence: "Fort Example in Westland."},
			},
			Claims: []newsgraph.Claim{
				{Measure: "jobs", Quantity: 300, Qualifier: "about", Text: "about 300", Source: "Jane Doe", Evidence: "The plant will create about 300 jobs, Doe said."},
			},
		},
		{
			Doc: "a2", Published: "2024-03-05", Title: "Rebels strike Fort Example", Source: "Example Times",
			Entities: []newsgraph.Entity{at(front, 10, 250), at(fort, 20), at(westland, 30), at(jane, 140), at(richard, 200)},
			Quotes: []newsgraph.Quote{
				{Speaker: "Jane Doe", SpeakerID: jane.ID, Text: "Nobody was hurt at the plant.", Cue: "said", Date: "2024-03-05", Kind: "direct", Start: 100, End: 130},
				{Speaker: "Richard Poe", SpeakerID: richard.ID, Text: "The Northern Front will pay for this.", Cue: "said", Date: "2024-03-04", Kind: "direct", Start: 240, End: 280},
			},
			Relations: []newsgraph.Relation{
				{Subject: "Northern Front", Predicate: newsgraph.Attacked, Object: "Fort Example", Date: "2024-03-04", Place: "Westland", Evidence: "The Northern Front attacked Fort Example on Monday."},
				{Subject: "Northern Front", Predicate: newsgraph.Struck, Object: "Westland", Date: "2024-03-05", Evidence: "NF rockets struck Westland on Tuesday."},
				{Subject: "Richard Poe", Predicate: newsgraph.RoleIn, Object: "Westland", Role: "governor", Evidence: "Richard Poe, the governor of Westland."},
			},
			Claims: []newsgraph.Claim{
				{Measure: "jobs", Quantity: 250, Text: "250", Source: "Richard Poe", Evidence: "Poe said 250 jobs were at risk."},
			},
		},
		{
			Doc: "a3", Published: "2024-03-10", Title: "Governor meets Acme chief", Source: "Example Wire",
			Entities: []newsgraph.Entity{at(richard, 10), at(jane, 20, 60), at(mary, 90), at(westland, 40)},
			Quotes: []newsgraph.Quote{
				{Speaker: "Richard Poe", SpeakerID: richard.ID, Text: "We talked about the plant, and Ms. Doe agreed.", Cue: "said", Date: "2024-03-09", Kind: "indirect", Start: 50, End: 70},
			},
			Relations: []newsgraph.Relation{
				{Subject: "Richard Poe", Predicate: newsgraph.MetWith, Object: "Jane Doe", Date: "2024-03-09", Evidence: "Poe met Doe on Saturday."},
				{Subject: "Jane Doe", Predicate: newsgraph.RoleIn, Object: "Acme Corp", Role: "chief executive", Evidence: "Doe, Acme's chief executive."},
			},
		},
		{
			Doc: "a4", Published: "2024-03-12", Title: "A company with an odd name", Source: "Example Times",
			Entities: []newsgraph.Entity{at(evil, 5), at(acme, 50)},
			Quotes: []newsgraph.Quote{
				{Speaker: evilName, SpeakerID: evil.ID, Text: "Our name is </script> and \"quoted\".", Cue: "said", Date: "2024-03-12", Kind: "direct", Start: 1, End: 10},
			},
		},
	}
}

// fixtureStore returns a memstore holding the fixture.
func fixtureStore(tb testing.TB) cgraph.QuadStore {
	tb.Helper()
	var all []quad.Quad
	for _, x := range fixtureExtractions() {
		if err := graph.Check(x); err != nil {
			tb.Fatalf("fixture %s: %v", x.Doc, err)
		}
		all = append(all, graph.Quads(x)...)
	}
	return memstore.New(all...)
}

func loadLib(tb testing.TB) *Library {
	tb.Helper()
	lib, err := Load()
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	return lib
}

// col returns the values of one column of rows, as strings.
func col(rows []map[string]any, k string) []string {
	out := make([]string, 0, len(rows))
	for _, r := range rows {
		if s, ok := r[k].(string); ok {
			out = append(out, s)
		} else {
			out = append(out, fmt.Sprint(r[k]))
		}
	}
	return out
}
