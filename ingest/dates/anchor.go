package dates

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// publishedLayouts are the forms of a publication date ParsePublished accepts.
var publishedLayouts = []string{
	"2006-01-02",
	time.RFC3339,
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	"2006-01-02T15:04:05Z0700",
	time.RFC1123,
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"January 2, 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"2006/01/02",
}

// ParsePublished reads a publication date (YYYY-MM-DD, RFC 3339 and a few
// common forms) and returns that calendar day, in the time zone it was
// written in, as midnight UTC.
func ParsePublished(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, l := range publishedLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return day(t.Year(), t.Month(), t.Day()), nil
		}
	}
	return time.Time{}, fmt.Errorf("published date %q: not YYYY-MM-DD, RFC 3339 or \"January 2, 2006\"", s)
}

// Anchor returns the date an article's relative expressions are resolved
// against: its publication date, else the date of a dateline near the start
// of the text ("WASHINGTON, Jan. 25 (Reuters) -", "Jan. 25 (UPI) --",
// "January 25, 2024 |", "Published: January 25, 2024"). A dateline without
// a year takes the year that puts it on or after the latest explicit full
// date in the text (news reports the past); with no such date the anchor is
// left unset.
func Anchor(a newsgraph.Article, text string) (time.Time, bool) {
	if a.Published != "" {
		if t, err := ParsePublished(a.Published); err == nil {
			return t, true
		}
	}
	return datelineDate(text)
}

const monthRe = `(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

// datelineRe: an optional place ("WASHINGTON, ", "Kyiv, Ukraine, "), an
// optional weekday, a month and day, an optional year, an optional agency
// credit, and the dash, pipe or colon that ends a dateline.
var datelineRe = regexp.MustCompile(`^\s*(?:[A-Z][\p{L}.'’ -]{1,40},\s+(?:[A-Z][\p{L}.'’ -]{1,40},\s+)?)?` +
	`(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?` +
	`(` + monthRe + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\s*` +
	`(?:\([^)\n]{1,40}\)\s*)?(?:-|–|—|\||:)`)

// stampRe: "Published: ...", "Posted on ...", "Updated ..." lines.
var stampRe = regexp.MustCompile(`^\s*(?i:published|posted|updated|last updated|first published)(?:\s+(?:on|at))?:?\s+(.+)$`)

func datelineDate(text string) (time.Time, bool) {
	head := text
	if len(head) > 2000 {
		head = head[:2000]
	}
	lines := strings.Split(head, "\n")
	if len(lines) > 10 {
		lines = lines[:10]
	}
	for _, line := range lines {
		if sm := stampRe.FindStringSubmatch(line); sm != nil {
			for _, d := range Find(sm[1], time.Time{}, false, nil) {
				if d.Precision == Day {
					if t, err := time.Parse("2006-01-02", d.Value); err == nil {
						return t, true
					}
				}
			}
		}
		sm := datelineRe.FindStringSubmatch(line)
		if sm == nil {
			continue
		}
		mon := monthOf(sm[1])
		d, _ := strconv.Atoi(sm[2])
		if mon == 0 || d < 1 || d > 31 {
			continue
		}
		if sm[3] != "" {
			y, _ := strconv.Atoi(sm[3])
			if validDay(y, mon, d) {
				return day(y, mon, d), true
			}
			continue
		}
		latest, ok := latestFullDate(text)
		if !ok {
			return time.Time{}, false
		}
		y := latest.Year()
		if !validDay(y, mon, d) || day(y, mon, d).Before(latest) {
			y++
		}
		if validDay(y, mon, d) {
			return day(y, mon, d), true
		}
		return time.Time{}, false
	}
	return time.Time{}, false
}

func monthOf(s string) time.Month {
	w := strings.ToLower(strings.TrimSuffix(s, "."))
	if m, ok := monthNames[w]; ok {
		return m
	}
	return monthAbbrevs[w]
}

// latestFullDate is the latest day-precision date with an explicit year in text.
func latestFullDate(text string) (time.Time, bool) {
	var best time.Time
	found := false
	for _, d := range Find(text, time.Time{}, false, nil) {
		v := d.Value
		if i := strings.IndexByte(v, '/'); i >= 0 {
			v = v[i+1:]
		}
		if len(v) != len("2006-01-02") {
			continue
		}
		t, err := time.Parse("2006-01-02", v)
		if err != nil {
			continue
		}
		if !found || t.After(best) {
			best, found = t, true
		}
	}
	return best, found
}
