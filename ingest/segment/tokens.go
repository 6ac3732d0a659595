package segment

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// Tokenize splits each sentence of text into words and punctuation marks.
// Words keep inner hyphens ("Iran-backed"), inner apostrophes ("O'Brien"),
// number separators ("1,200", "2.5") and abbreviation periods ("U.S.",
// "Mr."); a possessive or contracted 's is a token of its own; quotes and
// other punctuation are tokens of their own. Token.Sentence indexes
// sentences.
func Tokenize(text string, sentences []newsgraph.Span) []newsgraph.Token {
	toks := make([]newsgraph.Token, 0, len(text)/5)
	for si, s := range sentences {
		start, end := max(s.Start, 0), min(s.End, len(text))
		toks = tokenizeSpan(text, start, end, si, toks)
	}
	return toks
}

func tokenizeSpan(text string, start, end, sent int, toks []newsgraph.Token) []newsgraph.Token {
	add := func(a, b int) {
		toks = append(toks, newsgraph.Token{Text: text[a:b], Start: a, End: b, Sentence: sent})
	}
	openSingle := false // an opening single quote awaits its close
	for i := start; i < end; {
		r, sz := utf8.DecodeRuneInString(text[i:end])
		switch {
		case isSpace(r):
			i += sz
		case isWordRune(r):
			j := scanWord(text, i, end, openSingle)
			add(i, j)
			i = j
		case isApostrophe(r):
			if n, nsz := utf8.DecodeRuneInString(text[i+sz : end]); (n == 's' || n == 'S') && i > start &&
				!wordAt(text, i+sz+nsz, end) && isWordRuneBefore(text, i) {
				add(i, i+sz+nsz) // possessive or contracted 's
				i += sz + nsz
				continue
			}
			if i == start || !isWordRuneBefore(text, i) {
				openSingle = true
			} else {
				openSingle = false
			}
			add(i, i+sz)
			i += sz
		case r == '.':
			j := i
			for j < end && text[j] == '.' {
				j++
			}
			add(i, j)
			i = j
		default:
			add(i, i+sz)
			i += sz
		}
	}
	return toks
}

// scanWord returns the end of the word that starts at text[i].
func scanWord(text string, i, end int, openSingle bool) int {
	j := i
	segStart := i // start of the current dot-separated segment, for "U.S."
	for j < end {
		r, sz := utf8.DecodeRuneInString(text[j:end])
		switch {
		case isWordRune(r):
			j += sz
			continue
		case r == '-' || r == '‐' || r == '‑' || r == '&':
			if wordBefore1(text, i, j) && wordAt(text, j+sz, end) {
				j += sz
				segStart = j
				continue
			}
		case r == ',' || r == '.':
			p, _ := utf8.DecodeLastRuneInString(text[i:j])
			n, _ := utf8.DecodeRuneInString(text[j+sz : end])
			if unicode.IsDigit(p) && unicode.IsDigit(n) && j+sz < end {
				j += sz
				continue
			}
			if r == '.' && unicode.IsLetter(p) && unicode.IsLetter(n) && j+sz < end &&
				utf8.RuneCountInString(text[segStart:j]) == 1 {
				j += sz // U.S, a.m
				segStart = j
				continue
			}
			if r == '.' && keepsPeriod(text[i:j]) {
				j += sz
				if j < end && text[j] == '-' && wordAt(text, j+1, end) {
					j++ // U.S.-Iraq
					segStart = j
					continue
				}
				return j
			}
		case isApostrophe(r):
			n, nsz := utf8.DecodeRuneInString(text[j+sz : end])
			if j+sz < end && unicode.IsLetter(n) {
				if (n == 's' || n == 'S') && !wordAt(text, j+sz+nsz, end) {
					return j // possessive or contracted 's: split off
				}
				j += sz // O'Brien, doesn't
				continue
			}
			if !openSingle && unicode.IsLetter(lastRune(text[i:j])) {
				return j + sz // Hadi’, officials’
			}
		}
		return j
	}
	return j
}

// keepsPeriod reports whether word takes the period that follows it.
func keepsPeriod(word string) bool {
	return titleAbbrev[word] || endAbbrev[word] || word == "No" || isInitial(word) || isDottedAcronym(word)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// wordAt reports whether a word rune starts at text[i:end].
func wordAt(text string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return isWordRune(r)
}

// wordBefore1 reports whether text[i:j] is non-empty and ends in a word rune.
func wordBefore1(text string, i, j int) bool {
	return j > i && isWordRune(lastRune(text[i:j]))
}

// isWordRuneBefore reports whether the rune before text[i] is a word rune or
// a closing quote, i.e. whether a quote at i closes something.
func isWordRuneBefore(text string, i int) bool {
	r := lastRune(text[:i])
	return isWordRune(r) || r == '"' || r == '”' || r == '.' || r == ')'
}
