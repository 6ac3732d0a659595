package ingest

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// dateLayouts are the publication date forms accepted, tried in order.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339,
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006/01/02",
	"Jan 2, 2006",
	"January 2, 2006",
	"Jan. 2, 2006",
	"2 Jan 2006",
	"2 January 2006",
	"Mon, 02 Jan 2006 15:04:05 -0700", // RFC 1123Z, as in RSS feeds
	"Mon, 02 Jan 2006 15:04:05 MST",
}

// NormalizeDate turns a publication date in one of the accepted forms
// (YYYY-MM-DD, RFC 3339, "Jan 2, 2006", "January 2, 2006", "2 January
// 2006", RSS dates) into YYYY-MM-DD. A timestamp keeps the calendar date of
// its own zone: the date the article was dated by its publisher. An empty
// string stays empty.
func NormalizeDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	// "Sept." is common in news; time only knows "Sep".
	norm := strings.Replace(s, "Sept.", "Sep.", 1)
	if strings.Contains(norm, ".") && !strings.Contains(norm, ":") {
		// "Jan. 2, 2006" and "January. 2": drop abbreviation points.
		norm = strings.Replace(norm, ". ", " ", 1)
	}
	for _, layout := range dateLayouts {
		for _, cand := range []string{s, norm} {
			if t, err := time.Parse(layout, cand); err == nil {
				if t.Year() < 1800 || t.Year() > 2200 {
					return "", fmt.Errorf("published %q: year %d out of range", s, t.Year())
				}
				return t.Format("2006-01-02"), nil
			}
		}
	}
	return "", fmt.Errorf("published %q is not a date (want YYYY-MM-DD, RFC 3339 or \"Jan 2, 2006\")", s)
}

// Headline returns the first non-empty line of text when it looks like a
// headline, else "". The rule is conservative, since a wrong title is
// worse than none: one line of 3 to 20 words and at most 150 bytes, that
// is followed by more text, starts with a capital letter, digit, currency
// sign or quote mark (or a brand such as "iPhone"), does not end like a sentence or a clause (. , ; :), holds only one
// sentence, is not all capitals (a label or a dateline), and is not a
// byline, a dateline, a photo credit or a web address.
func Headline(text string) string {
	text = strings.TrimLeft(text, " \t\r\n\ufeff")
	line, rest, _ := strings.Cut(text, "\n")
	line = strings.TrimSpace(line)
	if strings.TrimSpace(rest) == "" {
		return "" // the whole text is one line: that is the article
	}
	if len(line) < 10 || len(line) > 150 {
		return ""
	}
	words := strings.Fields(line)
	if len(words) < 3 || len(words) > 20 {
		return ""
	}
	first, _ := utf8.DecodeRuneInString(line)
	brand := strings.IndexFunc(words[0], unicode.IsUpper) > 0 // iPhone, eBay
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !unicode.Is(unicode.Sc, first) && !brand && !strings.ContainsRune("\"'‘“", first) {
		return ""
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".,;:|-–—", last) {
		return ""
	}
	lower := strings.ToLower(line)
	for _, p := range []string{"by ", "photo", "updated", "posted", "published", "file photo", "copyright", "©"} {
		if strings.HasPrefix(lower, p) {
			return ""
		}
	}
	if strings.Contains(lower, "http") || strings.Contains(lower, "www.") || strings.Contains(line, "@") {
		return ""
	}
	if strings.ToUpper(line) == line {
		return ""
	}
	// Dateline: "CITY (Agency) -", "CITY, Region -" or "CITY —" opens the body.
	if w := strings.Trim(words[0], ",(–—-"); len(w) >= 3 && strings.ToUpper(w) == w && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
		if strings.Contains(line, " - ") || strings.Contains(line, " — ") || strings.Contains(line, " – ") || strings.Contains(line, "(") {
			return ""
		}
	}
	// More than one sentence: a caption or a lead paragraph.
	for i := 0; i+2 < len(line); i++ {
		if (line[i] == '.' || line[i] == '!' || line[i] == '?') && line[i+1] == ' ' {
			r, _ := utf8.DecodeRuneInString(line[i+2:])
			if unicode.IsUpper(r) {
				return ""
			}
		}
	}
	return line
}
