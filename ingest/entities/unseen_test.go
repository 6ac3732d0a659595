package entities

import (
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
