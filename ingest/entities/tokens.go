package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// tok is one word or punctuation mark of the entity layer's own
// tokenisation, which keeps the forms names need whole: "U.S.", "al-Tarfa",
// "U.S.-Japan", "Gen.", "Hadi’" before a capitalised word.
type tok struct {
	text       string // the word as written, without a possessive 's
	start, end int    // byte span of text
	word       bool   // letters or digits (false: punctuation)
	lower      string // trimDot(text)
	cap        bool   // can be part of a name: capitalised, "al-X", acronym
	poss       bool   // followed by a possessive 's (not in text)
	sentStart  bool   // first word of a sentence or line
	lineStart  bool   // first token of a line
	nl         bool   // a line break lies between this token and the previous one
	wrap       bool   // a hard wrap inside a paragraph lies before it (read as a space)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func runeAt(s string, i int) rune {
	if i >= len(s) || i < 0 {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// tokenize splits text into tokens, marking sentence starts from the given
// sentence spans (if any) and from end punctuation.
func tokenize(text string, sentences []newsgraph.Span) []tok {
	var out []tok
	sentStarts := map[int]bool{}
	for _, s := range sentences {
		sentStarts[s.Start] = true
	}
	nl := true
	wrap := false
	wraps := hardWraps(text)
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' && wraps[i] {
			wrap = true
			i += size
			continue
		}
		if r == '\n' || r == '\r' {
			nl = true
			i += size
			continue
		}
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		t := tok{start: i, nl: nl, wrap: wrap && !nl}
		wrap = false
		if isWordRune(r) {
			j := i + size
			for j < len(text) {
				c, n := utf8.DecodeRuneInString(text[j:])
				if isWordRune(c) {
					j += n
					continue
				}
				next := runeAt(text, j+n)
				if (c == '.' || c == '-' || isApos(c) || c == '&') && isWordRune(next) {
					j += n
					continue
				}
				if c == '.' && next == '-' && isWordRune(runeAt(text, j+n+1)) {
					j += n
					continue
				}
				break
			}
			w := text[i:j]
			if runeAt(text, j) == '.' && (abbrevs[strings.ToLower(w)] || isInitials(w) || middleInitial(text, w, j)) {
				j++
			} else if c := runeAt(text, j); isApos(c) && !strings.HasSuffix(w, "s") {
				// "Hadi’ al-Zamani": an apostrophe that ends a name word.
				k := j + utf8.RuneLen(c)
				if runeAt(text, k) == ' ' && (unicode.IsUpper(runeAt(text, k+1)) || strings.HasPrefix(text[k+1:], "al-")) {
					j = k
				}
			}
			t.end = j
			t.text = text[i:j]
			t.word = true
			for _, suf := range []string{"'s", "’s", "ʼs"} {
				if strings.HasSuffix(t.text, suf) && len(t.text) > len(suf) {
					t.text = strings.TrimSuffix(t.text, suf)
					t.poss = true
				}
			}
			if !t.poss && (strings.HasSuffix(t.text, "s") || strings.HasSuffix(t.text, "S")) && isApos(runeAt(text, j)) && !isWordRune(runeAt(text, j+utf8.RuneLen(runeAt(text, j)))) {
				t.poss = true // "Hamas’ war"
				j += utf8.RuneLen(runeAt(text, j))
			}
			t.lower = trimDot(t.text)
			t.cap = capitalised(t.text)
			i = j
		} else {
			t.end = i + size
			t.text = text[i:t.end]
			i = t.end
		}
		t.lineStart = nl
		nl = false
		out = append(out, t)
	}
	// Sentence starts: line starts, given sentence starts, words after end
	// punctuation, opening quotes or a dateline dash.
	for k := range out {
		t := &out[k]
		if !t.word {
			continue
		}
		if t.lineStart || sentStarts[t.start] && !t.wrap {
			t.sentStart = true
			continue
		}
		for p := k - 1; p >= 0; p-- {
			pt := out[p]
			if pt.word {
				if w := strings.TrimSuffix(pt.text, "."); strings.HasSuffix(pt.text, ".") && !abbrevs[strings.ToLower(w)] && !isInitials(w) && !(len(w) == 1 && t.cap) {
					t.sentStart = true
				}
				break
			}
			if strings.ContainsAny(pt.text, ".?!:") || (pt.lineStart && p == k-1) {
				t.sentStart = true
				break
			}
			if strings.ContainsAny(pt.text, "\"“‘'([") {
				if p == 0 || out[p].lineStart {
					t.sentStart = true
					break
				}
				continue
			}
			if pt.text == "-" || pt.text == "–" || pt.text == "—" {
				// "WASHINGTON (AA) - The": a dateline dash.
				if p > 0 && out[p-1].text == ")" || p > 0 && out[p-1].word && isAllCaps(out[p-1].text) || p > 0 && out[p-1].lower == "region" {
					t.sentStart = true
				}
				break
			}
			break
		}
	}
	return out
}

// isInitials reports whether w looks like "U.S" or "D.C" (before the final
// period).
func isInitials(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i, r := range w {
		if i%2 == 0 && !unicode.IsUpper(r) {
			return false
		}
		if i%2 == 1 && r != '.' {
			return false
		}
	}
	return true
}

// middleInitial reports whether w, a word ending at text[j] == '.', is a
// one-letter initial inside a name: "Mary J. Smith", "George H. W. Bush".
func middleInitial(text, w string, j int) bool {
	if len(w) != 1 || !unicode.IsUpper(rune(w[0])) {
		return false
	}
	if runeAt(text, j+1) == ' ' && unicode.IsUpper(runeAt(text, j+2)) {
		return true
	}
	// the last of several initials: "George H. W." before a comma
	i := j - len(w)
	return i >= 3 && text[i-1] == ' ' && text[i-2] == '.' && unicode.IsUpper(rune(text[i-3])) && (i == 3 || !isWordRune(runeAt(text, i-4)))
}

func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 0
}

// arabicPrefix returns the length of an "al-" style article prefix.
func arabicPrefix(w string) int {
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "at-", "ar-", "az-", "ez-", "es-", "ed-", "er-", "ul-", "Al-", "El-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			return len(p)
		}
	}
	return 0
}

// capitalised reports whether a word can be part of a name. Hyphenated
// modifiers ("US-led", "Iran-backed", "pro-Iran") cannot.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if n := arabicPrefix(w); n > 0 {
		r, _ = utf8.DecodeRuneInString(w[n:])
		return unicode.IsUpper(r) && !modifier(w[n:])
	}
	if !unicode.IsUpper(r) {
		return false
	}
	return !modifier(w)
}

// modifier reports whether a hyphenated word ends in a lower-case part:
// "US-led", "Iran-backed", "Gaza-based".
func modifier(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 0 || i == len(w)-1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsLower(r)
}

// hardWraps returns the offsets of the line breaks that are hard wraps
// inside a paragraph, in text hard-wrapped at a fixed width (wire copy:
// "said Jane\nDoe, the company's chairman"). The text must look wrapped:
// short lines, most of them breaking mid-sentence. A break is a wrap when
// the line is long for the text (a short line ends a paragraph or is a
// heading) and the next line is neither empty nor indented (an indented
// line starts a paragraph).
func hardWraps(text string) map[int]bool {
	type line struct {
		start, end, runes int
	}
	var ls []line
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		e := end
		if e > start && text[e-1] == '\r' {
			e--
		}
		ls = append(ls, line{start, e, utf8.RuneCountInString(text[start:e])})
		start = end + 1
	}
	width, lines, breaks, mid := 0, 0, 0, 0
	for k, l := range ls {
		width = max(width, l.runes)
		if strings.TrimSpace(text[l.start:l.end]) != "" {
			lines++
		}
		if k+1 < len(ls) && continues(text, l.start, l.end, ls[k+1].start, ls[k+1].end) {
			breaks++
			if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[l.start:l.end], " \t")); unicode.IsLetter(r) || unicode.IsDigit(r) || r == ',' {
				mid++
			}
		}
	}
	if lines < 4 || width > 100 || mid < 3 || mid*5 < breaks*2 {
		return nil
	}
	out := map[int]bool{}
	for k, l := range ls {
		if k+1 < len(ls) && l.runes*2 >= width && continues(text, l.start, l.end, ls[k+1].start, ls[k+1].end) {
			out[l.end] = true
			if l.end < len(text) && text[l.end] == '\r' {
				delete(out, l.end)
				out[l.end+1] = true
			}
		}
	}
	return out
}

// continues reports whether the line text[a:b] runs on into text[c:d]: both
// hold words and the second is not indented.
func continues(text string, a, b, c, d int) bool {
	if strings.TrimSpace(text[a:b]) == "" || strings.TrimSpace(text[c:d]) == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[c:d])
	return !unicode.IsSpace(r)
}
