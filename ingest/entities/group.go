package entities

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// matchKey is the key names are grouped by: newsgraph.Key without Arabic
// article particles ("al-Zamani" = "Zamani") and with "air base" written as
// one word.
func matchKey(name string) string {
	k := newsgraph.Key(name)
	k = strings.ReplaceAll(" "+k+" ", " air base ", " airbase ")
	var out []string
	for _, w := range strings.Fields(k) {
		if w == "al" || w == "el" {
			continue
		}
		out = append(out, w)
	}
	// "Acme AG", "Acme Inc", "Acme Co Inc", "Acme Lee and Co" group with
	// "Acme" ("Lee and Co" keeps its "and": a firm, not the person Lee)
	for stripped := 0; stripped < 2; stripped++ {
		n := len(out)
		if n < 2 || !(corpSuffix[out[n-1]] || out[n-1] == "ag" || out[n-1] == "sa" || out[n-1] == "nv" || out[n-1] == "co") {
			break
		}
		co := out[n-1] == "co"
		out = out[:n-1]
		if m := len(out); co && m >= 3 && out[m-1] == "and" {
			out = out[:m-1]
		}
	}
	return strings.Join(out, " ")
}

// initials returns the first letters of a name's words, without and with
// its small words: "Department of Defense" -> "dd", "dod".
func initials(name string) (content, all string) {
	var a, b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '–' || r == '/' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if n := arabicPrefix(w); n > 0 {
			r, _ = utf8.DecodeRuneInString(w[n:])
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		l := string(unicode.ToLower(r))
		b.WriteString(l)
		if !connectors[w] {
			a.WriteString(l)
		}
	}
	return a.String(), b.String()
}

var acronymPunct = strings.NewReplacer(".", "", "-", "", "&", "")

// acronymOf reports whether acr abbreviates name, possibly leaving out
// leading words ("Franco-German Joint Energy Council" (JEC)).
func acronymOf(acr, name string) bool {
	a := strings.ToLower(acronymPunct.Replace(acr))
	if len(a) < 2 {
		return false
	}
	content, all := initials(name)
	for _, in := range []string{content, all} {
		if len(in) >= len(a) && strings.HasSuffix(in, a) {
			return true
		}
	}
	return false
}

// syllabicAcronym reports whether acr, defined in brackets after name, is
// made of its words' first letters and syllables: "CENTCOM" for "Central
// Command", "Interpol". Its letters must occur in order in the name, the
// first starting a word, and it must take letters from at least two words.
func syllabicAcronym(acr, name string) bool {
	a := strings.ToLower(acronymPunct.Replace(acr))
	ws := strings.Fields(strings.ToLower(name))
	if len(a) < 3 || len(ws) < 2 {
		return false
	}
	wi, ci, used := 0, 0, 0
	// the first letter must start a word
	for wi < len(ws) && ws[wi][0] != a[0] {
		wi++
	}
	if wi == len(ws) {
		return false
	}
	lastWord := -1
	for k := 0; k < len(a); k++ {
		found := false
		for wi < len(ws) {
			for ci < len(ws[wi]) {
				if ws[wi][ci] == a[k] {
					found = true
					ci++
					break
				}
				ci++
			}
			if found {
				break
			}
			wi, ci = wi+1, 0
		}
		if !found {
			return false
		}
		if wi != lastWord {
			used++
			lastWord = wi
		}
	}
	return used >= 2
}

// linkAcronyms links "Long Name (LN)" pairs and types "(AA)" credits after
// datelines.
func (s *Stage) linkAcronyms(text string, cs []cand) {
	for i := 1; i < len(cs); i++ {
		a, b := &cs[i], &cs[i-1]
		if !a.acronym {
			continue
		}
		between := text[b.span.End:a.span.Start]
		if strings.TrimSpace(between) != "(" && strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(between), "’s")) != "(" {
			continue
		}
		if !strings.HasPrefix(text[a.span.End:], ")") {
			continue
		}
		// "the Defeat-Doe (D-DOE) campaign": the long form names a
		// campaign, even when no other rule typed it.
		campaign := campaignAfter(text[a.span.End+1:]) && namedCampaign(b)
		if (acronymOf(a.text, b.text) || syllabicAcronym(a.text, b.text)) && (b.typ != "" || campaign) {
			a.defOf = i - 1
			if campaign {
				b.typ, b.ev = newsgraph.Event, evRule+1
			}
			a.typ, a.ev = b.typ, max(b.ev, evRule)
			a.source = "acronym"
			continue
		}
		if b.dateline || b.typ == newsgraph.GPE && b.toks[0].lineStart {
			a.setType(newsgraph.Org, evForced) // agency credit: "WASHINGTON (AA)"
		}
	}
}

type unionFind []int

func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

func (u unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if ra < rb {
		u[rb] = ra
	} else {
		u[ra] = rb
	}
}

func coarse(t newsgraph.EntityType) newsgraph.EntityType {
	if t == newsgraph.Location {
		return newsgraph.GPE
	}
	return t
}

func compatible(a, b *cand) bool {
	if a.typ == "" || b.typ == "" {
		return true
	}
	return coarse(a.typ) == coarse(b.typ)
}

// group clusters the candidates into entities.
func (s *Stage) group(text string, cs []cand) ([]newsgraph.Entity, []newsgraph.Mention) {
	// Candidates no type fits ("Paris Climate Agreement") go.
	// An acronym's defOf index is remapped to the kept candidates (or
	// dropped with its long form).
	newIndex := make([]int, len(cs))
	keep := cs[:0]
	for i, c := range cs {
		newIndex[i] = -1
		if c.typ == "" && c.ev == evForced {
			continue
		}
		newIndex[i] = len(keep)
		keep = append(keep, c)
	}
	cs = keep
	for i := range cs {
		if cs[i].defOf >= 0 {
			cs[i].defOf = newIndex[cs[i].defOf]
		}
	}
	n := len(cs)
	uf := make(unionFind, n)
	for i := range uf {
		uf[i] = i
	}
	keys := make([]string, n)
	fields := make([][]string, n) // the words of each key, split once
	for i := range cs {
		keys[i] = matchKey(cs[i].text)
		fields[i] = strings.Fields(keys[i])
	}
	// Alias-table entries: weak aliases count only beside a strong one.
	strongEntry := map[string]bool{}
	for _, c := range cs {
		if c.entry != nil && !c.weak {
			strongEntry[c.entry.Name] = true
		}
	}
	for i := range cs {
		c := &cs[i]
		if c.entry != nil && c.weak && strongEntry[c.entry.Name] {
			c.weak = false
			c.setType(c.entry.Type, evRule+1)
		}
		if c.entry != nil && c.weak {
			c.entry = nil
		}
	}
	familyNames(cs, keys)
	harmonise(cs, keys)
	byKey := map[string]int{}
	byInst := map[string]int{}
	byEntry := map[string]int{}
	for i := range cs {
		c := &cs[i]
		if j, ok := byKey[keys[i]]; ok && compatible(&cs[j], c) {
			uf.union(j, i)
		} else if !ok {
			byKey[keys[i]] = i
		}
		if c.inst != "" {
			if j, ok := byInst[c.inst]; ok {
				uf.union(j, i)
			} else {
				byInst[c.inst] = i
			}
		}
		if c.entry != nil {
			if j, ok := byEntry[c.entry.Name]; ok {
				uf.union(j, i)
			} else {
				byEntry[c.entry.Name] = i
			}
		}
		if c.defOf >= 0 {
			uf.union(c.defOf, i)
		}
	}
	// Acronyms used without a definition beside the long form elsewhere.
	for i := range cs {
		a := &cs[i]
		if !a.acronym || a.defOf >= 0 || a.entry != nil || a.inst != "" {
			continue
		}
		root := -1
		ambiguous := false
		for j := range cs {
			b := &cs[j]
			if j == i || b.acronym || len(b.toks) < 2 || b.typ == newsgraph.Person || b.typ == "" || !acronymOf(a.text, b.text) {
				continue
			}
			r := uf.find(j)
			if root >= 0 && root != r {
				ambiguous = true
			}
			root = r
		}
		if root >= 0 && !ambiguous {
			uf.union(root, i)
			a.typ, a.ev = cs[root].typ, evRule
		}
	}
	// A storm's name alone: "Doe" or "the Hurricane" after "Hurricane
	// Doe" is the storm, even when the tagger took the name for a person's.
	for i := range cs {
		c := &cs[i]
		if len(fields[i]) != 1 || c.ev >= evRule || c.acronym || c.inst != "" {
			continue
		}
		root := -1
		for j := range cs {
			dk := fields[j]
			if cs[j].typ != newsgraph.Event || len(dk) < 2 || dk[len(dk)-1] != fields[i][0] && dk[0] != fields[i][0] ||
				!(stormWords[dk[0]] || len(dk) >= 3 && stormWords[dk[0]+" "+dk[1]]) {
				continue
			}
			if r := uf.find(j); root < 0 || r == root {
				root = r
				continue
			}
			root = -2 // two storms of one name
			break
		}
		if root >= 0 {
			uf.union(root, i)
			c.typ, c.ev = newsgraph.Event, evRule
		}
	}
	// Short forms of longer non-person names: "Joint Energy Council"
	// in "Franco-German Joint Energy Council", "Gaza" for "Gaza Strip".
	for i := range cs {
		c := &cs[i]
		if c.typ == newsgraph.Person || c.acronym || c.inst != "" {
			continue
		}
		ck := fields[i]
		root := -1
		ambiguous := false
		for j := range cs {
			d := &cs[j]
			dk := fields[j]
			if j == i || d.typ == newsgraph.Person || d.typ == "" || len(dk) <= len(ck) || !compatible(c, d) && c.ev >= evRule {
				continue
			}
			suffix := len(ck) >= 2 && slices.Equal(dk[len(dk)-len(ck):], ck)
			headless := len(dk) == len(ck)+1 && slices.Equal(dk[:len(ck)], ck) &&
				(locationHeads[dk[len(dk)-1]] || gpeHeads[dk[len(dk)-1]] || facilityHeads[dk[len(dk)-1]] || lowercaseHeads[dk[len(dk)-1]])
			if !suffix && !headless {
				continue
			}
			r := uf.find(j)
			if root >= 0 && root != r {
				ambiguous = true
			}
			root = r
		}
		if root >= 0 && !ambiguous {
			uf.union(root, i)
			if c.ev < evRule+1 {
				c.typ, c.ev = cs[root].typ, evRule
			}
		}
	}
	// Inverted short forms: "Defence Ministry" for "Ministry of Defence",
	// "Anti-Graft Coalition" for "Global Coalition against Graft".
	for i := range cs {
		c := &cs[i]
		ck := fields[i]
		if c.typ == newsgraph.Person || c.acronym || len(ck) < 2 {
			continue
		}
		head, x := ck[len(ck)-1], ck[:len(ck)-1]
		if !orgHeads[head] && !eventHeads[head] && !facilityHeads[head] {
			continue
		}
		root := -1
		ambiguous := false
		for j := range cs {
			if j == i || !compatible(c, &cs[j]) || !invertedForm(fields[j], head, x) {
				continue
			}
			r := uf.find(j)
			if root >= 0 && root != r {
				ambiguous = true
			}
			root = r
		}
		if root >= 0 && !ambiguous {
			uf.union(root, i)
		}
	}
	// Renamings and second names stated in the text: "Northtown (formerly
	// Southtown)", "Jane Doe, also known as Jay D".
	for i := 1; i < len(cs); i++ {
		a, b := &cs[i-1], &cs[i]
		if a.span.End > b.span.Start || !renaming(text[a.span.End:b.span.Start]) || !compatible(a, b) && a.ev >= evRule && b.ev >= evRule {
			continue
		}
		uf.union(i-1, i)
	}
	// People: a surname alone, or first and last name, of one full name.
	surnames := map[string]map[int]bool{}
	firstLast := map[string]map[int]bool{}
	firstNames := map[string]map[int]bool{}
	initialLast := map[string]map[int]bool{} // "j smith" for "John Smith"
	for i := range cs {
		c := &cs[i]
		ws := strings.Fields(keys[i])
		if c.typ != newsgraph.Person || len(ws) < 2 || initialName(c.toks) {
			continue
		}
		add := func(m map[string]map[int]bool, k string) {
			if m[k] == nil {
				m[k] = map[int]bool{}
			}
			m[k][uf.find(i)] = true
		}
		add(surnames, ws[len(ws)-1])
		add(firstLast, ws[0]+" "+ws[len(ws)-1])
		add(firstNames, ws[0])
		if len(ws) >= 3 {
			// a hyphenated surname: "Henin-Hardenne" for "Justine Henin-Hardenne"
			add(surnames, ws[len(ws)-2]+" "+ws[len(ws)-1])
		}
		if len(ws[0]) > 1 {
			add(initialLast, ws[0][:1]+" "+ws[len(ws)-1])
		}
	}
	for i := range cs {
		c := &cs[i]
		ws := strings.Fields(keys[i])
		if len(ws) == 0 || c.acronym || c.typ != newsgraph.Person && c.ev >= evRule {
			continue
		}
		var roots map[int]bool
		if len(ws) == 1 && royal(c.roles) {
			continue // "Prince Charles" is not Charles Doe, "King Hussein" not Saddam Hussein
		}
		if len(ws) == 1 {
			roots = surnames[ws[0]]
			// a given name alone, of one full name: "Tony" for "Tony Blair"
			if len(roots) == 0 && len(c.toks) == 1 && s.gaz.GivenName(c.text) && !c.toks[0].sentStart {
				if _, place := s.gaz.Place(c.text); !place {
					roots = firstNames[ws[0]]
				}
			}
		} else if len(ws) == 2 && len(c.toks) == 1 && strings.Contains(c.text, "-") {
			roots = surnames[ws[0]+" "+ws[1]]
		} else if c.typ == newsgraph.Person {
			roots = firstLast[ws[0]+" "+ws[len(ws)-1]]
			if initialName(c.toks) {
				roots = initialLast[ws[0]+" "+ws[len(ws)-1]]
			}
		}
		if len(roots) == 1 {
			for r := range roots {
				uf.union(r, i)
			}
			c.typ, c.ev = newsgraph.Person, max(c.ev, evRule)
		}
	}

	// Build the clusters in order of first mention.
	members := map[int][]int{}
	var order []int
	for i := range cs {
		r := uf.find(i)
		if _, ok := members[r]; !ok {
			order = append(order, r)
		}
		members[r] = append(members[r], i)
	}
	var ents []newsgraph.Entity
	var mentions []newsgraph.Mention
	for _, r := range order {
		ms := members[r]
		typ := clusterType(cs, ms)
		if typ == "" {
			continue
		}
		// A name broken by a hard wrap is written with a space.
		e := newsgraph.Entity{Name: oneLine(s.canonical(cs, ms, typ)), Type: typ}
		seen := map[string]bool{}
		var roles []string
		for _, i := range ms {
			c := cs[i]
			text := oneLine(c.text)
			if !seen[text] {
				seen[text] = true
				e.Aliases = append(e.Aliases, text)
			}
			roles = append(roles, c.roles...)
			e.Mentions = append(e.Mentions, c.span)
			mentions = append(mentions, newsgraph.Mention{Span: c.span, Text: text, Type: typ, Entity: len(ents), Source: c.source})
		}
		if typ == newsgraph.Person {
			e.Roles = compact(roles)
		}
		ents = append(ents, e)
	}
	sort.SliceStable(mentions, func(i, j int) bool { return mentions[i].Start < mentions[j].Start })
	return ents, mentions
}

// invertedForm reports whether the words of a longer name put head before
// a complement ending in x: "ministry of defence" for ("ministry",
// ["defence"]), "global coalition to defeat graft" for ("coalition",
// ["graft"]).
func invertedForm(dk []string, head string, x []string) bool {
	if len(dk) < len(x)+2 || !slices.Equal(dk[len(dk)-len(x):], x) {
		return false
	}
	for p := 0; p+2 <= len(dk)-len(x); p++ {
		if dk[p] == head {
			switch dk[p+1] {
			case "of", "to", "for", "against", "on":
				return true
			}
		}
	}
	return false
}

// renaming reports whether the text between two names says the second is
// another name of the first.
func renaming(between string) bool {
	t := strings.ToLower(strings.TrimSpace(between))
	paren := strings.HasPrefix(t, "(")
	if !paren && !strings.HasPrefix(t, ",") {
		return false
	}
	switch strings.TrimSpace(t[1:]) {
	case "formerly", "formerly known as", "also known as", "aka", "a.k.a.", "known as",
		"previously", "previously known as", "now known as", "renamed":
		return true
	case "now":
		return paren
	}
	return false
}

// clusterType picks the type with the strongest evidence, then the most
// votes.
func clusterType(cs []cand, ms []int) newsgraph.EntityType {
	best := map[newsgraph.EntityType]int{}
	count := map[newsgraph.EntityType]int{}
	for _, i := range ms {
		c := cs[i]
		if c.typ == "" {
			continue
		}
		best[c.typ] = max(best[c.typ], c.ev)
		count[c.typ]++
	}
	var out newsgraph.EntityType
	for _, t := range newsgraph.EntityTypes {
		if count[t] == 0 {
			continue
		}
		if out == "" || best[t] > best[out] || best[t] == best[out] && count[t] > count[out] {
			out = t
		}
	}
	return out
}

// canonical picks the entity's name: the alias-table name, else the
// fullest form (not an acronym) seen.
func (s *Stage) canonical(cs []cand, ms []int, typ newsgraph.EntityType) string {
	for _, i := range ms {
		if cs[i].entry != nil {
			return cs[i].entry.Name
		}
	}
	best := ""
	// A name written in ordinary case somewhere ("Acme") beats the same
	// name in capitals (a wire headline's "ACME"), which would keep its
	// capitals or lose its inner ones ("AcmeCanada" -> "Acmecanada").
	written := map[string]bool{}
	for _, i := range ms {
		if !isAllCaps(cs[i].text) {
			written[strings.ToLower(cs[i].text)] = true
		}
	}
	score := func(c cand) int {
		n := utf8.RuneCountInString(c.text)
		if c.acronym {
			n -= 1000
		}
		if isAllCaps(c.text) && written[strings.ToLower(c.text)] {
			n--
		}
		if strings.ContainsAny(c.text, "'’") && c.inst != "" {
			n -= 10 // "Japanese foreign ministry" over "Japan's foreign ministry"
		}
		if c.inst != "" && strings.HasSuffix(c.inst, " military") && strings.HasSuffix(strings.ToLower(c.text), "military") {
			n += 100 // "U.S. military" over "American forces"
		}
		return n
	}
	bs := -1 << 30
	for _, i := range ms {
		if sc := score(cs[i]); sc > bs {
			best, bs = cs[i].text, sc
		}
	}
	dateline := false
	for _, i := range ms {
		dateline = dateline || cs[i].dateline
	}
	// ("STS-134", "G-7": designators with a number stay as written)
	if isAllCaps(best) && (dateline || utf8.RuneCountInString(best) > 4) && !strings.ContainsAny(best, ".0123456789") {
		best = titleCase(best)
	}
	return best
}

// familyNames types as PERSON a name of plain name words that only the
// tagger typed, as something else, when it ends in the surname of a person
// the article names: "Mauro Rossi" beside "Marco Rossi" or "Rossi".
func familyNames(cs []cand, keys []string) {
	surnames := map[string]bool{}
	for i, c := range cs {
		if c.typ == newsgraph.Person && c.ev >= evNER {
			ws := strings.Fields(keys[i])
			if len(ws) > 0 {
				surnames[ws[len(ws)-1]] = true
			}
		}
	}
	for i := range cs {
		c := &cs[i]
		ws := strings.Fields(keys[i])
		if len(ws) < 2 || len(ws) > 3 || c.typ == newsgraph.Person || c.ev > evNER || c.entry != nil || c.inst != "" || !allNameWords(c.toks) {
			continue
		}
		if surnames[ws[len(ws)-1]] {
			c.typ, c.ev = newsgraph.Person, evNER
		}
	}
}

// harmonise gives the mentions of one name in an article one type when
// only the tagger typed them differently ("Jane Doe" as PERSON in one
// sentence and GPE in the next): the type of the strongest evidence, else
// the tagger's majority over all the mentions. Mentions typed by rules
// keep their types.
func harmonise(cs []cand, keys []string) {
	byKey := map[string][]int{}
	for i := range cs {
		if cs[i].typ != "" && cs[i].inst == "" && !cs[i].acronym {
			byKey[keys[i]] = append(byKey[keys[i]], i)
		}
	}
	for _, idx := range byKey {
		if len(idx) < 2 {
			continue
		}
		var ruled newsgraph.EntityType
		conflict := false
		votes := map[newsgraph.EntityType]int{}
		for _, i := range idx {
			c := &cs[i]
			if c.ev >= evRule {
				if ruled != "" && coarse(ruled) != coarse(c.typ) {
					conflict = true
				}
				ruled = c.typ
			}
			for t, n := range c.nerVotes {
				votes[t] += n
			}
		}
		if conflict {
			continue
		}
		best := ruled
		if best == "" {
			var n int
			best, n = nerBest(votes)
			if n == 0 {
				continue
			}
		}
		for _, i := range idx {
			if c := &cs[i]; c.ev < evRule {
				c.typ = best
			}
		}
	}
}

// oneLine writes a name that a hard wrap broke ("Jane\nDoe") on one line.
func oneLine(name string) string {
	if !strings.ContainsAny(name, "\n\r") {
		return name
	}
	return strings.Join(strings.Fields(name), " ")
}

// royalTitles go with a single name that is no surname: "Prince Charles",
// "King Hussein", "Pope John".
var royalTitles = set("prince", "princess", "king", "queen", "duke", "duchess", "pope",
	"emperor", "empress", "sheikh", "emir", "sultan", "crown prince", "crown princess")

// royal reports whether a role ends in a royal title.
func royal(roles []string) bool {
	for _, r := range roles {
		ws := strings.Fields(strings.ToLower(r))
		if len(ws) > 0 && royalTitles[ws[len(ws)-1]] {
			return true
		}
	}
	return false
}

// campaignAfter reports a campaign word in lower case at the start of
// rest: ") campaign" in "the Defeat-Doe in Roeland (D-DOE) campaign".
func campaignAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	return campaignHeads[rest[:end]]
}

// namedCampaign reports a long form that may name a campaign: no
// person's or organisation's name by rule or context (a guess or the
// tagger's vote gives way), no institution or alias-table entry, no organisation
// head ("the Kurdistan Workers' Party (PKK) campaign" is the party's).
func namedCampaign(c *cand) bool {
	if (c.typ == newsgraph.Person || c.typ == newsgraph.Org) && c.ev >= evRule || c.person || c.inst != "" || c.entry != nil && !c.weak || c.ev >= evForced {
		return false
	}
	for _, t := range c.toks {
		if orgHeads[t.lower] || corpSuffix[t.lower] {
			return false
		}
	}
	return true
}
