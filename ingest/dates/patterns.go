package dates

import (
	"strings"
	"time"
)

// Every pattern reads the tokens from i and reports the match, with value ""
// when the expression needs an anchor that is missing.

// numeric reads "2024-01-25", "2024/01/25" and "1/25/2024" (or "25/1/2024"
// when the first number cannot be a month).
func (p *parser) numeric(i int) (match, bool) {
	t := p.t
	if i+4 >= len(t) || t[i].kind != kNum || !t[i].plain {
		return match{}, false
	}
	for k := i + 1; k <= i+4; k++ {
		if !p.adjacent(k) {
			return match{}, false
		}
	}
	if !(t[i+2].kind == kNum && t[i+2].plain && t[i+4].kind == kNum && t[i+4].plain) {
		return match{}, false
	}
	sep := t[i+1].s
	if t[i+3].s != sep || (sep != "-" && sep != "/") {
		return match{}, false
	}
	// not part of a longer run of numbers ("1/2/2024/5")
	if i+5 < len(t) && p.adjacent(i+5) && (t[i+5].kind == kNum || p.punct(i+5, "/", "-")) {
		return match{}, false
	}
	if i > 0 && p.adjacent(i) && (t[i-1].kind == kNum || p.punct(i-1, "/", "-")) {
		return match{}, false
	}
	var y, m, d int
	switch {
	case t[i].digits == 4 && t[i+2].digits <= 2 && t[i+4].digits <= 2:
		y, m, d = t[i].val, t[i+2].val, t[i+4].val
	case sep == "/" && t[i].digits <= 2 && t[i+2].digits <= 2 && t[i+4].digits == 4:
		y, m, d = t[i+4].val, t[i].val, t[i+2].val
		if m > 12 { // 25/1/2024
			m, d = d, m
		}
	default:
		return match{}, false
	}
	if m < 1 || m > 12 || y < 1000 || !validDay(y, time.Month(m), d) {
		return match{}, false
	}
	return match{i0: i, end: i + 5, value: fmtDay(day(y, time.Month(m), d)), prec: Day}, true
}

// monthExpr reads expressions led by a month: "Jan. 25", "January 25, 2024",
// "Aug. 7-8", "Aug. 31-Sept. 2, 2023", "December 2021", "mid-October",
// "late January", "last August", "in August".
func (p *parser) monthExpr(i int) (match, bool) {
	j := i
	mod, nx := p.modAt(j)
	rel := ""
	if mod != "" {
		j = nx
	} else if w := p.word(j); w == "last" || w == "next" || w == "this" {
		rel, j = w, j+1
	}
	mon, k, full, ok := p.monthAt(j)
	if !ok {
		return match{}, false
	}
	if mod == "" && rel == "" {
		if m, ok := p.monthDay(i, mon, k); ok {
			return m, true
		}
	}
	// month and year: "December 2021", "June of 2023", "mid-October 2023"
	yk := k
	if p.punct(yk, ",") || p.word(yk) == "of" {
		yk++
	}
	if y, ok := p.yearAt(yk); ok && rel == "" {
		return match{i0: i, end: yk + 1, value: fmtMonth(day(y, mon, 1)), prec: Month}, true
	}
	// "April this year", "March last year"
	if w := p.word(k); rel == "" && (w == "this" || w == "last" || w == "next") && p.word(k+1) == "year" {
		m := match{i0: i, end: k + 2, prec: Month}
		if p.has {
			y := p.anchor.Year() + map[string]int{"this": 0, "last": -1, "next": 1}[w]
			m.value = fmtMonth(day(y, mon, 1))
		}
		return m, true
	}
	// "January to September 1986": the year named at the end of a span
	// is the start's too, and the span makes the month a date
	if y2, mon2, ok := p.spanYear(k); ok && rel == "" && (full || p.punct(k-1, ".")) {
		if mon > mon2 {
			y2--
		}
		return match{i0: i, end: k, value: fmtMonth(day(y2, mon, 1)), prec: Month}, true
	}
	// a bare month needs a modifier or a time preposition before it
	if mod == "" && rel == "" {
		cues := monthCues
		if mon == time.May {
			cues = mayCues
		}
		if !full || !p.cueBefore(i, cues) {
			return match{}, false
		}
	}
	if !full && !p.punct(k-1, ".") && mod == "" {
		return match{}, false
	}
	m := match{i0: i, end: k, prec: Month}
	if !p.has {
		return m, true
	}
	y, am := p.anchor.Year(), p.anchor.Month()
	var t time.Time
	switch rel {
	case "last":
		if mon < am {
			t = day(y, mon, 1)
		} else {
			t = day(y-1, mon, 1)
		}
	case "next":
		if mon > am {
			t = day(y, mon, 1)
		} else {
			t = day(y+1, mon, 1)
		}
	case "this":
		t = day(y, mon, 1)
	default:
		if prev, fwd, ok := p.chainedAfter(i); ok {
			t = day(chainYear(prev, mon, fwd), mon, 1)
		} else {
			t = p.inferMonth(mon, p.tense(i, k))
		}
		m.yearless = true
	}
	m.value = fmtMonth(t)
	return m, true
}

// monthDay reads what follows a month at token k: a day, a day range, with
// or without a year.
func (p *parser) monthDay(i int, mon time.Month, k int) (match, bool) {
	d, ok := p.dayAt(k)
	if !ok {
		return match{}, false
	}
	k++
	// ranges: "Aug. 7-8", "Aug. 31-Sept. 2"
	if p.punct(k, "-", "–") {
		if d2, ok := p.dayAt(k + 1); ok && d2 > d {
			return p.dayRange(i, mon, d, mon, d2, k+2)
		}
		if mon2, nx, _, ok := p.monthAt(k + 1); ok && mon2 != mon {
			if d2, ok := p.dayAt(nx); ok {
				return p.dayRange(i, mon, d, mon2, d2, nx+1)
			}
		}
	}
	// "September 1 to 30, 1987", "between June 16 and 18", "July 1 and 2"
	if d2, ok := p.dayAt(k + 1); ok && d2 > d && p.spanEnds(k+2) {
		switch p.word(k) {
		case "to", "through", "until", "till":
			return p.dayRange(i, mon, d, mon, d2, k+2)
		case "and":
			if d2 == d+1 || p.word(i-1) == "between" {
				return p.dayRange(i, mon, d, mon, d2, k+2)
			}
		}
	}
	y, end, hasYear := p.yearAfter(k)
	if hasYear {
		if !validDay(y, mon, d) {
			return match{}, false
		}
		return match{i0: i, end: end, value: fmtDay(day(y, mon, d)), prec: Day}, true
	}
	m := match{i0: i, end: k, prec: Day, yearless: true}
	if !p.has {
		return m, true
	}
	if prev, fwd, ok := p.chainedAfter(i); ok {
		if y := chainYear(prev, mon, fwd); validDay(y, mon, d) {
			m.value = fmtDay(day(y, mon, d))
			return m, true
		}
	}
	t, ok := p.inferDay(mon, d, p.tense(i, k))
	if !ok {
		return match{}, false
	}
	m.value = fmtDay(t)
	return m, true
}

// spanEnds reports whether a day span may end before token k: at the end
// of the text or a sentence, before punctuation, a year or a function word,
// not before a noun ("March 3 and 4 people").
func (p *parser) spanEnds(k int) bool {
	if k >= len(p.t) || p.t[k].kind == kPunct || p.t[k].nl {
		return true
	}
	if _, ok := p.yearAt(k); ok {
		return true
	}
	return spanFollowers[p.word(k)] && !isCap(p.t[k].s)
}

// spanYear reads, at token k after a month, a connective and a later
// month with its year ("to September 1986", "- mid-June, 2023", "and
// Sept. 30, 2023") and returns that year and month.
func (p *parser) spanYear(k int) (int, time.Month, bool) {
	switch {
	case p.punct(k, "-", "–"):
	case spanCues[p.word(k)]:
	default:
		return 0, 0, false
	}
	j := k + 1
	if _, nx := p.modAt(j); nx != j {
		j = nx
	}
	mon2, nx, _, ok := p.monthAt(j)
	if !ok {
		return 0, 0, false
	}
	if _, ok := p.dayAt(nx); ok {
		nx++
	}
	if y, _, ok := p.yearAfter(nx); ok {
		return y, mon2, true
	}
	return 0, 0, false
}

// yearAfter reads ", 2024" or " 2024" at token k. A year never comes from
// the next line ("Saturday, 26 February" over "1600 GMT").
func (p *parser) yearAfter(k int) (int, int, bool) {
	if k < len(p.t) && p.t[k].nl || p.punct(k, ",") && k+1 < len(p.t) && p.t[k+1].nl {
		return 0, k, false
	}
	if p.punct(k, ",") {
		if y, ok := p.yearAt(k + 1); ok {
			return y, k + 2, true
		}
		return 0, k, false
	}
	if y, ok := p.yearAt(k); ok {
		return y, k + 1, true
	}
	return 0, k, false
}

func (p *parser) dayRange(i int, m1 time.Month, d1 int, m2 time.Month, d2 int, k int) (match, bool) {
	y, end, hasYear := p.yearAfter(k)
	m := match{i0: i, end: end, prec: Range, yearless: !hasYear}
	if !hasYear {
		if !p.has {
			return m, true
		}
		a, ok := p.inferDay(m1, d1, p.tense(i, end))
		if !ok {
			return match{}, false
		}
		y = a.Year()
	}
	y1, y2 := y, y
	if m2 < m1 { // Dec. 30-Jan. 2: the year named belongs to the end
		if hasYear {
			y1 = y - 1
		} else {
			y2 = y + 1
		}
	}
	if !validDay(y1, m1, d1) || !validDay(y2, m2, d2) {
		return match{}, false
	}
	m.value, m.prec = fmtRange(day(y1, m1, d1), day(y2, m2, d2))
	return m, true
}

// dayFirst reads "25 January 2024", "25th of January", "7 Sept.".
func (p *parser) dayFirst(i int) (match, bool) {
	d, ok := p.dayAt(i)
	if !ok {
		return match{}, false
	}
	if i > 0 && (p.t[i-1].kind == kNum || p.punct(i-1, "$", "£", "€", "#")) {
		return match{}, false
	}
	j := i + 1
	// "5-6 March", "30 Aug.-2 Sept. 2023"
	if p.punct(j, "-", "–") {
		if d2, ok := p.dayAt(j + 1); ok {
			if mon, k, _, ok := p.monthAt(j + 2); ok && d2 > d {
				return p.dayRange(i, mon, d, mon, d2, k)
			}
		}
	}
	if p.word(j) == "of" {
		j++
	}
	mon, k, _, ok := p.monthAt(j)
	if !ok {
		return match{}, false
	}
	if p.punct(k, "-", "–") {
		if d2, ok := p.dayAt(k + 1); ok {
			if mon2, k2, _, ok := p.monthAt(k + 2); ok && mon2 != mon {
				return p.dayRange(i, mon, d, mon2, d2, k2)
			}
		}
	}
	if y, end, hasYear := p.yearAfter(k); hasYear {
		if !validDay(y, mon, d) {
			return match{}, false
		}
		return match{i0: i, end: end, value: fmtDay(day(y, mon, d)), prec: Day}, true
	}
	m := match{i0: i, end: k, prec: Day, yearless: true}
	if !p.has {
		return m, true
	}
	t, ok := p.inferDay(mon, d, p.tense(i, k))
	if !ok {
		return match{}, false
	}
	m.value = fmtDay(t)
	return m, true
}

// weekdayExpr reads "Thursday", "last Friday", "early Wednesday morning",
// "Thursday, Jan. 25, 2024".
func (p *parser) weekdayExpr(i int) (match, bool) {
	j := i
	rel := ""
	switch w := p.word(j); w {
	case "last", "next", "this":
		rel, j = w, j+1
	case "early", "late":
		j++
	}
	if j >= len(p.t) || p.t[j].kind != kWord || !isTitleOrUpper(p.t[j].s) {
		return match{}, false
	}
	wd, ok := weekdayNames[p.word(j)]
	if !ok {
		return match{}, false
	}
	if weekdayNamePrefix[p.word(j-1)] || habitual[p.word(i-1)] || (isCap(p.word2(j+1)) && weekdayNameSuffix[p.word(j+1)]) {
		return match{}, false
	}
	k := j + 1
	// an explicit date after the weekday fixes it
	if rel == "" {
		kk := k
		if p.punct(kk, ",") {
			kk++
		}
		if mon, nx, _, ok := p.monthAt(kk); ok {
			if m, ok := p.monthDay(kk, mon, nx); ok {
				m.i0 = i
				return m, true
			}
		}
		if m, ok := p.dayFirst(kk); ok {
			m.i0 = i
			return m, true
		}
	}
	if dayParts[p.word(k)] {
		if isCap(p.t[k].s) && p.t[j].s != strings.ToUpper(p.t[j].s) {
			return match{}, false // "Saturday Night Takeaway"
		}
		k++
	}
	m := match{i0: i, end: k, prec: Day}
	if p.has {
		m.value = fmtDay(p.weekday(wd, rel, p.tense(i, k)))
	}
	return m, true
}

// word2 is the token text at i (any kind), or "".
func (p *parser) word2(i int) string {
	if i < 0 || i >= len(p.t) {
		return ""
	}
	return p.t[i].s
}

// relative reads "today", "yesterday", "tomorrow", "last night", "this
// week", "earlier this month", "late last year", "over the weekend".
func (p *parser) relative(i int) (match, bool) {
	w := p.word(i)
	if w == "" {
		return match{}, false
	}
	// a capitalised relative word inside a sentence is a name ("USA Today")
	if isCap(p.t[i].s) && !p.sentenceStart(i) {
		return match{}, false
	}
	switch w {
	case "today", "tonight", "yesterday", "tomorrow":
		k := i + 1
		if w != "tonight" && dayParts[p.word(k)] && p.word(k) != "overnight" {
			k++
		}
		m := match{i0: i, end: k, prec: Day}
		if !p.has || (p.t[i].quoted && (w == "today" || w == "tonight")) {
			return m, true
		}
		off := map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[w]
		m.value = fmtDay(p.anchor.AddDate(0, 0, off))
		return m, true
	case "over", "at", "during":
		if p.word(i+1) == "the" && p.word(i+2) == "weekend" {
			m := match{i0: i + 1, end: i + 3, prec: Range}
			if p.has {
				m.value, m.prec = p.weekend("", p.tense(i, i+3))
			}
			return m, true
		}
		return match{}, false
	}
	// [early|earlier|late|later|mid] (this|last|next) unit
	j := i
	mod := ""
	switch w {
	case "early", "earlier", "late", "later", "mid":
		mod = w
		j++
		if p.punct(j, "-") {
			j++
		}
	}
	rel := p.word(j)
	if rel != "this" && rel != "last" && rel != "next" {
		return match{}, false
	}
	if mod == "" && p.word(i-1) == "the" { // "the last week" is a duration
		return match{}, false
	}
	unit := p.word(j + 1)
	k := j + 2
	m := match{i0: i, end: k}
	switch unit {
	case "week", "month", "year", "weekend":
	case "morning", "afternoon", "evening":
		if rel != "this" {
			return match{}, false
		}
	case "night":
		if rel != "last" {
			return match{}, false
		}
	default:
		return match{}, false
	}
	// "this year's" is fine, "last year alone" too; "last week of January" is not this week
	if p.word(k) == "of" {
		return match{}, false
	}
	if !p.has {
		return m, true
	}
	a := p.anchor
	tense := p.tense(i, k)
	switch unit {
	case "morning", "afternoon", "evening":
		m.value, m.prec = fmtDay(a), Day
	case "night":
		m.value, m.prec = fmtDay(a.AddDate(0, 0, -1)), Day
	case "year":
		y := a.Year() + map[string]int{"this": 0, "last": -1, "next": 1}[rel]
		m.value, m.prec = fmtYear(y), Year
	case "month":
		t := day(a.Year(), a.Month(), 1).AddDate(0, map[string]int{"this": 0, "last": -1, "next": 1}[rel], 0)
		m.value, m.prec = fmtMonth(t), Month
	case "weekend":
		m.value, m.prec = p.weekend(rel, tense)
	case "week":
		mon := p.monday()
		sun := mon.AddDate(0, 0, 6)
		var from, to time.Time
		switch {
		case rel == "last":
			from, to = mon.AddDate(0, 0, -7), mon.AddDate(0, 0, -1)
		case rel == "next":
			from, to = mon.AddDate(0, 0, 7), sun.AddDate(0, 0, 7)
		case mod == "earlier" || mod == "early":
			from, to = mon, a.AddDate(0, 0, -1)
		case mod == "later" || mod == "late":
			from, to = a.AddDate(0, 0, 1), sun
		case tense > 0:
			from, to = a, sun
		default:
			from, to = mon, a
		}
		if to.Before(from) { // "earlier this week" on a Monday
			return m, true
		}
		m.value, m.prec = fmtRange(from, to)
	}
	return m, true
}

// weekend resolves "the weekend" ("this", "last", "next" or "").
func (p *parser) weekend(rel string, tense int) (string, string) {
	a := p.anchor
	aw := a.Weekday()
	var sat time.Time
	switch {
	case rel == "last":
		back := (int(aw) + 7) % 7 // days back to the last Sunday
		if back == 0 {
			back = 7
		}
		sat = a.AddDate(0, 0, -back-1)
	case rel == "next":
		fwd := (int(time.Saturday) - int(aw) + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		sat = a.AddDate(0, 0, fwd)
	case aw == time.Saturday:
		sat = a
	case aw == time.Sunday:
		sat = a.AddDate(0, 0, -1)
	case tense > 0 || rel == "this":
		sat = a.AddDate(0, 0, int(time.Saturday-aw))
	default:
		sat = a.AddDate(0, 0, -int(aw)-1)
	}
	return fmtRange(sat, sat.AddDate(0, 0, 1))
}

// seasonExpr reads "last summer", "in the spring", "summer 2023", "the
// summer of 2023", "early this winter": the year of the season (a winter
// counts to the year it starts in).
func (p *parser) seasonExpr(i int) (match, bool) {
	j := i
	mod, nx := p.modAt(j)
	if mod != "" {
		j = nx
	}
	rel := ""
	switch w := p.word(j); w {
	case "last", "this", "next":
		rel, j = w, j+1
	case "the":
		j++
	}
	sw := p.word(j)
	start, ok := seasonStart[sw]
	// "Suddenly Last Summer", "the Arab Spring": a capitalised season inside a sentence is a name
	if !ok || isCap(p.t[j].s) && !(j == i && p.sentenceStart(i)) && !(j > i && isCap(p.t[i].s) && p.sentenceStart(i) && !isCap(p.t[j].s)) {
		return match{}, false
	}
	k := j + 1
	// "summer 2023", "the summer of 2023"
	yk := k
	if p.word(yk) == "of" {
		yk++
	}
	if y, ok := p.yearAt(yk); ok && rel == "" {
		return match{i0: i, end: yk + 1, value: fmtYear(y), prec: Year}, true
	}
	if p.word(k) == "of" { // "the fall of Mosul"
		return match{}, false
	}
	if rel == "" {
		// "the summer" needs a time preposition; a bare "spring" or "fall" is a noun or verb
		if p.word(i) != "the" && mod == "" {
			return match{}, false
		}
		if !monthCues[p.word(i-1)] && !seasonCues[p.word(i-1)] {
			return match{}, false
		}
	}
	m := match{i0: i, end: k, prec: Year}
	if !p.has {
		return m, true
	}
	// season occurrences by start date; pick per rel and tense
	a := p.anchor
	startOf := func(y int) time.Time { return day(y, start, 1) }
	endOf := func(y int) time.Time { return startOf(y).AddDate(0, 3, -1) }
	var y int
	switch {
	case rel == "last":
		y = a.Year()
		for !endOf(y).Before(a) {
			y--
		}
	case rel == "next":
		y = a.Year() - 1
		for !startOf(y).After(a) {
			y++
		}
	case rel == "this":
		y = a.Year()
		if start == 12 && a.Month() <= 2 {
			y--
		}
	case p.tense(i, k) > 0:
		y = a.Year() - 1
		for endOf(y).Before(a) {
			y++
		}
	default:
		y = a.Year()
		for startOf(y).After(a) {
			y--
		}
	}
	m.value = fmtYear(y)
	return m, true
}

// ago reads "two days ago", "a year ago", "3 weeks ago".
func (p *parser) ago(i int) (match, bool) {
	if p.word(i+2) != "ago" {
		return match{}, false
	}
	n := 0
	if p.t[i].kind == kNum && p.t[i].plain && p.t[i].digits <= 3 {
		n = p.t[i].val
	} else if v, ok := smallNumbers[p.word(i)]; ok {
		n = v
	} else {
		return match{}, false
	}
	unit := p.word(i + 1)
	m := match{i0: i, end: i + 3}
	switch unit {
	case "day", "days", "week", "weeks":
		m.prec = Day
	case "month", "months":
		m.prec = Month
	case "year", "years":
		m.prec = Year
	default:
		return match{}, false
	}
	if !p.has {
		return m, true
	}
	a := p.anchor
	switch unit {
	case "day", "days":
		m.value = fmtDay(a.AddDate(0, 0, -n))
	case "week", "weeks":
		m.value = fmtDay(a.AddDate(0, 0, -7*n))
	case "month", "months":
		m.value = fmtMonth(day(a.Year(), a.Month(), 1).AddDate(0, -n, 0))
	default:
		m.value = fmtYear(a.Year() - n)
	}
	return m, true
}

// attributiveYear reports whether the year at token i modifies the noun
// after it, behind a determiner: "the 1985 crash", "its 2004 accounts",
// "the same 1986 period", "Reagan's 1988 budget". The noun must be in
// lower case ("the 1900 GMT deadline" is a time); plural nouns are ruled
// out by yearExpr ("the 2000 homes").
func (p *parser) attributiveYear(i int) bool {
	b := p.word(i - 1)
	if !(yearDeterminers[b] || b == "s" && p.punct(i-2, "'", "’") && p.adjacent(i-1)) {
		return false
	}
	if i+1 >= len(p.t) || p.t[i+1].kind != kWord || isCap(p.t[i+1].s) {
		return false
	}
	return !notYearHeads[p.word(i+1)]
}

// yearExpr reads a year in a time context: "in 2014", "since 2003", "early
// 2020", "mid-2023", "2017 and 2019".
func (p *parser) yearExpr(i int) (match, bool) {
	j := i
	mod, nx := p.modAt(j)
	if mod != "" {
		j = nx
	}
	y, ok := p.yearAt(j)
	if !ok || y < 1900 || y > 2099 {
		return match{}, false
	}
	if mod == "" && !p.cueBefore(i, yearCues) && !p.attributiveYear(i) {
		return match{}, false
	}
	// "2023-24", "2014/15": a span, not handled
	if p.punct(j+1, "-", "–", "/") && p.adjacent(j+1) && j+2 < len(p.t) && p.t[j+2].kind == kNum {
		return match{}, false
	}
	// "in 2000 homes", "by 2000 votes": a quantity
	if nw := p.word(j + 1); nw != "" && !isCap(p.t[j+1].s) {
		if quantityWords[nw] || (len(nw) > 3 && nw[len(nw)-1] == 's' && !notPlural[nw] && nw[len(nw)-2] != 's') {
			return match{}, false
		}
	}
	return match{i0: i, end: j + 1, value: fmtYear(y), prec: Year}, true
}
