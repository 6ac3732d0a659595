package gazetteer

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestLookups(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if c, ok := g.Demonym("American"); !ok || c.Name != "United States" {
		t.Errorf("American -> %+v", c)
	}
	if c, ok := g.Country("U.S."); !ok || c.Name != "United States" {
		t.Errorf("U.S. -> %+v", c)
	}
	if typ, ok := g.Place("Baghdad"); !ok || typ != newsgraph.GPE {
		t.Errorf("capital: %v %v", typ, ok)
	}
	if typ, ok := g.Place("Middle East"); !ok || typ != newsgraph.Location {
		t.Errorf("region: %v %v", typ, ok)
	}
	if !g.GivenName("Patricia") || g.GivenName("Ministry") {
		t.Error("given names")
	}
	for in, want := range map[string]string{
		"US forces": "united states military", "American forces": "united states military",
		"Iraq's foreign ministry": "iraq foreign ministry", "Government of Iraq": "iraq government",
	} {
		if k, ok := g.InstitutionKey(in); !ok || k != want {
			t.Errorf("InstitutionKey(%q) = %q, want %q", in, k, want)
		}
	}
	if _, ok := g.InstitutionKey("American troops"); ok {
		t.Error("troops are a headcount, not an institution")
	}
}
