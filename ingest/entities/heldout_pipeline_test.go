package entities_test

import (
	"strings"
	"testing"
)

// Regressions found on held-out wire news (2026-12-06); invented names.

func TestParallelNamesOfPlacesSplitAtAnd(t *testing.T) {
	// "X of France and Y of Spain" names two people; "Department of Trade
	// and Industry" stays one name.
	text := "Foreign Ministers Pierre Lamont of France and Maria Solano of Spain met on Monday.\n" +
		"Prime Ministers Tomas Vell of Canada and Idris Okonkwo-Bale of Portugal signed the pact.\n" +
		"The Department of Trade and Industry said it would not comment.\n"
	doc := runPipeline(t, text)
	dept := false
	for _, e := range doc.Entities {
		if strings.Contains(e.Name, "France and") || strings.Contains(e.Name, "Canada and") {
			t.Errorf("two people run together: %q", e.Name)
		}
		dept = dept || e.Name == "Department of Trade and Industry"
	}
	if !dept {
		t.Errorf("name with \"and\" split")
	}
}
