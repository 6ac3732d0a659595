package entities

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
)

// capsLines returns the spans of the lines written wholly in capitals
// ("PENNZOIL SAYS TEXACO TALKS STALLED", a wire headline), when the text
// also has lines in ordinary case. In such a line every word looks like a
// name, so the runs and the tagger's votes there are noise.
func capsLines(text string) []newsgraph.Span {
	var out []newsgraph.Span
	body := false
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		upper, lower := 0, 0
		for _, r := range text[start:end] {
			switch {
			case unicode.IsUpper(r):
				upper++
			case unicode.IsLower(r):
				lower++
			}
		}
		if lower == 0 && upper >= 3 {
			out = append(out, newsgraph.Span{Start: start, End: end})
		} else if lower > 0 {
			body = true
		}
		start = end + 1
	}
	if !body {
		return nil
	}
	return out
}

func inLines(sp newsgraph.Span, lines []newsgraph.Span) bool {
	for _, l := range lines {
		if sp.Start >= l.Start && sp.End <= l.End {
			return true
		}
	}
	return false
}

// withoutCapsLines drops the candidates that lie in a capitals line.
func withoutCapsLines(cs []cand, lines []newsgraph.Span) []cand {
	out := cs[:0]
	for _, c := range cs {
		if !inLines(c.span, lines) {
			out = append(out, c)
		}
	}
	return out
}

// capsMentions finds in the capitals lines the names the rest of the
// article has (typed), longest first, and returns them as candidates of
// the body name's type, so that "PENNZOIL" in a headline joins the body's
// "Pennzoil" and a headline word no body name has adds nothing.
func capsMentions(doc *newsgraph.Document, toks []tok, lines []newsgraph.Span, body []cand) []cand {
	type name struct {
		words []string
		c     *cand
	}
	var ns []name
	seen := map[string]bool{}
	for i := range body {
		c := &body[i]
		if c.typ == "" || len(c.toks) == 0 {
			continue
		}
		var ws []string
		for _, t := range c.toks {
			ws = append(ws, strings.ToLower(t.text))
		}
		k := strings.Join(ws, " ")
		if seen[k] {
			continue
		}
		seen[k] = true
		ns = append(ns, name{ws, c})
	}
	sort.SliceStable(ns, func(i, j int) bool { return len(ns[i].words) > len(ns[j].words) })
	var out []cand
	for _, l := range lines {
		var lt []tok
		for _, t := range toks {
			if t.start >= l.Start && t.end <= l.End {
				lt = append(lt, t)
			}
		}
		for i := 0; i < len(lt); i++ {
			if !lt[i].word {
				continue
			}
			for _, n := range ns {
				if i+len(n.words) > len(lt) {
					continue
				}
				ok := true
				for k, w := range n.words {
					ok = ok && strings.ToLower(lt[i+k].text) == w
				}
				if !ok {
					continue
				}
				a, b := lt[i], lt[i+len(n.words)-1]
				seq := append([]tok(nil), lt[i:i+len(n.words)]...)
				sp := newsgraph.Span{Start: a.start, End: b.end}
				out = append(out, cand{span: sp, text: doc.Text[sp.Start:sp.End], toks: seq,
					typ: n.c.typ, ev: n.c.ev, source: "rule", defOf: -1, inst: n.c.inst, entry: n.c.entry,
					weak: n.c.weak, acronym: n.c.acronym, person: n.c.person})
				i += len(n.words) - 1
				break
			}
		}
	}
	return out
}
