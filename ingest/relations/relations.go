// Package relations is the pipeline stage that reads relations between
// the entities of an article (titles and appositions, leadership,
// membership, containment of places, attacks, strikes, meetings) and the
// numeric claims it makes ("roughly 1,200 troops remain in the region"), each
// with the sentence that states it as evidence. Patterns favour precision:
// a relation is recorded only when the sentence states it in one of the
// forms news writing uses for it.
//
// It reads doc.Text, doc.Sentences, doc.Mentions, doc.Entities, doc.Dates
// and doc.Quotes (for the source of a claim made inside a quotation), and
// fills doc.Relations and doc.Claims.
package relations

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// Stage is the relations pipeline stage.
type Stage struct{}

// New returns the relations stage.
func New() *Stage { return &Stage{} }

// Name is the stage name, "relations".
func (*Stage) Name() string { return "relations" }

// Process sets doc.Relations and doc.Claims.
func (*Stage) Process(doc *newsgraph.Document) error {
	x := newIndex(doc)
	doc.Relations = x.relations()
	doc.Claims = x.claims()
	return nil
}

// collector gathers relations without duplicates.
type collector struct {
	x    *index
	seen map[string]bool
	out  []newsgraph.Relation
}

func (c *collector) add(sent newsgraph.Span, subj, obj newsgraph.Mention, pred, role string) {
	sn, _ := c.x.name(subj)
	on, _ := c.x.name(obj)
	c.addNames(sent, sn, on, pred, role)
}

func (c *collector) addNames(sent newsgraph.Span, sn, on, pred, role string) {
	if sn == "" || on == "" || newsgraph.Key(sn) == newsgraph.Key(on) {
		return
	}
	k := sn + "\x00" + pred + "\x00" + on
	if c.seen[k] {
		return
	}
	c.seen[k] = true
	r := newsgraph.Relation{
		Subject: sn, Predicate: pred, Object: on, Role: strings.TrimSpace(role),
		Evidence: strings.TrimSpace(c.x.text[sent.Start:sent.End]), Start: sent.Start, End: sent.End,
	}
	r.Date = c.x.dateIn(sent)
	c.out = append(c.out, r)
}

// addEvent records an attack or strike on the entity named on whose
// actor the sentence does not name.
func (c *collector) addEvent(sent newsgraph.Span, on, pred string) {
	if on == "" {
		return
	}
	k := "\x00" + pred + "\x00" + on
	if c.seen[k] {
		return
	}
	c.seen[k] = true
	c.out = append(c.out, newsgraph.Relation{
		Predicate: pred, Object: on,
		Evidence: strings.TrimSpace(c.x.text[sent.Start:sent.End]), Start: sent.Start, End: sent.End,
		Date: c.x.dateIn(sent),
	})
}

// dateIn returns the value of the first date expression in the sentence.
func (x *index) dateIn(s newsgraph.Span) string {
	for _, d := range x.doc.Dates {
		if d.Start >= s.Start && d.End <= s.End {
			return d.Value
		}
	}
	return ""
}

func (x *index) relations() []newsgraph.Relation {
	c := &collector{x: x, seen: map[string]bool{}}
	for _, s := range x.sents {
		if x.doc.IsIgnored(s) {
			continue
		}
		x.titles(c, s)
		x.led(c, s)
		x.places(c, s)
		x.violence(c, s)
		x.meetings(c, s)
	}
	return c.out
}

var spokesNouns = map[string]bool{"spokesperson": true, "spokesman": true, "spokeswoman": true}

// titleNouns head the titles written before or after a person's name.
var titleNouns = map[string]bool{
	"minister": true, "secretary": true, "president": true, "spokesperson": true,
	"spokesman": true, "spokeswoman": true, "commander": true, "chief": true,
	"speaker": true, "head": true, "director": true, "chairman": true,
	"chairwoman": true, "chair": true, "ceo": true, "ambassador": true,
	"envoy": true, "governor": true, "mayor": true, "general": true,
	"premier": true, "adviser": true, "advisor": true, "official": true,
	"leader": true, "founder": true, "deputy": true, "member": true,
	"lawmaker": true, "senator": true, "representative": true, "chancellor": true,
	"king": true, "queen": true, "emir": true, "prince": true, "correspondent": true,
	"reporter": true, "editor": true, "officer": true, "coordinator": true,
	"administrator": true, "prosecutor": true, "judge": true, "mp": true,
	// market and business titles: "Acme chief economist Jane Doe", "Jane
	// Doe, an analyst with Acme"
	"economist": true, "analyst": true, "strategist": true, "partner": true,
	"manager": true, "executive": true, "treasurer": true,
}

// orgNouns are lower-case words that name an organization already named
// in the article: "Speaker of the parliament".
var orgNouns = map[string]bool{"parliament": true, "government": true,
	"ministry": true, "army": true, "police": true, "council": true, "party": true,
	"commission": true, "committee": true, "cabinet": true,
	"assembly": true, "senate": true, "congress": true, "agency": true,
	"company": true, "court": true, "department": true, "militia": true}

// titleWords may appear inside a title: "First Deputy Speaker of the".
var titleWords = map[string]bool{"of": true, "the": true, "'s": true,
	"top": true, "senior": true, "deputy": true, "first": true, "military": true,
	"foreign": true, "defense": true, "defence": true, "interior": true,
	"prime": true, "vice": true, "acting": true, "former": true, "chief": true,
	"state": true, "government": true, "press": true, "general": true,
	"executive": true, "national": true, "security": true}

// titles reads "Iraqi Prime Minister Jane Doe" (role_in Iraq), "Pentagon
// spokesman Jane Doe" (spokesperson_for), "Jane Doe, spokesperson for X",
// "Jane Doe, the CEO of X" (role_in), "Jane Doe, leader of X" (leads),
// "Jane Doe, a member of X" (member_of) and "Acme's Jane Doe" (member_of).
func (x *index) titles(c *collector, s newsgraph.Span) {
	for _, p := range x.in(s.Start, s.End, false) {
		if p.Type != newsgraph.Person {
			continue
		}
		x.titleBefore(c, s, p)
		x.apposition(c, s, p)
		x.appositionTitle(c, s, p)
		x.affiliation(c, s, p)
	}
}

var transferWords = map[string]bool{"sign": true, "signs": true, "signed": true, "signing": true,
	"buy": true, "bought": true, "for": true, "recruit": true, "recruited": true, "poach": true,
	"poached": true, "lure": true, "lured": true, "capture": true, "captured": true, "loan": true,
	"loaned": true, "acquire": true, "acquired": true, "hire": true, "hired": true}

var peerTitles = map[string]bool{"baron": true, "baroness": true, "lord": true, "lady": true,
	"earl": true, "duke": true, "duchess": true, "viscount": true, "countess": true, "marquess": true}

// affiliation reads "Jane Doe of Acme", "Jane Doe, of Acme,", "Jane Doe
// from Acme" and "Jane Doe at Acme" (not "at the Acme", a place she
// speaks at) as member_of: the wire form of naming a person's employer,
// as "Acme's Jane Doe" is. Only organizations; "Jane Doe of Ruritania"
// is no membership.
func (x *index) affiliation(c *collector, s newsgraph.Span, p newsgraph.Mention) {
	ts := tokens(x.text, p.End, min(s.End, p.End+120))
	k := 0
	if k < len(ts) && ts[k].Low == "," {
		k++
	}
	if k+1 >= len(ts) {
		return
	}
	prep := ts[k].Low
	// "sign Jane Doe from Acme", "an offer for Doe from Acme": a transfer,
	// not an employer; "Baron Doe of Bedwellty": a peerage.
	if prev := tokens(x.text, max(s.Start, p.Start-24), p.Start); len(prev) > 0 && transferWords[prev[len(prev)-1].Low] {
		return
	}
	if f := strings.Fields(p.Text); len(f) > 0 && peerTitles[strings.ToLower(f[0])] {
		return
	}
	switch {
	case prep == "of" || prep == "from":
	case prep == "at" && k == 0:
	default:
		return
	}
	k++
	if ts[k].Low == "the" {
		if prep == "at" {
			return
		}
		k++
	}
	if k >= len(ts) {
		return
	}
	m, ok := x.mentionAt(ts[k].Start)
	if !ok || m.Start != ts[k].Start || m.Type != newsgraph.Org {
		return
	}
	c.add(s, p, m, newsgraph.MemberOf, "")
}

func (x *index) titleBefore(c *collector, s newsgraph.Span, p newsgraph.Mention) {
	ts := tokens(x.text, s.Start, p.Start)
	// The title run: title words, capitalised words, mentions, "(PMF)".
	j := len(ts)
	hasTitle, spokes, comma := false, false, false
	for j > 0 {
		t := ts[j-1]
		if t.Low == "(" || t.Low == ")" {
			j--
			continue
		}
		// "the Acme spokesman, Jane Doe", "Osland's former vice-president,
		// Jane Doe": one comma between the title noun and the name (or a
		// nationality word before it).
		if t.Low == "," && !hasTitle && !comma && j >= 2 && isTitleNoun(ts[j-2].Low) {
			comma = true
			j--
			continue
		}
		if t.Punct && t.Low != "'s" && t.Low != "–" {
			break
		}
		if isTitleNoun(t.Low) || titleWords[t.Low] || orgNouns[t.Low] || isUpper(t.Text) || x.covered(t.Start) {
			if isTitleNoun(t.Low) {
				hasTitle = true
			}
			if spokesNouns[t.Low] {
				spokes = true
			}
			j--
			continue
		}
		// Lower-case words inside a title: "Quebec mines minister", "Tory
		// shadow local government secretary"; kept only when a name or
		// possessive opens the run (trimmed below otherwise).
		if hasTitle && titleModifier(t) && j < len(ts) && startsLower(ts[j].Text) {
			j--
			continue
		}
		break
	}
	// The run must end in a title noun or a title-case word just before
	// the name ("Prime Minister Jane Doe"), and cannot start with "of" or
	// a lower-case modifier ("said trade minister Jane Doe").
	for j < len(ts) && (ts[j].Low == "of" || ts[j].Low == "the" || ts[j].Low == "'s" || ts[j].Low == "for" || titleModifier(ts[j]) && !titleWords[ts[j].Low] && !orgNouns[ts[j].Low]) {
		j++
	}
	if !hasTitle || j >= len(ts) {
		// "Acme's Jane Doe", "Acme's Mr Doe": member_of.
		n := len(ts)
		if n >= 2 && honorifics[ts[n-1].Low] {
			n--
		}
		if n >= 2 && ts[n-1].Low == "'s" {
			if m, ok := x.mentionAt(ts[n-2].Start); ok && m.Type == newsgraph.Org && m.End == ts[n-2].End {
				c.add(s, p, m, newsgraph.MemberOf, "")
			}
		}
		return
	}
	from, to := ts[j].Start, ts[len(ts)-1].End
	role := strings.TrimRight(x.text[from:to], " ,")
	x.addTitle(c, s, p, x.titleObject(ts[j:], from, to), role, spokes)
}

// addTitle records person p's title role in body obj (nothing when obj
// is empty): spokesperson_for for a spokes-title, else role_in.
func (x *index) addTitle(c *collector, s newsgraph.Span, p newsgraph.Mention, obj, role string, spokes bool) {
	if obj == "" {
		return
	}
	pn, _ := x.name(p)
	pred := newsgraph.RoleIn
	if spokes {
		pred = newsgraph.SpokespersonFor
	}
	c.addNames(s, pn, obj, pred, role)
}

// titleObject returns the organization or place a title run names
// (text[from:to], its tokens run): an ORG mention, an organisation noun the
// article names ("the parliament"), a GPE, or a nationality adjective.
func (x *index) titleObject(run []tok, from, to int) string {
	var org, gpe *newsgraph.Mention
	for _, m := range x.in(from, to, true) {
		m := m
		switch m.Type {
		case newsgraph.Org:
			if org == nil {
				org = &m
			}
		case newsgraph.GPE:
			if gpe == nil {
				gpe = &m
			}
		case newsgraph.Person:
			return "" // a title of another person: "X's spokesperson Y" is read elsewhere
		}
	}
	obj := ""
	switch {
	case org != nil:
		obj, _ = x.name(*org)
	default:
		for _, t := range run {
			if orgNouns[t.Low] && !isUpper(t.Text) {
				if e := x.orgByNoun(t.Low); e >= 0 {
					obj = x.doc.Entities[e].Name
				}
			}
		}
		// "Frankfurt stock exchange president", "its Hong Kong office
		// manager": the place only names the institution the person
		// works for, which is not an entity here.
		for _, t := range run {
			if obj == "" && institutionNouns[t.Low] && startsLower(t.Text) {
				return ""
			}
		}
		if obj == "" && gpe != nil {
			obj, _ = x.name(*gpe)
		}
		if obj == "" {
			for _, t := range run {
				if isUpper(t.Text) && !x.covered(t.Start) {
					if e := x.gpeOfAdjective(t.Text); e >= 0 {
						obj = x.doc.Entities[e].Name
						break
					}
				}
			}
		}
	}
	return obj
}

// institutionNouns, in lower case inside a title run, name a body other
// than the place before them ("Osland stock exchange president").
var institutionNouns = map[string]bool{"exchange": true, "office": true, "branch": true,
	"bank": true, "company": true, "firm": true, "club": true, "university": true,
	"school": true, "hospital": true, "union": true, "board": true, "airport": true,
	"station": true, "newspaper": true, "paper": true, "magazine": true, "museum": true,
	"zoo": true, "unit": true, "subsidiary": true, "team": true}

// isTitleNoun reports whether w heads a title, also hyphenated
// ("vice-president", "co-founder").
func isTitleNoun(w string) bool {
	if titleNouns[w] {
		return true
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 {
		return titleNouns[w[i+1:]]
	}
	return false
}

// honorifics may stand between a possessive and a name: "Labour's Mr Doe".
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true,
	"sir": true, "dame": true, "professor": true, "prof": true}

// notModifiers are lower-case words that end a title run: function
// words and verbs ("Osland says trade minister Doe").
var notModifiers = map[string]bool{"and": true, "or": true, "but": true, "to": true,
	"in": true, "on": true, "at": true, "by": true, "with": true, "from": true,
	"for": true, "about": true, "into": true, "over": true, "under": true, "against": true,
	"during": true, "since": true, "like": true, "near": true, "if": true, "so": true,
	"as": true, "that": true, "than": true, "a": true, "an": true, "its": true,
	"his": true, "her": true, "their": true, "our": true, "is": true, "was": true,
	"are": true, "were": true, "be": true, "been": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "said": true, "says": true, "told": true,
	"tells": true, "asked": true, "asks": true, "urged": true, "urges": true,
	"met": true, "meets": true, "sees": true, "wants": true, "who": true, "which": true,
	"when": true, "while": true, "after": true, "before": true, "by-election": true,
	"new": true, "then": true, "now": true, "also": true, "not": true, "this": true,
	"that's": true, "these": true, "those": true, "both": true, "all": true, "some": true}

// titleModifier reports whether t may modify a title noun inside a title
// run: a lower-case word that is no function word, verb or adverb.
func titleModifier(t tok) bool {
	if t.Punct || !startsLower(t.Text) || notModifiers[t.Low] {
		return false
	}
	l := t.Low
	return !strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "ing") && !strings.HasSuffix(l, "ly")
}

// covered reports whether off lies inside a mention.
func (x *index) covered(off int) bool {
	_, ok := x.mentionAt(off)
	return ok
}

// orgByNoun finds the one ORG entity whose name ends in noun
// ("parliament" -> "National Parliament"), or -1.
func (x *index) orgByNoun(noun string) int {
	found := -1
	for e, ent := range x.doc.Entities {
		if ent.Type != newsgraph.Org {
			continue
		}
		k := newsgraph.Key(ent.Name)
		if k == noun || strings.HasSuffix(k, " "+noun) {
			if found >= 0 {
				return -1
			}
			found = e
		}
	}
	return found
}

// afterComma returns the tokens after a comma that follows mention p in
// sentence s, and the index of the first one past an article (the, a, an);
// false when p is not followed by a comma and at least two more tokens.
func afterComma(text string, s newsgraph.Span, p newsgraph.Mention) ([]tok, int, bool) {
	ts := tokens(text, p.End, s.End)
	if len(ts) < 3 || ts[0].Low != "," {
		return nil, 0, false
	}
	ts = ts[1:]
	k := 0
	for k < len(ts) && (ts[k].Low == "the" || ts[k].Low == "a" || ts[k].Low == "an") {
		k++
	}
	return ts, k, true
}

// apposition reads ", spokesperson for X", ", the CEO of X", ", leader of
// X", ", a member of X" after a person's name.
func (x *index) apposition(c *collector, s newsgraph.Span, p newsgraph.Mention) {
	ts, k, ok := afterComma(x.text, s, p)
	if !ok {
		return
	}
	start := k
	prep := -1
	for ; k < len(ts) && k < start+6; k++ {
		if ts[k].Low == "of" || ts[k].Low == "for" || ts[k].Low == "at" || ts[k].Low == "with" {
			prep = k
			break
		}
		if ts[k].Punct && ts[k].Low != "'s" {
			return
		}
	}
	if prep < 0 || prep == start {
		return
	}
	head := ""
	for _, t := range ts[start:prep] {
		if titleNouns[t.Low] {
			head = t.Low
		}
	}
	if head == "" {
		return
	}
	role := x.text[ts[start].Start:ts[prep-1].End]
	// The object: the first mention after the preposition, before any comma.
	for _, t := range ts[prep+1:] {
		if t.Punct && t.Low != "'s" {
			return
		}
		m, ok := x.mentionAt(t.Start)
		if !ok {
			continue
		}
		pred := newsgraph.RoleIn
		switch {
		case spokesNouns[head]:
			pred = newsgraph.SpokespersonFor
		case head == "leader" || head == "head" || head == "chairman" || head == "chairwoman" || head == "chair" || head == "founder" && false:
			pred = newsgraph.Leads
		case head == "member":
			pred = newsgraph.MemberOf
		}
		if m.Type == newsgraph.Person && pred != newsgraph.SpokespersonFor {
			return
		}
		// "manager of the London options exchange": the name only
		// modifies the head that follows; nothing known is named.
		if next := tokens(x.text, m.End, min(s.End, m.End+40)); (m.Type == newsgraph.GPE || m.Type == newsgraph.Location) && len(next) > 0 && !next[0].Punct &&
			startsLower(next[0].Text) && !placeFollow[next[0].Low] && !cueVerbs[next[0].Low] {
			return
		}
		// The person a title names: "for Iraqi Prime Minister Jane Doe".
		if m.Type != newsgraph.Person {
			if pm, ok := x.personAfter(m.End, s.End); ok && pred == newsgraph.SpokespersonFor {
				m = pm
			}
		}
		c.add(s, p, m, pred, role)
		return
	}
}

// appositionTitle reads a title set off after a name with no
// preposition: "Jane Doe, Acme chief economist, said", "Jane Doe, the Red
// Front home affairs spokesman." The run holds capitalised words, mentions,
// title words and lower-case modifiers, ends in a title noun, and is
// followed by a comma, the sentence end or a speech verb.
func (x *index) appositionTitle(c *collector, s newsgraph.Span, p newsgraph.Mention) {
	ts, k, ok := afterComma(x.text, s, p)
	if !ok {
		return
	}
	start, end := k, -1
	spokes := false
	for ; k < len(ts) && k < start+8; k++ {
		t := ts[k]
		if t.Punct && t.Low != "'s" || cueVerbs[t.Low] {
			end = k
			break
		}
		if t.Low == "of" || t.Low == "for" || t.Low == "at" || t.Low == "with" {
			return // read by apposition
		}
		if !(isTitleNoun(t.Low) || titleWords[t.Low] || isUpper(t.Text) || x.covered(t.Start) || titleModifier(t)) {
			return
		}
		if spokesNouns[t.Low] {
			spokes = true
		}
	}
	// A run that reaches the sentence's end without a closing mark reads
	// nothing: the sentence was cut short (a hard-wrapped line, a
	// headline), and the next line may go on with another person's name
	// ("A, Acme chairman / Jane Doe and ...").
	if end <= start+1 || !isTitleNoun(ts[end-1].Low) {
		return
	}
	// The run must open with a name: "Jane Doe, finance minister," names no
	// body; "Jane Doe, Osland finance minister," does.
	if first := ts[start]; !isUpper(first.Text) && !x.covered(first.Start) {
		return
	}
	if end < len(ts) && ts[end].Punct && ts[end].Low != "," && ts[end].Low != "." {
		return
	}
	// "..., a Treasury spokesman said": without its closing comma the
	// run is the speaker of the sentence, unless the name opens the clause
	// ("Jane Doe, Acme spokesman said").
	if end < len(ts) && cueVerbs[ts[end].Low] && !x.opensClause(s, p) {
		return
	}
	from, to := ts[start].Start, ts[end-1].End
	x.addTitle(c, s, p, x.titleObject(ts[start:end], from, to), x.text[from:to], spokes)
}

// opensClause reports whether the person mention p starts the sentence
// or follows a quotation (after an honorific): "Jane Doe, ...",
// "\"...,\" Mr Doe, ...".
func (x *index) opensClause(s newsgraph.Span, p newsgraph.Mention) bool {
	before := tokens(x.text, s.Start, p.Start)
	n := len(before)
	for n > 0 && (honorifics[before[n-1].Low] || before[n-1].Low == ".") {
		n--
	}
	if n == 0 {
		return true
	}
	switch before[n-1].Low {
	case "\"", "”", "'", "’":
		return true
	}
	return false
}

// personAfter returns a person mention following off with only title
// words between ("Iraqi Prime Minister Jane Doe").
func (x *index) personAfter(off, end int) (newsgraph.Mention, bool) {
	for _, t := range tokens(x.text, off, end) {
		if m, ok := x.mentionAt(t.Start); ok && m.Type == newsgraph.Person {
			return m, true
		}
		if !(titleNouns[t.Low] || titleWords[t.Low] || isUpper(t.Text)) {
			break
		}
	}
	return newsgraph.Mention{}, false
}

// led reads "US-led coalition" (leads) and "X-led" modifiers generally.
func (x *index) led(c *collector, s newsgraph.Span) {
	seg := x.text[s.Start:s.End]
	for off := 0; ; {
		i := strings.Index(seg[off:], "-led ")
		if i < 0 {
			return
		}
		i += off
		off = i + 1
		j := i
		for j > 0 && seg[j-1] != ' ' && seg[j-1] != '(' && seg[j-1] != '"' {
			j--
		}
		leader, ok := x.byKey[newsgraph.Key(seg[j:i])]
		if !ok {
			continue
		}
		if t := x.doc.Entities[leader].Type; t != newsgraph.GPE && t != newsgraph.Org && t != newsgraph.Person {
			continue
		}
		// The led organization: the mention holding "-led", else the
		// next ORG within a few words.
		at := s.Start + i
		var obj newsgraph.Mention
		found := false
		if m, ok := x.mentionAt(at); ok && m.Type == newsgraph.Org {
			obj, found = m, true
		} else {
			for n, t := range tokens(x.text, at+5, s.End) {
				if n > 4 || t.Punct {
					break
				}
				if m, ok := x.mentionAt(t.Start); ok {
					if m.Type == newsgraph.Org {
						obj, found = m, true
					}
					break
				}
			}
		}
		if found {
			on, _ := x.name(obj)
			c.addNames(s, x.doc.Entities[leader].Name, on, newsgraph.Leads, "")
		}
	}
}

func isPlace(t newsgraph.EntityType) bool {
	return t == newsgraph.GPE || t == newsgraph.Location || t == newsgraph.Facility
}

var directions = map[string]bool{"northern": true, "southern": true, "eastern": true,
	"western": true, "central": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "north": true, "south": true,
	"east": true, "west": true, "the": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "downtown": true}

// violentEvent names events that are attacks rather than places to be in.
func violentEvent(name string) bool {
	l := strings.ToLower(name)
	for _, w := range []string{"attack", "war", "strike", "bombing", "massacre", "shooting", "assault", "invasion"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// places reads "A, B" (a place and the region holding it), "A in western
// B" (a facility, location or event in a place) and "B's A".
func (x *index) places(c *collector, s newsgraph.Span) {
	ms := x.in(s.Start, s.End, true)
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		gap := x.text[a.End:b.Start]
		an, at := x.name(a)
		bn, bt := x.name(b)
		switch {
		case strings.TrimSpace(gap) == "," && strings.HasPrefix(gap, ",") && isPlace(at) && (bt == newsgraph.GPE || bt == newsgraph.Location):
			// "in Baghdad, Iraq," or a dateline "CITY, Region -"; not a
			// list ("Iraq, Syria and Lebanon") or an apposition.
			if i+2 < len(ms) && listy(x.text[b.End:ms[i+2].Start]) {
				continue
			}
			after := strings.TrimLeft(x.text[b.End:s.End], " ")
			if strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") {
				continue
			}
			// "At a fair in Las Vegas, Toshiba announced ...": the second
			// name opens the main clause; it contains nothing.
			if next := tokens(x.text, b.End, s.End); len(next) > 0 && !next[0].Punct && startsLower(next[0].Text) && !placeFollow[next[0].Low] {
				continue
			}
			// "in Osland, Veda and the Tarn", "in Osland, Veda and elsewhere": a list.
			if next := tokens(x.text, b.End, s.End); len(next) > 0 && (next[0].Low == "and" || next[0].Low == "or") {
				continue
			}
			before := tokens(x.text, s.Start, a.Start)
			dateline := len(before) == 0 && (strings.HasPrefix(after, "-") || strings.HasPrefix(after, "—") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, "(") || strings.HasPrefix(after, ":"))
			if !dateline && (len(before) == 0 || !placePreps[before[len(before)-1].Low]) {
				continue
			}
			c.addNames(s, an, bn, newsgraph.LocatedIn, "")
		case (strings.TrimSpace(gap) == "’s" || strings.TrimSpace(gap) == "'s") && (at == newsgraph.GPE || at == newsgraph.Location) && isPlace(bt):
			if !x.possessivePlace(s, ms, i) {
				continue
			}
			c.addNames(s, bn, an, newsgraph.LocatedIn, "")
		case (at == newsgraph.Facility || at == newsgraph.Location || at == newsgraph.Event && !violentEvent(an) || at == newsgraph.GPE) &&
			(bt == newsgraph.GPE || bt == newsgraph.Location):
			ts := tokens(x.text, a.End, b.Start)
			for len(ts) > 0 && ts[0].Low == ")" {
				ts = ts[1:]
			}
			if len(ts) == 0 || ts[0].Low != "in" || len(ts) > 3 {
				continue
			}
			ok := true
			compass := false
			for _, t := range ts[1:] {
				if !directions[t.Low] {
					ok = false
				}
				if t.Low != "the" {
					compass = true
				}
			}
			// A town in a country: "near Veda in southern Osland", only
			// with a compass word and after a place preposition ("talks
			// with Osland in Veda" contain nothing).
			if at == newsgraph.GPE {
				before := tokens(x.text, s.Start, a.Start)
				if !compass || len(before) == 0 || !placePreps[before[len(before)-1].Low] {
					continue
				}
			}
			if ok {
				c.addNames(s, an, bn, newsgraph.LocatedIn, "")
			}
		}
	}
}

// placeHeads end the names of places that lie in other places.
var placeHeads = map[string]bool{"province": true, "district": true, "city": true,
	"town": true, "village": true, "region": true, "county": true, "state": true,
	"governorate": true, "municipality": true, "camp": true, "valley": true}

// possessivePlace reports whether "A's B" (ms[i], ms[i+1]) reads as a place
// in a place. A facility or location, or a name with a place head ("Tarn's
// Ulm district"), always does; another GPE only after a place preposition
// ("near Tarn's Ulm", "and Tarn's Ulm" after a place), since a name the
// tagger took for a place is more often a firm ("Osland's Acme warned").
// A title after B makes B a modifier ("Osland's Europe Director").
func (x *index) possessivePlace(s newsgraph.Span, ms []newsgraph.Mention, i int) bool {
	a, b := ms[i], ms[i+1]
	bn, bt := x.name(b)
	if next := tokens(x.text, b.End, min(s.End, b.End+40)); len(next) > 0 && isTitleNoun(next[0].Low) {
		return false
	}
	if bt != newsgraph.GPE {
		return true
	}
	if f := strings.Fields(strings.ToLower(bn)); len(f) > 1 && placeHeads[f[len(f)-1]] {
		return true
	}
	before := tokens(x.text, s.Start, a.Start)
	if len(before) == 0 {
		return false
	}
	w := before[len(before)-1].Low
	if placePreps[w] {
		return true
	}
	if (w == "and" || w == "or") && i > 0 {
		_, pt := x.name(ms[i-1])
		return isPlace(pt) && strings.TrimSpace(x.text[ms[i-1].End:a.Start]) == w
	}
	return false
}

// cueVerbs may follow an apposition's place: "..., mayor of Port Lin, said".
var cueVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true,
	"noted": true, "warned": true, "announced": true, "declared": true, "explained": true}

// placeFollow may follow "in Baghdad, Iraq" in the same phrase.
var placeFollow = map[string]bool{"on": true, "in": true, "at": true, "and": true, "or": true,
	"to": true, "for": true, "from": true, "near": true, "where": true, "which": true,
	"who": true, "during": true, "since": true, "until": true, "after": true, "before": true,
	"last": true, "this": true, "next": true, "earlier": true, "later": true, "with": true, "by": true, "of": true,
	"back": true, "just": true, "now": true, "then": true, "today": true, "yesterday": true,
	"tomorrow": true, "as": true, "when": true, "while": true, "over": true, "under": true, "through": true,
	"state": true, "province": true, "region": true, "county": true, "district": true, "city": true}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// placePreps come before a place: "in Baghdad, Iraq".
var placePreps = map[string]bool{"in": true, "at": true, "near": true, "from": true,
	"to": true, "of": true, "outside": true, "inside": true, "into": true,
	"across": true, "around": true, "toward": true, "towards": true, "through": true}

// listy reports whether the text between two mentions continues a list.
func listy(gap string) bool {
	g := strings.TrimSpace(gap)
	return g == "," || g == "and" || g == ", and" || g == "or" || g == ", or"
}
