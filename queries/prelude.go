package queries

import (
	"regexp"
	"strings"
)

// A Library prepends to each query only the part of the prelude the query
// uses. goja compiles the whole text of every run (a run's bound
// parameters make its text new): the whole prelude took 1.8-3 ms per run
// at a million quads, more than many queries' own work.

// declaration is one top-level statement of the prelude (a `var` or a
// `function`, with the comment lines above it) and the names it declares.
type declaration struct {
	names []string
	text  string
}

var (
	declStartRE = regexp.MustCompile(`^(?:function\s+([A-Za-z_$][\w$]*)|var\s)`)
	// varNameRE finds the names of a `var` statement's declarators on its
	// first line: `var A = ..., B = ...`.
	varNameRE = regexp.MustCompile(`(?:^var\s+|,\s*)([A-Za-z_$][\w$]*)\s*=[^=]`)
	wordRE    = regexp.MustCompile(`[A-Za-z_$][\w$]*`)
)

// splitPrelude cuts src into its top-level declarations, in order; their
// texts joined are src. Every top-level statement of the prelude starts at
// column 0 with `var ` or `function `, and the comment lines right above
// one belong to it; anything before the first declaration is kept as a
// declaration of no names.
func splitPrelude(src string) []declaration {
	lines := strings.SplitAfter(src, "\n")
	var out []declaration
	cur := declaration{}
	pending := []string{} // comment and blank lines not yet placed
	flush := func() {
		if cur.text != "" || len(cur.names) > 0 {
			out = append(out, cur)
		}
		cur = declaration{}
	}
	for _, l := range lines {
		m := declStartRE.FindStringSubmatch(l)
		switch {
		case m != nil:
			flush()
			cur.text = strings.Join(pending, "")
			pending = pending[:0]
			if m[1] != "" {
				cur.names = []string{m[1]}
			} else {
				for _, v := range varNameRE.FindAllStringSubmatch(l, -1) {
					cur.names = append(cur.names, v[1])
				}
			}
			cur.text += l
		case strings.HasPrefix(l, "//") || strings.TrimSpace(l) == "":
			pending = append(pending, l)
		default:
			cur.text += strings.Join(pending, "") + l
			pending = pending[:0]
		}
	}
	cur.text += strings.Join(pending, "")
	flush()
	return out
}

// code is text without its comment lines: the words of comments are not
// uses.
func code(text string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(text, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "//") {
			b.WriteString(l)
		}
	}
	return b.String()
}

// preludeFor is the part of the prelude that the query text uses: the
// declarations whose names occur in it as words, and those they use in
// turn, in the prelude's order. Matching words is conservative (a
// property named like a prelude function pulls that function in too), and
// the prelude reaches its globals only by name.
func preludeFor(decls []declaration, text string) string {
	declaredBy := map[string]int{}
	for i, d := range decls {
		for _, n := range d.names {
			declaredBy[n] = i
		}
	}
	keep := make([]bool, len(decls))
	var todo []int
	use := func(text string) {
		for _, w := range wordRE.FindAllString(code(text), -1) {
			if i, ok := declaredBy[w]; ok && !keep[i] {
				keep[i] = true
				todo = append(todo, i)
			}
		}
	}
	for i, d := range decls {
		if len(d.names) == 0 {
			keep[i] = true
			use(d.text)
		}
	}
	use(text)
	for len(todo) > 0 {
		i := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		use(decls[i].text)
	}
	var b strings.Builder
	for i, d := range decls {
		if keep[i] {
			b.WriteString(d.text)
		}
	}
	return b.String()
}
