package queries

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

func TestSplitPreludeKeepsEveryLine(t *testing.T) {
	lib := loadLib(t)
	decls := splitPrelude(lib.Prelude())
	var b strings.Builder
	seen := map[string]bool{}
	for _, d := range decls {
		b.WriteString(d.text)
		for _, n := range d.names {
			if seen[n] {
				t.Errorf("%s declared twice", n)
			}
			seen[n] = true
		}
	}
	if b.String() != lib.Prelude() {
		t.Error("the declarations' texts joined are not the prelude")
	}
	for _, n := range []string{"P", "C", "KEY_INDEX", "MEASURE_INDEX", "NAMES", "TYPES", "QUOTATION", "RELATION", "ARTICLE", "plain", "sortRows", "statementRows", "edgeRow"} {
		if !seen[n] {
			t.Errorf("%s not found among the prelude's declarations", n)
		}
	}
}

func TestPreludeForTakesWhatIsUsed(t *testing.T) {
	src := "// The prelude.\nvar A = 1;\n\n// B returns A; C is not called here.\nfunction B() {\n  // not D\n  return A;\n}\nfunction C() { return 2; }\nvar D = { x: C }, E = 3;\n"
	decls := splitPrelude(src)
	var names [][]string
	for _, d := range decls {
		names = append(names, d.names)
	}
	if want := [][]string{{"A"}, {"B"}, {"C"}, {"D", "E"}}; !reflect.DeepEqual(names, want) {
		t.Fatalf("declarations %v, want %v", names, want)
	}
	for _, c := range []struct{ query, want string }{
		{"B();", "// The prelude.\nvar A = 1;\n\n// B returns A; C is not called here.\nfunction B() {\n  // not D\n  return A;\n}\n"},
		{"// E in a comment\nvar x = 1;", ""},
		{"g.Emit(E);", "function C() { return 2; }\nvar D = { x: C }, E = 3;\n"},
		{"var x = o.A;", "// The prelude.\nvar A = 1;\n"},
	} {
		if got := preludeFor(decls, c.query); got != c.want {
			t.Errorf("preludeFor(%q) =\n%q\nwant\n%q", c.query, got, c.want)
		}
	}
}

// Every query's text, as Run binds it, compiles, and its prelude is only
// part of the whole.
func TestEveryQueryCompilesWithItsPrelude(t *testing.T) {
	lib := loadLib(t)
	for _, q := range lib.List() {
		text, err := lib.source(lib.queries[q.Name], map[string]any{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := goja.Compile(q.Name, text, false); err != nil {
			t.Errorf("%s: %v", q.Name, err)
		}
		if n := len(lib.queries[q.Name].prelude); n == 0 || n >= len(lib.Prelude()) {
			t.Errorf("%s: prelude of %d bytes, the whole is %d", q.Name, n, len(lib.Prelude()))
		}
	}
}
