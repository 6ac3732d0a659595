// Package entities is the "entities" pipeline stage: it turns the mentions
// the tagger found, and the names its own rules find, into this article's
// entities. It repairs mention boundaries (titles, possessives, hyphenated
// modifiers, "al-" names, lower-case heads such as "Dorvia province"), finds
// demonym institutions ("French security forces", "U.S. military"), links
// acronyms to the names they abbreviate, types each name with gazetteers,
// the alias table and head-noun rules, keeps titles as roles, and groups
// the mentions of one entity (full name, surname, acronym, spelling
// variants) into doc.Entities, setting Mention.Entity.
package entities

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest/entities/gazetteer"
	"github.com/newsgraph/newsgraph/ingest/resolve"
)

// Stage is the entities stage. It is safe for concurrent use.
type Stage struct {
	gaz     *gazetteer.Gazetteer
	aliases *resolve.AliasTable
}

// New returns the stage with the embedded gazetteers and the built-in
// alias table.
func New() (*Stage, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	return &Stage{gaz: g, aliases: resolve.DefaultAliases()}, nil
}

// WithAliases returns a copy of the stage that types and groups names with
// the given alias table (for a user-extended data/aliases.tsv).
func (s *Stage) WithAliases(t *resolve.AliasTable) *Stage {
	c := *s
	c.aliases = t
	return &c
}

// Name is the stage name.
func (s *Stage) Name() string { return "entities" }

// evidence strengths of a type.
const (
	evNone = iota
	evGuess
	evNER
	evRule
	evForced
)

// cand is one mention candidate.
type cand struct {
	span      newsgraph.Span
	text      string
	toks      []tok // the name's words
	typ       newsgraph.EntityType
	ev        int
	nerVotes  map[newsgraph.EntityType]int
	roles     []string
	source    string
	acronym   bool
	defOf     int    // index of the long form an acronym is defined for, or -1
	inst      string // institution key ("iraq military"), if a demonym phrase
	entry     *resolve.AliasEntry
	weak      bool
	dateline  bool
	person    bool   // title, honorific or role context says person
	honorific bool   // right after Mr/Mrs/Ms/Dr: a person even when the word is a place ("Mr Houston")
	locative  bool   // follows "in", "near", "outside", ...: a place is likelier than a person
	nearby    bool   // follows "near", "outside", ... (not "in": "trust in Jane Doe")
	owner     string // a country's possessive just before: "Iraq" in "Iraq's Foreign Ministry"
	orgNext   bool   // followed by "movement", "militia", "company", ... in lower case
	thing     bool   // a letter-digit code before "strain", "virus", "jet", ...: "H5N1 strain", "AC-130 gunship"
	orgCue    bool   // business context: "carmaker Doe", "Doe chief executive Jane Roe", "shares in Doe"
}

// Process finds, types and groups the article's entities.
func (s *Stage) Process(doc *newsgraph.Document) error {
	toks := tokenize(doc.Text, doc.Sentences)
	lowerSeen := map[string]bool{}
	for _, t := range toks {
		if t.word && !t.cap {
			lowerSeen[strings.ToLower(t.text)] = true
		}
	}
	cs := s.candidates(doc, toks, lowerSeen)
	cs = s.addNER(doc, cs)
	caps := capsLines(doc.Text)
	if len(caps) > 0 {
		cs = withoutCapsLines(cs, caps)
	}
	for i := range cs {
		s.typeCand(&cs[i])
		taggerEvent(&cs[i])
		commonPhrase(&cs[i], lowerSeen)
	}
	if len(caps) > 0 {
		cs = append(cs, capsMentions(doc, toks, caps, cs)...)
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].span.Start < cs[j].span.Start })
	}
	s.linkAcronyms(doc.Text, cs)
	ents, mentions := s.group(doc.Text, cs)
	doc.Entities = ents
	doc.Mentions = mentions
	if doc.Dateline == "" {
		for _, c := range cs {
			if c.dateline {
				doc.Dateline = titleCase(c.text)
				break
			}
		}
	}
	return nil
}

// noName reports a company suffix alone ("Corp", "Co Inc"), a compass
// point before a nationality ("West German", "Total West German") or two
// nationality words ("Bosnian Serb").
func (s *Stage) noName(seq []tok) bool {
	allSuffix := true
	for _, t := range seq {
		allSuffix = allSuffix && (corpSuffix[t.lower] || t.lower == "co")
	}
	if allSuffix {
		return true
	}
	n := len(seq)
	people := func(t tok) bool {
		// "Turkish Cypriots": a demonym's plural names a people too.
		return s.isDemonymOnly(t.text) || notNames[t.lower] ||
			len(t.text) > 4 && strings.HasSuffix(t.text, "s") && s.isDemonymOnly(strings.TrimSuffix(t.text, "s"))
	}
	if n >= 2 && n <= 3 && compass[seq[n-2].lower] && people(seq[n-1]) {
		return true // "West German", "West African"
	}
	if n >= 2 && n <= 3 && !compass[seq[0].lower] {
		all := true
		for _, t := range seq {
			all = all && (notNames[t.lower] || people(t))
		}
		if all {
			return true // "Sunni Muslim", "Shia Muslims": creeds and peoples
		}
	}
	if n == 1 && len(seq[0].lower) > 5 && (strings.HasSuffix(seq[0].lower, "ism") || strings.HasSuffix(seq[0].lower, "isms")) {
		return true // "Communism", "Euroscepticism": doctrines and creeds
	}
	return n == 2 && s.isDemonymOnly(seq[0].text) && people(seq[1]) // "Bosnian Serb"
}

// isDemonymOnly reports a nationality word that is not also a country
// name: "German", not "Kuwaiti"... but "Kuwait".
func (s *Stage) isDemonymOnly(w string) bool {
	if _, ok := s.gaz.Demonym(w); !ok {
		return false
	}
	_, ok := s.gaz.Country(w)
	return !ok
}

// knownCaps reports an acronym in capitals that the alias table knows,
// though it spells a starter word: "WHO says ..." at a sentence start.
func (s *Stage) knownCaps(toks []tok, i int) bool {
	t := toks[i]
	if len(t.text) < 2 || !isAllCaps(t.text) {
		return false
	}
	if i+1 < len(toks) && toks[i+1].word && isAllCaps(toks[i+1].text) {
		return false // "WHO WAS JANE": a line in capitals
	}
	_, _, ok := s.aliases.Lookup(t.text)
	return ok
}

// starterInName reports whether the starter word at toks[i] (capitalised
// at a sentence start, such as "New") begins a name with the next word:
// the pair is a place or a name the alias table knows ("New York
// Mercantile Exchange", "New Zealand"), or, for adjectives that begin
// names (nameStarters), the article writes the pair capitalised inside a
// sentence too ("New Velen" after "the New Velen Exchange").
func (s *Stage) starterInName(toks []tok, i int) bool {
	if i < 0 || i+1 >= len(toks) || toks[i].lower == "the" {
		return false
	}
	next := toks[i+1]
	if !next.word || !next.cap || next.nl || toks[i].poss || starters[next.lower] || calendar[next.lower] {
		return false
	}
	pair := toks[i].text + " " + next.text
	if s.isPlace(pair) {
		return true
	}
	if _, _, ok := s.aliases.Lookup(pair); ok {
		return true
	}
	if !nameStarters[toks[i].lower] {
		return false // "Who Was Jane" written as a title elsewhere is no name
	}
	for j := 0; j+1 < len(toks); j++ {
		if j != i && !toks[j].sentStart && toks[j].text == toks[i].text && toks[j+1].text == next.text && !toks[j+1].nl &&
			!afterOpenQuote(toks, j) {
			return true
		}
	}
	return false
}

// placePair reports a hyphenated pair with a place in it: "US-German".
func (s *Stage) placePair(text string) bool {
	parts := strings.Split(text, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if s.isPlace(p) {
			return true
		}
	}
	return false
}

// languageLike reports a word shaped like a language or nationality
// adjective ("Arabic", "Swahili" aside): "the Arabic channel" names no outlet.
func languageLike(w string) bool {
	for _, suf := range []string{"ic", "ish", "ese", "ian", "ean", "an", "i"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// knownRun reports a run the alias table knows, with its possessive
// ending too: "Standard and Poor's".
func (s *Stage) knownRun(seq []tok) bool {
	name := joinText(seq)
	if _, _, ok := s.aliases.Lookup(name); ok {
		return true
	}
	_, _, ok := s.aliases.Lookup(name + "'s")
	return ok && seq[len(seq)-1].poss
}

// anyOrgHead reports an organisation's head among words: "Doe Airline
// System", "Roe College System" are organisations, "Tax System" is none.
func anyOrgHead(words []string) bool {
	for _, w := range words {
		if orgHeads[w] {
			return true
		}
	}
	return false
}

// letterDigitCode reports a designator of capitals and digits such as
// "H5N1", "AC-130", "T-72" (not a year, not a word with a number).
func letterDigitCode(w string) bool {
	letters, digits := 0, 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '-':
		default:
			return false
		}
	}
	return letters > 0 && digits > 0 && len(w) <= 10
}

// isPlace reports whether name is a country, demonym or gazetteer place.
func (s *Stage) isPlace(name string) bool {
	if s.isPlaceWord(name) {
		return true
	}
	_, ok := s.gaz.Place(name)
	return ok
}

func (s *Stage) isPlaceWord(w string) bool {
	if _, ok := s.gaz.Demonym(w); ok {
		return true
	}
	_, ok := s.gaz.Country(w)
	return ok
}

// candidates runs the capitalised-sequence finder and the repair rules.
func (s *Stage) candidates(doc *newsgraph.Document, toks []tok, lowerSeen map[string]bool) []cand {
	var out []cand
	n := len(toks)
	ignored := func(t tok) bool { return doc.IsIgnored(newsgraph.Span{Start: t.start, End: t.end}) }
	for i := 0; i < n; i++ {
		t := toks[i]
		// "the Oct. 7 attack", "Euro 2024": dated events.
		if c, k, ok := s.datedEvent(doc, toks, i); ok && !ignored(t) {
			out = append(out, c)
			i = k
			continue
		}
		particle := (t.text == "al" || t.text == "el") && i+1 < n && toks[i+1].word && toks[i+1].cap && !toks[i+1].nl
		if !t.word || !t.cap && !particle || calendar[t.lower] || ignored(t) {
			continue
		}
		// Words capitalised only because they start a sentence.
		if starters[t.lower] && (t.sentStart || t.lower == "the" || afterOpenQuote(toks, i)) && !s.starterInName(toks, i) && !s.knownCaps(toks, i) {
			continue
		}
		// Build the maximal sequence.
		last := i
		usedComplement := false
		for k := i + 1; k < n; k++ {
			p, q := toks[k-1], toks[k]
			if p.poss && !(groupPossessive[p.lower] && q.word && q.cap) || q.nl || ignored(q) {
				break
			}
			if corpSuffix[toks[last].lower] && last > i {
				break // "Acme Inc Dakota City": a company name ends at its suffix
			}
			if q.word && q.cap && (!calendar[q.lower] || s.calendarInName(toks, k)) {
				last = k
				continue
			}
			if (q.word || q.text == "&") && connectors[q.text] {
				// the connector must be followed by a name word
				m := k + 1
				if m < n && toks[m].word && toks[m].text == "the" {
					m++
				}
				// particles in a row: "von der Leyen", "de la Cruz"
				for nameParticles[q.text] && m < n && nameParticles[toks[m].text] && m < k+3 {
					m++
				}
				if m >= n || !toks[m].word || !toks[m].cap || calendar[toks[m].lower] || toks[m].nl {
					break
				}
				head := toks[last].lower
				switch q.text {
				case "in", "to", "on":
					if !complementHeads[head] || q.text == "in" && s.inPlace(toks, i, last, k) {
						goto done
					}
					// "the Doe Conference in Roeville", "the Winter Games to
					// Roeville": a gathering is held in a place, which is no
					// part of its name ("Conference on Trade" keeps "on").
					if gatheringHeads[head] && q.text != "on" {
						goto done
					}
					usedComplement = true
				case "and":
					if !usedComplement && !s.andInName(toks, i, last, k) && !s.knownAnd(toks, i, last, k) {
						goto done
					}
					// "Secretary of State Jane Doe and Defense Secretary
					// John Roe": a person's name ends the first half.
					if usedComplement && last > i && s.gaz.GivenName(toks[last-1].text) && toks[last-1].cap &&
						!orgHeads[toks[last].lower] && !facilityHeads[toks[last].lower] && !s.knownAnd(toks, i, last, k) {
						goto done
					}
					// "Prime Ministers Jane Doe of France and John Roe of
					// Spain": a place closes the first half and a given name
					// opens the second, two people.
					if usedComplement && s.isPlaceWord(toks[last].text) && !s.isPlaceWord(toks[m].text) && !s.knownAnd(toks, i, last, k) &&
						(s.gaz.GivenName(toks[m].text) || s.placeComplementAhead(toks, m)) {
						goto done
					}
				case "of", "for":
					if s.isPlaceWord(toks[last].text) && last == i {
						goto done
					}
					// "the Japanese Grand Prix for Acme Racing": a race's name
					// takes no "for".
					if q.text == "for" && sportEventHeads[toks[last].lower] {
						goto done
					}
					// "Jane Doe of Ruritania", "Jane Doe for Acme Ltd": a
					// person's name ends before "of" or "for".
					// The given name itself may be a common head ("Bill",
					// a law): the gazetteer vouches for it.
					if last > i && s.gaz.GivenName(toks[i].text) && toks[i].cap && allNameWords(toks[i+1:last+1]) {
						goto done
					}
					usedComplement = true
				case "the":
					if !(toks[k-1].text == "of" || toks[k-1].text == "for") {
						goto done
					}
				}
				continue
			}
			if q.text == "," && k+1 < n && (toks[k+1].text == "D.C." || toks[k+1].text == "DC") {
				last = k + 1
				k++
				continue
			}
			if (q.text == "–" || q.text == "—" || q.text == "-") && k+1 < n && toks[k+1].word && toks[k+1].cap &&
				(orgHeads[toks[last].lower] || toks[last].lower == "force") && !starters[toks[k+1].lower] && !s.isPlace(toks[k+1].text) {
				continue
			}
			break
		}
	done:
		seq := toks[i : last+1]
		i = last
		out = append(out, s.repair(doc, toks, seq, lowerSeen)...)
	}
	return out
}

// placeComplementAhead reports whether the capitalised words from
// toks[m] run into "of" + a place, as the second of two parallel names
// does ("... of China and Jane Doe of Portugal").
func (s *Stage) placeComplementAhead(toks []tok, m int) bool {
	k := m
	for k < len(toks) && k < m+5 && toks[k].word && toks[k].cap && !toks[k].nl {
		k++
	}
	return k > m && k+1 < len(toks) && toks[k].text == "of" && !toks[k+1].nl && s.isPlaceWord(toks[k+1].text)
}

// calendarInName reports whether the month or weekday word toks[k], inside
// a run of capitalised words, belongs to the name: "Edmonton Sun", "Jane
// May". A full weekday name, a word with a period ("Mar.") or one before a
// number ("Paris May 5") is a date.
func (s *Stage) calendarInName(toks []tok, k int) bool {
	t := toks[k]
	if !nameCalendar[t.lower] || strings.HasSuffix(t.text, ".") {
		return false
	}
	if k+1 < len(toks) && !toks[k+1].nl {
		if r := runeAt(toks[k+1].text, 0); unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// knownAnd reports whether "and" at toks[k] is inside a name the alias
// table knows: "Securities and Exchange Commission".
func (s *Stage) knownAnd(toks []tok, i, last, k int) bool {
	name := joinText(toks[i:last+1]) + " and"
	for m := k + 1; m < len(toks) && m <= k+4; m++ {
		if !toks[m].word || !toks[m].cap || toks[m].nl {
			break
		}
		name += " " + toks[m].text
		if _, _, ok := s.aliases.Lookup(name); ok {
			return true
		}
		if toks[m].poss {
			_, _, ok := s.aliases.Lookup(name + "'s") // "Standard and Poor's"
			return ok
		}
	}
	return false
}

// inPlace reports whether "in" at toks[k] says where a complete name is
// rather than continuing it: "the Olympic Games in Beijing", "the
// International Monetary Fund in Washington" (an event, or a name the
// alias table knows, before a known place).
func (s *Stage) inPlace(toks []tok, i, last, k int) bool {
	m := k + 1
	if m >= len(toks) || !s.isPlace(toks[m].text) && !(m+1 < len(toks) && s.isPlace(toks[m].text+" "+toks[m+1].text)) {
		return false
	}
	if eventHeads[toks[last].lower] {
		return true
	}
	name := joinText(toks[i : last+1])
	// "the Doe Ministry in Roeville", "Doe University in Roeville": an
	// institution with a seat is named without the place it sits in,
	// unless the alias table knows the longer name.
	if seatHeads[toks[last].lower] {
		_, _, ok := s.aliases.Lookup(name + " in " + toks[m].text)
		return !ok
	}
	if _, _, ok := s.aliases.Lookup(name); !ok {
		return false
	}
	// the longer name may be known too: "Islamic State in Northland"
	longer := name + " in " + toks[m].text
	if _, _, ok := s.aliases.Lookup(longer); ok {
		return false
	}
	if m+2 < len(toks) && toks[m+1].text == "and" {
		if _, _, ok := s.aliases.Lookup(longer + " and " + toks[m+2].text); ok {
			return false
		}
	}
	return true
}

// andInName reports whether "and" at toks[k] joins two halves of one
// name: "National Air and Space Museum", "Sport and Recreation
// Department". The second half must end in an organisation or facility
// head, and the first half must not be a complete name itself (a place, a
// person, a headed name).
func (s *Stage) andInName(toks []tok, i, last, k int) bool {
	if last-i > 2 || toks[k-1].poss {
		return false
	}
	h := toks[last].lower
	if orgHeads[h] || facilityHeads[h] || locationHeads[h] || gpeHeads[h] || eventHeads[h] {
		return false
	}
	left := toks[i : last+1]
	if s.isPlaceWord(joinText(left)) || s.gaz.GivenName(left[0].text) {
		return false
	}
	if _, ok := s.gaz.Place(joinText(left)); ok {
		return false
	}
	// "Labour and Tories": two names the alias table knows apart.
	if _, _, ok := s.aliases.Lookup(joinText(left)); ok {
		return false
	}
	end := -1
	for m := k + 1; m < len(toks) && m <= k+3; m++ {
		t := toks[m]
		if !t.word || !t.cap || t.nl || calendar[t.lower] {
			break
		}
		end = m
		if t.poss {
			break
		}
	}
	if end < 0 {
		return false
	}
	h = toks[end].lower
	if _, _, ok := s.aliases.Lookup(joinText(toks[k+1 : end+1])); ok {
		return false
	}
	return orgHeads[h] || facilityHeads[h]
}

// indexOf returns the index of t in toks.
func indexOf(toks []tok, t tok) int {
	return sort.Search(len(toks), func(k int) bool { return toks[k].start >= t.start })
}

func spanText(doc *newsgraph.Document, a, b tok) (newsgraph.Span, string) {
	sp := newsgraph.Span{Start: a.start, End: b.start + len(b.text)}
	return sp, doc.Text[sp.Start:sp.End]
}

// repair turns a capitalised sequence into zero or more candidates.
func (s *Stage) repair(doc *newsgraph.Document, all []tok, seq []tok, lowerSeen map[string]bool) []cand {
	// Leading "The", and pronouns with a contraction: "I'm Jane Doe".
	for len(seq) > 0 && (seq[0].lower == "the" || (seq[0].sentStart && starters[seq[0].lower] && !s.starterInName(all, indexOf(all, seq[0])) && !s.knownCaps(all, indexOf(all, seq[0]))) || contraction(seq[0].lower)) {
		seq = seq[1:]
	}
	if len(seq) == 0 || len(seq) == 1 && seq[0].text == "I" {
		return nil // the pronoun "I" is capitalised everywhere
	}
	// "Officials of the X Commission": a common word starting the sentence.
	if len(seq) > 2 && seq[0].sentStart && connectors[seq[1].text] && !s.knownRun(seq) && !leadOrg[seq[0].lower] && !leadLocation[seq[0].lower] &&
		!leadGPE[seq[0].lower] && !leadFacility[seq[0].lower] && !titleHeads[seq[0].lower] && !orgHeads[seq[0].lower] {
		seq = seq[1:]
		for len(seq) > 0 && connectors[seq[0].text] {
			seq = seq[1:]
		}
		if len(seq) == 0 {
			return nil
		}
	}
	first := indexOf(all, seq[0])
	lastIdx := first + len(seq) - 1
	// "the film Doe Road", "her album Doe", "the novel "Doe"": titles of
	// works name no entity of ours.
	if f := first; f > 0 && !all[f].nl {
		p := all[f-1]
		if (p.text == "\"" || p.text == "“" || p.text == "'" || p.text == "‘") && f > 1 {
			p = all[f-2]
		}
		if p.word && !p.cap && !p.poss && workNouns[p.lower] {
			// kept untyped, so the tagger's votes inside the title add no name
			sp, text := spanText(doc, seq[0], seq[len(seq)-1])
			return []cand{{span: sp, text: text, toks: seq, ev: evForced, source: "rule", defOf: -1}}
		}
	}
	after := func(k int) (tok, bool) {
		if lastIdx+k < len(all) {
			return all[lastIdx+k], true
		}
		return tok{}, false
	}

	// The pronoun after a name: "the Air Force ROTC I joined" (but "World
	// War I").
	if n := len(seq); n >= 2 && seq[n-1].text == "I" && !eventHeads[seq[n-2].lower] {
		if t, ok := after(1); ok && t.word && !t.cap {
			seq = seq[:n-1]
			lastIdx--
		}
	}
	if s.noName(seq) {
		return nil
	}
	// Plural acronyms ("MPs", "SMEs") and acronyms of common nouns ("GDP",
	// "TV", "GMT") name no entity.
	if len(seq) == 1 && (pluralAcronym(seq[0].text) || commonAcronyms[seq[0].lower]) {
		if _, _, known := s.aliases.Lookup(seq[0].text); !known {
			return nil
		}
	}
	// A party adjective before a noun: "Republican candidate", "the
	// Libertarian nominee" (the party itself is "the Republican Party").
	if len(seq) == 1 && partyAdjectives[seq[0].lower] {
		if t, ok := after(1); ok && t.word && !t.cap && !t.nl && !lowercaseHeads[t.lower] && !orgFollowers[t.lower] {
			return nil
		}
	}
	// A function word in capitals: "ALL", "WILL", "AND".
	if len(seq) == 1 && (starters[seq[0].lower] || shoutWords[seq[0].lower]) && isAllCaps(seq[0].text) {
		if _, _, known := s.aliases.Lookup(seq[0].text); !known {
			return nil
		}
	}
	// An organisation or place, a title, then a person: "Acme Radio DJ Jane
	// Doe", "Northland Director Jane Doe" -> the organisation, and PERSON
	// with the role.
	if t, p := s.innerTitle(seq); t > 0 {
		head := seq[:t]
		out := s.repair(doc, all, head, lowerSeen)
		rest := s.repair(doc, all, seq[t:], lowerSeen)
		for k := range rest {
			if rest[k].span.Start == seq[p].start {
				rest[k].person = true
				rest[k].roles = compact(append([]string{doc.Text[seq[0].start : seq[p-1].start+len(seq[p-1].text)]}, rest[k].roles...))
			}
		}
		return append(out, rest...)
	}
	// "Ambassador to Northland Jane Doe", "envoy for Northland Jane Doe":
	// the place the title is of, then the person, who takes the title.
	if p := s.placeThenPerson(seq); p > 0 {
		out := s.repair(doc, all, seq[:p], lowerSeen)
		rest := s.repair(doc, all, seq[p:], lowerSeen)
		role := ""
		if f := indexOf(all, seq[0]); f > 1 && (all[f-1].text == "to" || all[f-1].text == "for") {
			if r := s.leftRole(doc, all, f-1); r != "" {
				role = r + " " + doc.Text[all[f-1].start:seq[p-1].end]
			}
		}
		for k := range rest {
			if rest[k].span.Start == seq[p].start {
				rest[k].person = true
				if role != "" {
					rest[k].roles = compact(append([]string{role}, rest[k].roles...))
				}
			}
		}
		return append(out, rest...)
	}
	// "Chairman of the Northland Widget Board": the title goes, the
	// organisation or place it is of stays; "Governor of Northland" alone
	// names the place.
	if p := titleOf(seq); p > 0 && s.titlePrefix(seq) == 0 {
		return s.repair(doc, all, seq[p:], lowerSeen)
	}
	// Honours after a name: "Jane Doe OBE", "Jane Doe QC".
	if n := len(seq); n >= 2 && honourSuffix[seq[n-1].lower] && isAllCaps(seq[n-1].text) {
		return s.repair(doc, all, seq[:n-1], lowerSeen)
	}
	// A trailing title: "Museum of Flight CEO", "Northland Governor".
	if len(seq) >= 2 && trailingTitles[seq[len(seq)-1].lower] && !connectors[seq[len(seq)-2].text] &&
		(!s.gaz.GivenName(seq[0].text) || s.isPlace(joinText(seq[:len(seq)-1]))) && !seq[len(seq)-2].poss {
		return s.repair(doc, all, seq[:len(seq)-1], lowerSeen)
	}

	// Titles: "Defense Secretary Jane Doe" -> role + PERSON.
	var roles []string
	person, honorific := false, false
	if p := s.titlePrefix(seq); p > 0 {
		if p == len(seq) {
			return nil // a title on its own
		}
		honorific = honorifics[trimDot(seq[p-1].text)]
		role := doc.Text[seq[0].start : seq[p-1].start+len(seq[p-1].text)]
		if !honorifics[trimDot(seq[p-1].text)] || p > 1 {
			roles = append(roles, strings.TrimSpace(stripHonorific(role)))
		}
		seq = seq[p:]
		person = true
		first += p
	}
	if len(seq) == 0 {
		return nil
	}
	if r := s.leftRole(doc, all, first); r != "" {
		roles = append(roles, r)
	}
	roles = compact(roles)

	// Demonym or country + institution: "French security forces", "US forces",
	// "Japan's foreign ministry".
	if len(seq) <= 2 && !person {
		name := joinText(seq)
		if s.isPlaceWord(name) {
			var ws []string
			for k := 1; k <= 3; k++ {
				t, ok := after(k)
				if !ok || !t.word || t.cap || t.nl {
					break
				}
				ws = append(ws, t.lower)
				if t.poss {
					break
				}
			}
			if class, m := gazetteer.Institution(ws); m > 0 {
				end, _ := after(m)
				sp, text := spanText(doc, seq[0], end)
				c, _ := s.gaz.Demonym(name)
				if c == nil {
					c, _ = s.gaz.Country(name)
				}
				return []cand{{span: sp, text: text, toks: append(append([]tok{}, seq...), all[lastIdx+1:lastIdx+m+1]...),
					typ: instType(class), ev: evForced, source: "demonym", defOf: -1,
					inst: newsgraph.Key(c.Name + " " + class)}}
			}
			if _, isDem := s.gaz.Demonym(name); isDem {
				if _, isCountry := s.gaz.Country(name); !isCountry {
					return nil // an adjective alone is no entity
				}
			}
		}
	}

	// A nationality noun before a name: "Welshman Jane Doe", "Spaniard
	// Doe" (nouns for people, never the first word of a company's name).
	if len(seq) >= 2 && !person && nationalityNouns[seq[0].lower] && allNameWords(seq[1:]) && len(seq) <= 4 {
		seq = seq[1:]
		first++
		person = true
	}
	// A nationality before a person's name: "Ruritanian Jane Doe".
	if len(seq) >= 3 && !person && s.gaz.GivenName(seq[1].text) && allNameWords(seq[1:]) {
		if _, isDem := s.gaz.Demonym(seq[0].text); isDem {
			if _, isCountry := s.gaz.Country(seq[0].text); !isCountry {
				seq = seq[1:]
				first++
			}
		}
	}
	// A sentence's first word before a name the alias table knows: "Latest
	// Federal Reserve figures", "Buy Acme Corp, analysts say".
	if len(seq) >= 2 && seq[0].sentStart && !person && s.sentenceWordBeforeKnown(seq) {
		seq = seq[1:]
		first++
	}
	// "the Doe-Roe feud", "the Acme-Widgetco case": two names the article
	// has apart, joined before a common noun, are a modifier like "US-led".
	if len(seq) == 1 && pairModifier(all, seq[0], lastIdx) {
		// kept untyped, so the tagger's votes there add no name
		sp, text := spanText(doc, seq[0], seq[0])
		return []cand{{span: sp, text: text, toks: seq, ev: evForced, source: "rule", defOf: -1}}
	}
	// A party or faction before a person's name: "Tory Jane Doe", "Lib Dem
	// Jane Doe" (the party stays a name of its own), "Blairite Jane Doe".
	if k := s.partyPrefix(seq); k > 0 && !person {
		var out []cand
		if _, weak, ok := s.aliases.Lookup(joinText(seq[:k])); ok && !weak {
			out = s.repair(doc, all, seq[:k], lowerSeen)
		} else {
			// kept untyped, so the tagger's votes there add no name
			sp, text := spanText(doc, seq[0], seq[k-1])
			out = []cand{{span: sp, text: text, toks: seq[:k], ev: evForced, source: "rule", defOf: -1}}
		}
		return append(out, s.repair(doc, all, seq[k:], lowerSeen)...)
	}

	// "U.S. Has", "U.K. Officials": a word after an abbreviated country,
	// capitalised as if a sentence began after the period, that the
	// article writes in lower case too is a common word.
	if len(seq) == 2 && strings.HasSuffix(seq[0].text, ".") && lowerSeen[strings.ToLower(seq[1].text)] &&
		!orgHeads[seq[1].lower] && !seatHeads[seq[1].lower] && !genericNames[seq[1].lower] && !facilityHeads[seq[1].lower] &&
		!titleHeads[seq[1].lower] && seq[1].lower != "troops" && !isAcronym(seq[1].text) {
		if _, ok := s.gaz.Country(seq[0].text); ok {
			if _, _, known := s.aliases.Lookup(joinText(seq)); !known {
				return s.repair(doc, all, seq[:1], lowerSeen)
			}
		}
	}
	// A single sentence-initial word that also occurs in lower case is a
	// common word: "Talks will continue".
	if len(seq) == 1 && seq[0].sentStart && lowerSeen[strings.ToLower(seq[0].text)] && !s.knownCaps(all, indexOf(all, seq[0])) {
		return nil
	}
	if len(seq) == 1 && (genericNames[seq[0].lower] || nationalityNouns[seq[0].lower]) {
		return nil // "the Briton", "the Spaniard": a person's nationality
	}

	// Leading country before a facility or place name: "the U.S. Al-Tarfa Air
	// Base" -> "U.S." + "Al-Tarfa Air Base".
	var out []cand
	if len(seq) >= 3 && !person {
		if _, ok := s.gaz.Country(seq[0].text); ok {
			if h := seq[len(seq)-1].lower; facilityHeads[h] || locationHeads[h] {
				out = append(out, cand{span: newsgraph.Span{Start: seq[0].start, End: seq[0].start + len(seq[0].text)},
					text: seq[0].text, toks: seq[:1], defOf: -1, source: "rule"})
				seq = seq[1:]
			}
		}
	}

	// Lower-case heads: "Dorvia province", "Tal al-Tarfa airbase".
	end := seq[len(seq)-1]
	extended := seq
	if !person && !seq[len(seq)-1].poss && len(seq) == lastIdx-indexOf(all, seq[0])+1 {
		if t, ok := after(1); ok && t.word && !t.cap && !t.nl && (lowercaseHeads[t.lower] ||
			buildingHeads[t.lower] && !s.isPlace(joinText(seq)) && !s.gaz.GivenName(seq[0].text) &&
				!facilityHeads[seq[len(seq)-1].lower] && afterThe(all, seq[0])) {
			end = t
			extended = append(append([]tok{}, seq...), t)
		} else if ok && t.lower == "air" {
			if t2, ok2 := after(2); ok2 && t2.lower == "base" {
				end = t2
				extended = append(append([]tok{}, seq...), t, t2)
			}
		}
	}
	sp, text := spanText(doc, seq[0], end)
	// "George W." before a comma: the initial keeps its period.
	if len(seq) >= 2 && end.end == sp.End && len(end.text) == 1 && unicode.IsUpper(rune(end.text[0])) &&
		sp.End < len(doc.Text) && doc.Text[sp.End] == '.' && s.gaz.GivenName(seq[0].text) {
		sp.End++
		text = doc.Text[sp.Start:sp.End]
	}
	c := cand{span: sp, text: text, toks: extended, roles: roles, person: person, honorific: honorific, source: "rule", defOf: -1}
	if f := indexOf(all, seq[0]); f > 0 && all[f-1].poss && s.isPlaceWord(all[f-1].text) {
		c.owner = all[f-1].text
	}
	if f := indexOf(all, seq[0]); f > 0 && locatives[all[f-1].text] {
		c.locative = true
		c.nearby = all[f-1].text != "in"
	}
	// Datelines: "LONDON (Reuters) -", "ARBELA, Northern Region -".
	if seq[0].lineStart && isAllCaps(text) && len(text) > 3 {
		if t, ok := after(1); ok && (t.text == "," || t.text == "(" || t.text == "-" || t.text == "–" || t.text == "—") {
			c.dateline = true
			c.typ, c.ev = newsgraph.GPE, evForced
		}
	}
	if t, ok := after(1); ok && end.start == seq[len(seq)-1].start && t.word && !t.cap && !t.nl && orgFollowers[t.lower] && !seq[len(seq)-1].poss {
		c.orgNext = true
	}
	// "the Doe news agency", "the Doe tabloid": a media outlet or a firm
	// named by what it is, unless the name is a place's ("the US-German
	// carmaker", "the Arabic channel", "Local newspapers" name none).
	if t, ok := after(1); ok && end.start == seq[len(seq)-1].start && t.word && !t.cap && !t.nl && !seq[len(seq)-1].poss && !s.isPlace(text) &&
		!s.placePair(text) && !(len(seq) == 1 && (seq[0].sentStart || languageLike(seq[0].lower))) {
		if t2, ok2 := after(2); mediaFollowers[t.lower] || t.lower == "news" && ok2 && !t2.nl && newsFollowers[t2.lower] {
			c.orgNext = true
		}
	}
	if t, ok := after(1); ok && len(seq) == 1 && end.start == seq[0].start && t.word && !t.cap && !t.nl && thingNouns[t.lower] && letterDigitCode(seq[0].text) {
		c.thing = true
	}
	c.orgCue = s.orgContext(all, indexOf(all, seq[0]), indexOf(all, end))
	if r := s.rightRole(doc, all, indexOf(all, end)); r != "" {
		c.roles = compact(append(c.roles, r))
		c.person = true
	}
	if !c.person && s.personNounBefore(all, seq) {
		c.person = true // "cameraman Jane Doe", "the agriculture minister, Jane Doe,"
	}
	return append(out, c)
}

// personNounBefore reports a name of two to four name words right after a
// person noun in lower case ("cameraman Jane Doe", "poet Jane Doe"), or
// set off by commas after a title head in lower case ("the agriculture
// minister, Jane Doe, said").
func (s *Stage) personNounBefore(all []tok, seq []tok) bool {
	if len(seq) < 2 || len(seq) > 4 || !allNameWords(seq) || seq[0].nl || s.isPlace(joinText(seq)) {
		return false
	}
	if _, _, known := s.aliases.Lookup(joinText(seq)); known {
		return false
	}
	f := indexOf(all, seq[0])
	if f < 1 {
		return false
	}
	p := all[f-1]
	if p.word && !p.cap && personNouns[p.lower] {
		return true
	}
	l := indexOf(all, seq[len(seq)-1])
	return p.text == "," && f >= 2 && all[f-2].word && !all[f-2].cap && titleHeads[all[f-2].lower] &&
		l+1 < len(all) && all[l+1].text == "," && !all[l+1].nl
}

// innerTitle finds a title inside a run of capitalised words between an
// organisation or place and a person's name: "Acme Radio DJ Jane Doe".
// It returns where the title's words start (t) and where the person's
// name starts (p), or 0, 0.
func (s *Stage) innerTitle(seq []tok) (t, p int) {
	for k := 1; k < len(seq)-1; k++ {
		w := seq[k].lower
		if !titleHeads[w] && !honorifics[w] || connectors[seq[k].text] || seq[k-1].poss {
			continue
		}
		rest := seq[k+1:]
		if len(rest) > 4 || !allNameWords(rest) || s.isTitleWord(rest[0]) && !s.gaz.GivenName(rest[0].text) {
			continue
		}
		if len(rest) == 1 && !honorifics[w] && !strings.HasSuffix(seq[k].text, ".") {
			continue
		}
		if len(rest) >= 2 && !s.gaz.GivenName(rest[0].text) && !honorifics[w] && (len(rest) > 3 || !titleHeads[w]) {
			continue
		}
		// the title's own words before its head: "Northland Deputy Director"
		t = k
		for t > 0 && (titleWords[seq[t-1].lower] || titleHeads[seq[t-1].lower]) && !s.isPlaceWord(seq[t-1].text) && !connectors[seq[t-1].text] {
			t--
		}
		if t == 0 {
			return 0, 0 // a title alone starts the run: titlePrefix's work
		}
		// A connector or a generic word cannot end the organisation.
		if connectors[seq[t-1].text] {
			return 0, 0
		}
		return t, k + 1
	}
	return 0, 0
}

// titleOf returns how many leading words of seq are a title and "of" (and
// "the") before an organisation or place: "Chairman of the X Board" -> 3.
func titleOf(seq []tok) int {
	k := 0
	for k < len(seq) && (titleHeads[seq[k].lower] || titleWords[seq[k].lower]) && !connectors[seq[k].text] {
		k++
	}
	if k == 0 || !titleHeads[seq[k-1].lower] || k+1 >= len(seq) || seq[k].text != "of" {
		return 0
	}
	k++
	if seq[k].text == "the" {
		k++
	}
	if k >= len(seq) {
		return 0
	}
	// "Secretary of State", "Minister of Foreign Affairs": a title's own
	// words after "of" belong to the title (titlePrefix handles them).
	for m := k; m < len(seq); m++ {
		if !titleWords[seq[m].lower] && !titleHeads[seq[m].lower] {
			return k
		}
	}
	return 0
}

// contraction reports a pronoun or function word with a contracted verb:
// "i'm", "we've", "it's", "that's".
func contraction(lower string) bool {
	i := strings.IndexAny(lower, "'’")
	if i <= 0 {
		return false
	}
	switch lower[i:] {
	case "'m", "’m", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'s", "’s":
		return starters[lower[:i]] || lower[:i] == "let" || lower[:i] == "i"
	}
	return false
}

func instType(class string) newsgraph.EntityType {
	if class == "embassy" {
		return newsgraph.Facility
	}
	return newsgraph.Org
}

func joinText(ts []tok) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

func stripHonorific(role string) string {
	ws := strings.Fields(role)
	for len(ws) > 0 && honorifics[trimDot(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, " ")
}

func compact(xs []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, x := range xs {
		if x != "" && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// isTitleWord reports whether a word may be part of a title.
func (s *Stage) isTitleWord(t tok) bool {
	w := t.lower
	if len(w) >= 3 && isAllCaps(t.text) && !capsTitles[w] {
		return s.isPlaceWord(t.text) // "SEC" is an agency, not "Sec."
	}
	return titleHeads[w] || titleWords[w] || titleWords[strings.ToLower(t.text)] || s.isPlaceWord(t.text)
}

// titlePrefix returns how many leading words of seq form a title (0 if
// none): all title words, at least one title head, not ending in a
// connector, and followed by a name.
func (s *Stage) titlePrefix(seq []tok) int {
	best := 0
	head := false
	for k, t := range seq {
		if !s.isTitleWord(t) {
			break
		}
		if titleHeads[t.lower] || honorifics[t.lower] {
			head = true
		}
		if head && !connectors[t.text] && !s.isPlaceWord(t.text) {
			best = k + 1
		}
	}
	if best == 0 {
		return 0
	}
	rest := seq[best:]
	if len(rest) > 0 && connectors[rest[0].text] {
		return 0
	}
	// "General Agreement on Tariffs and Trade": a treaty's head after a
	// rank word is no person ("President Bill Doe" is).
	if len(rest) > 0 && notEntityHeads[rest[0].lower] && !s.gaz.GivenName(rest[0].text) {
		return 0
	}
	// "Major League Doeball", "General Assembly": a rank before an
	// organisation's head is part of the organisation's name.
	if len(rest) > 0 && best == 1 && rankOrgHeads[rest[0].lower] && !honorifics[seq[0].lower] && !strings.HasSuffix(seq[0].text, ".") {
		return 0
	}
	// "General Motors": a bare rank before a single word is no title.
	if len(rest) == 1 && best == 1 && !honorifics[seq[0].lower] && (orgHeads[rest[0].lower] || !strings.HasSuffix(seq[0].text, ".")) && !titleHeads[strings.ToLower(seq[0].text)] {
		return 0
	}
	if len(rest) > 0 && (orgHeads[rest[len(rest)-1].lower] || s.isPlaceWord(joinText(rest))) {
		return 0 // "Prime Minister's Office", "President Iraq"
	}
	return best
}

// leftRole returns a title written just before the name starting at token
// index i, in lower case or mixed: "Kenyan government spokesperson",
// "Brazilian commander", "Treasury spokesman Maj. Gen.".
func (s *Stage) leftRole(doc *newsgraph.Document, all []tok, i int) string {
	start := -1
	head := false
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		t := all[k]
		if !t.word || t.poss && k != i-1 || all[k+1].nl {
			break
		}
		if t.text == "and" && k > 0 && all[k-1].cap && !s.isTitleWord(all[k-1]) {
			break // "Leo Doe and Acme leader Jane Roe": the role starts after "and"
		}
		ok := s.isTitleWord(t)
		if !ok && t.cap && head && k < i-1 && !t.sentStart {
			ok = true // an organisation before the title: "Treasury spokesman"
		}
		if !ok {
			break
		}
		if titleHeads[t.lower] {
			head = true
		}
		start = k
	}
	if !head || start < 0 {
		return ""
	}
	for start < i && (connectors[all[start].text] || starters[all[start].lower] && !titleHeads[all[start].lower]) {
		start++
	}
	if start >= i {
		return ""
	}
	role := doc.Text[all[start].start : all[i-1].start+len(all[i-1].text)]
	return stripHonorific(role)
}

// rightRole returns an appositive title after a name ending at token index
// i: "Jane Doe, military spokesperson for the minister" -> "military
// spokesperson for the minister".
func (s *Stage) rightRole(doc *newsgraph.Document, all []tok, i int) string {
	if i+2 >= len(all) || all[i+1].text != "," || all[i].poss {
		return ""
	}
	k := i + 2
	if all[k].lower == "a" || all[k].lower == "the" || all[k].lower == "an" {
		k++
	}
	start := k
	head := -1
	for ; k < len(all) && k < start+5; k++ {
		t := all[k]
		if !t.word || t.cap && !s.isTitleWord(t) {
			break
		}
		if !s.isTitleWord(t) {
			break
		}
		if titleHeads[t.lower] {
			head = k
		}
		if t.text == "for" || t.text == "of" || t.text == "at" {
			break
		}
	}
	if head < 0 || head < start {
		return ""
	}
	end := head
	if head+1 < len(all) && (all[head+1].text == "for" || all[head+1].text == "of" || all[head+1].text == "at") {
		// include the name the title is for, up to the end of its capitalised run
		m := head + 2
		for m < len(all) && all[m].word && (all[m].cap || connectors[all[m].text]) && !all[m].nl {
			end = m
			if all[m].poss {
				break
			}
			m++
		}
		for end > head && connectors[all[end].text] {
			end--
		}
	}
	if all[start].cap && !s.isPlaceWord(all[start].text) && !titleHeads[all[start].lower] && !titleWords[all[start].lower] {
		return ""
	}
	return doc.Text[all[start].start : all[end].start+len(all[end].text)]
}

// addNER merges the tagger's mentions: votes for the candidates they
// overlap, new candidates where they overlap none.
func (s *Stage) addNER(doc *newsgraph.Document, cs []cand) []cand {
	for _, m := range doc.Mentions {
		if !m.Type.Valid() || doc.IsIgnored(m.Span) {
			continue
		}
		hit := false
		for i := range cs {
			if cs[i].span.Overlaps(m.Span) {
				hit = true
				if cs[i].nerVotes == nil {
					cs[i].nerVotes = map[newsgraph.EntityType]int{}
				}
				cs[i].nerVotes[m.Type]++
			}
		}
		if hit {
			continue
		}
		text := doc.Text[m.Start:m.End]
		r := []rune(text)
		if len(r) == 0 || !unicode.IsUpper(r[0]) || modifier(text) {
			continue
		}
		toks := tokenize(text, nil)
		var words []tok
		for _, t := range toks {
			if t.word {
				t.start += m.Start
				t.end += m.Start
				words = append(words, t)
			}
		}
		if len(words) == 0 || !s.plausibleName(doc, words) {
			continue
		}
		cs = append(cs, cand{span: m.Span, text: text, toks: words, typ: m.Type, ev: evNER, source: m.Source, defOf: -1})
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].span.Start < cs[j].span.Start })
	return cs
}

// setType records a type if its evidence beats what the candidate has.
func (c *cand) setType(t newsgraph.EntityType, ev int) {
	if ev > c.ev {
		c.typ, c.ev = t, ev
	}
}

// typeCand types a candidate from its words.
func (s *Stage) typeCand(c *cand) {
	if c.inst != "" || c.ev == evForced {
		return
	}
	if k, ok := s.gaz.InstitutionKey(c.text); ok {
		c.inst = k
		c.setType(newsgraph.Org, evForced)
		return
	}
	// "Iraq's Foreign Ministry": the country's possessive names the owner.
	if c.owner != "" {
		if k, ok := s.gaz.InstitutionKey(c.owner + " " + c.text); ok {
			c.inst = k
			c.setType(newsgraph.Org, evForced)
			return
		}
	}
	c.acronym = len(c.toks) == 1 && isAcronym(c.text)
	if _, _, known := s.aliases.Lookup(c.text); c.thing && !known {
		c.typ, c.ev = "", evForced // a virus strain, an aircraft or weapon model: no entity
		return
	}
	// "Mr Houston", "Dr Paris": after Mr/Mrs/Ms/Dr a name is a person's,
	// even when it is also a place's or a firm's.
	if c.honorific && allNameWords(c.toks) {
		c.setType(newsgraph.Person, evRule+1)
		return
	}
	e, weak, ok := s.aliases.Lookup(c.text)
	if !ok && len(c.toks) > 1 && c.toks[len(c.toks)-1].poss {
		e, weak, ok = s.aliases.Lookup(c.text + "'s") // "Standard and Poor's"
	}
	if ok {
		c.entry, c.weak = e, weak
		if !weak {
			c.setType(e.Type, evRule+1)
			return
		}
	}
	words := make([]string, len(c.toks))
	for i, t := range c.toks {
		words[i] = t.lower
	}
	last := words[len(words)-1]
	last2 := ""
	if len(words) >= 2 {
		last2 = words[len(words)-2] + " " + last
	}
	// head before a complement: "Ministry of Defense", "Islamic State in Iraq"
	cHead := ""
	for i := 1; i < len(words); i++ {
		if w := words[i]; w == "of" || w == "in" || w == "to" || w == "for" || w == "on" {
			cHead = words[i-1]
			break
		}
	}
	if notNames[matchKey(c.text)] || notNames[strings.ToLower(c.text)] || allNotNames(c.text) {
		c.typ, c.ev = "", evForced
		return
	}
	switch {
	case len(words) >= 2 && (stormWords[words[0]] || len(words) >= 3 && stormWords[words[0]+" "+words[1]]) && c.toks[len(c.toks)-1].cap && !orgHeads[last]:
		c.setType(newsgraph.Event, evRule)
	case len(words) >= 3 && facilityOf[cHead] && c.toks[0].cap:
		c.setType(newsgraph.Facility, evRule)
	case len(words) >= 2 && arabicOrgLead[strings.ReplaceAll(words[0], "’", "'")] && c.toks[0].cap &&
		!facilityHeads[last] && !locationHeads[last]: // not "Tahrir Square"
		c.setType(newsgraph.Org, evRule)
	case len(words) >= 3 && c.toks[0].cap && !orgHeads[last] && baseInside(words):
		// "Forward Operating Base Doe", "Mission Support Site Doe"
		c.setType(newsgraph.Facility, evRule)
	case len(words) >= 2 && len(words) <= 3 && mountWords[words[0]] && cHead == "" && c.toks[0].cap:
		c.setType(newsgraph.Location, evRule)
	case len(words) >= 2 && s.teamName(c.toks) && !c.person: // not "Gen. Douglas Sims"
		c.setType(newsgraph.Org, evRule)
	case len(words) >= 2 && leadFacility[words[0]] && c.toks[0].cap:
		c.setType(newsgraph.Facility, evRule)
	case len(words) == 1 && spaceMission(c.text):
		c.setType(newsgraph.Event, evRule) // "STS-134", "Shenzhou-12"
	case len(words) >= 2 && words[0] == "operation":
		c.setType(newsgraph.Event, evRule)
	case last == "system" && len(words) >= 2 && anyOrgHead(words[:len(words)-1]):
		c.setType(newsgraph.Org, evRule) // "Doe Airline System"
	case notEntityHeads[last] && len(words) >= 2:
		c.typ, c.ev = "", evForced // treaties, laws: no type fits
	case last2 == "air base" || facilityHeads[last] && len(words) >= 2:
		c.setType(newsgraph.Facility, evRule)
	case len(words) == 2 && words[0] == "air" && s.isPlaceWord(c.toks[1].text):
		c.setType(newsgraph.Org, evRule) // airlines: "Air Northland"
	case len(words) >= 3 && leadEvent[words[0]] && cHead == words[0] && c.toks[0].cap:
		c.setType(newsgraph.Event, evRule) // "Battle of Doe", "Siege of Doe"
	case len(words) >= 2 && roman[last] && eventHeads[words[len(words)-2]]:
		c.setType(newsgraph.Event, evRule) // "World War II"
	case len(words) >= 2 && eventHeads[last] && c.toks[len(c.toks)-1].cap &&
		!(surnameHeads[last] && len(words) == 2 && s.gaz.GivenName(c.toks[0].text)):
		c.setType(newsgraph.Event, evRule)
	case len(words) >= 3 && (words[0] == "major" || words[0] == "general") && rankOrgHeads[words[1]] && c.toks[0].cap:
		c.setType(newsgraph.Org, evRule) // "Major League Doeball"
	case len(words) >= 2 && (orgHeads[last] || orgHeads[cHead] || leadOrg[words[0]] && cHead != ""):
		c.setType(newsgraph.Org, evRule)
	case len(words) >= 3 && orgHeads[words[len(words)-2]] && c.toks[len(c.toks)-1].cap && s.isPlaceWord(c.toks[len(c.toks)-1].text):
		c.setType(newsgraph.Org, evRule) // "Doe Bank USA": a firm's arm in a country
	case len(words) >= 2 && (locationHeads[last] || leadLocation[words[0]] && cHead != ""):
		c.setType(newsgraph.Location, evRule)
	case len(words) >= 2 && (gpeHeads[last] || leadGPE[words[0]] && cHead != ""):
		c.setType(newsgraph.GPE, evRule)
	}
	if c.ev >= evRule {
		return
	}
	if t, ok := s.gaz.Place(c.text); ok {
		c.setType(t, evRule)
		return
	}
	if c.orgNext && !c.person {
		c.setType(newsgraph.Org, evRule) // "the Rayah movement"
		return
	}
	// "carmaker Doe", "Doe chief economist Jane Roe", "analysts at Doe":
	// a company, unless the words are a person's name.
	if c.orgCue && !c.person && !(len(c.toks) >= 2 && s.gaz.GivenName(c.toks[0].text) && c.toks[0].lower != "al" && c.toks[0].lower != "el") && !s.isPlace(c.text) {
		c.setType(newsgraph.Org, evRule)
		return
	}
	// "Marsh & Lee", "Smith & Sons": a firm, not a person.
	if len(c.toks) >= 2 && strings.Contains(c.text, "&") {
		c.setType(newsgraph.Org, evRule)
		return
	}
	// "North West", "South East": a region.
	if len(c.toks) == 2 && compass[c.toks[0].lower] && compass[c.toks[1].lower] {
		c.setType(newsgraph.Location, evRule)
		return
	}
	// "West Germany", "South Yorkshire": a compass point before a place
	// ("West" is also a given name).
	if len(c.toks) >= 2 && compass[c.toks[0].lower] && c.toks[0].cap && s.isPlace(joinText(c.toks[1:])) {
		c.setType(newsgraph.GPE, evRule)
		return
	}
	if c.entry != nil && c.weak && c.nerVotes[c.entry.Type] > 0 {
		c.setType(c.entry.Type, evRule)
		return
	}
	if c.person {
		c.setType(newsgraph.Person, evRule)
		return
	}
	if initialName(c.toks) {
		c.setType(newsgraph.Person, evRule)
		return
	}
	if len(c.toks) >= 2 && c.toks[0].cap && s.gaz.GivenName(c.toks[0].text) && allNameWords(c.toks) {
		c.setType(newsgraph.Person, evRule)
		return
	}
	if len(c.toks) >= 2 && len(c.toks) <= 4 && allNameWords(c.toks) && hasArabicParticle(c.toks) && !c.toks[0].sentStart && !c.locative {
		c.setType(newsgraph.Person, evRule)
		return
	}
	if best, n := nerBest(c.nerVotes); n > 0 {
		// The tagger's EVENT on one word is nearly always a first name or
		// a common word ("Jeff", "Wake"): a named event has a head noun.
		// "near Deir Hafer": after such a preposition a person is rare.
		if best == newsgraph.Person && c.nearby && !s.gaz.GivenName(c.toks[0].text) && !c.toks[len(c.toks)-1].poss {
			best = newsgraph.GPE
		}
		if best == newsgraph.Event && len(c.toks) == 1 {
			if s.gaz.GivenName(c.text) {
				c.setType(newsgraph.Person, evNER)
			}
			return
		}
		c.setType(best, evNER)
		return
	}
	if c.acronym {
		c.setType(newsgraph.Org, evGuess)
		return
	}
	if c.locative && len(c.toks) <= 3 && allNameWords(c.toks) {
		c.setType(newsgraph.GPE, evGuess) // "near Abu Kamal"
		return
	}
	// Two name words are a guess at a person, unless the first is a
	// nationality ("Japanese Trade and Industry Minister Jane Doe").
	if len(c.toks) == 2 && allNameWords(c.toks) && !c.toks[0].sentStart && !s.isPlaceWord(c.toks[0].text) {
		c.setType(newsgraph.Person, evGuess)
	}
}

// allNotNames reports a coordination of no-entity words: "Christmas & New
// Year", "Easter and Christmas".
func allNotNames(text string) bool {
	l := strings.ToLower(text)
	parts := strings.FieldsFunc(strings.NewReplacer(" & ", "|", " and ", "|").Replace(l), func(r rune) bool { return r == '|' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !notNames[strings.TrimSpace(p)] {
			return false
		}
	}
	return true
}

// teamName reports a place followed by a capitalised plural: sports teams
// ("Northtown Lions", "Los Angeles Lakers").
func (s *Stage) teamName(ts []tok) bool {
	last := ts[len(ts)-1].text
	if len(ts) > 4 || !ts[len(ts)-1].cap || isAcronym(last) || !strings.HasSuffix(last, "s") ||
		strings.HasSuffix(last, "ss") || strings.HasSuffix(last, "us") || strings.HasSuffix(last, "is") {
		return false
	}
	l := strings.ToLower(last)
	if locationHeads[l] || gpeHeads[l] || facilityHeads[l] || eventHeads[l] || notNames[l] {
		return false
	}
	return s.isPlace(joinText(ts[:len(ts)-1]))
}

// initialName reports an initial and a surname: "J Smith", "J. Smith", "A
// Lo Cicero" (team sheets, photo credits). A sentence-initial "A" or "I"
// is an article or a pronoun.
func initialName(ts []tok) bool {
	if len(ts) < 2 || len(ts) > 3 {
		return false
	}
	w := strings.TrimSuffix(ts[0].text, ".")
	if len(w) != 1 || !unicode.IsUpper(rune(w[0])) || (w == "A" || w == "I") && ts[0].sentStart {
		return false
	}
	for _, t := range ts[1:] {
		if len(t.text) < 2 || isAcronym(t.text) {
			return false
		}
	}
	return allNameWords(ts[1:])
}

// commonPhrase drops a run of capitalised common words that no rule
// typed: every word also occurs in lower case in the article ("Living
// Wage", "Tax System" in a headline or a slogan).
func commonPhrase(c *cand, lowerSeen map[string]bool) {
	if c.ev >= evRule || len(c.toks) < 2 || c.entry != nil {
		return
	}
	for _, t := range c.toks {
		if connectors[t.text] {
			continue
		}
		if !lowerSeen[strings.ToLower(t.text)] || isAcronym(t.text) {
			return
		}
	}
	c.typ, c.ev = "", evForced
}

func nerBest(v map[newsgraph.EntityType]int) (newsgraph.EntityType, int) {
	var best newsgraph.EntityType
	n := 0
	for _, t := range newsgraph.EntityTypes {
		if v[t] > n {
			best, n = t, v[t]
		}
	}
	return best, n
}

// allNameWords reports whether every word is capitalised (or an "al"/"bin"
// particle) and none is a head noun of another type.
func allNameWords(ts []tok) bool {
	for _, t := range ts {
		if nameParticles[t.text] {
			continue
		}
		if !t.cap || orgHeads[t.lower] || facilityHeads[t.lower] || locationHeads[t.lower] || gpeHeads[t.lower] || eventHeads[t.lower] && !surnameHeads[t.lower] || notEntityHeads[t.lower] || genericNames[t.lower] || isAcronym(t.text) {
			return false
		}
	}
	return true
}

func hasArabicParticle(ts []tok) bool {
	for i, t := range ts {
		if i > 0 && (arabicPrefix(t.text) > 0 || t.text == "al" || t.text == "bin" || t.text == "ibn") {
			return true
		}
		if i == 0 && (t.text == "Abu" || t.text == "Abd") {
			return true
		}
	}
	return false
}

// pluralAcronym reports an acronym with a plural "s": "MPs", "SMEs".
func pluralAcronym(w string) bool {
	return len(w) >= 3 && w[len(w)-1] == 's' && isAllCaps(w[:len(w)-1]) && len(w) <= 8
}

// isAcronym reports whether w is written like an acronym: "NATO", "D-ABC",
// "U.S.", "DoD".
func isAcronym(w string) bool {
	up, low := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			low++
		}
	}
	return up >= 2 && low <= 1 && len(w) <= 12
}

func titleCase(s string) string {
	if !isAllCaps(s) {
		return s
	}
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		ws[i] = string(r)
	}
	return strings.Join(ws, " ")
}

// plausibleName checks a tagger mention that no rule found: it must not be
// a function word, a title, an adjective or a common word.
func (s *Stage) plausibleName(doc *newsgraph.Document, words []tok) bool {
	allTitle := true
	for _, w := range words {
		if !s.isTitleWord(w) {
			allTitle = false
		}
	}
	if allTitle || s.noName(words) || starters[words[0].lower] || genericNames[words[0].lower] && len(words) == 1 ||
		len(words) == 1 && (pluralAcronym(words[0].text) || commonAcronyms[words[0].lower] || notNames[words[0].lower] ||
			nationalityNouns[words[0].lower] || nationalityNouns[strings.TrimSuffix(words[0].lower, "s")]) {
		return false
	}
	if _, ok := s.gaz.Demonym(words[0].text); ok && len(words) == 1 {
		return false
	}
	if len(words) == 1 && strings.Contains(strings.ToLower(doc.Text), " "+strings.ToLower(words[0].text)+" ") &&
		!strings.Contains(doc.Text, " "+words[0].text+" ") {
		return false
	}
	return true
}

// orgContext reports words around the name running from token f to token
// l that business and sport news write only next to an organisation: a
// descriptor before it ("carmaker Doe", "state broadcaster Doe", "shares in
// Doe", "analysts at Doe"), a staff title after it and a person's name
// ("Doe chief economist Jane Roe", "Doe analyst Jane Roe"), or a company
// noun after its possessive ("Doe's shares", "Doe's chief executive").
func (s *Stage) orgContext(all []tok, f, l int) bool {
	if f < 0 || l < f || l >= len(all) {
		return false
	}
	for _, t := range all[f : l+1] {
		if !s.isTitleWord(t) || s.isPlaceWord(t.text) {
			goto name
		}
	}
	return false // "Democratic leader", "Labour": party adjectives and titles
name:
	if s.listAfterDescriptor(all, f) {
		return true
	}
	if f > 0 && !all[f].nl {
		p := all[f-1]
		if p.word && !p.cap && !p.poss && orgDescriptors[p.lower] {
			return true
		}
		if f > 1 && p.word && !p.cap && (p.lower == "in" || p.lower == "at") && !all[f-1].nl {
			if pp := all[f-2]; pp.word && (!pp.cap || pp.sentStart) && orgPrepHeads[pp.lower+" "+p.lower] {
				return true
			}
		}
	}
	last := all[l]
	if last.poss {
		if l+1 < len(all) && all[l+1].word && !all[l+1].cap && !all[l+1].nl && possOrgNouns[all[l+1].lower] {
			return true
		}
		return false
	}
	// a staff title in lower case, then a capitalised name
	head := false
	for k := l + 1; k < len(all) && k <= l+4; k++ {
		t := all[k]
		if t.nl || !t.word {
			return false
		}
		if t.cap {
			return head && k > l+1 && !connectors[all[k-1].text]
		}
		inner := innerStaffTitles[t.lower] && k > l+1
		if !staffTitles[t.lower] && !titleWords[t.lower] && !inner {
			return false
		}
		head = head || staffTitles[t.lower] || inner
	}
	return false
}

// placeThenPerson returns where a person's name starts after a country or
// known place in one run of capitalised words ("Iraq Alina Doe" after
// "Ambassador to"), or 0. The person's part is a given name and one or two
// more name words; a place that is also a given name ("Jordan") is left.
func (s *Stage) placeThenPerson(seq []tok) int {
	for p := 1; p <= 2 && p < len(seq)-1; p++ {
		rest := seq[p:]
		if len(rest) > 3 || !s.gaz.GivenName(rest[0].text) || !allNameWords(rest) || s.gaz.GivenName(seq[0].text) {
			continue
		}
		if seq[p-1].poss || connectors[seq[p-1].text] {
			continue
		}
		if _, ok := s.gaz.Country(joinText(seq[:p])); ok {
			return p
		}
		if t, ok := s.gaz.Place(joinText(seq[:p])); ok && t == newsgraph.GPE {
			return p
		}
	}
	return 0
}

// listAfterDescriptor reports a name inside a list that a plural company
// noun introduces: "other retailers - including Doe, Roe and Moe Shop -
// reported", "firms such as Doe and Roe".
func (s *Stage) listAfterDescriptor(all []tok, f int) bool {
	k := f - 1
	for ; k >= 0 && k >= f-25; k-- {
		t := all[k]
		if all[k+1].nl {
			return false
		}
		if t.word && (t.cap || connectors[t.text]) && t.text != "the" || t.text == "," || t.text == "&" {
			continue
		}
		break
	}
	if k < 1 {
		return false
	}
	switch {
	case all[k].text == "including" || all[k].text == "like":
		k--
	case all[k].text == "as" && all[k-1].text == "such":
		k -= 2
	default:
		return false
	}
	for k >= 0 && (all[k].text == "," || all[k].text == "-" || all[k].text == "–" || all[k].text == "—") {
		k--
	}
	return k >= 0 && all[k].word && !all[k].cap && (orgDescriptors[all[k].lower] || all[k].lower == "clubs" ||
		all[k].lower == "carmakers" || all[k].lower == "groups") && strings.HasSuffix(all[k].lower, "s")
}

// baseInside reports a military-site word inside a name, before its last
// word: "Forward Operating Base Doe", "Mission Support Site Doe", "Doe
// Garrison Camp".
func baseInside(words []string) bool {
	for _, w := range words[:len(words)-1] {
		if w == "base" || w == "site" || w == "outpost" || w == "garrison" || w == "airbase" || w == "airfield" {
			return true
		}
	}
	return false
}

// datedEvent reads an event named by its date at token i: a month and day
// before an attack word ("the Oct. 7 attack", "the September 11 attacks"),
// or an event word before a year ("Euro 2024", "Expo 2030"). It returns the
// candidate and the index of its last token.
func (s *Stage) datedEvent(doc *newsgraph.Document, toks []tok, i int) (cand, int, bool) {
	t := toks[i]
	if i+1 >= len(toks) || toks[i+1].nl {
		return cand{}, 0, false
	}
	num := func(w string, lo, hi int) bool {
		v, err := strconv.Atoi(w)
		return err == nil && v >= lo && v <= hi
	}
	mk := func(k int, toksIn []tok) (cand, int, bool) {
		sp := newsgraph.Span{Start: t.start, End: toks[k].end}
		return cand{span: sp, text: doc.Text[sp.Start:sp.End], toks: toksIn, typ: newsgraph.Event,
			ev: evForced, source: "rule", defOf: -1}, k, true
	}
	// "the 2004 Olympics", "the 2012 Winter Games": a year before games
	// words alone names the games ("In 2004 Games Workshop shares rose"
	// ends in another word; "the 2000 Doe Olympics" keeps its name
	// "Doe Olympics", the year being no part of it).
	if len(t.text) == 4 && num(t.text, 1896, 2100) {
		e := i
		for k := i + 1; k < len(toks) && k <= i+3 && toks[k].word && toks[k].cap && !toks[k].nl && !toks[k].poss &&
			(yearGames[toks[k].lower] || gamesWords[toks[k].lower]); k++ {
			e = k
		}
		if e > i && (e+1 >= len(toks) || !(toks[e+1].word && toks[e+1].cap)) && yearGames[toks[e].lower] {
			return mk(e, toks[i:e+1])
		}
	}
	if i+2 >= len(toks) || !t.cap {
		return cand{}, 0, false
	}
	if months[t.lower] && num(toks[i+1].text, 1, 31) && !toks[i+2].nl {
		if h := toks[i+2]; h.word && !h.cap && datedEventHeads[h.lower] {
			return mk(i+2, toks[i:i+3])
		}
		// "the Oct. 7 terrorist attack", "the July 7 suicide bombings"
		if i+3 < len(toks) && !toks[i+3].nl {
			if a, h := toks[i+2], toks[i+3]; a.word && !a.cap && attackModifiers[a.lower] && h.word && !h.cap && datedEventHeads[h.lower] {
				return mk(i+3, toks[i:i+4])
			}
		}
	}
	// "Apollo 11", "Artemis II": a space programme and its number name a
	// mission.
	if spacePrograms[t.lower] && !toks[i+1].nl && (num(toks[i+1].text, 1, 999) || roman[toks[i+1].lower] && toks[i+1].cap && toks[i+1].lower != "one" && toks[i+1].lower != "two") {
		return mk(i+1, toks[i:i+2])
	}
	if yearEventLead[t.lower] && num(toks[i+1].text, 1900, 2100) && len(toks[i+1].text) == 4 {
		return mk(i+1, toks[i:i+2])
	}
	// "Tower 22", "Terminal 5": a numbered site is a facility.
	if numberedFacility[t.lower] && !t.sentStart && num(toks[i+1].text, 1, 999) && !(toks[i+2].text == "," || toks[i+2].text == "-") {
		c, k, ok := mk(i+1, toks[i:i+2])
		c.typ = newsgraph.Facility
		return c, k, ok
	}
	return cand{}, 0, false
}

// afterOpenQuote reports a word right after an opening quotation mark,
// which starts the quoted sentence: "If Jane Doe is serious ...".
func afterOpenQuote(toks []tok, i int) bool {
	if i == 0 {
		return false
	}
	q := toks[i-1]
	switch q.text {
	case "“", "‘":
		return true
	case "\"":
		return i == 1 || toks[i-2].end < q.start || toks[i-2].nl || q.nl
	}
	return false
}

// afterThe reports a name written right after "the" ("the Doe hotel").
func afterThe(all []tok, t tok) bool {
	f := indexOf(all, t)
	return f > 0 && all[f-1].lower == "the" && !all[f].nl
}

// partyPrefix returns how many leading words of seq are a party or
// faction word before a person's name (given name first, two or three
// words): a party the alias table knows ("Tory", "Lib Dem"), a party
// adjective ("Republican"), or a faction in -ite ("Blairite").
func (s *Stage) partyPrefix(seq []tok) int {
	for k := 1; k <= 2 && k < len(seq); k++ {
		rest := seq[k:]
		if len(rest) < 2 || len(rest) > 3 || !s.gaz.GivenName(rest[0].text) || !allNameWords(rest) {
			continue
		}
		w := seq[0].lower
		if k == 1 && (partyAdjectives[w] || len(w) >= 6 && strings.HasSuffix(w, "ite") && !s.gaz.GivenName(seq[0].text)) {
			return 1
		}
		if partyNouns[strings.ToLower(joinText(seq[:k]))] {
			return k
		}
		if e, weak, ok := s.aliases.Lookup(joinText(seq[:k])); ok && !weak && e.Type == newsgraph.Org && partyName(e.Name) {
			return k
		}
	}
	return 0
}

// sentenceWordBeforeKnown reports a first word of a sentence (no given
// name, place, title or name head) before an organisation the alias table
// knows,
// when the whole run is no name it knows: "Latest Federal Reserve".
func (s *Stage) sentenceWordBeforeKnown(seq []tok) bool {
	w := seq[0]
	if !w.word || isAcronym(w.text) || s.gaz.GivenName(w.text) || s.isPlace(w.text) || s.isTitleWord(w) ||
		orgHeads[w.lower] || leadOrg[w.lower] || facilityHeads[w.lower] || leadFacility[w.lower] || connectors[seq[1].text] {
		return false
	}
	if _, _, ok := s.aliases.Lookup(joinText(seq)); ok {
		return false
	}
	e, weak, ok := s.aliases.Lookup(joinText(seq[1:]))
	return ok && !weak && e.Type == newsgraph.Org // not "Latin America", "Little Britain"
}

// partyName reports the name of a political party: "Conservative Party",
// "Liberal Democrats".
func partyName(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "party", "democrats", "republicans", "conservatives", "liberals", "greens", "labour":
			return true
		}
	}
	return false
}

// pairModifier reports a hyphenated pair of names ("Doe-Roe") before a
// word in lower case, when the article names each half on its own.
func pairModifier(all []tok, t tok, k int) bool {
	parts := strings.Split(t.text, "-")
	if len(parts) != 2 || !capitalised(parts[0]) || !capitalised(parts[1]) || k+1 >= len(all) {
		return false
	}
	if n := all[k+1]; !n.word || n.cap || n.nl || t.poss {
		return false
	}
	seen := [2]bool{}
	for _, o := range all {
		for i, p := range parts {
			seen[i] = seen[i] || o.text == p
		}
	}
	return seen[0] && seen[1]
}

// spaceMission reports a mission designator written as one word: a
// programme's letters or name, a hyphen and a number ("STS-134",
// "Shenzhou-12").
func spaceMission(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return false
	}
	if _, err := strconv.Atoi(w[i+1:]); err != nil {
		return false
	}
	return spacePrograms[strings.ToLower(w[:i])]
}

// taggerEvent keeps the tagger's EVENT only on a name with a mark of an
// event: a head noun ("Summit", "Festival", "Awards", "Cup"), a number
// or a year. Without one the tagger's EVENT is nearly always a title of
// a work, a product or a firm ("Boys Don't Cry", "PlayStation Portable",
// "Montedison SPA") or a month in a dateline ("April"): the name takes
// the tagger's next type, else none.
func taggerEvent(c *cand) {
	if c.typ != newsgraph.Event || c.ev > evNER || eventMarked(c.toks) {
		return
	}
	var best newsgraph.EntityType
	n := 0
	for _, t := range newsgraph.EntityTypes {
		if t != newsgraph.Event && c.nerVotes[t] > n {
			best, n = t, c.nerVotes[t]
		}
	}
	if n > 0 && len(c.toks) > 1 {
		c.typ = best
		return
	}
	c.typ, c.ev = "", evForced
}

// eventMarked reports a name with an event's head noun, a number or a
// year among its words (a roman numeral alone is no mark: "Hartz IV",
// "A Fool Such As I").
func eventMarked(ts []tok) bool {
	for i, t := range ts {
		w := strings.Trim(t.lower, ".") // "World War II" has its head
		if eventHeads[w] || sportEventHeads[w] || eventCueWords[w] || stormWords[w] {
			return true
		}
		if _, err := strconv.Atoi(w); err == nil {
			return true
		}
		if i == 0 && spaceMission(t.text) {
			return true
		}
	}
	return false
}
