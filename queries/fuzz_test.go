package queries

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// FuzzBind binds a fuzzed value to every parameter of every canned query
// against the fixture store: it never panics, a failure is a parameter or
// not-found error, and the bound value reaches the Gizmo text only as one
// JSON literal that decodes back to exactly what was bound.
func FuzzBind(f *testing.F) {
	for _, s := range []string{"", "Ann", "<http://x>", `"); g.V().All(); ("`, "\u2028", "9999999999999", "-1", "2024-02-30", "person", "</script>", `\`, "' OR 1=1 --"} {
		f.Add(s)
	}
	lib, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	qs := fixtureStore(f)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, v string) {
		for _, q := range lib.List() {
			for _, p := range q.Params {
				args := map[string]string{p.Name: v}
				for _, o := range q.Params {
					if o.Name != p.Name && o.Required {
						args[o.Name] = "1"
					}
				}
				vals, err := bind(ctx, qs, &q, args)
				if err != nil {
					if !errors.Is(err, ErrBadParam) && !errors.Is(err, ErrNotFound) {
						t.Fatalf("%s(%s=%q): unexpected error kind: %v", q.Name, p.Name, v, err)
					}
					continue
				}
				text, err := bindingText(vals)
				if err != nil {
					t.Fatalf("%s: binding text: %v", q.Name, err)
				}
				lit, ok := strings.CutPrefix(text, "var params = ")
				lit, ok2 := strings.CutSuffix(lit, ";\n")
				if !ok || !ok2 || strings.ContainsAny(lit, "\n\u2028\u2029") {
					t.Fatalf("%s: binding is not one statement: %q", q.Name, text)
				}
				var back map[string]any
				if err := json.Unmarshal([]byte(lit), &back); err != nil {
					t.Fatalf("%s: binding does not decode: %v", q.Name, err)
				}
				// Invalid UTF-8 is bound with U+FFFD in place of bad bytes:
				// still one value, just not byte-exact.
				if s, isStr := vals[p.Name].(string); isStr && utf8.ValidString(s) && back[p.Name] != s {
					t.Fatalf("%s: %s bound as %q, decodes as %q", q.Name, p.Name, s, back[p.Name])
				}
			}
		}
	})
}

// FuzzResolveEntity looks a fuzzed name up in the fixture store: it never
// panics, and an answer is an entity the store holds.
func FuzzResolveEntity(f *testing.F) {
	for _, s := range []string{"", "Ann", "<>", "<http://example.test/x>", "https://", "   ", "ANN!!", "\x00"} {
		f.Add(s)
	}
	qs := fixtureStore(f)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, v string) {
		iri, err := ResolveEntity(ctx, qs, v)
		if err != nil {
			return
		}
		if ok, err := exists(ctx, qs, quad.IRI(iri)); err != nil || !ok {
			t.Fatalf("ResolveEntity(%q) = %q, not in the store (%v)", v, iri, err)
		}
	})
}
