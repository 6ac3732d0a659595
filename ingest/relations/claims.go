package relations

import (
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// qualifiers hedge a number: "roughly 1,200", "more than 150".
var qualifiers = []string{"more than", "less than", "fewer than", "at least",
	"at most", "up to", "as many as", "as few as", "no fewer than", "roughly",
	"about", "around", "nearly", "almost", "approximately", "some", "over",
	"under", "an estimated", "estimated", "close to", "just over", "just under"}

var numberWords = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4,
	"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "dozen": 12, "dozens": 24, "hundreds": 200,
	"thousands": 2000, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "hundred": 100}

var scales = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

// measureStop ends the counted noun phrase: "1,200 foreign troops | remain".
var measureStop = map[string]bool{"in": true, "on": true, "at": true, "since": true,
	"from": true, "to": true, "have": true, "has": true, "had": true, "are": true,
	"were": true, "was": true, "is": true, "remain": true, "remained": true,
	"that": true, "which": true, "who": true, "and": true, "or": true, "of": false,
	"by": true, "for": true, "with": true, "over": true, "during": true,
	"after": true, "before": true, "will": true, "would": true, "could": true,
	"serving": true, "working": true, "across": true, "against": true,
	"later": true, "ago": true, "earlier": true, "respectively": true, "into": true,
	"per": true, "than": true, "as": true, "under": true, "near": true}

// notMeasure are words after a number that make it something other than a
// count: dates, times, ages, ordinals.
var notMeasure = map[string]bool{"years": false, "am": true, "pm": true,
	"a.m.": true, "p.m.": true, "percent": false, "%": false}

// claims reads numeric claims: a number (digits or a number word) with an
// optional qualifier and the noun phrase it counts, outside dates and
// names; the source is the quotation's speaker when the number is quoted,
// or the X of "according to X" in the sentence.
func (x *index) claims() []newsgraph.Claim {
	var out []newsgraph.Claim
	for _, s := range x.sents {
		if x.doc.IsIgnored(s) {
			continue
		}
		ts := tokens(x.text, s.Start, s.End)
		for k := 0; k < len(ts); k++ {
			t := ts[k]
			q, ok := number(t.Low)
			if !ok || x.covered(t.Start) || x.inDate(t.Start) {
				continue
			}
			end := k + 1
			if end < len(ts) {
				if sc, ok := scales[ts[end].Low]; ok {
					q *= sc
					end++
				}
			}
			// Years and bare numbers are not claims.
			if isNumber(t.Low) && len(t.Low) == 4 && (strings.HasPrefix(t.Low, "19") || strings.HasPrefix(t.Low, "20")) {
				continue
			}
			// The counted noun phrase.
			m := end
			for m < len(ts) && m-end < 5 {
				u := ts[m]
				if u.Punct || measureStop[u.Low] || notMeasure[u.Low] {
					break
				}
				if _, isNum := number(u.Low); isNum && m > end {
					break
				}
				m++
			}
			if m == end || m < len(ts) && notMeasure[ts[m].Low] {
				continue
			}
			measure := x.text[ts[end].Start:ts[m-1].End]
			if strings.ToLower(measure) == "of" || strings.HasPrefix(strings.ToLower(measure), "of ") {
				// "one of the", "two of them": not a count of its own.
				continue
			}
			qual := ""
			from := t.Start
			for _, qq := range qualifiers {
				n := len(strings.Fields(qq))
				if k-n < 0 {
					continue
				}
				var ws []string
				for _, u := range ts[k-n : k] {
					ws = append(ws, u.Low)
				}
				if strings.Join(ws, " ") == qq {
					qual, from = qq, ts[k-n].Start
					break
				}
			}
			cl := newsgraph.Claim{
				Measure: measure, Quantity: q, Qualifier: qual,
				Text:     x.text[from:t.End],
				Evidence: strings.TrimSpace(x.text[s.Start:s.End]),
				Start:    from, End: ts[m-1].End,
			}
			if end > k+1 {
				cl.Text = x.text[from:ts[end-1].End]
			}
			cl.Subject = x.claimSubject(ts[m:])
			cl.Source = x.claimSource(s, t.Start)
			out = append(out, cl)
			k = m - 1
		}
	}
	return out
}

// number parses "1,200", "150", "4.5" or a number word.
func number(w string) (float64, bool) {
	if v, ok := numberWords[w]; ok {
		return v, true
	}
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
	if err != nil {
		return 0, false
	}
	return v, true
}

func (x *index) inDate(off int) bool {
	for _, d := range x.doc.Dates {
		if d.Start <= off && off < d.End {
			return true
		}
	}
	return false
}

// claimSubject is the place or organization the count is in or of:
// "troops remain in Iraq".
func (x *index) claimSubject(rest []tok) string {
	for n, t := range rest {
		if n > 6 || t.Punct && t.Low != "'s" {
			break
		}
		if t.Low == "in" || t.Low == "of" || t.Low == "on" || t.Low == "against" {
			if n+1 < len(rest) {
				if m, ok := x.mentionAt(rest[n+1].Start); ok {
					name, _ := x.name(m)
					return name
				}
				if n+2 < len(rest) && (rest[n+1].Low == "the") {
					if m, ok := x.mentionAt(rest[n+2].Start); ok {
						name, _ := x.name(m)
						return name
					}
				}
			}
		}
	}
	return ""
}

// claimSource is who makes a claim at off: the speaker of a quotation
// holding it, else X of "according to X" in the sentence.
func (x *index) claimSource(s newsgraph.Span, off int) string {
	for _, q := range x.doc.Quotes {
		if q.Start <= off && off < q.End {
			return q.Speaker
		}
	}
	ts := tokens(x.text, s.Start, s.End)
	for k := 0; k+2 < len(ts); k++ {
		if ts[k].Low == "according" && ts[k+1].Low == "to" {
			for _, t := range ts[k+2 : min(len(ts), k+10)] {
				if m, ok := x.mentionAt(t.Start); ok {
					name, _ := x.name(m)
					return name
				}
			}
		}
	}
	return ""
}
