package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a quotation found by its marks: Open is the byte offset of the
// opening mark, Close the offset just past the closing mark (or the end of
// the paragraph for a quote left open), and Parts the quoted words of each
// paragraph it runs over, marks excluded.
type span struct {
	Open, Close int
	Parts       [][2]int
	Closed      bool // ended by a closing mark, not by the end of a paragraph
}

// Start and End bound the quoted words, marks excluded.
func (s span) Start() int { return s.Parts[0][0] }
func (s span) End() int   { return s.Parts[len(s.Parts)-1][1] }

// text joins the quoted words of every part with a space.
func (s span) text(doc string) string {
	var b strings.Builder
	for i, p := range s.Parts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.TrimSpace(doc[p[0]:p[1]]))
	}
	return b.String()
}

func isOpenMark(r rune) bool  { return r == '“' || r == '"' || r == '„' || r == '«' }
func isCloseMark(r rune) bool { return r == '”' || r == '"' || r == '»' }

// scan finds the double-quoted spans of text. Straight and curly marks pair
// with each other (writers mix them); single quotes inside a quotation are
// kept as part of it. A quotation still open at the end of a paragraph
// continues when the next paragraph opens with a quote mark (the newspaper
// convention for multi-paragraph quotes); otherwise it ends there.
func scan(text string) []span {
	var out []span
	in := false
	var cur span
	partStart := 0
	prevRune := func(i int) rune {
		if i == 0 {
			return ' '
		}
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		return r
	}
	nextRune := func(i int) rune {
		if i >= len(text) {
			return ' '
		}
		r, _ := utf8.DecodeRuneInString(text[i:])
		return r
	}
	finish := func(end, closeAt int, closed bool) {
		cur.Parts = append(cur.Parts, [2]int{partStart, end})
		cur.Close = closeAt
		cur.Closed = closed
		trimParts(text, &cur)
		if len(cur.Parts) > 0 {
			out = append(out, cur)
		}
		in = false
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' && in:
			// Paragraph end inside a quotation: continue if the next
			// paragraph reopens with a mark, else end it here.
			j := i
			for j < len(text) {
				c, n := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsSpace(c) {
					break
				}
				j += n
			}
			c, n := utf8.DecodeRuneInString(text[min(j, len(text)):])
			if j < len(text) && isOpenMark(c) {
				cur.Parts = append(cur.Parts, [2]int{partStart, i})
				partStart = j + n
				i = j + n
				continue
			}
			finish(i, i, false)
		case !in && isOpenMark(r):
			p := prevRune(i)
			if r == '"' && (unicode.IsDigit(p) || unicode.IsLetter(p)) && !unicode.IsLetter(nextRune(i+size)) {
				break // inch mark or stray closing mark
			}
			in = true
			cur = span{Open: i}
			partStart = i + size
		case in && (r == '"' || r == '“') && unicode.IsSpace(prevRune(i)) && startsWord(nextRune(i+size)):
			// A mark after a space and before a word reopens the
			// quotation: a multi-paragraph quotation run into one line
			// (`"First part. "Second part."`), the same as a paragraph
			// that reopens with a mark.
			cur.Parts = append(cur.Parts, [2]int{partStart, i})
			partStart = i + size
		case in && isCloseMark(r):
			finish(i, i+size, true)
		case in && r == '“':
			// An opening curly mark inside a quotation: a typo for a
			// closing one when it follows a word and precedes a space.
			if !unicode.IsSpace(prevRune(i)) && !unicode.IsLetter(nextRune(i+size)) {
				finish(i, i+size, true)
			}
		case !in && r == '”':
			// A stray closing mark opening a quotation: "”Word".
			if unicode.IsSpace(prevRune(i)) && unicode.IsLetter(nextRune(i+size)) {
				in = true
				cur = span{Open: i}
				partStart = i + size
			}
		}
		i += size
	}
	if in {
		finish(len(text), len(text), false)
	}
	return out
}

// trimParts trims white space off every part and drops empty ones.
func trimParts(text string, s *span) {
	parts := s.Parts[:0]
	for _, p := range s.Parts {
		a, b := p[0], p[1]
		for a < b {
			r, n := utf8.DecodeRuneInString(text[a:])
			if !unicode.IsSpace(r) {
				break
			}
			a += n
		}
		for b > a {
			r, n := utf8.DecodeLastRuneInString(text[:b])
			if !unicode.IsSpace(r) {
				break
			}
			b -= n
		}
		if a < b {
			parts = append(parts, [2]int{a, b})
		}
	}
	s.Parts = parts
}

func startsWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
