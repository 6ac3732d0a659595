package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// Dialogue: turn-taking exchanges, where each turn is a quotation that
// opens its own paragraph (or, in text without paragraph breaks, follows
// the previous quotation with nothing between them) and carries no cue.
// News rarely writes them; fiction and interviews do. Their speakers
// alternate (Elson and McKeown 2010; He et al. 2013): an uncued turn is
// spoken by the person the previous turn addressed by name (a vocative),
// else by the last speaker of the exchange other than the previous turn's.

// maxChain is how many turns back an exchange is read for its speakers.
const maxChain = 8

// sharedCue reports whether quotation i is the second half of a split
// quotation, `"A," she said, "B."`: the cue between the two belongs to
// quotation i-1, whose speaker it keeps.
func (a *attributor) sharedCue(i int, lw []word, lc int) (result, bool) {
	if i == 0 || lc < 0 || !a.done[i-1].ok || a.done[i-1].fallback {
		return result{}, false
	}
	p := a.done[i-1]
	if p.cuePos != lw[lc].Start || p.cuePos < a.spans[i-1].Close {
		return result{}, false
	}
	return p, true
}

// turnStart reports whether quotation i opens a dialogue turn right after
// another turn ending in quotation i-1: a new paragraph that begins with
// the quotation after a paragraph that began with one (and ended with it
// or with a cue clause after a question); in text without paragraph
// breaks, nothing but white space between the two quotations, or a short
// cue clause after a question (`"Where?" he asked. "Home."`).
func (a *attributor) turnStart(i int) bool {
	if i == 0 {
		return false
	}
	prev, s := a.spans[i-1], a.spans[i]
	if !prev.Closed {
		return false
	}
	gap := a.text[prev.Close:s.Open]
	gw := content(words(a.text, prev.Close, s.Open))
	question := strings.HasSuffix(strings.TrimSpace(a.text[prev.Start():prev.End()]), "?")
	short := len(gw) == 0 || question && len(gw) <= 8 && a.endsSentence(gap)
	if !short {
		return false
	}
	if len(a.paras) <= 1 {
		return true
	}
	// Paragraph text: quotation i opens its paragraph and quotation i-1
	// is in the paragraph just before, which opens with a quotation.
	para, pi := within(a.paras, s.Open)
	if pi <= 0 || strings.TrimSpace(a.text[para.Start:s.Open]) != "" {
		return false
	}
	pp := a.paras[pi-1]
	if prev.Open < pp.Start || prev.Open >= pp.End {
		return false
	}
	for j := i - 1; j >= 0 && a.spans[j].Open >= pp.Start; j-- {
		if strings.TrimSpace(a.text[pp.Start:a.spans[j].Open]) == "" {
			return true
		}
	}
	return false
}

func (a *attributor) endsSentence(gap string) bool {
	g := strings.TrimSpace(gap)
	return strings.HasSuffix(g, ".") || strings.HasSuffix(g, "!") || strings.HasSuffix(g, "?") || g == ""
}

// dialogue attributes an uncued quotation i that takes a turn in an
// exchange: the person the previous turn addressed, else the other party
// of the exchange.
func (a *attributor) dialogue(i, sj int) (result, bool) {
	if !a.turnStart(i) {
		return result{}, false
	}
	self := map[string]bool{}
	for _, v := range a.vocatives(i) {
		self[v.speaker] = true
	}
	// The previous turn named its addressee: "Are you coming, Jo?"
	for _, v := range a.vocatives(i - 1) {
		if !self[v.speaker] && v.speaker != a.done[i-1].speaker {
			v.ok, v.sent, v.fallback = true, sj, false
			return v, true
		}
	}
	prev := a.done[i-1]
	if !prev.ok || prev.speaker == newsgraph.Unattributed {
		return result{}, false
	}
	// Walk back through the exchange for the other party.
	for j, n := i-1, 0; j > 0 && n < maxChain; j-- {
		if !a.linked(j) {
			break
		}
		n++
		d := a.done[j-1]
		if d.ok && d.speaker != newsgraph.Unattributed && d.speaker != prev.speaker && !self[d.speaker] && d.etype == newsgraph.Person {
			return result{speaker: d.speaker, etype: d.etype, ok: true, sent: sj}, true
		}
	}
	// Else the nearest other person named before the previous turn (the
	// one it answered).
	lo := max(0, a.spans[i-1].Open-600)
	for k := len(a.mentions) - 1; k >= 0; k-- {
		m := a.mentions[k]
		if m.Start >= a.spans[i-1].Open || m.Type != newsgraph.Person {
			continue
		}
		if m.Start < lo {
			break
		}
		name, t := a.entity(m)
		if name != prev.speaker && !self[name] {
			return result{speaker: name, etype: t, ok: true, sent: sj}, true
		}
	}
	return result{}, false
}

// beforeVerb reads `"...," Doe began`: a quotation that ends in a comma,
// question or exclamation mark, followed by a person's name (or he/she)
// and a verb, is that person's, whatever the verb.
func (a *attributor) beforeVerb(i int, rw []word, endsComma bool) (result, bool) {
	if !endsComma {
		return result{}, false
	}
	k := 0
	for k < len(rw) && rw[k].Punct {
		k++
	}
	if k >= len(rw) {
		return result{}, false
	}
	end := k + 1
	if !pronounsPerson[rw[k].Low] || rw[k].Low == "him" || rw[k].Low == "her" {
		at := k
		if honorifics[rw[k].Low] && k+1 < len(rw) {
			at = k + 1 // "Mr Doe pressed"
		}
		m, ok := a.mentionAt(rw[at].Start)
		if !ok || m.Type != newsgraph.Person {
			return result{}, false
		}
		for end < len(rw) && rw[end].Start < m.End {
			end++
		}
	}
	if end >= len(rw) || rw[end].Punct || !startsLower(a.text[rw[end].Start:rw[end].End]) || clauseWords[rw[end].Low] || rw[end].Low == "'s" {
		return result{}, false
	}
	r, ok := a.resolveNP(i, rw[k:end])
	if !ok || r.etype != newsgraph.Person {
		return result{}, false
	}
	r.cue, r.cuePos = rw[end].Low, rw[end].Start
	return r, true
}

// beat reads an action of a person in the sentence just before an uncued
// quotation of the same paragraph: `Doe sighed. "Yes."`
func (a *attributor) beat(i, si int) (result, bool) {
	if si <= 0 || si > len(a.sents) {
		return result{}, false
	}
	prev := a.sents[si-1]
	if a.hasQuote(prev) || i > 0 && a.spans[i-1].Close > prev.Start {
		return result{}, false
	}
	if _, p1 := within(a.paras, prev.Start); p1 != func() int { _, p := within(a.paras, a.spans[i].Open); return p }() {
		return result{}, false
	}
	if len(content(words(a.text, prev.Start, prev.End))) > 20 {
		return result{}, false
	}
	r, ok := a.subject(prev.Start, prev.End)
	if !ok || r.etype != newsgraph.Person || r.speaker == newsgraph.Unattributed {
		return result{}, false
	}
	return r, true
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// linked reports whether quotation j-1 belongs to the same exchange as
// quotation j: at most one short sentence of narration between them.
func (a *attributor) linked(j int) bool {
	gw := content(words(a.text, a.spans[j-1].Close, a.spans[j].Open))
	if len(gw) > 25 {
		return false
	}
	if len(a.paras) > 1 {
		_, p1 := within(a.paras, a.spans[j-1].Close-1)
		_, p2 := within(a.paras, a.spans[j].Open)
		return p2-p1 <= 1
	}
	return true
}

// vocatives returns the people quotation i addresses by name: a person
// mention inside it set off by commas, the quotation's edges or ! and ?
// ("Annie, come here", "Is it you, Jo?").
func (a *attributor) vocatives(i int) []result {
	var out []result
	seen := map[string]bool{}
	s := a.spans[i]
	for _, m := range a.mentions {
		if m.Start >= s.End() {
			break
		}
		// A name running out of the quotation (across a hard wrap) is no vocative.
		if m.Start < s.Start() || m.End > s.End() || m.Type != newsgraph.Person {
			continue
		}
		before := strings.TrimRightFunc(a.text[s.Start():m.Start], unicode.IsSpace)
		after := strings.TrimLeftFunc(a.text[m.End:s.End()], unicode.IsSpace)
		// Honorifics before the name belong to it: "Mr. Doe", "Sir John".
		if k := strings.LastIndexAny(before, " ,"); k >= 0 || before != "" {
			w := strings.ToLower(strings.Trim(before[k+1:], "."))
			if honorifics[w] {
				before = strings.TrimRightFunc(before[:k+1], unicode.IsSpace)
			}
		}
		okBefore := before == "" || strings.HasSuffix(before, ",") || strings.HasSuffix(before, "!") ||
			strings.HasSuffix(before, "?") || strings.HasSuffix(before, "--") || strings.HasSuffix(before, "—") ||
			strings.HasSuffix(before, "dear") || strings.HasSuffix(before, "Oh")
		r, _ := utf8.DecodeRuneInString(after)
		okAfter := after == "" || r == ',' || r == '!' || r == '?' || r == '.' || r == ';'
		if !okBefore || !okAfter || before == "" && after == "" {
			continue
		}
		if before == "" && r == '.' {
			continue // "Jo." is a one-word answer, not an address
		}
		name, t := a.entity(m)
		if !seen[name] {
			seen[name] = true
			out = append(out, result{speaker: name, etype: t})
		}
	}
	return out
}

var honorifics = set("mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "madam",
	"master", "mister", "uncle", "aunt", "captain", "colonel", "doctor", "my", "dear")

const (
	male   = 1
	female = 2
)

var maleWords = set("mr", "sir", "lord", "king", "prince", "father", "uncle", "brother", "mister", "master", "monsieur", "herr", "señor", "senor", "son", "duke", "baron", "count", "earl")
var femaleWords = set("mrs", "miss", "ms", "lady", "queen", "princess", "mother", "aunt", "sister", "madam", "madame", "mademoiselle", "frau", "señora", "senora", "daughter", "duchess", "baroness", "countess", "dame", "mistress")

// genders reads, for each person named in the document, whether the text
// treats them as a man or a woman: a title before a mention ("Mrs Doe")
// counts three times, the first he/his/him or she/her after a mention in
// its sentence once. A person with no or mixed evidence has none.
func genders(a *attributor) map[string]int {
	score := map[string]int{}
	for _, m := range a.mentions {
		if m.Type != newsgraph.Person || a.quoted(m.Start) {
			continue
		}
		name, _ := a.entity(m)
		low := strings.ToLower(strings.Fields(m.Text + " x")[0])
		low = strings.TrimSuffix(low, ".")
		if maleWords[low] {
			score[name] += 3
		} else if femaleWords[low] {
			score[name] -= 3
		}
		if before := words(a.text, max(0, m.Start-12), m.Start); len(before) > 0 {
			w := strings.TrimSuffix(before[len(before)-1].Low, ".")
			if maleWords[w] {
				score[name] += 3
			} else if femaleWords[w] {
				score[name] -= 3
			}
		}
		ss, _ := a.sentenceAt(m.Start)
		after := words(a.text, m.End, min(ss.End, m.End+120))
		for k, w := range after {
			if k > 12 || a.quoted(w.Start) {
				break
			}
			if w.Low == "he" || w.Low == "his" || w.Low == "him" || w.Low == "himself" {
				score[name]++
				break
			}
			if w.Low == "she" || w.Low == "her" || w.Low == "hers" || w.Low == "herself" {
				score[name]--
				break
			}
		}
	}
	out := map[string]int{}
	for n, v := range score {
		switch {
		case v >= 2:
			out[n] = male
		case v <= -2:
			out[n] = female
		}
	}
	return out
}

// agrees reports whether name may be the referent of the pronoun being
// resolved (its gender, when known, matches) and is not a person the
// quotation being attributed addresses.
func (a *attributor) agrees(name string) bool {
	if a.exclude[name] {
		return false
	}
	if a.want == 0 {
		return true
	}
	g := a.gender[name]
	return g == 0 || g == a.want
}
