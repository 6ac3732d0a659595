package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestRoyalOneNameIsNoSurname(t *testing.T) {
	r := New(nil)
	king := ent("Varnak", newsgraph.Person, "Varnak")
	king.Roles = []string{"King"}
	a := doc("a", ent("Tomas Varnak", newsgraph.Person, "Tomas Varnak"), king)
	plain := ent("Varnak", newsgraph.Person, "Varnak")
	b := doc("b", plain)
	r.Resolve([]*newsgraph.Document{a, b})
	if idOf(a, "Varnak") == idOf(a, "Tomas Varnak") || len(a.Entities) != 2 {
		t.Errorf("'King Varnak' merged with 'Tomas Varnak': %+v", a.Entities)
	}
	if b.Entities[0].ID != idOf(a, "Tomas Varnak") {
		t.Errorf("a surname alone no longer finds its person: %+v", b.Entities)
	}
}
