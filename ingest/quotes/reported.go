package quotes

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
)

// Reported speech: statements without quote marks, kept apart from direct
// quotations as Kind "indirect" (extraction.v1 "quotes" holds direct ones
// only; Extraction.Reported holds these). Precise rather than broad, two
// forms only:
//
//   - a verb of saying followed by a "that" clause: `Doe said on Tuesday
//     that the port would reopen`, `Doe told reporters that ...`;
//   - `according to X, ...` and `..., according to X`.
//
// A sentence whose reported part holds a quotation mark is skipped (its
// words are a direct quotation, or partly one). Text is the reported
// clause, Evidence the whole sentence.

// reportCues are the verbs of saying that introduce a "that" clause.
var reportCues = set(
	"said", "says", "told", "tells", "announced", "announces", "warned",
	"warns", "denied", "denies", "added", "adds", "stated", "states",
	"claimed", "claims", "insisted", "insists", "argued", "argues",
	"confirmed", "confirms", "admitted", "admits", "acknowledged",
	"explained", "noted", "notes", "stressed", "reiterated", "suggested",
	"revealed", "predicted", "promised", "pledged", "declared", "conceded",
	"maintained", "maintains", "reported", "wrote", "writes", "alleged",
	"alleges", "disclosed",
)

// objectCues take an addressee before the clause: `told reporters that`.
var objectCues = set("told", "tells", "warned", "warns", "promised", "assured", "reminded")

// reported finds the reported speech of the document. It runs after the
// direct quotations are attributed, so that pronouns resolve against them.
func (a *attributor) reported() []newsgraph.Quote {
	var out []newsgraph.Quote
	for _, sent := range a.sents {
		if a.doc.IsIgnored(sent) {
			continue
		}
		ws := words(a.text, sent.Start, sent.End)
		if q, ok := a.reportedThat(sent, ws); ok {
			out = append(out, q)
			continue
		}
		if q, ok := a.accordingTo(sent, ws); ok {
			out = append(out, q)
		}
	}
	return out
}

// reportedThat reads `X CUE [object] [adverbial] that CLAUSE`.
func (a *attributor) reportedThat(sent newsgraph.Span, ws []word) (newsgraph.Quote, bool) {
	for k := 0; k < len(ws); k++ {
		if !reportCues[ws[k].Low] || !isCue(ws, k) || a.quoted(ws[k].Start) || a.hasMarkBetween(sent.Start, ws[k].Start) {
			continue
		}
		// "that" within a few words, with nothing but an addressee or an
		// adverbial between ("on Tuesday", "in a statement").
		t := -1
		for j := k + 1; j < len(ws) && j <= k+7; j++ {
			w := ws[j]
			if w.Low == "that" {
				t = j
				break
			}
			if w.Punct && w.Low != "'s" && w.Low != "," || cues[w.Low] && isCue(ws, j) {
				break
			}
		}
		if t < 0 || t+3 >= len(ws) {
			continue
		}
		if t > k+1 && !objectCues[ws[k].Low] && !a.adverbialOnly(ws[k+1:t]) {
			continue
		}
		// "that" as a determiner ("said that plan was ...") is taken as a
		// complementiser; a clause needs at least three words.
		clause := ws[t+1:]
		if len(content(clause)) < 3 {
			continue
		}
		span := newsgraph.Span{Start: clause[0].Start, End: a.clauseEnd(sent)}
		// "Doe, which said last week that it would stop, did not
		// comment": in a relative clause the statement ends at the comma
		// that closes it.
		if relativeCue(ws, k) {
			for _, w := range clause {
				if w.Low == "," {
					span.End = w.Start
					break
				}
			}
		}
		if a.hasMarkBetween(span.Start, span.End) {
			return newsgraph.Quote{}, false
		}
		r, ok := a.fromLeft(-1, ws[:k+1], k, sent)
		if !ok || r.speaker == "" {
			continue
		}
		return a.indirect(r, cueForm(ws, k), ws[k].Start, span, sent), true
	}
	return newsgraph.Quote{}, false
}

// accordingTo reads `According to X, CLAUSE` and `CLAUSE, according to X`.
func (a *attributor) accordingTo(sent newsgraph.Span, ws []word) (newsgraph.Quote, bool) {
	for k := 0; k+2 < len(ws); k++ {
		if ws[k].Low != "according" || ws[k+1].Low != "to" {
			continue
		}
		var span newsgraph.Span
		switch {
		case len(content(ws[:k])) == 0:
			// According to X, CLAUSE.
			c := k + 2
			for c < len(ws) && ws[c].Low != "," {
				c++
			}
			// "According to its lawyer, Jane Doe of Acme, the claim ...":
			// skip the name in apposition.
			if c+1 < len(ws) {
				if m, found := a.mentionAt(ws[c+1].Start); found && m.Type == newsgraph.Person {
					d := c + 1
					for d < len(ws) && d < c+10 && ws[d].Low != "," && ws[d].Low != "." {
						d++
					}
					if d < len(ws) && ws[d].Low == "," {
						c = d
					}
				}
			}
			clause := ws[min(c+1, len(ws)):]
			if c >= len(ws) || len(content(clause)) < 3 {
				return newsgraph.Quote{}, false
			}
			span = newsgraph.Span{Start: clause[0].Start, End: a.clauseEnd(sent)}
		case k > 0 && ws[k-1].Low == ",":
			// CLAUSE, according to X.
			clause := trimLead(a.skipDateline(ws[:k-1]))
			if len(content(clause)) < 3 {
				return newsgraph.Quote{}, false
			}
			span = newsgraph.Span{Start: clause[0].Start, End: clause[len(clause)-1].End}
		default:
			return newsgraph.Quote{}, false
		}
		if a.hasMarkBetween(sent.Start, sent.End) {
			return newsgraph.Quote{}, false
		}
		r, ok := a.afterCue(-1, ws, k+2, "according to", ws[k].Start)
		// "according to the latest tally from the ministry": the source
		// named after the document noun.
		for j := k + 2; j < len(ws) && j < k+10 && !ws[j].Punct; j++ {
			if !docNouns[ws[j].Low] || j+2 >= len(ws) || ws[j+1].Low != "from" && ws[j+1].Low != "by" && ws[j+1].Low != "of" {
				continue
			}
			for q := j + 2; q < len(ws) && q < j+6 && !ws[q].Punct; q++ {
				if m, found := a.mentionAt(ws[q].Start); found {
					name, t := a.entity(m)
					r, ok = result{speaker: name, etype: t}, true
					break
				}
			}
			break
		}
		if !ok || r.speaker == "" {
			return newsgraph.Quote{}, false
		}
		return a.indirect(r, "according to", ws[k].Start, span, sent), true
	}
	return newsgraph.Quote{}, false
}

// skipDateline drops a dateline opening the sentence: "Jan. 25 (UPI) —",
// "LONDON -", "LANDOVER, Md., April 3 -".
func (a *attributor) skipDateline(ws []word) []word {
	for j := 0; j < len(ws) && j < 10; j++ {
		if w := ws[j].Low; w == "—" || w == "–" || w == "-" && j > 0 && (ws[j-1].Low == ")" || strings.ToUpper(a.text[ws[j-1].Start:ws[j-1].End]) == a.text[ws[j-1].Start:ws[j-1].End]) {
			if j > 0 && ws[j-1].Low == ")" || j > 0 && strings.ToUpper(a.text[ws[0].Start:ws[j-1].End]) == a.text[ws[0].Start:ws[j-1].End] {
				return ws[j+1:]
			}
			// A capitalised place, a comma, and a date before the dash.
			if j >= 3 && ws[1].Low == "," && isNumber(ws[j-1].Low) && allCaps(a.text[ws[0].Start:ws[0].End]) {
				return ws[j+1:]
			}
		}
	}
	return ws
}

// allCaps reports whether s has two or more letters, all upper case.
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// datelineEnd is where the text of sentence sent starts after a dateline.
func (a *attributor) datelineEnd(sent newsgraph.Span) int {
	ws := words(a.text, sent.Start, min(sent.End, sent.Start+120))
	if rest := a.skipDateline(ws); len(rest) < len(ws) && len(rest) > 0 {
		return rest[0].Start
	}
	return sent.Start
}

// clauseEnd is the end of sentence sent without its final punctuation.
func (a *attributor) clauseEnd(sent newsgraph.Span) int {
	return sent.Start + len(strings.TrimRight(a.text[sent.Start:sent.End], " \t\r\n.!?;:"))
}

func trimLead(ws []word) []word {
	for len(ws) > 0 && (ws[0].Punct || ws[0].Low == "but" || ws[0].Low == "and") {
		ws = ws[1:]
	}
	return ws
}

// adverbialOnly reports whether ws (between a cue and "that") is only a
// time or manner adverbial: "on Tuesday", "in a statement", "yesterday".
func (a *attributor) adverbialOnly(ws []word) bool {
	for _, w := range ws {
		if w.Punct && w.Low != "," {
			return false
		}
		if !w.Punct && !adverbial[w.Low] && !docNouns[w.Low] && !determinersIndef[w.Low] && !isNumber(w.Low) &&
			w.Low != "a" && w.Low != "an" && w.Low != "interview" && w.Low != "speech" && w.Low != "conference" && w.Low != "news" {
			return false
		}
	}
	return true
}

// hasMarkBetween reports whether text[from:to] holds a double quotation
// mark or lies inside a quotation.
func (a *attributor) hasMarkBetween(from, to int) bool {
	if strings.ContainsAny(a.text[from:to], "\"“”«»„") {
		return true
	}
	return a.quoted(from)
}

// indirect builds the statement.
func (a *attributor) indirect(r result, cue string, cuePos int, span, sent newsgraph.Span) newsgraph.Quote {
	speaker := r.speaker
	if speaker == "" {
		speaker = newsgraph.Unattributed
	}
	q := newsgraph.Quote{
		Speaker: speaker, Text: a.text[span.Start:span.End], Cue: cue, Kind: "indirect",
		SpeakerOrg: r.org, Start: span.Start, End: span.End,
		Evidence: strings.TrimSpace(a.text[sent.Start:sent.End]),
	}
	// The date nearest the cue in the sentence, outside the clause.
	best := -1
	for _, d := range a.allDates() {
		if d.Start < sent.Start || d.End > sent.End || d.Start >= span.Start && d.End <= span.End || !a.attributionDate(d, cuePos) {
			continue
		}
		dd := d.Start - cuePos
		if dd < 0 {
			dd = -dd
		}
		if best < 0 || dd < best {
			best, q.Date = dd, d.Value
		}
	}
	if q.Date == "" {
		switch {
		case a.doc.Article.Published != "":
			q.Date, q.DateIsDefault = a.doc.Article.Published, true
		case a.doc.HasAnchor:
			q.Date, q.DateIsDefault = a.doc.Anchor.Format("2006-01-02"), true
		}
	}
	return q
}

// relativeCue reports a cue word at k inside a relative clause opened by
// ", which" or ", who" with no comma between.
func relativeCue(ws []word, k int) bool {
	for m := k - 1; m >= 1; m-- {
		switch ws[m].Low {
		case ",":
			return false
		case "which", "who":
			return ws[m-1].Low == ","
		}
	}
	return false
}
