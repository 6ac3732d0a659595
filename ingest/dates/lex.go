package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord  = 'w' // a run of letters
	kNum   = 'n' // a run of digits, with digit groups ("1,200", "3.5") and ordinal suffixes ("25th")
	kPunct = 'p' // any other single non-space rune
)

// tok is one token of the date lexer. The lexer is deliberately simple and
// local to this package: dates must work before (or without) the tokenizer
// stage, and it needs to know things no general tokenizer keeps, such as
// whether a number has separators and whether a token is inside quote marks.
type tok struct {
	s          string
	low        string // kWord: lower-cased s
	start, end int
	kind       byte
	plain      bool // kNum: digits only (no separators, no ordinal suffix)
	ordinal    bool // kNum: "25th"
	val        int  // kNum: the value of the leading digit run (capped)
	digits     int  // kNum: length of the leading digit run
	nl         bool // a line break lies between the previous token and this one
	quoted     bool // inside quote marks
}

func isQuote(r rune) (open, close, straight bool) {
	switch r {
	case '“', '«':
		return true, false, false
	case '”', '»':
		return false, true, false
	case '"':
		return false, false, true
	}
	return false, false, false
}

// lex splits text into tokens. In hard-wrapped text (see hardWrapped) a
// single line break inside a paragraph is a space: a sentence runs on over
// it, and so do its quotes.
func lex(text string) []tok {
	toks := make([]tok, 0, len(text)/4)
	inQuote := false
	nl := false
	wrapped := hardWrapped(text)
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' || r == '\r':
			if !(wrapped && softBreak(text, i)) {
				nl = true
				inQuote = false // quotes do not run over paragraph breaks
			}
			i += w
		case unicode.IsSpace(r):
			i += w
		case unicode.IsLetter(r):
			j := i + w
			for j < len(text) {
				r2, w2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += w2
			}
			toks = append(toks, tok{s: text[i:j], low: strings.ToLower(text[i:j]), start: i, end: j, kind: kWord, nl: nl, quoted: inQuote})
			nl = false
			i = j
		case r >= '0' && r <= '9':
			j := i
			val := 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if val < 1e6 {
					val = val*10 + int(text[j]-'0')
				}
				j++
			}
			t := tok{start: i, kind: kNum, plain: true, val: val, digits: j - i, nl: nl, quoted: inQuote}
			// digit groups and decimals: "1,200", "3.5", "1,000,000"
			for j+1 < len(text) && (text[j] == ',' || text[j] == '.') && text[j+1] >= '0' && text[j+1] <= '9' {
				t.plain = false
				j++
				for j < len(text) && text[j] >= '0' && text[j] <= '9' {
					j++
				}
			}
			if t.plain && j+2 <= len(text) {
				suf := strings.ToLower(text[j : j+2])
				if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") &&
					(j+2 == len(text) || !isLetterAt(text, j+2)) {
					t.plain, t.ordinal = false, true
					j += 2
				}
			}
			t.s, t.end = text[i:j], j
			toks = append(toks, t)
			nl = false
			i = j
		default:
			open, cl, straight := isQuote(r)
			q := inQuote
			switch {
			case open:
				inQuote, q = true, true
			case cl:
				inQuote = false
			case straight:
				inQuote = !inQuote
				q = true
			}
			toks = append(toks, tok{s: text[i : i+w], start: i, end: i + w, kind: kPunct, nl: nl, quoted: q})
			nl = false
			i += w
		}
	}
	return toks
}

// hardWrapped reports whether text is wrapped at a fixed width, as wire
// copy often is: at least two of its lines go on with a lower-case word
// straight after a line ending in a letter, a digit or a comma ("the
// company\nsaid"), which a paragraph break never does.
func hardWrapped(text string) bool {
	n := 0
	for i := 1; i+1 < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		b, c := text[i-1], text[i+1]
		if b == '\r' && i >= 2 {
			b = text[i-2]
		}
		if c >= 'a' && c <= 'z' && (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == ',') {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// softBreak reports whether the line break at i only wraps a line: one
// break ("\n" or "\r\n"), after text on its line, and the next line neither
// blank nor indented, since a blank or indented line starts a paragraph.
func softBreak(text string, i int) bool {
	if text[i] == '\r' {
		if i+1 < len(text) && text[i+1] == '\n' {
			return softBreak(text, i+1)
		}
		return false
	}
	j := i - 1
	if j >= 0 && text[j] == '\r' {
		j--
	}
	if j < 0 || text[j] == '\n' || text[j] == '\r' {
		return false
	}
	if i+1 >= len(text) {
		return false
	}
	switch text[i+1] {
	case '\n', '\r', ' ', '\t':
		return false
	}
	return true
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// isCap reports whether a word starts with an upper-case letter.
func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isTitleOrUpper reports whether s is "March" or "MARCH" (not "march" or "mArch").
func isTitleOrUpper(s string) bool {
	if !isCap(s) {
		return false
	}
	rest := s[1:]
	return rest == strings.ToLower(rest) || rest == strings.ToUpper(rest)
}
