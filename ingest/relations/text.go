package relations

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// tok is one word or punctuation mark with its byte span.
type tok struct {
	Start, End int
	Text, Low  string
	Punct      bool
}

// tokens splits text[a:b] into words (keeping "U.S.", "al-Tarfa", "1,200"
// whole) and punctuation; a possessive "'s" is a token of its own.
func tokens(text string, a, b int) []tok {
	var out []tok
	i := a
	for i < b {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < b {
				c, m := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(c) || unicode.IsDigit(c) {
					j += m
					continue
				}
				if (c == '\'' || c == '’' || c == '-' || c == '.' || c == ',') && j+m < b {
					d, _ := utf8.DecodeRuneInString(text[j+m:])
					if c == ',' && !(unicode.IsDigit(d) && unicode.IsDigit(r)) {
						break
					}
					if unicode.IsLetter(d) || unicode.IsDigit(d) {
						j += m
						continue
					}
				}
				if c == '.' && isAbbrev(text[i:j]) {
					j += m
				}
				break
			}
			w := text[i:j]
			low := strings.ToLower(w)
			k := 0
			for _, s := range []string{"'s", "’s"} {
				if strings.HasSuffix(low, s) && len(low) > len(s) {
					k = len(low) - len(s)
				}
			}
			if k > 0 {
				out = append(out, tok{i, i + k, w[:k], low[:k], false}, tok{i + k, j, w[k:], "'s", false})
			} else {
				out = append(out, tok{i, j, w, low, false})
			}
			i = j
		default:
			out = append(out, tok{i, i + n, string(r), string(r), true})
			i += n
		}
	}
	return out
}

var abbrevs = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true,
	"gen": true, "maj": true, "lt": true, "col": true, "sgt": true, "capt": true,
	"sen": true, "rep": true, "gov": true, "u.s": true, "u.k": true, "u.n": true,
	"d.c": true, "jan": true, "feb": true, "aug": true, "sept": true, "sep": true,
	"oct": true, "nov": true, "dec": true, "st": true, "jr": true, "adm": true}

func isAbbrev(w string) bool {
	if abbrevs[strings.ToLower(w)] {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

func isUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// index is what the patterns read about one document.
type index struct {
	doc      *newsgraph.Document
	text     string
	sents    []newsgraph.Span
	mentions []newsgraph.Mention // sorted by Start, longest first
	byKey    map[string]int      // newsgraph.Key of a name or alias -> entity
	adj      map[string]int      // gpeOfAdjective results
}

func newIndex(doc *newsgraph.Document) *index {
	x := &index{doc: doc, text: doc.Text, sents: doc.Sentences, byKey: map[string]int{}, adj: map[string]int{}}
	if len(x.sents) == 0 {
		x.sents = lines(doc.Text)
	}
	x.mentions = append([]newsgraph.Mention(nil), doc.Mentions...)
	sort.SliceStable(x.mentions, func(i, j int) bool {
		if x.mentions[i].Start != x.mentions[j].Start {
			return x.mentions[i].Start < x.mentions[j].Start
		}
		return x.mentions[i].End > x.mentions[j].End
	})
	for i, e := range doc.Entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if k := newsgraph.Key(n); k != "" {
				if _, dup := x.byKey[k]; !dup {
					x.byKey[k] = i
				}
			}
		}
	}
	return x
}

// lines is the fallback sentence split: one sentence per line, further
// split at ". " before a capital letter.
func lines(text string) []newsgraph.Span {
	var out []newsgraph.Span
	start := 0
	for i := 0; i <= len(text); i++ {
		end := i == len(text) || text[i] == '\n'
		if !end && text[i] == '.' && i+2 < len(text) && text[i+1] == ' ' && isUpper(text[i+2:]) {
			j := i
			for j > start && text[j-1] != ' ' {
				j--
			}
			if !isAbbrev(text[j:i]) {
				out = append(out, newsgraph.Span{Start: start, End: i + 1})
				start = i + 2
				continue
			}
		}
		if end {
			if strings.TrimSpace(text[start:i]) != "" {
				out = append(out, newsgraph.Span{Start: start, End: i})
			}
			start = i + 1
		}
	}
	return out
}

// in returns the mentions inside [from, to); with outer, only those not
// nested in another.
func (x *index) in(from, to int, outer bool) []newsgraph.Mention {
	var out []newsgraph.Mention
	for _, m := range x.mentions {
		if m.Start >= to {
			break
		}
		if m.Start < from || m.End > to {
			continue
		}
		if outer && len(out) > 0 && out[len(out)-1].Contains(m.Span) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// name returns the canonical name and type behind a mention.
func (x *index) name(m newsgraph.Mention) (string, newsgraph.EntityType) {
	if m.Entity >= 0 && m.Entity < len(x.doc.Entities) {
		e := x.doc.Entities[m.Entity]
		return e.Name, e.Type
	}
	return m.Text, m.Type
}

// maxMention bounds the length of a mention in bytes for lookups.
const maxMention = 300

// mentionAt returns the outermost mention covering off.
func (x *index) mentionAt(off int) (newsgraph.Mention, bool) {
	var best newsgraph.Mention
	found := false
	// Mentions are sorted by Start; names are short, so look back a little.
	i := sort.Search(len(x.mentions), func(i int) bool { return x.mentions[i].Start > off })
	for j := i - 1; j >= 0 && x.mentions[j].Start > off-maxMention; j-- {
		m := x.mentions[j]
		if off < m.End && (!found || m.Len() > best.Len()) {
			best, found = m, true
		}
	}
	return best, found
}

// demonyms maps nationality adjectives whose country name is not a plain
// extension of the adjective to the names a country entity goes by.
var demonyms = map[string][]string{
	"american": {"united states", "us", "america", "united states of america"},
	"british":  {"united kingdom", "uk", "britain"},
	"french":   {"france"}, "german": {"germany"}, "dutch": {"netherlands"},
	"swiss": {"switzerland"}, "turkish": {"turkey", "turkiye"},
	"chinese": {"china"}, "japanese": {"japan"}, "saudi": {"saudi arabia"},
	"emirati": {"united arab emirates", "uae"}, "greek": {"greece"},
	"spanish": {"spain"}, "polish": {"poland"}, "danish": {"denmark"},
	"swedish": {"sweden"}, "finnish": {"finland"}, "irish": {"ireland"},
	"lebanese": {"lebanon"}, "sudanese": {"sudan"}, "yemeni": {"yemen"},
	"kuwaiti": {"kuwait"}, "qatari": {"qatar"}, "omani": {"oman"},
	"filipino": {"philippines"}, "thai": {"thailand"}, "welsh": {"wales"},
	"scottish": {"scotland"}, "english": {"england"}, "kurdish": {},
	"palestinian": {"palestine", "palestinian territories"},
}

// gpeOfAdjective resolves a nationality adjective ("Iraqi", "American") to
// a GPE entity of the document, or -1.
func (x *index) gpeOfAdjective(adj string) int {
	if e, ok := x.adj[adj]; ok {
		return e
	}
	e := x.adjective(adj)
	x.adj[adj] = e
	return e
}

func (x *index) adjective(adj string) int {
	low := strings.ToLower(adj)
	if strings.ContainsAny(low, "-‐") {
		return -1
	}
	if names, ok := demonyms[low]; ok {
		for _, n := range names {
			if e, ok := x.byKey[n]; ok && x.doc.Entities[e].Type == newsgraph.GPE {
				return e
			}
		}
		return -1
	}
	if len(low) < 4 {
		return -1
	}
	for e, ent := range x.doc.Entities {
		if ent.Type != newsgraph.GPE {
			continue
		}
		for _, n := range append([]string{ent.Name}, ent.Aliases...) {
			k := newsgraph.Key(n)
			if len(k) < 3 || strings.Contains(k, " ") {
				continue
			}
			// Iraq -> Iraqi, Iran -> Iranian, Israel -> Israeli, Syria -> Syrian.
			stem := strings.TrimSuffix(k, "a")
			if strings.HasPrefix(low, stem) && len(low)-len(stem) <= 3 && low != k {
				rest := low[len(stem):]
				switch rest {
				case "i", "n", "an", "ian", "ese", "ish", "ean":
					return e
				}
			}
		}
	}
	return -1
}
