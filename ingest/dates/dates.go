// Package dates finds the date expressions of an English news article and
// normalises them against the article's publication date (its anchor), as
// the extraction.v1 contract asks: a value of YYYY-MM-DD, YYYY-MM, YYYY or a
// day range YYYY-MM-DD/YYYY-MM-DD.
//
// Find is the pure core; Stage wraps it as the "dates" pipeline stage, which
// also sets the document's anchor (see Anchor). Resolve normalises a single
// expression, for stages that date statements.
//
// What counts as a date, and what it resolves to, follows the conventions of
// news annotation:
//
//   - explicit dates: "Jan. 25, 2024", "January 25", "25 January 2024",
//     "2024-01-25", "1/25/2024"; a missing year is the one that puts the date
//     nearest the anchor, preferring the past (news reports what happened)
//     unless the sentence is in the future tense;
//   - months and years: "December 2021", "in August", "mid-October",
//     "late January", "last August", "in 2017", "since 2003", "early 2020",
//     "for 2023", "fiscal 2023", "the third quarter of 2023", and a year
//     between a determiner and the singular noun it modifies ("the 2019
//     crash", "its 2024 report"); a bare month or year needs a time
//     preposition or modifier before it, so "May" the surname, "March" the
//     verb, "1,200 troops" and "the 2000 level" are not dates;
//   - day ranges: "Aug. 7-8", "August 7-8, 2023", "Aug. 31-Sept. 2",
//     "September 1 to 30, 2023", "between June 16 and 18", "July 1 and 2".
//     Year spans ("between 2014 and 2017") are two year dates, because the
//     contract's ranges are day ranges; in a span of months the year named
//     at the end is the start's too ("January to September 2023"), and a
//     year-less date after "to", "until" or "or" follows the one before it
//     ("from Nov. 20 to Jan. 5", "late March or early April");
//   - weekdays: "Thursday", "on Tuesday", "early Wednesday morning", "last
//     Friday", "next Monday"; the anchor's own weekday is the anchor, other
//     weekdays the nearest one before the anchor, or after it when the
//     sentence is in the future tense ("will meet Monday") or says "next";
//   - relative: "today", "yesterday", "tomorrow", "last night", "this
//     week" (Monday to the anchor, a range), "earlier this week" (Monday to
//     the day before), "last week" (the previous Monday to Sunday), "this
//     month", "earlier this month", "last month", "this year", "last year",
//     "late last year", "the weekend", "two days ago";
//   - seasons: "last summer", "in the spring", "summer 2023": the year.
//
// A verb of saying some words before the date ("officials have said his
// demand when he arrives on Wednesday would be ...") leaves the tense to
// the reported clause, and an -ed word before an infinitive or as a
// participle ("has promised to review it in July", "a cargo, priced at
// ...") sets none. In hard-wrapped text (wire copy wrapped at a fixed
// width) a single line break is a space, so a sentence, its tense and a
// date's year run over it; a blank or indented line still starts a
// paragraph.
//
// Durations and vague spans ("for a decade", "in recent months", "in the
// coming days", "the last week") are not dates. Without an anchor, relative
// and year-less expressions are left out rather than guessed; explicit dates
// with a year are still given. "today" inside quotation marks is left out:
// it is the speaker's day, or rhetoric, not the publication date.
package dates

import (
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// Precisions of a Date.
const (
	Day   = "day"
	Month = "month"
	Year  = "year"
	Range = "range"
)

// Find returns every date expression in text, in order, that does not
// overlap an ignored span. Relative expressions are resolved against anchor
// when hasAnchor; without one they are left out. Offsets are byte offsets
// into text.
func Find(text string, anchor time.Time, hasAnchor bool, ignored []newsgraph.Span) []newsgraph.Date {
	p := newParser(text, anchor, hasAnchor, 0)
	var out []newsgraph.Date
	for i := 0; i < len(p.t); {
		m, ok := p.at(i)
		if !ok {
			i++
			continue
		}
		p.setLast(m)
		i = m.end
		if m.value == "" {
			continue
		}
		d := p.date(m)
		if overlapsAny(newsgraph.Span{Start: d.Start, End: d.End}, ignored) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// Resolve normalises the first date expression in expr (such as "Thursday",
// "last week", "Jan. 10") against anchor. futureHint makes underspecified
// dates resolve forward, as in "will meet Monday"; otherwise the tense cues
// inside expr decide, and the past is the default. Offsets are into expr.
func Resolve(expr string, anchor time.Time, futureHint bool) (newsgraph.Date, bool) {
	force := 0
	if futureHint {
		force = 1
	}
	p := newParser(expr, anchor, true, force)
	for i := 0; i < len(p.t); {
		m, ok := p.at(i)
		if !ok {
			i++
			continue
		}
		p.setLast(m)
		i = m.end
		if m.value != "" {
			return p.date(m), true
		}
	}
	return newsgraph.Date{}, false
}

// Unique keeps the first of the dates that share a surface text (ignoring
// case) and a value: the gold files list each distinct expression once, so
// "said on Thursday" four times is one date.
func Unique(ds []newsgraph.Date) []newsgraph.Date {
	seen := make(map[string]bool, len(ds))
	out := make([]newsgraph.Date, 0, len(ds))
	for _, d := range ds {
		k := strings.ToLower(d.Text) + "\x00" + d.Value
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, d)
	}
	return out
}

func overlapsAny(s newsgraph.Span, ig []newsgraph.Span) bool {
	for _, x := range ig {
		if x.Overlaps(s) {
			return true
		}
	}
	return false
}

// match is one date expression: tokens [i0, end), with value "" when it
// cannot be resolved (no anchor, or a quoted "today").
type match struct {
	i0, end     int
	value, prec string
	yearless    bool // a month or day whose year was inferred
}

type parser struct {
	text    string
	t       []tok
	anchor  time.Time
	has     bool
	force   int // +1 future, -1 past, 0 read the tense from the text
	lastEnd int // token index just after the previous match
	// lastTo is the last day of the previous match, when it was a month,
	// a day or a day range; zero otherwise.
	lastTo       time.Time
	lastYearless bool
}

// setLast records match m as the previous one.
func (p *parser) setLast(m match) {
	p.lastEnd = m.end
	p.lastTo, p.lastYearless = time.Time{}, m.yearless
	v := m.value
	if k := strings.IndexByte(v, '/'); k >= 0 {
		v = v[k+1:]
	}
	switch m.prec {
	case Day, Range:
		if t, err := time.Parse("2006-01-02", v); err == nil {
			p.lastTo = t
		}
	case Month:
		if t, err := time.Parse("2006-01", v); err == nil {
			p.lastTo = t.AddDate(0, 1, -1)
		}
	}
}

// chainedAfter reports whether token i follows the previous match across a
// connective ("March 26 to", "late March or") and returns the last day of
// that match and whether the connective runs forward in time ("to",
// "until", "-") rather than listing ("and", "or"). A list follows the
// previous date only when that date's year was inferred too: "Sept 4,
// 2019 and Feb. 3" are two dates, each near the anchor.
func (p *parser) chainedAfter(i int) (time.Time, bool, bool) {
	if p.lastTo.IsZero() || !p.chained(i-1) {
		return time.Time{}, false, false
	}
	switch p.word(i - 1) {
	case "and", "or":
		return p.lastTo, false, p.lastYearless
	}
	return p.lastTo, true, true
}

// chainYear is the year of month mon in a date chained to the previous one
// that ended on prev: on or after it when forward, else the nearest.
func chainYear(prev time.Time, mon time.Month, forward bool) int {
	y := prev.Year()
	d := int(mon) - int(prev.Month())
	switch {
	case d < 0 && (forward || d < -6):
		return y + 1
	case d > 6 && !forward:
		return y - 1
	}
	return y
}

func newParser(text string, anchor time.Time, has bool, force int) *parser {
	if has {
		anchor = day(anchor.Year(), anchor.Month(), anchor.Day())
	}
	return &parser{text: text, t: lex(text), anchor: anchor, has: has, force: force, lastEnd: -2}
}

func (p *parser) date(m match) newsgraph.Date {
	s, e := p.t[m.i0].start, p.t[m.end-1].end
	return newsgraph.Date{Text: p.text[s:e], Value: m.value, Precision: m.prec, Start: s, End: e}
}

// patterns are tried in turn at every token that may start a date.
var patterns = [...]func(*parser, int) (match, bool){
	(*parser).numeric, (*parser).monthExpr, (*parser).dayFirst, (*parser).weekdayExpr,
	(*parser).relative, (*parser).seasonExpr, (*parser).ago, (*parser).yearExpr,
}

// at tries every pattern at token i and keeps the longest match.
func (p *parser) at(i int) (match, bool) {
	switch p.t[i].kind {
	case kPunct:
		return match{}, false
	case kWord:
		w := p.t[i].low
		if !starters[w] && monthNames[w] == 0 && monthAbbrevs[w] == 0 && smallNumbers[w] == 0 {
			if _, ok := weekdayNames[w]; !ok {
				return match{}, false
			}
		}
	}
	var best match
	found := false
	for _, f := range patterns {
		if m, ok := f(p, i); ok && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	return best, found
}

// ---- token helpers

// word is the lower-cased word at i, or "".
func (p *parser) word(i int) string {
	if i < 0 || i >= len(p.t) || p.t[i].kind != kWord {
		return ""
	}
	return p.t[i].low
}

func (p *parser) punct(i int, ss ...string) bool {
	if i < 0 || i >= len(p.t) || p.t[i].kind != kPunct {
		return false
	}
	for _, s := range ss {
		if p.t[i].s == s {
			return true
		}
	}
	return false
}

// adjacent reports whether token i touches token i-1.
func (p *parser) adjacent(i int) bool {
	return i > 0 && i < len(p.t) && p.t[i].start == p.t[i-1].end
}

// sentenceStart reports whether token i begins a sentence, a line or a quote.
func (p *parser) sentenceStart(i int) bool {
	if i == 0 || p.t[i].nl {
		return true
	}
	return p.punct(i-1, "“", "\"", "‘", "'", "(", "[", "—", "-", "–", ":") || p.sentenceEnd(i-1)
}

// sentenceEnd reports whether token i ends a sentence.
func (p *parser) sentenceEnd(i int) bool {
	if p.punct(i, "!", "?", ";") {
		return true
	}
	if !p.punct(i, ".") {
		return false
	}
	// "Jan.", "Gen.", "U.S.", "Mr." do not end sentences
	if i > 0 && p.t[i-1].kind == kWord && len(p.t[i-1].s) <= 4 && isCap(p.t[i-1].s) {
		return false
	}
	return true
}

// dayAt reads a day of the month.
func (p *parser) dayAt(i int) (int, bool) {
	if i >= len(p.t) || p.t[i].kind != kNum {
		return 0, false
	}
	t := p.t[i]
	if !(t.plain && t.digits <= 2) && !t.ordinal || t.val < 1 || t.val > 31 {
		return 0, false
	}
	if t.ordinal && t.digits > 2 {
		return 0, false
	}
	// "5%", "5:30", "5pm"
	if i+1 < len(p.t) && p.adjacent(i+1) && (p.punct(i+1, "%", ":", "/") || p.t[i+1].kind == kWord) {
		return 0, false
	}
	return t.val, true
}

// yearAt reads a four-digit year.
func (p *parser) yearAt(i int) (int, bool) {
	if i >= len(p.t) || p.t[i].kind != kNum {
		return 0, false
	}
	t := p.t[i]
	if !t.plain || t.digits != 4 || t.val < 1000 || t.val > 2999 {
		return 0, false
	}
	if i+1 < len(p.t) && p.adjacent(i+1) && (p.punct(i+1, "%", ":") || p.t[i+1].kind == kWord) {
		return 0, false
	}
	return t.val, true
}

// monthAt reads a month name ("August", "Aug.", "Sept", "AUGUST") and
// returns the token after it and whether the name was written in full.
func (p *parser) monthAt(i int) (time.Month, int, bool, bool) {
	if i >= len(p.t) || p.t[i].kind != kWord || !isTitleOrUpper(p.t[i].s) {
		return 0, 0, false, false
	}
	w := strings.ToLower(p.t[i].s)
	if m, ok := monthNames[w]; ok {
		return m, i + 1, true, true
	}
	if m, ok := monthAbbrevs[w]; ok {
		if p.punct(i+1, ".") && p.adjacent(i+1) {
			return m, i + 2, false, true
		}
		return m, i + 1, false, true
	}
	return 0, 0, false, false
}

// modAt reads "early", "late" or "mid"/"mid-" and returns the token after it.
func (p *parser) modAt(i int) (string, int) {
	switch w := p.word(i); w {
	case "early", "late":
		return w, i + 1
	case "mid":
		if p.punct(i+1, "-", "–") && p.adjacent(i+1) {
			return w, i + 2
		}
		return w, i + 1
	}
	return "", i
}

// chained reports whether token i is a connective right after the previous
// match ("2017 and", "March to").
func (p *parser) chained(i int) bool {
	if i < 0 || p.lastEnd != i {
		return false
	}
	if p.t[i].kind == kWord {
		return chainCues[p.word(i)]
	}
	return p.punct(i, "-", "–", "—")
}

// cueBefore reports whether the word before token i introduces a time.
func (p *parser) cueBefore(i int, cues map[string]bool) bool {
	w := p.word(i - 1)
	if cues[w] {
		return true
	}
	if w == "of" && ofHeads[p.word(i-2)] {
		return true
	}
	return p.chained(i - 1)
}

// ---- tense

// tense reads the tense of the clause around tokens [i0, end): +1 future,
// -1 past, 0 unknown. The nearest cue before the expression wins, else the
// nearest after it.
func (p *parser) tense(i0, end int) int {
	if p.force != 0 {
		return p.force
	}
	words := 0 // words before the expression in its sentence
	for k := i0 - 1; k >= 0 && k >= i0-20; k-- {
		if p.t[k+1].nl || p.sentenceEnd(k) {
			break
		}
		if c := p.cue(k); c != 0 {
			// A verb of saying words away reports the clause the date
			// is in; that clause's own verb, after the date, decides
			// ("officials have said his demand when he arrives on
			// Wednesday would be ..."), and without one the tense is
			// unknown. Right after it, the date is when it was said
			// ("said on Wednesday that it will").
			if c == -1 && sayVerbs[p.word(k)] && words >= 3 {
				return p.ahead(end, words)
			}
			return c % neutral
		}
		if p.t[k].kind == kWord {
			words++
		}
	}
	return p.ahead(end, words)
}

// ahead reads the tense cue after the expression ending at token end;
// words is the number of words before the expression in its sentence.
// It looks across commas only from the head of a sentence ("On Tuesday,
// the US carried out strikes"); after a clause, a comma ends it.
func (p *parser) ahead(end, words int) int {
	for k := end; k < len(p.t) && k < end+10; k++ {
		if p.t[k].nl || p.sentenceEnd(k) || words > 2 && p.punct(k, ",") {
			break
		}
		if c := p.cue(k); c != 0 {
			return c % neutral
		}
	}
	return 0
}

// neutral is the cue that stops the search for a tense without deciding
// it: "was expected to" looks forward from a past that may not be over.
const neutral = 2

// cue reads the tense cue of token k: +1, -1, neutral or 0 for none.
func (p *parser) cue(k int) int {
	w := p.word(k)
	if w == "" || isCap(p.t[k].s) && k > 0 && !p.sentenceStart(k) {
		return 0
	}
	switch {
	case w == "ll" && p.punct(k-1, "'", "’"):
		return 1
	case futureBeforeTo[w]:
		if p.word(k+1) != "to" && p.word(k+1) != "for" {
			// "expected a decision by June": forward-looking, so an
			// earlier "said" does not make the month past.
			if expectWords[w] && p.word(k-1) != "than" && p.word(k-1) != "as" {
				return neutral
			}
			return 0
		}
		if b := p.word(k - 1); b == "was" || b == "were" || b == "been" { // future in the past
			return neutral
		}
		return 1
	case futureCues[w]:
		return 1
	case pastCues[w] || len(w) >= 5 && strings.HasSuffix(w, "ed") && !edNotPast[w] && !p.punct(k-1, "-") && !p.participle(k):
		// passive "will be held"; "to put", "to hit": a past form after
		// "to" is a base form
		if b := p.word(k - 1); b == "be" || b == "being" || b == "to" {
			return 0
		}
		return -1
	}
	return 0
}

// participle reports whether the -ed word at k says nothing of the
// tense of the date after it: before an infinitive ("has promised to
// consider again in July", "a move designed to put pressure ... by the end
// of June": the date is the infinitive's), or a participle after an
// indefinite noun or a comma that runs into a preposition ("a cargo priced
// at", ", based in"). "returned to Baghdad", "the company reported in
// March" keep their past.
func (p *parser) participle(k int) bool {
	nx := p.word(k + 1)
	if nx == "to" {
		w := p.word(k + 2)
		return w != "" && !isCap(p.t[k+2].s) && !determiners[w]
	}
	if !edPrepositions[nx] {
		return false
	}
	if p.punct(k-1, ",") {
		return true
	}
	b := p.word(k - 2)
	return (b == "a" || b == "an") && p.word(k-1) != "" && !isCap(p.t[k-1].s)
}

// ---- calendar helpers

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func validDay(y int, m time.Month, d int) bool {
	return d >= 1 && d <= 31 && day(y, m, d).Day() == d
}

func fmtDay(t time.Time) string   { return t.Format("2006-01-02") }
func fmtMonth(t time.Time) string { return t.Format("2006-01") }
func fmtYear(y int) string        { return day(y, 1, 1).Format("2006") }

func fmtRange(a, b time.Time) (string, string) {
	if a.Equal(b) {
		return fmtDay(a), Day
	}
	return fmtDay(a) + "/" + fmtDay(b), Range
}

// preferFuture decides between the nearest past and future candidates.
func preferFuture(tense int, pastDist, futDist int) bool {
	switch {
	case pastDist == 0 || futDist == 0:
		return futDist == 0 && pastDist != 0
	case tense > 0:
		return true
	case tense < 0:
		return false
	}
	return futDist*2 < pastDist // news is mostly about the past
}

// inferDay gives a month and day without a year the year that puts it
// nearest the anchor.
func (p *parser) inferDay(m time.Month, d int, tense int) (time.Time, bool) {
	var past, fut time.Time
	hasPast, hasFut := false, false
	for y := p.anchor.Year() - 1; y <= p.anchor.Year()+1; y++ {
		if !validDay(y, m, d) {
			continue
		}
		c := day(y, m, d)
		if !c.After(p.anchor) {
			past, hasPast = c, true
		}
		if !c.Before(p.anchor) && !hasFut {
			fut, hasFut = c, true
		}
	}
	switch {
	case !hasPast && !hasFut:
		return time.Time{}, false
	case !hasPast:
		return fut, true
	case !hasFut:
		return past, true
	}
	pd := int(p.anchor.Sub(past).Hours() / 24)
	fd := int(fut.Sub(p.anchor).Hours() / 24)
	// A day written without its year lies within weeks of the anchor, not
	// most of a year away, whatever a distant verb says ("asked it to fix
	// March 27 as the record date", "Under the Feb. 27 accord, it will pay").
	switch {
	case tense < 0 && pd > 300 && fd < 60:
		tense = 1
	case tense > 0 && fd > 300 && pd < 60:
		tense = -1
	}
	if preferFuture(tense, pd, fd) {
		return fut, true
	}
	return past, true
}

// inferMonth gives a month without a year the year that puts it nearest
// the anchor.
func (p *parser) inferMonth(m time.Month, tense int) time.Time {
	y, am := p.anchor.Year(), p.anchor.Month()
	pastY, futY := y, y
	if m > am {
		pastY = y - 1
	}
	if m < am {
		futY = y + 1
	}
	pd := (y-pastY)*12 + int(am) - int(m)
	fd := (futY-y)*12 + int(m) - int(am)
	if preferFuture(tense, pd, fd) {
		return day(futY, m, 1)
	}
	return day(pastY, m, 1)
}

// weekday resolves a weekday: rel is "last", "next" or "" (nearest).
func (p *parser) weekday(w time.Weekday, rel string, tense int) time.Time {
	aw := p.anchor.Weekday()
	back := (int(aw) - int(w) + 7) % 7
	fwd := (int(w) - int(aw) + 7) % 7
	switch rel {
	case "last":
		if back == 0 {
			back = 7
		}
		return p.anchor.AddDate(0, 0, -back)
	case "next":
		if fwd == 0 {
			fwd = 7
		}
		return p.anchor.AddDate(0, 0, fwd)
	}
	if tense > 0 {
		return p.anchor.AddDate(0, 0, fwd)
	}
	return p.anchor.AddDate(0, 0, -back)
}

// monday is the Monday of the anchor's week (weeks run Monday to Sunday).
func (p *parser) monday() time.Time {
	back := (int(p.anchor.Weekday()) + 6) % 7
	return p.anchor.AddDate(0, 0, -back)
}
