package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// word is one word or punctuation mark of a context window, with its
// lower-case form ("'s" for a possessive ending split off its word).
type word struct {
	Start, End int
	Low        string
	Punct      bool
}

// words splits text[a:b] into words and punctuation marks. Apostrophes,
// hyphens and periods inside a word keep it whole ("al-Zamani", "U.S.");
// a possessive "'s" becomes a word of its own.
func words(text string, a, b int) []word {
	var out []word
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
				if (c == '\'' || c == '’' || c == '-' || c == '.' || c == '‐') && j+m < b {
					d, _ := utf8.DecodeRuneInString(text[j+m:])
					if unicode.IsLetter(d) || unicode.IsDigit(d) {
						j += m
						continue
					}
				}
				if c == '.' && j+m <= b && isAbbrev(text[i:j]) {
					j += m
				}
				break
			}
			w := text[i:j]
			low := strings.ToLower(w)
			if k := possessive(low); k > 0 {
				out = append(out, word{i, i + k, low[:k], false}, word{i + k, j, "'s", false})
			} else {
				out = append(out, word{i, j, low, false})
			}
			i = j
		default:
			out = append(out, word{i, i + n, string(r), true})
			i += n
		}
	}
	return out
}

// possessive returns the length of w before a possessive "'s", or 0.
func possessive(w string) int {
	for _, s := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			return len(w) - len(s)
		}
	}
	return 0
}

// abbrevs end with a period that does not end a sentence.
var abbrevs = set("mr", "mrs", "ms", "dr", "gen", "maj", "lt", "col", "sgt",
	"capt", "cmdr", "adm", "sen", "rep", "gov", "pres", "prof", "rev", "st",
	"jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "corp", "co",
	"ltd", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "d.c", "mt",
	"ft", "gens", "lt.gen", "brig", "cpl", "pvt", "messrs", "hon")

func isAbbrev(w string) bool {
	l := strings.ToLower(w)
	if abbrevs[l] {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r) // an initial: "J."
}

// splitSentences is the fallback sentence splitter used when no earlier
// stage has set doc.Sentences: it ends a sentence at a line break, and at
// . ! or ? (with any closing quote marks) followed by white space and a
// capital letter, digit or opening mark, unless the period ends an
// abbreviation or an initial.
func splitSentences(text string) []newsgraph.Span {
	var out []newsgraph.Span
	start := 0
	emit := func(end int) {
		a, b := start, end
		for a < b && isSpaceByte(text[a]) {
			a++
		}
		for b > a && isSpaceByte(text[b-1]) {
			b--
		}
		if a < b {
			out = append(out, newsgraph.Span{Start: a, End: b})
		}
		start = end
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			emit(i)
			i += n
			start = i
			continue
		}
		if r == '.' || r == '!' || r == '?' {
			j := i + n
			for j < len(text) {
				c, m := utf8.DecodeRuneInString(text[j:])
				if c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == '.' || c == '!' || c == '?' {
					j += m
					continue
				}
				break
			}
			if j < len(text) && (text[j] == ' ' || text[j] == '\t') {
				k := j
				for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
					k++
				}
				c, _ := utf8.DecodeRuneInString(text[k:])
				if k < len(text) && (unicode.IsUpper(c) || unicode.IsDigit(c) || isOpenMark(c)) && !(r == '.' && endsAbbrev(text[:i])) {
					emit(j)
					i = j
					continue
				}
			}
			i = j
			continue
		}
		i += n
	}
	emit(len(text))
	return out
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// endsAbbrev reports whether the word ending text is an abbreviation.
func endsAbbrev(text string) bool {
	j := len(text)
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		j -= n
	}
	return j < len(text) && isAbbrev(text[j:])
}

// titleCase reports whether every word of s longer than three letters
// starts with a capital: "Axis of Resistance", "Operation Ivy Storm".
func titleCase(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ",.;:!?()[]'’\"“”")
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		n++
		if utf8.RuneCountInString(w) > 3 && unicode.IsLower(r) {
			return false
		}
		if n == 1 && unicode.IsLower(r) {
			return false
		}
	}
	return n > 0
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
