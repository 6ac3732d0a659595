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
