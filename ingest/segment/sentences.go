// Package segment splits article text into sentences and tokens: the first
// layer of the extraction pipeline, on which every later stage builds.
// Offsets are byte offsets into the text as read. Lines are hard sentence
// boundaries (news text puts headlines, bylines and paragraphs on lines of
// their own); within a line a sentence ends at . ! ? or … (with any closing
// quotes or brackets) followed by space and a word that may start a
// sentence, unless the period ends a known abbreviation.
package segment

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// Sentences returns the sentence spans of text in order, trimmed of
// surrounding space. Text inside an ignored span belongs to no sentence;
// ignored spans are also sentence boundaries.
func Sentences(text string, ignored []newsgraph.Span) []newsgraph.Span {
	var out []newsgraph.Span
	for _, r := range outside(len(text), ignored) {
		lineStart := r.Start
		for i := r.Start; i < r.End; i++ {
			if c := text[i]; c == '\n' || c == '\r' {
				splitLine(text, lineStart, i, &out)
				lineStart = i + 1
			}
		}
		splitLine(text, lineStart, r.End, &out)
	}
	return out
}

// outside returns the parts of [0,n) that no ignored span covers.
func outside(n int, ignored []newsgraph.Span) []newsgraph.Span {
	if len(ignored) == 0 {
		return []newsgraph.Span{{Start: 0, End: n}}
	}
	ig := append([]newsgraph.Span(nil), ignored...)
	sort.Slice(ig, func(i, j int) bool { return ig[i].Start < ig[j].Start })
	var out []newsgraph.Span
	pos := 0
	for _, s := range ig {
		start, end := max(s.Start, 0), min(s.End, n)
		if start > pos {
			out = append(out, newsgraph.Span{Start: pos, End: min(start, n)})
		}
		pos = max(pos, end)
	}
	if pos < n {
		out = append(out, newsgraph.Span{Start: pos, End: n})
	}
	return out
}

// splitLine appends the sentences of text[start:end], a line without breaks.
func splitLine(text string, start, end int, out *[]newsgraph.Span) {
	s := start
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if !isTerminator(r) {
			i += size
			continue
		}
		// Run of terminators, then closing quotes/brackets.
		j := i
		nterm := 0
		for j < end {
			r2, sz := utf8.DecodeRuneInString(text[j:end])
			if !isTerminator(r2) {
				break
			}
			j += sz
			nterm++
		}
		k := j
		for k < end {
			r2, sz := utf8.DecodeRuneInString(text[k:end])
			if !isCloser(r2) {
				break
			}
			k += sz
		}
		if k < end {
			r2, _ := utf8.DecodeRuneInString(text[k:end])
			if !isSpace(r2) {
				i = j
				continue
			}
		}
		m := k
		for m < end {
			r2, sz := utf8.DecodeRuneInString(text[m:end])
			if !isSpace(r2) {
				break
			}
			m += sz
		}
		if m < end && !breakBefore(text, i, nterm, r == '.', m, end) {
			i = m
			continue
		}
		emit(text, s, k, out)
		s = m
		i = m
	}
	emit(text, s, end, out)
}

// breakBefore decides whether the terminator run at text[dot:] ends a
// sentence when the next sentence would start at text[next:end].
func breakBefore(text string, dot, nterm int, period bool, next, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[next:end])
	if unicode.IsLower(r) {
		return false
	}
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(r) || unicode.IsTitle(r)) {
		return false
	}
	if !period || nterm != 1 {
		return true
	}
	w := wordBefore(text, dot)
	switch {
	case w == "":
		return true
	case titleAbbrev[w]:
		return false
	case w == "No" || w == "Nos":
		return !unicode.IsDigit(r)
	case isInitial(w):
		return false
	case endAbbrev[w] || isDottedAcronym(w):
		return starter(text, next, end)
	}
	return true
}

// wordBefore returns the letters and inner periods just before text[dot].
func wordBefore(text string, dot int) string {
	b := dot
	for b > 0 {
		r, sz := utf8.DecodeLastRuneInString(text[:b])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		b -= sz
	}
	return text[b:dot]
}

// isInitial reports a single capital letter: the "J" of "J. R. Smith".
func isInitial(w string) bool {
	r, sz := utf8.DecodeRuneInString(w)
	return sz == len(w) && unicode.IsUpper(r)
}

// isDottedAcronym reports letters separated by periods: "U.S", "a.m".
func isDottedAcronym(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i, r := range w {
		if i%2 == 1 && r != '.' || i%2 == 0 && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// starter reports whether the word at text[i:] is a common sentence opener,
// used to tell "in the U.S. The talks" (a break) from "the U.S. Army".
func starter(text string, i, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:end])
	if isOpener(r) {
		return true
	}
	j := i
	for j < end {
		r, sz := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsLetter(r) {
			break
		}
		j += sz
	}
	return sentenceStarters[text[i:j]]
}

func emit(text string, s, e int, out *[]newsgraph.Span) {
	for s < e {
		r, sz := utf8.DecodeRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		s += sz
	}
	for e > s {
		r, sz := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		e -= sz
	}
	if e > s {
		*out = append(*out, newsgraph.Span{Start: s, End: e})
	}
}

func isTerminator(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '’', '”', ')', ']', '»':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '‘', '“', '(', '[', '«':
		return true
	}
	return false
}

// isSpace is unicode.IsSpace plus the zero-width and byte-order marks that
// web text carries; U+00A0 is already a space to unicode.IsSpace.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// titleAbbrev are abbreviations that stand before a name or number and so
// never end a sentence.
var titleAbbrev = setOf(
	"Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Rev", "Hon", "Gen", "Gens",
	"Lt", "Col", "Maj", "Capt", "Cpt", "Cmdr", "Adm", "Brig", "Sgt", "Cpl",
	"Pvt", "Sen", "Sens", "Rep", "Reps", "Gov", "Pres", "Amb", "Supt", "Insp",
	"Det", "Fr", "Sr", "St", "Mt", "Ft", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
	"Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Fig", "vs", "v", "e.g", "i.e",
	"approx", "Ave", "Blvd", "Rd", "Gov't", "Atty", "Lieut",
)

// endAbbrev are abbreviations that often end a sentence too.
var endAbbrev = setOf("Inc", "Corp", "Ltd", "Co", "Jr", "LLC", "Plc", "Bros", "etc", "Assn", "Dept")

// sentenceStarters are words that begin sentences far more often than they
// follow an abbreviation inside one.
var sentenceStarters = setOf(
	"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This",
	"That", "These", "Those", "There", "But", "And", "In", "On", "At", "As",
	"If", "When", "While", "Since", "After", "Before", "However", "Meanwhile",
	"His", "Her", "Its", "Their", "Our", "Some", "Many", "Most", "Other",
	"According", "Earlier", "Later", "Last", "Yet", "So", "Still", "Also",
)

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
