// Package quotes is the pipeline stage that finds direct quotations in an
// article and attributes each to its speaker, the way a careful reader of
// news would: "X said", "said X", "according to X", a cue in the sentence
// before ("X said Thursday:"), a quotation continuing an earlier one, a
// pronoun ("he added") or a description ("the defense chief said", "the
// statement said") resolved to an entity of the document, and anonymous
// sources ("a senior official") as newsgraph.Unattributed with the
// organization they belong to when it is stated.
//
// It reads doc.Text, doc.Sentences (it splits sentences itself when no
// earlier stage did), doc.Mentions, doc.Entities and doc.Dates, and fills
// doc.Quotes with direct quotations (Kind "direct") and, after them,
// reported speech without quote marks (Kind "indirect": "X said that ...",
// "according to X, ..."), which Extraction keeps out of the extraction.v1
// quote list.
package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest/dates"
)

// Stage is the quotes pipeline stage.
type Stage struct{}

// New returns the quotes stage.
func New() *Stage { return &Stage{} }

// Name is the stage name, "quotes".
func (*Stage) Name() string { return "quotes" }

// Process finds the document's statements and sets doc.Quotes: the
// direct quotations, then the reported speech (Kind "indirect").
func (*Stage) Process(doc *newsgraph.Document) error {
	direct, reported := find(doc)
	doc.Quotes = append(direct, reported...)
	return nil
}

// Find returns the direct quotations of doc in text order, attributed.
func Find(doc *newsgraph.Document) []newsgraph.Quote {
	direct, _ := find(doc)
	return direct
}

// Reported returns the reported speech of doc (Kind "indirect") in text
// order: `X said that ...`, `according to X, ...`.
func Reported(doc *newsgraph.Document) []newsgraph.Quote {
	_, reported := find(doc)
	return reported
}

func find(doc *newsgraph.Document) (direct, reported []newsgraph.Quote) {
	a := newAttributor(doc)
	var out []newsgraph.Quote
	idx := []int{}
	for i := range a.spans {
		q, ok := a.attribute(i)
		if ok {
			out = append(out, q)
			idx = append(idx, i)
		}
	}
	// A quotation without a cue followed in the same sentence by one with
	// a cue shares its speaker: `a "well-studied" plan and "X," he said.`
	for k := len(out) - 2; k >= 0; k-- {
		i, j := idx[k], idx[k+1]
		if !a.done[i].fallback || a.done[j].fallback {
			continue
		}
		_, sOpen := a.sentenceAt(a.spans[j].Open)
		if sOpen != a.done[i].sent {
			continue
		}
		a.done[i] = a.done[j]
		out[k].Speaker, out[k].Cue, out[k].SpeakerOrg = out[k+1].Speaker, out[k+1].Cue, out[k+1].SpeakerOrg
		out[k].Date, out[k].DateIsDefault = out[k+1].Date, out[k+1].DateIsDefault
	}
	return out, a.reported()
}

// attributor holds what attribution reads about one document.
type attributor struct {
	doc      *newsgraph.Document
	text     string
	sents    []newsgraph.Span
	paras    []newsgraph.Span
	mentions []newsgraph.Mention // sorted by Start, then longest first
	spans    []span
	done     []result // attribution of spans[:i], for back reference
	titles   map[int][]string
	gender   map[string]int   // speaker name -> male or female, when the text shows it
	want     int              // gender of the pronoun being resolved, 0 for none
	exclude  map[string]bool  // people the quotation being attributed addresses
	dates    []newsgraph.Date // every date expression, from allDates
	stated   map[int]string   // quotation -> the date its attribution states
}

// result is the attribution of one quotation.
type result struct {
	speaker  string // canonical name, or newsgraph.Unattributed
	etype    newsgraph.EntityType
	org      string
	cue      string
	cuePos   int
	ok       bool // emitted
	sent     int  // sentence of the closing mark
	fallback bool // no cue found: attributed to the sentence's subject
	// anonPerson: UNATTRIBUTED from a singular description of a person
	// ("a senior employee", "one dealer"), whom a later "he" can continue
	anonPerson bool
}

func newAttributor(doc *newsgraph.Document) *attributor {
	a := &attributor{doc: doc, text: doc.Text}
	a.sents = doc.Sentences
	if len(a.sents) == 0 {
		a.sents = splitSentences(doc.Text)
	}
	a.paras = paragraphs(doc.Text)
	a.mentions = append([]newsgraph.Mention(nil), doc.Mentions...)
	sort.SliceStable(a.mentions, func(i, j int) bool {
		if a.mentions[i].Start != a.mentions[j].Start {
			return a.mentions[i].Start < a.mentions[j].Start
		}
		return a.mentions[i].End > a.mentions[j].End
	})
	for _, s := range scan(doc.Text) {
		if doc.IsIgnored(newsgraph.Span{Start: s.Open, End: s.Close}) {
			continue
		}
		a.spans = append(a.spans, s)
	}
	a.titles = localTitles(a)
	a.gender = genders(a)
	return a
}

// paragraphs splits text at line breaks.
func paragraphs(text string) []newsgraph.Span {
	var out []newsgraph.Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if strings.TrimSpace(text[start:i]) != "" {
				out = append(out, newsgraph.Span{Start: start, End: i})
			}
			start = i + 1
		}
	}
	return out
}

func within(spans []newsgraph.Span, off int) (newsgraph.Span, int) {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > off })
	if i < len(spans) && spans[i].Start <= off {
		return spans[i], i
	}
	return newsgraph.Span{Start: off, End: off}, -1
}

// sentenceAt returns the sentence holding off, or the nearest one before.
func (a *attributor) sentenceAt(off int) (newsgraph.Span, int) {
	i := sort.Search(len(a.sents), func(i int) bool { return a.sents[i].End > off })
	if i < len(a.sents) && a.sents[i].Start <= off {
		return a.sents[i], i
	}
	// off lies between sentences (a mark the splitter left out).
	if i < len(a.sents) {
		return newsgraph.Span{Start: off, End: a.sents[i].End}, i
	}
	return newsgraph.Span{Start: off, End: off}, len(a.sents)
}

func (a *attributor) attribute(i int) (newsgraph.Quote, bool) {
	s := a.spans[i]
	text := s.text(a.text)
	a.exclude = map[string]bool{}
	for _, v := range a.vocatives(i) {
		a.exclude[v.speaker] = true
	}
	r := a.resolve(i)
	if r.ok && a.exclude[r.speaker] {
		// Nobody speaks to themselves by name: "It may be, Jo," said his uncle.
		r.speaker, r.etype = newsgraph.Unattributed, ""
	}
	a.exclude = nil
	a.done = append(a.done, r)
	if !r.ok || !hasLetter(text) {
		a.done[i].ok = false
		return newsgraph.Quote{}, false
	}
	q := newsgraph.Quote{
		Speaker: r.speaker, Text: text, Cue: r.cue, Kind: "direct",
		SpeakerOrg: r.org, Start: s.Start(), End: s.End(),
	}
	q.Date, q.DateIsDefault = a.date(i, r.cuePos)
	if !q.DateIsDefault {
		if a.stated == nil {
			a.stated = map[int]string{}
		}
		a.stated[i] = q.Date
	}
	return q, true
}

// window returns the parts of the sentence(s) around quotation i outside
// it: left from the start of the sentence holding the opening mark (or the
// end of an earlier quotation in it), right up to the end of the sentence
// holding the closing mark (or the start of the next quotation).
func (a *attributor) window(i int) (left, right newsgraph.Span, si, sj int) {
	s := a.spans[i]
	ss, si := a.sentenceAt(s.Open)
	para, _ := within(a.paras, s.Open)
	left = newsgraph.Span{Start: max(ss.Start, para.Start), End: s.Open}
	if i > 0 && a.spans[i-1].Close > left.Start {
		left.Start = min(a.spans[i-1].Close, s.Open)
	}
	closeAt := max(s.Close-1, s.Open)
	es, sj := a.sentenceAt(closeAt)
	epara, _ := within(a.paras, closeAt)
	end := es.End
	// A splitter may end the sentence at `?”` before `he asked`: read on
	// into a next sentence that starts in lower case.
	if strings.TrimSpace(strings.Trim(a.text[min(s.Close, end):end], ".,;:!?”\"")) == "" && sj+1 < len(a.sents) {
		next := a.sents[sj+1]
		r, _ := utf8.DecodeRuneInString(a.text[next.Start:])
		if unicode.IsLower(r) && next.Start <= epara.End {
			end = next.End
		}
	}
	if epara.End > s.Close && end > epara.End {
		end = epara.End
	}
	if i+1 < len(a.spans) && a.spans[i+1].Open < end {
		end = a.spans[i+1].Open
	}
	// A name cut by a single line break (hard-wrapped wire copy: `said
	// Jane\nDoe, director of ...`) is one mention: the window takes all of it.
	if end > s.Close {
		if m, ok := a.straddling(end); ok && m.Start >= s.Close {
			end = m.End
		}
	}
	if left.Start < s.Open {
		if m, ok := a.straddling(left.Start); ok && m.End <= s.Open {
			left.Start = m.Start
		}
	}
	right = newsgraph.Span{Start: s.Close, End: max(end, s.Close)}
	return left, right, si, sj
}

// straddling returns a mention that runs over off across one line break
// and nothing else (no blank line, no indent): a name the wire's hard wrap
// cut in two.
func (a *attributor) straddling(off int) (newsgraph.Mention, bool) {
	for _, m := range a.mentions {
		if m.Start >= off {
			break
		}
		if m.End <= off {
			continue
		}
		gap := a.text[m.Start:m.End]
		if strings.Count(gap, "\n") == 1 && !strings.Contains(gap, "\n ") && !strings.Contains(gap, "\n\t") {
			return m, true
		}
	}
	return newsgraph.Mention{}, false
}

// resolve attributes quotation i.
func (a *attributor) resolve(i int) result {
	s := a.spans[i]
	left, right, si, sj := a.window(i)
	res := result{sent: sj}
	lw := words(a.text, left.Start, left.End)
	rw := words(a.text, right.Start, right.End)
	quoteText := strings.TrimSpace(a.text[s.Start():s.End()])
	// `"Why?" Doe asked.` split after the question mark: read the next
	// sentence of the paragraph as the right context.
	// A nested quotation closing with it ("... 'Why?'") ends the same way.
	endText := strings.TrimRight(quoteText, "'’‘")
	if len(content(rw)) == 0 && (strings.HasSuffix(endText, "?") || strings.HasSuffix(endText, "!")) && sj+1 < len(a.sents) {
		next := a.sents[sj+1]
		if strings.TrimSpace(a.text[min(s.Close, next.Start):next.Start]) == "" && !strings.Contains(a.text[s.Close:next.Start], "\n") &&
			(i+1 >= len(a.spans) || a.spans[i+1].Open >= next.End) {
			if nw := words(a.text, next.Start, next.End); len(content(nw)) <= 5 || len(content(nw)) <= 10 && firstCue(nw) >= 0 && firstCue(nw) <= 4 {
				rw = nw // only a short attribution: `Doe pressed.`
			}
		}
	}
	endsComma := strings.HasSuffix(endText, ",") || strings.HasSuffix(endText, "?") ||
		strings.HasSuffix(endText, "!") || strings.HasSuffix(endText, "—") ||
		(len(rw) > 0 && rw[0].Low == ",")

	if naming(lw, rw, quoteText) || a.nickname(lw, rw, quoteText) {
		return res
	}
	lc := lastCue(lw)
	rc := firstCue(rw)
	if rc < 0 {
		if r, ok := a.sharedCue(i, lw, lc); ok {
			return a.finish(r, sj)
		}
	}
	switch {
	case rc >= 0 && (endsComma || lc < 0):
		if r, ok := a.fromRight(i, rw, rc, endsComma); ok {
			return a.finish(r, sj)
		}
		if lc >= 0 {
			if r, ok := a.fromLeft(i, lw, lc, left); ok {
				return a.finish(r, sj)
			}
		}
	case lc >= 0:
		if r, ok := a.fromLeft(i, lw, lc, left); ok {
			return a.finish(r, sj)
		}
		if rc >= 0 {
			if r, ok := a.fromRight(i, rw, rc, endsComma); ok {
				return a.finish(r, sj)
			}
		}
	}
	startsSentence := len(content(lw)) == 0
	if rc < 0 && lc < 0 {
		// `"...," Doe began, ...`: a quotation ending in a comma is
		// followed by its speaker even when the verb is no cue.
		if r, ok := a.beforeVerb(i, rw, endsComma); ok {
			return a.finish(r, sj)
		}
		if startsSentence {
			// A cue in the sentence before: `The minister said Thursday:`.
			if r, ok := a.cueBefore(i, si); ok {
				return a.finish(r, sj)
			}
			// A person's action just before: `Doe sighed. "Yes."`
			if r, ok := a.beat(i, si); ok {
				return a.finish(r, sj)
			}
			// A turn of a dialogue.
			if r, ok := a.dialogue(i, sj); ok {
				return r
			}
		}
	}
	// A quotation continuing the one just before it.
	if startsSentence && i > 0 && a.done[i-1].ok && a.done[i-1].sent >= si-1 {
		p := a.done[i-1]
		p.sent = sj
		return p
	}
	// A quotation without a cue: a term the sentence's subject used.
	if titleCase(quoteText) && len(strings.Fields(quoteText)) <= 6 {
		if rc >= 0 && endsComma && (strings.HasSuffix(quoteText, "!") || strings.HasSuffix(quoteText, "?")) {
			// `"Jo!" she cried`: speech whose speaker is unknown.
			res.speaker, res.ok = newsgraph.Unattributed, true
		}
		return res
	}
	if ss, _ := a.sentenceAt(s.Open); ss.Start < s.Open || len(content(rw)) > 0 {
		if r, ok := a.subject(ss.Start, s.Open); ok {
			r.cue = ""
			r = a.finish(r, sj)
			r.fallback = true
			return r
		}
	}
	res.speaker, res.ok, res.fallback = newsgraph.Unattributed, true, true
	return res
}

// cueBefore reads the sentence before a quotation that opens a sentence,
// when it holds no quotation: a cue ending it (`The minister said
// Thursday:`) gives the speaker as fromLeft reads it; a cue elsewhere in
// it (`Doe, speaking on radio, also claimed that ...`), in the same or the
// previous paragraph, gives the sentence's subject.
func (a *attributor) cueBefore(i, si int) (result, bool) {
	if si <= 0 || si-1 >= len(a.sents) {
		return result{}, false
	}
	prev := a.sents[si-1]
	if a.hasQuote(prev) {
		return result{}, false
	}
	pw := words(a.text, prev.Start, prev.End)
	c := lastCue(pw)
	if c < 0 {
		return a.cueTwoBack(i, si)
	}
	first := c
	for k := range pw {
		if isCue(pw, k) {
			first = k
			break
		}
	}
	if c >= len(pw)-8 && first == c {
		return a.fromLeft(i, pw, c, prev)
	}
	_, p1 := within(a.paras, prev.Start)
	_, p2 := within(a.paras, a.spans[i].Open)
	if p2-p1 > 1 {
		return result{}, false
	}
	c = first
	r, ok := a.subject(prev.Start, pw[c].Start)
	if !ok || r.speaker == "" || r.speaker == newsgraph.Unattributed && r.org == "" {
		return result{}, false
	}
	r.cue, r.cuePos = cueForm(pw, c), pw[c].Start
	return r, true
}

// cueTwoBack reads a paragraph of reported speech before a quotation
// that opens the next paragraph: "He said tea prices fell. World prices
// also fell." then "\"There was also a decline ...\"": the speaker of the
// first sentence, when the second names no person and has no cue.
func (a *attributor) cueTwoBack(i, si int) (result, bool) {
	if si < 2 {
		return result{}, false
	}
	prev, first := a.sents[si-1], a.sents[si-2]
	pp, p1 := within(a.paras, prev.Start)
	_, p0 := within(a.paras, first.Start)
	_, p2 := within(a.paras, a.spans[i].Open)
	para, _ := within(a.paras, a.spans[i].Open)
	if p0 != p1 || p2 != p1+1 || pp.End <= pp.Start || strings.TrimSpace(a.text[para.Start:a.spans[i].Open]) != "" {
		return result{}, false
	}
	if a.hasQuote(first) || a.anyMention(prev.Start, prev.End, true) {
		return result{}, false
	}
	fw := words(a.text, first.Start, first.End)
	c := firstCue(fw)
	if c < 0 || c > 8 {
		return result{}, false
	}
	r, ok := a.fromLeft(i, fw, c, first)
	if !ok || r.speaker == "" || r.speaker == newsgraph.Unattributed && r.org == "" {
		return result{}, false
	}
	return r, true
}

func (a *attributor) finish(r result, sj int) result {
	r.ok = true
	r.sent = sj
	if r.speaker == "" {
		r.speaker = newsgraph.Unattributed
	}
	return r
}

func (a *attributor) hasQuote(s newsgraph.Span) bool {
	for _, q := range a.spans {
		if q.Open >= s.Start && q.Open < s.End {
			return true
		}
	}
	return false
}

// naming reports whether the quotation names something rather than quotes
// speech: the so-called "X", a film titled "X", known as "X".
func naming(lw, rw []word, quote string) bool {
	c := content(lw)
	if len(c) == 0 {
		return false
	}
	last := c[len(c)-1].Low
	if namingWords[last] {
		return true
	}
	if len(c) >= 2 && c[len(c)-2].Low == "known" && last == "as" {
		return true
	}
	// its "Bright Star" fund names a product, but his "Nazi" comment quotes
	// the word he used.
	possessive := possessives[last] && (len(rw) == 0 || !speechNouns[rw[0].Low])
	if (last == "called" || last == "the" || last == "a" || last == "an" || last == "as" || possessive) &&
		titleCase(quote) && len(strings.Fields(quote)) <= 6 && len(lw) > 0 && !lw[len(lw)-1].Punct {
		return true
	}
	return false
}

// nickname reports whether the quotation is a nickname inside a person's
// name: Jane "Jo" Doe. The words on both sides, touching the marks, are
// capitalised name words and the quotation is one or two Title-Case words.
func (a *attributor) nickname(lw, rw []word, quote string) bool {
	if len(lw) == 0 || len(rw) == 0 || !titleCase(quote) || len(strings.Fields(quote)) > 2 {
		return false
	}
	before, after := lw[len(lw)-1], rw[0]
	if before.Punct || after.Punct || strings.ContainsAny(quote, ",.!?") {
		return false
	}
	if !startsUpper(a.text[before.Start:before.End]) || !startsUpper(a.text[after.Start:after.End]) {
		return false
	}
	// not a sentence start before the name: "...end. Jane "Jo" Doe"
	return len(lw) < 2 || !lw[len(lw)-2].Punct || lw[len(lw)-2].Low == ","
}

// content drops punctuation.
func content(ws []word) []word {
	var out []word
	for _, w := range ws {
		if !w.Punct {
			out = append(out, w)
		}
	}
	return out
}

// isCue reports whether ws[k] is a cue word ("according" only before "to").
func isCue(ws []word, k int) bool {
	w := ws[k].Low
	if !cues[w] {
		return false
	}
	if w == "according" {
		return k+1 < len(ws) && ws[k+1].Low == "to"
	}
	// A noun, not a verb: "Labour's new pledges", "the claims".
	if nounCues[w] && k > 0 && (nounBefore[ws[k-1].Low] || isNumber(ws[k-1].Low) || nounAfterVerb(ws[k-1].Low)) {
		return false
	}
	if w == "read" || w == "reads" {
		// `"...," it read`, `the statement reads`
		return k > 0 && (ws[k-1].Low == "it" || docNouns[ws[k-1].Low])
	}
	if w == "pointed" || w == "points" {
		return k+1 < len(ws) && ws[k+1].Low == "out" // "points out"
	}
	if (w == "continued" || w == "continues" || w == "continuing" || w == "added" || w == "adds") && k+1 < len(ws) && ws[k+1].Low == "to" {
		return false // "continued to monitor", "added to the jitters"
	}
	if w == "calls" || w == "called" || w == "calling" {
		// "called on X", "called for", "called it", "called X": speech; a
		// group "called" something is caught by naming.
		return true
	}
	return true
}

// nounAfterVerb reports whether a cue word after prev is a noun:
// "denied claims", "amid reports", "rejected calls".
func nounAfterVerb(prev string) bool {
	switch prev {
	case "of", "about", "over", "amid", "after", "despite", "following", "to", "by", "with", "on":
		return true
	}
	return strings.HasSuffix(prev, "ed") && len(prev) > 3
}

func lastCue(ws []word) int {
	for k := len(ws) - 1; k >= 0; k-- {
		if isCue(ws, k) {
			return k
		}
	}
	return -1
}

func firstCue(ws []word) int {
	n := 0
	for k := range ws {
		if ws[k].Punct && (ws[k].Low == "." || ws[k].Low == "!" || ws[k].Low == "?") && k > 0 {
			return -1 // the sentence ended
		}
		if isCue(ws, k) {
			return k
		}
		if !ws[k].Punct {
			n++
		}
		if n > 25 {
			break
		}
	}
	return -1
}

// cueForm is the cue as written: "said", "called on", "according to".
func cueForm(ws []word, k int) string {
	w := ws[k].Low
	if k+1 < len(ws) {
		n := ws[k+1].Low
		switch {
		case w == "according" && n == "to", (w == "pointed" || w == "points") && n == "out",
			(w == "called" || w == "calls" || w == "calling") && (n == "on" || n == "for"):
			return w + " " + n
		}
	}
	return w
}

// fromRight reads the speaker from the text after a quotation, where the
// cue is rw[k]: `," NP said`, `," said NP`, `, according to NP`.
func (a *attributor) fromRight(i int, rw []word, k int, endsComma bool) (result, bool) {
	cue := cueForm(rw, k)
	pos := rw[k].Start
	if rw[k].Low == "according" {
		return a.afterCue(i, rw, k+2, cue, pos)
	}
	if r, ok := a.quotedAs(i, rw, k); ok {
		return r, true
	}
	pre := rw[:k]
	for len(pre) > 0 && pre[0].Punct {
		pre = pre[1:]
	}
	// `," Doe, from Acme, told the paper`: what follows "told" is the
	// addressee, never an inverted subject.
	told := rw[k].Low == "told" || rw[k].Low == "tells"
	if len(pre) == 0 || pre[len(pre)-1].Low == "," && !told {
		if r, ok := a.afterCue(i, rw, k+1, cue, pos); ok {
			return r, true
		}
		if len(pre) == 0 {
			return result{}, false
		}
	}
	if !endsComma {
		// `... "X" them, the minister said`: the subject follows the last comma.
		c := len(pre) - 1
		for c >= 0 && pre[c].Low != "," {
			c--
		}
		pre = pre[c+1:]
	}
	np := trimNP(pre)
	if len(np) == 0 {
		return result{}, false
	}
	r, ok := a.resolveNP(i, np)
	r.cue, r.cuePos = cue, pos
	return r, ok
}

// afterCue reads an inverted subject: `said the minister in a statement`.
func (a *attributor) afterCue(i int, ws []word, from int, cue string, pos int) (result, bool) {
	var np []word
	if from < len(ws) && afterSpeaker[ws[from].Low] {
		return result{}, false // `," said in a statement`: no inverted subject
	}
	for j := from; j < len(ws); j++ {
		w := ws[j]
		// "Acme Securities' Jane Doe": a plural possessive reads on.
		pluralPossessive := (w.Low == "'" || w.Low == "’") && len(np) > 0 && strings.HasSuffix(np[len(np)-1].Low, "s") && w.Start == np[len(np)-1].End
		if w.Punct && w.Low != "'s" && w.Low != "-" && w.Low != "–" && !pluralPossessive {
			// `said its chairman, Sir Jane Doe`: a description, then the
			// name in apposition.
			if w.Low == "," && len(np) > 0 && !a.anyMention(np[0].Start, np[len(np)-1].End, false) || w.Low == "," && len(np) > 0 && a.describesPerson(np) {
				for q := j + 1; q < len(ws) && q <= j+8 && !ws[q].Punct; q++ {
					if m, ok := a.mentionAt(ws[q].Start); ok && m.Type == newsgraph.Person {
						name, t := a.entity(m)
						return result{speaker: name, etype: t, cue: cue, cuePos: pos}, true
					}
				}
			}
			break
		}
		if len(np) > 0 && afterSpeaker[w.Low] && !a.inMention(w.Start) {
			break
		}
		if len(np) > 0 && w.Low == "of" && docNouns[np[len(np)-1].Low] {
			break // "a ministry statement of Tuesday", "a readout of the talks"
		}
		np = append(np, w)
		if len(np) > 12 {
			break
		}
	}
	np = trimNP(np)
	if len(np) == 0 {
		return result{}, false
	}
	r, ok := a.resolveNP(i, np)
	r.cue, r.cuePos = cue, pos
	return r, ok
}

// describesPerson reports whether np is headed by a person noun with no
// person mention in it: "its chairman", "the head of the committee".
func (a *attributor) describesPerson(np []word) bool {
	for _, w := range np {
		if m, ok := a.mentionAt(w.Start); ok && m.Type == newsgraph.Person {
			return false
		}
	}
	for _, w := range np {
		if personNouns[w.Low] {
			return true
		}
	}
	return false
}

func (a *attributor) inMention(off int) bool {
	for _, m := range a.mentions {
		if m.Start > off {
			break
		}
		if m.Start < off && off < m.End {
			return true
		}
	}
	return false
}

// fromLeft reads the speaker from the text before a quotation, where the
// cue is lw[k]: `NP said (that) ... "`, `according to NP, "`, `..., adding "`.
func (a *attributor) fromLeft(i int, lw []word, k int, sent newsgraph.Span) (result, bool) {
	cue := cueForm(lw, k)
	pos := lw[k].Start
	if lw[k].Low == "according" {
		return a.afterCue(i, lw, k+2, cue, pos)
	}
	if r, ok := a.quotedAs(i, lw, k); ok {
		return r, true
	}
	// Walk left from the cue to a clause boundary; skip segments that are
	// only adverbials ("Doe, however, reiterated").
	end := k
	for {
		b := end - 1
		// A clause word inside a name ("United Food And Commercial
		// Workers") ends nothing.
		for b >= 0 && !lw[b].Punct && (!clauseWords[lw[b].Low] || a.inMention(lw[b].Start)) && !isCue(lw, b) {
			b--
		}
		// A relative clause set off by commas: "Doe, who leads X, said".
		if b > 0 && (lw[b].Low == "who" || lw[b].Low == "which") && lw[b-1].Low == "," && end < len(lw) && lw[end].Low == "," {
			end = b - 1
			continue
		}
		np := trimNP(lw[b+1 : end])
		// "This weekend he said", "Speaking to a conference he said": the
		// subject pronoun ends the phrase.
		for j := len(np) - 1; j > 0; j-- {
			if subjectPronouns[np[j].Low] {
				np = np[j:]
				break
			}
		}
		if len(np) > 0 {
			r, ok := a.resolveNP(i, np)
			// An apposition after a name: "Jane Doe, assistant chief of
			// the Acme police, said".
			if r.etype != newsgraph.Person && end < len(lw) && lw[end].Low == "," {
				if p, found := a.personEndingAt(lw[max(b-1, 0)]); b > 0 && lw[b].Low == "," && found {
					r, ok = p, true
				} else if p, found := a.leadingPerson(lw[:b+1]); found {
					// "Doe, a hero after winning in Sydney, also said"
					r, ok = p, true
				}
			}
			r.cue, r.cuePos = cue, pos
			if ok {
				return r, true
			}
			return r, false
		}
		if b < 0 {
			break
		}
		bw := lw[b].Low
		// "..., Jane Doe, who has said": the antecedent of "who".
		if bw == "who" && b > 0 {
			at := b - 1
			if lw[at].Low == "," && at > 0 {
				at--
			}
			if p, ok := a.personEndingAt(lw[at]); ok {
				p.cue, p.cuePos = cue, pos
				return p, true
			}
		}
		if bw == "," && b > 0 {
			// an empty or adverbial segment: keep going left unless the
			// cue is a participle or follows "and" ("decried X and said").
			if strings.HasSuffix(lw[k].Low, "ing") {
				break
			}
			end = b
			continue
		}
		break
	}
	// No subject before the cue: a coordinated or participial clause whose
	// subject is the sentence's; after a quotation attributed in the same
	// sentence (`"...," said a senior employee, adding "..."`), its speaker.
	if i > 0 && i < len(a.spans) && i-1 < len(a.done) && a.done[i-1].ok && !a.done[i-1].fallback &&
		a.sameSentence(lw[k].Start, a.spans[i].Open) &&
		a.spans[i-1].Close >= sent.Start && a.spans[i-1].Close <= lw[k].Start {
		r := a.done[i-1]
		r.cue, r.cuePos = cue, pos
		return r, true
	}
	r, ok := a.subject(sent.Start, lw[k].Start)
	r.cue, r.cuePos = cue, pos
	return r, ok
}

// bySurname returns the one person entity whose name ends in the word w.
func (a *attributor) bySurname(w string) (result, bool) {
	found := -1
	for ei, e := range a.doc.Entities {
		if e.Type != newsgraph.Person {
			continue
		}
		f := strings.Fields(e.Name)
		if len(f) < 2 || f[len(f)-1] != w {
			continue
		}
		if found >= 0 && a.doc.Entities[found].Name != e.Name {
			return result{}, false
		}
		found = ei
	}
	if found < 0 {
		return result{}, false
	}
	return result{speaker: a.doc.Entities[found].Name, etype: newsgraph.Person}, true
}

// agentNoun reports whether a lower-case word looks like a noun for a
// person by its ending: arbitrageur, forecaster, lobbyist, historian.
func agentNoun(w string) bool {
	if len(w) < 6 || docNouns[w] || orgNouns[w] {
		return false
	}
	for _, suf := range []string{"eur", "ster", "ist", "ian", "er", "or"} {
		if strings.HasSuffix(w, suf) {
			return !strings.HasSuffix(w, "ever") && !strings.HasSuffix(w, "ather") && w != "another"
		}
	}
	return false
}

// quotedAs reads the wire form `the agency quoted Doe as saying`: the
// speaker is the one quoted, not the outlet quoting. ws[k] is the cue.
func (a *attributor) quotedAs(i int, ws []word, k int) (result, bool) {
	if k < 3 || ws[k-1].Low != "as" {
		return result{}, false
	}
	for q := k - 2; q >= 0 && q >= k-20; q-- {
		switch ws[q].Low {
		case "quoted", "quotes", "quoting", "cited", "cites", "citing":
			// "quoted Doe, who returned Sunday, as saying": the name
			// before the relative clause
			e := k - 1
			for c := q + 1; c < e; c++ {
				if ws[c].Low == "," {
					e = c
					break
				}
			}
			np := trimNP(ws[q+1 : e])
			if len(np) == 0 || np[0].Low == "by" {
				// "Doe was quoted (by the paper) as saying": the subject
				// before "was" speaks.
				if q == 0 || !passiveAux[ws[q-1].Low] {
					return result{}, false
				}
				e := q - 1
				b := e - 1
				for b >= 0 && !ws[b].Punct && !clauseWords[ws[b].Low] && !isCue(ws, b) {
					b--
				}
				np = trimNP(ws[b+1 : e])
				if len(np) == 0 {
					return result{}, false
				}
			}
			r, ok := a.resolveNP(i, np)
			r.cue, r.cuePos = "quoted as saying", ws[q].Start
			return r, ok
		}
		if ws[q].Punct && ws[q].Low != "," || q < k-9 && ws[q].Low != "," && clauseWords[ws[q].Low] && ws[q].Low != "who" {
			break
		}
	}
	return result{}, false
}

// leadingPerson returns the person whose mention opens ws and is followed
// by a comma: the subject of "Doe, a hero after ..., said".
func (a *attributor) leadingPerson(ws []word) (result, bool) {
	ws = trimLead(ws)
	// The person may follow a title: "Exchange president Jane Doe, speaking
	// before ..., said".
	for j := 0; j < len(ws) && j < 8; j++ {
		if ws[j].Punct {
			break
		}
		m, ok := a.mentionAt(ws[j].Start)
		if !ok || m.Type != newsgraph.Person {
			continue
		}
		for _, w := range ws[j:] {
			if w.Start >= m.End {
				if w.Low == "," {
					name, t := a.entity(m)
					return result{speaker: name, etype: t}, true
				}
				break
			}
		}
		return result{}, false
	}
	return result{}, false
}

// personEndingAt returns the person whose mention ends with word w.
func (a *attributor) personEndingAt(w word) (result, bool) {
	for _, m := range a.mentions {
		if m.Start >= w.End {
			break
		}
		if m.End == w.End && m.Type == newsgraph.Person {
			name, t := a.entity(m)
			return result{speaker: name, etype: t}, true
		}
	}
	return result{}, false
}

// trimNP drops punctuation and adverbials at both ends of a subject.
func trimNP(ws []word) []word {
	for len(ws) > 0 && (ws[0].Punct && ws[0].Low != "'s" || adverbial[ws[0].Low] && ws[0].Low != "the") {
		ws = ws[1:]
	}
	for len(ws) > 0 && (ws[len(ws)-1].Punct || adverbial[ws[len(ws)-1].Low] && !isNumber(ws[len(ws)-1].Low)) {
		ws = ws[:len(ws)-1]
	}
	return ws
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// subject finds the subject of the sentence starting at from, read before
// limit: the first mention after any leading adverbial phrase.
func (a *attributor) subject(from, limit int) (result, bool) {
	ws := words(a.text, from, limit)
	// Skip a closing mark left at the start (text without paragraph breaks).
	for len(ws) > 0 && ws[0].Punct && ws[0].Low != "'s" {
		ws = ws[1:]
	}
	// Skip a leading adverbial phrase closed by a comma: "On Tuesday, ...".
	start := 0
	for j, w := range ws {
		if pronounsPerson[w.Low] || pronounsThing[w.Low] || pronounsPlural[w.Low] {
			break // "She warned X, saying": no adverbial to skip
		}
		if w.Low == "," {
			if j <= 6 && !a.anyMention(ws[0].Start, w.Start, true) {
				start = j + 1
			}
			break
		}
	}
	ws = ws[start:]
	// The subject runs to the first word that is neither a mention nor a
	// noun-like word of its phrase: take words up to the first mention's
	// end plus any description tail.
	for j, w := range ws {
		if pronounsPerson[w.Low] || pronounsThing[w.Low] || pronounsPlural[w.Low] {
			return a.resolveNP(-1, ws[j:j+1])
		}
		m, ok := a.mentionAt(w.Start)
		if !ok {
			if w.Punct && w.Low != "'s" {
				break
			}
			continue
		}
		e := j
		for e < len(ws) && ws[e].Start < m.End {
			e++
		}
		// "Acme foreign affairs spokesman Jane Doe said": the organisation,
		// a title in lower case, then the person, who is the subject.
		if m.Type != newsgraph.Person {
			for k := e; k < len(ws) && k < e+6 && !ws[k].Punct; k++ {
				if pm, ok := a.mentionAt(ws[k].Start); ok {
					if pm.Type == newsgraph.Person && k > e && personNouns[ws[k-1].Low] {
						name, t := a.entity(pm)
						return result{speaker: name, etype: t}, true
					}
					break
				}
			}
		}
		for e < len(ws) && (ws[e].Low == "'s" || personNouns[ws[e].Low] || docNouns[ws[e].Low] || isModifier(ws[e])) {
			e++
		}
		// "Jane Doe's uncle, John Roe, told": the name in apposition.
		c := e
		if c > 0 && ws[c-1].Low == "'s" {
			for c < len(ws) && c < e+3 && !ws[c].Punct {
				c++ // "Doe's uncle"
			}
		}
		if c < len(ws) && ws[c].Low == "," && c+1 < len(ws) && (c > e || hasPersonNoun(ws[j:e])) {
			if pm, ok := a.mentionAt(ws[c+1].Start); ok && pm.Type == newsgraph.Person && pm.Start != m.Start {
				k := c + 1
				for k < len(ws) && ws[k].Start < pm.End {
					k++
				}
				if k < len(ws) && ws[k].Low == "," {
					name, t := a.entity(pm)
					return result{speaker: name, etype: t}, true
				}
			}
		}
		np := ws[:e]
		return a.resolveNP(-1, trimNP(np))
	}
	return result{}, false
}

func hasPersonNoun(ws []word) bool {
	for _, w := range ws {
		if personNouns[w.Low] {
			return true
		}
	}
	return false
}

func isModifier(w word) bool {
	switch w.Low {
	case "top", "senior", "military", "defense", "defence", "foreign", "security", "government", "state", "former", "deputy", "chief", "press", "anonymous":
		return true
	}
	return false
}

func (a *attributor) anyMention(from, to int, personOrOrg bool) bool {
	for _, m := range a.mentions {
		if m.Start >= to {
			break
		}
		if m.Start >= from && (!personOrOrg || m.Type == newsgraph.Person || m.Type == newsgraph.Org) {
			return true
		}
	}
	return false
}

// mentionAt returns the outermost mention starting at off.
func (a *attributor) mentionAt(off int) (newsgraph.Mention, bool) {
	for _, m := range a.mentions {
		if m.Start > off {
			break
		}
		if m.Start == off {
			return m, true
		}
	}
	return newsgraph.Mention{}, false
}

// outermost returns the mentions inside [from, to) not nested in another.
func (a *attributor) outermost(from, to int) []newsgraph.Mention {
	var out []newsgraph.Mention
	for _, m := range a.mentions {
		if m.Start >= to {
			break
		}
		if m.Start < from || m.End > to || a.quoted(m.Start) {
			continue
		}
		if len(out) > 0 && out[len(out)-1].Contains(m.Span) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// quoted reports whether off lies inside a quotation's words.
func (a *attributor) quoted(off int) bool {
	i := sort.Search(len(a.spans), func(i int) bool { return a.spans[i].Close > off })
	return i < len(a.spans) && a.spans[i].Open <= off
}

// entity returns the canonical name and type behind a mention.
func (a *attributor) entity(m newsgraph.Mention) (string, newsgraph.EntityType) {
	if m.Entity >= 0 && m.Entity < len(a.doc.Entities) {
		e := a.doc.Entities[m.Entity]
		return e.Name, e.Type
	}
	return m.Text, m.Type
}

// resolveNP turns a subject phrase into a speaker, marking an anonymous
// single person ("a senior employee", "he" standing for one) so that a
// later pronoun can continue it.
func (a *attributor) resolveNP(i int, np []word) (result, bool) {
	r, ok := a.resolvePhrase(i, np)
	if ok && r.speaker == newsgraph.Unattributed && len(np) > 0 {
		if len(np) == 1 && (np[0].Low == "he" || np[0].Low == "she") {
			r.anonPerson = true
		}
		indefinite := np[0].Low == "a" || np[0].Low == "an" || np[0].Low == "one" || np[0].Low == "another"
		for k := len(np) - 1; k >= 0 && indefinite; k-- {
			if personNouns[np[k].Low] || agentNoun(np[k].Low) {
				w := np[k].Low
				r.anonPerson = !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss")
				break
			}
		}
	}
	return r, ok
}

// sameSentence reports whether offsets p and q lie in one sentence.
func (a *attributor) sameSentence(p, q int) bool {
	_, i := a.sentenceAt(p)
	_, j := a.sentenceAt(q)
	return i == j
}

// unnamedSpeakerBefore reports whether one of the three sentences before
// off has a singular person noun as the subject of a cue: "a company
// spokesman said", "The official told Reuters".
func (a *attributor) unnamedSpeakerBefore(off int) bool {
	_, si := a.sentenceAt(off)
	for s := si - 1; s >= 0 && s >= si-3; s-- {
		ws := words(a.text, a.sents[s].Start, a.sents[s].End)
		for k := 0; k+1 < len(ws); k++ {
			w := ws[k].Low
			if !personNouns[w] || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
				continue
			}
			if isCue(ws, k+1) && (cueForm(ws, k+1) == "said" || cueForm(ws, k+1) == "told" || cueForm(ws, k+1) == "says") {
				return true
			}
		}
	}
	return false
}

// determiner reports whether w is an article or possessive determiner.
func determiner(w string) bool {
	switch w {
	case "the", "a", "an", "its", "their", "his", "her":
		return true
	}
	return false
}

// resolvePhrase turns a subject phrase into a speaker.
func (a *attributor) resolvePhrase(i int, np []word) (result, bool) {
	var r result
	if len(np) == 0 {
		return r, false
	}
	from, to := np[0].Start, np[len(np)-1].End
	pos := from
	first := np[0].Low
	if len(np) <= 2 {
		switch {
		case pronounsPerson[first]:
			a.want = female
			if first == "he" || first == "him" {
				a.want = male
			}
			r, ok := a.backRef(pos, func(t newsgraph.EntityType) bool { return t == newsgraph.Person })
			a.want = 0
			if !ok && (first == "he" || first == "she") && a.unnamedSpeakerBefore(pos) {
				// Nobody named fits and an unnamed one spoke just before
				// ("..., a company spokesman said. \"...,\" he said"): that
				// unnamed speaker, cue kept.
				return result{speaker: newsgraph.Unattributed, anonPerson: true}, true
			}
			return r, ok
		case pronounsThing[first]:
			return a.backRef(pos, func(t newsgraph.EntityType) bool { return t == newsgraph.Org })
		case pronounsPlural[first]:
			if r, ok := a.backRef(pos, func(t newsgraph.EntityType) bool { return t == newsgraph.Org || t == "" }); ok {
				return r, true
			}
			r.speaker = newsgraph.Unattributed
			return r, true
		}
	}
	// "the Texas Democrat told", "the Osland Republican said": a party
	// member's epithet stands for the person just spoken of, even when the
	// tagger made a name of it.
	if last := np[len(np)-1].Low; first == "the" && len(np) <= 4 && partyMembers[last] &&
		(len(np) >= 3 || !partyNames[last]) && a.text[np[len(np)-1].End:min(len(a.text), np[len(np)-1].End+2)] != "'s" {
		if r, ok := a.backRef(pos, func(t newsgraph.EntityType) bool { return t == newsgraph.Person }); ok {
			return r, true
		}
	}
	ms := a.outermost(from, to)
	// Apposition: "X, spokesperson for Y," keeps the first segment;
	// "the play's organiser in Y, Jane Doe," the name after a description.
	for j, w := range np {
		if w.Low == "," && j > 0 {
			seg := a.outermost(from, w.Start)
			if j+1 < len(np) && (len(seg) == 0 || seg[len(seg)-1].Type != newsgraph.Person) && hasPersonNoun(np[:j]) {
				if m, ok := a.mentionAt(np[j+1].Start); ok && m.Type == newsgraph.Person {
					name, t := a.entity(m)
					return result{speaker: name, etype: t}, true
				}
			}
			if len(seg) > 0 {
				ms, to = seg, w.Start
				np = np[:j]
			}
			break
		}
	}
	if len(ms) > 0 {
		m := ms[len(ms)-1]
		name, typ := a.entity(m)
		// Group nouns before the mention: "members of the parliament".
		var before, tail []word
		for _, w := range np {
			if w.End <= m.Start {
				before = append(before, w)
			} else if w.Start >= m.End && w.Low != "'s" {
				tail = append(tail, w)
			}
		}
		for j := 0; j+1 < len(before); j++ {
			// "a spokesman for Acme" (the name right after "for"), not
			// "the minister for civil aviation Jane Doe"
			forOrg := before[j+1].Low == "for" && (j+2 == len(before) || j+3 == len(before) && determiner(before[j+2].Low))
			if personNouns[before[j].Low] && (descPreps[before[j+1].Low] || forOrg) {
				// "members of the parliament", "spokesperson of the ministry",
				// "a dealer with a Tokyo bank", "an oil trader in Lisbon"
				if m.Type == newsgraph.Person {
					break
				}
				if rr, ok := a.describe(np, m, name); ok {
					return rr, true
				}
				r.speaker = newsgraph.Unattributed
				r.org = orgName(name, typ)
				return r, true
			}
		}
		// A person named before the organization: "ministry spokesman
		// Jane Doe" is handled by the last mention; "Doe of the Pentagon",
		// "Doe at Acme" by preferring a person in the phrase, also when the
		// firm is named like a person ("Doe of Ruiz Perez and Co").
		for _, o := range ms {
			if o.Type == newsgraph.Person && o.End <= m.Start {
				gap := words(a.text, o.End, m.Start)
				if len(gap) > 0 && (gap[0].Low == "of" || gap[0].Low == "from" || gap[0].Low == "at" ||
					gap[0].Low == "," && m.Type != newsgraph.Person) {
					n, t := a.entity(o)
					r.speaker, r.etype = n, t
					return r, true
				}
			}
		}
		indefinite := first == "a" || first == "an" || first == "one" || first == "another"
		for _, w := range tail {
			if personNouns[w.Low] || indefinite && agentNoun(w.Low) {
				if rr, ok := a.describe(np, m, name); ok {
					return rr, true
				}
				r.speaker = newsgraph.Unattributed
				r.org = orgName(name, typ)
				return r, true
			}
		}
		r.speaker, r.etype = name, typ
		return r, true
	}
	// No mention: a surname alone that the tagger missed ("May said",
	// read as a month) is the one person of the article with it.
	if len(np) == 1 && startsUpper(a.text[np[0].Start:np[0].End]) {
		if r, ok := a.bySurname(a.text[np[0].Start:np[0].End]); ok {
			return r, true
		}
	}
	// No mention: a description.
	head := np[len(np)-1].Low
	if docNouns[head] || orgNouns[head] && (first == "the" || first == "this") {
		return a.backRef(pos, func(t newsgraph.EntityType) bool { return t == newsgraph.Org })
	}
	// "the German said", "the 24-year-old added", "the Spaniard said": an
	// epithet standing for the person just spoken of, read as "he/she".
	if first == "the" && len(np) == 2 && a.epithet(np[1]) {
		return a.backRef(pos, func(t newsgraph.EntityType) bool { return t == newsgraph.Person })
	}
	// "said one arbitrageur", "a forecaster said": an indefinite agent
	// noun names an anonymous person even when no list holds it.
	if (first == "a" || first == "an" || first == "one" || first == "another") && len(np) <= 4 && agentNoun(head) {
		r.speaker = newsgraph.Unattributed
		return r, true
	}
	for _, w := range np {
		if personNouns[w.Low] {
			if rr, ok := a.describe(np, newsgraph.Mention{Entity: -1}, ""); ok {
				return rr, true
			}
			r.speaker = newsgraph.Unattributed
			// "the official said" after an anonymous official's quote.
			if i > 0 && first == "the" && !strings.HasSuffix(head, "s") {
				for j := i - 1; j >= 0 && j >= i-3; j-- {
					if a.done[j].ok && a.done[j].speaker == newsgraph.Unattributed {
						r.org = a.done[j].org
						break
					}
				}
			}
			return r, true
		}
	}
	return r, false
}

func orgName(name string, t newsgraph.EntityType) string {
	if t == newsgraph.Org || t == newsgraph.GPE || t == newsgraph.Facility {
		return name
	}
	return ""
}

// describe resolves a definite description of a person ("the defense
// chief", "Iraq's top military spokesperson") to the entity of the
// document whose stated roles share its words; indefinite and plural
// descriptions ("a senior official", "officials") name nobody.
func (a *attributor) describe(np []word, possessor newsgraph.Mention, possessorName string) (result, bool) {
	first := np[0].Low
	if determinersIndef[first] || isNumber(first) {
		return result{}, false
	}
	head := ""
	for _, w := range np {
		if personNouns[w.Low] {
			head = w.Low
		}
	}
	if strings.HasSuffix(head, "s") && head != "chairs" && !strings.HasSuffix(head, "ss") {
		return result{}, false // plural: officials, sources
	}
	desc := map[string]bool{}
	for _, w := range np {
		if w.Punct || possessor.Entity >= 0 && w.Start >= possessor.Start && w.End <= possessor.End {
			continue
		}
		if descStop[w.Low] {
			continue
		}
		desc[synonym(w.Low)] = true
	}
	if len(desc) == 0 {
		return result{}, false
	}
	best, bestScore, bestPos := -1, 0, -1
	for ei, e := range a.doc.Entities {
		if e.Type != newsgraph.Person || e.Name == possessorName {
			continue
		}
		roles := append(append([]string(nil), e.Roles...), a.titles[ei]...)
		seen := map[string]bool{}
		score := 0
		headHit := false
		for _, role := range roles {
			for _, rw := range strings.Fields(strings.ToLower(role)) {
				rw = synonym(strings.Trim(rw, ",.;:()’'"))
				if desc[rw] && !seen[rw] {
					seen[rw] = true
					score++
					if rw == synonym(head) {
						headHit = true
					}
				}
			}
		}
		if score == 0 || !headHit && score < 2 && head != "chief" {
			continue
		}
		p := a.lastMentionOf(ei, np[0].Start)
		if score > bestScore || score == bestScore && p > bestPos {
			best, bestScore, bestPos = ei, score, p
		}
	}
	if best < 0 {
		return result{}, false
	}
	return result{speaker: a.doc.Entities[best].Name, etype: newsgraph.Person}, true
}

var descStop = set("the", "a", "an", "'s", "top", "senior", "of", "for", "to",
	"and", "his", "her", "its", "their", "our", "then", "new", "former", "chief")

// synonym folds title words that name the same post.
func synonym(w string) string {
	switch w {
	case "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen":
		return "spokesperson"
	case "defence":
		return "defense"
	case "premier":
		return "minister"
	case "head", "leader":
		return "chief"
	}
	return w
}

// lastMentionOf is the start of entity ei's last mention before off, else
// -1 (mentions after off count below any before it).
func (a *attributor) lastMentionOf(ei, off int) int {
	p := -1
	for _, m := range a.mentions {
		if m.Entity == ei && m.Start < off {
			p = m.Start
		}
	}
	return p
}

// backRef resolves a pronoun or a back reference at off: the speaker of a
// recent quotation or the first mention (the subject) of a recent sentence
// whose type fits.
func (a *attributor) backRef(off int, fits func(newsgraph.EntityType) bool) (result, bool) {
	_, si := a.sentenceAt(off)
	if r, ok := a.backRefIn(off, si, si-4, fits); ok {
		return r, true
	}
	// A pronoun after a long gap: a person named further back, when
	// nobody else fits in between.
	if fits(newsgraph.Person) && !fits(newsgraph.Org) {
		return a.backRefIn(off, si-5, si-12, fits)
	}
	return result{}, false
}

// backRefIn is backRef over sentences hi down to lo.
func (a *attributor) backRefIn(off, hi, lo int, fits func(newsgraph.EntityType) bool) (result, bool) {
	_, cur := a.sentenceAt(off)
	for s := hi; s >= 0 && s >= lo; s-- {
		if s >= len(a.sents) {
			continue
		}
		sent := a.sents[s]
		// Quotations closing in this sentence, latest first; an anonymous
		// person's (`"...," a senior employee told Reuters.`) is who "he
		// added" next.
		for j := len(a.done) - 1; j >= 0; j-- {
			d := a.done[j]
			if !d.ok || d.sent != s || a.spans[j].Close > off {
				continue
			}
			if d.speaker == newsgraph.Unattributed && !d.fallback && d.cue != "" && d.anonPerson && fits(newsgraph.Person) && !fits(newsgraph.Org) {
				return result{speaker: newsgraph.Unattributed, org: d.org}, true
			}
			if d.speaker != newsgraph.Unattributed && fits(d.etype) && a.agrees(d.speaker) {
				return result{speaker: d.speaker, etype: d.etype}, true
			}
		}
		to := sent.End
		if s == cur {
			to = off
		}
		if s != cur && fits(newsgraph.Person) && !fits(newsgraph.Org) {
			// "But a spokesman for the ministry defended it. He said":
			// an anonymous speaker.
			if r, ok := a.indefiniteSubject(sent); ok {
				return r, true
			}
		}
		// The first mention that fits, preferring one that is no
		// possessive or object of a preposition: in "Osland made no
		// concessions ahead of Vell's trip and Ivo Brandt sought ...",
		// "he" is Brandt.
		var first *result
		// Places in a dateline ("LANDOVER, Md., April 3 -") are nobody.
		for _, m := range a.outermost(min(a.datelineEnd(sent), to), to) {
			if !fits(m.Type) {
				continue
			}
			name, t := a.entity(m)
			if !a.agrees(name) {
				continue
			}
			r := result{speaker: name, etype: t}
			if !a.oblique(m, sent.Start) {
				return r, true
			}
			if first == nil {
				first = &r
			}
		}
		if first != nil {
			return *first, true
		}
	}
	return result{}, false
}

// oblique reports whether mention m is a possessive ("Vell's trip") or
// the object of a preposition ("ahead of Vell", "with Vell").
func (a *attributor) oblique(m newsgraph.Mention, from int) bool {
	after := words(a.text, m.End, min(len(a.text), m.End+8))
	if len(after) > 0 && after[0].Low == "'s" && after[0].Start == m.End {
		return true
	}
	// "in the shape of Doe, who plays ...": a person introduced with a
	// relative clause is the topic.
	if len(after) > 1 && after[0].Low == "," && after[1].Low == "who" {
		return false
	}
	before := words(a.text, max(from, m.Start-16), m.Start)
	n := len(before)
	if n >= 2 && before[n-2].Low == "according" && before[n-1].Low == "to" {
		return false // the source: "According to Doe, ..."
	}
	return n > 0 && obliquePreps[before[n-1].Low]
}

// indefiniteSubject reports whether sentence sent opens with an
// indefinite description of a person ("But a spokesman for the ministry
// ..."), and returns it as an unattributed speaker with its organization.
func (a *attributor) indefiniteSubject(sent newsgraph.Span) (result, bool) {
	ws := words(a.text, sent.Start, min(sent.End, sent.Start+200))
	k := 0
	for k < len(ws) && (ws[k].Punct || ws[k].Low == "but" || ws[k].Low == "and" || ws[k].Low == "however" || ws[k].Low == "meanwhile") {
		k++
	}
	if k >= len(ws) || ws[k].Low != "a" && ws[k].Low != "an" && ws[k].Low != "one" && ws[k].Low != "another" {
		return result{}, false
	}
	for h := k + 1; h < len(ws) && h <= k+4; h++ {
		if ws[h].Punct {
			break
		}
		if a.anyMention(ws[h].Start, ws[h].End, false) && !personNouns[ws[h].Low] {
			if m, ok := a.mentionAt(ws[h].Start); ok && m.Type == newsgraph.Person {
				return result{}, false
			}
		}
		if !personNouns[ws[h].Low] || strings.HasSuffix(ws[h].Low, "s") && ws[h].Low != "boss" {
			continue
		}
		// "One woman, Jane Doe, found ...": named in apposition.
		if h+2 < len(ws) && ws[h+1].Low == "," {
			if m, ok := a.mentionAt(ws[h+2].Start); ok && m.Type == newsgraph.Person {
				return result{}, false
			}
		}
		r := result{speaker: newsgraph.Unattributed}
		for q := k + 1; q < len(ws) && q <= h+5; q++ {
			if m, ok := a.mentionAt(ws[q].Start); ok {
				name, t := a.entity(m)
				r.org = orgName(name, t)
				break
			}
		}
		return r, true
	}
	return result{}, false
}

// date returns the date the text gives for quotation i: a date expression
// in its sentence outside the quoted words, nearest the cue; else the
// publication date, flagged as a default.
func (a *attributor) date(i, cuePos int) (string, bool) {
	s := a.spans[i]
	left, right, _, _ := a.window(i)
	best, dist := "", -1
	for _, d := range a.allDates() {
		in := (d.Start >= left.Start && d.End <= left.End) || (d.Start >= right.Start && d.End <= right.End)
		if !in || d.Start >= s.Start() && d.End <= s.End() {
			continue
		}
		if !a.attributionDate(d, cuePos) {
			continue
		}
		dd := d.Start - cuePos
		if dd < 0 {
			dd = -dd
		}
		if dist < 0 || dd < dist {
			best, dist = d.Value, dd
		}
	}
	if best != "" {
		return best, false
	}
	if i > 0 && a.done[i].cuePos == a.done[i-1].cuePos && a.done[i].cuePos > 0 {
		// a continuation shares its predecessor's date
		if d, def := a.date(i-1, cuePos); !def {
			return d, false
		}
	}
	// A later quotation of a speaker whose statement was dated earlier in
	// the article: "Doe said Thursday ..." then "...," Doe said.
	if r := a.done[i]; cuePos > 0 && r.speaker != "" && r.speaker != newsgraph.Unattributed {
		for j := i - 1; j >= 0; j-- {
			if a.done[j].ok && a.done[j].speaker == r.speaker && a.stated[j] != "" {
				return a.stated[j], false
			}
		}
	}
	if a.doc.Article.Published != "" {
		return a.doc.Article.Published, true
	}
	if a.doc.HasAnchor {
		return a.doc.Anchor.Format("2006-01-02"), true
	}
	return "", false
}

// allDates is every date expression of the text with its offsets (the
// document's Dates keep one of each), computed once.
func (a *attributor) allDates() []newsgraph.Date {
	if a.dates == nil {
		a.dates = dates.Find(a.text, a.doc.Anchor, a.doc.HasAnchor, a.doc.Ignored)
		seen := map[int]bool{}
		for _, d := range a.dates {
			seen[d.Start] = true
		}
		for _, d := range a.doc.Dates {
			if !seen[d.Start] {
				a.dates = append(a.dates, d)
			}
		}
		if a.dates == nil {
			a.dates = []newsgraph.Date{}
		}
	}
	return a.dates
}

// attributionDate reports whether date d belongs to the attribution
// clause of the cue at cuePos rather than to what was said: after the cue
// within a few words ("said on Tuesday", "said the ministry in a statement
// on Tuesday"), right before it ("Doe on Tuesday said"), or opening the
// sentence ("On Tuesday, Doe said"); never across a quotation or a
// subordinating word ("was closed yesterday because it was \"...,\" Doe
// said", "said the talks on Tuesday were ...").
func (a *attributor) attributionDate(d newsgraph.Date, cuePos int) bool {
	if rest := a.text[d.End:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		// "said Monday's drop was ...": a date of what was said; but
		// "said during Saturday's session", "at Tuesday's briefing" date it
		pre := words(a.text, max(0, d.Start-12), d.Start)
		if len(pre) == 0 || !occasionPreps[pre[len(pre)-1].Low] {
			return false
		}
	}
	if cuePos <= 0 || len(d.Value) == 4 && !a.cueInYear(d, cuePos) {
		// no cue: the words are not dated by an attribution; a year alone
		// ("as in 1997, he said") dates an event, not a statement, unless
		// it follows the cue ("she said in 2003")
		return false
	}
	lo, hi := cuePos, d.Start
	if d.Start < cuePos {
		lo, hi = d.End, cuePos
	}
	for _, q := range a.spans {
		if q.Open >= lo && q.Open < hi || q.Close > lo && q.Close <= hi {
			return false
		}
	}
	between := content(words(a.text, lo, hi))
	if d.Start > cuePos && len(between) > 0 {
		between = between[1:] // the cue itself
	}
	for _, w := range between {
		if dateBlockers[w.Low] {
			return false
		}
	}
	if d.Start > cuePos {
		return len(between) <= 8
	}
	// "On Tuesday, the minister said"
	sent, _ := a.sentenceAt(d.Start)
	lead := content(words(a.text, a.datelineEnd(sent), d.Start))
	if len(lead) <= 2 {
		return true
	}
	// "While in Osland earlier this month, the minister predicted": a
	// leading adverbial clause closed by a comma before the subject.
	if leadWords[lead[0].Low] && len(lead) <= 8 {
		gap := words(a.text, d.End, cuePos)
		commas := 0
		for _, w := range gap {
			if w.Low == "," {
				commas++
			}
		}
		if commas == 1 && len(gap) > 0 && gap[0].Low == "," {
			return true
		}
	}
	// "Doe on Tuesday said", "Doe, on Tuesday, said"; not "... as it was
	// on May 3, he said", where the date ends what was said.
	if len(between) > 4 {
		return false
	}
	gap := words(a.text, lo, hi)
	pre := words(a.text, max(sent.Start, d.Start-8), d.Start)
	parenthetical := len(pre) > 0 && pre[len(pre)-1].Low == ","
	for _, w := range gap {
		if w.Low == "," && !parenthetical {
			return false
		}
	}
	return true
}

// cueInYear reports whether year d follows the cue at cuePos as "CUE in
// YEAR" ("she said in 2003"; not "he told the paper in 1999").
func (a *attributor) cueInYear(d newsgraph.Date, cuePos int) bool {
	if d.Start <= cuePos {
		return false
	}
	between := words(a.text, cuePos, d.Start)
	return len(between) == 2 && !between[0].Punct && between[1].Low == "in"
}

// localTitles reads, for each person entity, the titles written next to
// its mentions: "Defense Secretary Jane Doe", "Jane Doe, spokesperson for
// the ministry". describe matches descriptions against them as well as
// against the entity's Roles.
func localTitles(a *attributor) map[int][]string {
	out := map[int][]string{}
	for _, m := range a.mentions {
		if m.Type != newsgraph.Person || m.Entity < 0 {
			continue
		}
		ps, _ := within(a.paras, m.Start)
		before := words(a.text, max(ps.Start, m.Start-80), m.Start)
		var t []string
		for j := len(before) - 1; j >= 0 && len(t) < 6; j-- {
			w := before[j]
			if w.Punct && w.Low != "'s" {
				break
			}
			if personNouns[w.Low] || isModifier(w) || startsUpper(a.text[w.Start:w.End]) {
				t = append(t, w.Low)
				continue
			}
			break
		}
		after := words(a.text, m.End, min(ps.End, m.End+120))
		if len(after) > 1 && after[0].Low == "," {
			for _, w := range after[1:] {
				if w.Punct || cues[w.Low] || len(t) > 14 {
					break
				}
				t = append(t, w.Low)
			}
		}
		if len(t) > 0 {
			out[m.Entity] = append(out[m.Entity], strings.Join(t, " "))
		}
	}
	return out
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// epithet reports a word that news uses after "the" for a person already
// named: a nationality noun ("German", "Spaniard", "Frenchman", "Scot"),
// an age ("24-year-old") or a few personal epithets ("youngster",
// "veteran").
func (a *attributor) epithet(w word) bool {
	if personEpithets[w.Low] {
		return true
	}
	if strings.HasSuffix(w.Low, "-year-old") && len(w.Low) > len("-year-old") {
		return isNumber(strings.TrimSuffix(w.Low, "-year-old"))
	}
	raw := a.text[w.Start:w.End]
	if !startsUpper(raw) || a.inMention(w.Start) {
		return false
	}
	if nationalityNouns[w.Low] {
		return true
	}
	if orgNouns[w.Low] || docNouns[w.Low] {
		return false
	}
	for _, suf := range []string{"ian", "ean", "ese", "man", "woman", "ard", "an", "i"} {
		if strings.HasSuffix(w.Low, suf) && len(w.Low) >= len(suf)+3 {
			return true
		}
	}
	return false
}

var personEpithets = set("youngster", "teenager", "veteran", "frontman", "star", "champion",
	"left-hander", "right-hander", "newcomer", "debutant")

var nationalityNouns = set("scot", "swede", "dane", "finn", "pole", "czech", "swiss", "greek",
	"thai", "turk", "brit", "kiwi", "aussie", "argentine", "spaniard", "frenchman",
	"frenchwoman", "englishman", "englishwoman", "welshman", "welshwoman", "irishman",
	"irishwoman", "dutchman", "dutchwoman", "scotsman", "scotswoman", "briton", "serb",
	"croat", "slovak", "slovene", "uzbek", "kazakh", "filipino", "brazilian", "cypriot")
