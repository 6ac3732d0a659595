// Package resolve gives the entities of many articles their cross-article
// identity: every real-world entity gets one stable IRI (graph.EntityBase +
// slug of its canonical key) in every article. It merges names by key, by
// the alias table (data/aliases.tsv: "ISIS" = "Islamic State"), by
// institution phrases ("US forces" = "U.S. military"), and a surname seen
// alone with the one known person of that surname; and it rewrites quote
// speakers and relation ends to the canonical names and IRIs. A Resolver is
// stateful: entities seen in earlier batches, or seeded with Add from a
// store, keep their IRIs.
package resolve

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest/entities/gazetteer"
)

// EntityBase is the base of entity IRIs (the same as graph.EntityBase).
const EntityBase = "https://newsgraph.dev/entity/"

// MatchKey is the key names are matched by: newsgraph.Key without Arabic
// article particles ("al-Zamani" = "Zamani" = "al Zamani") and with "air
// base" written as one word.
func MatchKey(name string) string {
	k := newsgraph.Key(name)
	k = strings.TrimSpace(strings.ReplaceAll(" "+k+" ", " air base ", " airbase "))
	var out []string
	for _, w := range strings.Fields(k) {
		if w == "al" || w == "el" {
			continue
		}
		out = append(out, w)
	}
	// "Acme AG", "Acme Inc" = "Acme"
	if n := len(out); n >= 2 && companySuffix[out[n-1]] {
		out = out[:n-1]
	}
	return strings.Join(out, " ")
}

// PersonWords are the words of a person's name as the resolver compares
// them: MatchKey's words, except that a hyphenated name stays one word, so
// "Kilroy-Silk" is a surname alone, "Jean-Pierre" one given name, and
// "Blair-Brown" (as in "the Blair-Brown feud") no first name and surname;
// and without post-nominal letters ("Jane Doe MP" is "jane doe").
func PersonWords(name string) []string {
	var out []string
	for _, tok := range strings.Fields(name) {
		var parts []string
		for _, w := range strings.Fields(newsgraph.Key(tok)) {
			if w != "al" && w != "el" || len(parts) > 0 {
				parts = append(parts, w)
			}
		}
		if len(parts) > 0 {
			out = append(out, strings.Join(parts, "-"))
		}
	}
	for len(out) > 2 && postNominal[out[len(out)-1]] {
		out = out[:len(out)-1]
	}
	return out
}

// postNominal are letters written after a person's name.
var postNominal = map[string]bool{"mp": true, "mep": true, "msp": true, "qc": true, "kc": true,
	"obe": true, "mbe": true, "cbe": true, "kbe": true}

// companySuffix are legal-form words that end company names.
var companySuffix = map[string]bool{"inc": true, "corp": true, "ltd": true, "plc": true, "llc": true,
	"ag": true, "sa": true, "nv": true, "gmbh": true, "se": true, "spa": true, "co": true,
	"corporation": true, "incorporated": true, "limited": true, "company": true}

// Slug is the IRI path segment of a name: its key with spaces as '-'.
func Slug(name string) string { return strings.ReplaceAll(newsgraph.Key(name), " ", "-") }

// known is one entity the resolver has seen.
type known struct {
	id      string
	name    string
	fixed   bool // the name comes from the alias table or a seed
	votes   map[newsgraph.EntityType]int
	first   newsgraph.EntityType
	entry   *AliasEntry
	persons bool
	names   map[string]int // the articles' canonical names, with how many articles gave each
	byName  bool           // the IRI was minted from an article's name (no alias entry or institution)
}

// typeIn is the type an entity of k is given in an article that typed it
// t: the majority type, or t when no type has more votes than t.
func (k *known) typeIn(t newsgraph.EntityType) newsgraph.EntityType {
	best := k.typ()
	if t != "" && k.votes[t] >= k.votes[best] {
		return t
	}
	return best
}

func (k *known) typ() newsgraph.EntityType {
	best, n := k.first, k.votes[k.first]
	for _, t := range newsgraph.EntityTypes {
		if k.votes[t] > n {
			best, n = t, k.votes[t]
		}
	}
	return best
}

// Resolver assigns stable IRIs across articles. Not safe for concurrent use.
type Resolver struct {
	aliases  *AliasTable
	gaz      *gazetteer.Gazetteer
	byID     map[string]*known
	byKey    map[string][]*known // MatchKey of names and aliases
	bySur    map[string][]*known // surname (PersonWords) of multi-word PERSON names
	byMono   map[string][]*known // one-word PERSON names ("Veritas", "Kilroy-Silk")
	byEntry  map[*AliasEntry]*known
	multiKey map[string][]*known // multi-word non-person keys, for suffix matches
}

// New returns a resolver using the alias table (nil: no table).
func New(aliases *AliasTable) *Resolver {
	g, _ := gazetteer.Default() // the embedded gazetteer is checked by its tests
	return &Resolver{aliases: aliases, gaz: g, byID: map[string]*known{}, byKey: map[string][]*known{},
		bySur: map[string][]*known{}, byMono: map[string][]*known{}, byEntry: map[*AliasEntry]*known{}, multiKey: map[string][]*known{}}
}

func compatible(a, b newsgraph.EntityType) bool {
	c := func(t newsgraph.EntityType) newsgraph.EntityType {
		if t == newsgraph.Location {
			return newsgraph.GPE
		}
		return t
	}
	return a == "" || b == "" || c(a) == c(b)
}

// Add seeds the resolver with a known entity (from the store): later
// mentions of its name or aliases get this id.
func (r *Resolver) Add(id, name string, typ newsgraph.EntityType, aliases []string) {
	k := r.byID[id]
	if k == nil {
		k = &known{id: id, name: name, fixed: true, votes: map[newsgraph.EntityType]int{}, first: typ}
		r.byID[id] = k
	}
	k.votes[typ]++
	r.register(k, typ, append([]string{name}, aliases...))
}

func (r *Resolver) register(k *known, typ newsgraph.EntityType, names []string) {
	// A one-word name is registered as such only for an entity that has
	// no longer name: "John" of "John Smith" is no one-word name.
	mono := true
	for _, n := range names {
		if len(PersonWords(n)) > 1 {
			mono = false
		}
	}
	for _, n := range names {
		mk := MatchKey(n)
		if mk == "" {
			continue
		}
		ws := strings.Fields(mk)
		if typ == newsgraph.Person {
			pw := PersonWords(n)
			if len(pw) == 0 {
				continue
			}
			if len(pw) == 1 {
				// A surname alone is matched through bySur, a one-word
				// name through byMono; a given name alone ("Tony")
				// names nobody across articles.
				if mono && !r.given(pw[0]) && !containsKnown(r.byMono[pw[0]], k) {
					r.byMono[pw[0]] = append(r.byMono[pw[0]], k)
				}
			} else if s := pw[len(pw)-1]; !containsKnown(r.bySur[s], k) {
				r.bySur[s] = append(r.bySur[s], k)
			}
			if len(ws) < 2 {
				continue
			}
		}
		if !containsKnown(r.byKey[mk], k) {
			r.byKey[mk] = append(r.byKey[mk], k)
		}
		if typ != newsgraph.Person && len(ws) >= 2 && !containsKnown(r.multiKey[mk], k) {
			r.multiKey[mk] = append(r.multiKey[mk], k)
		}
	}
}

func containsKnown(ks []*known, k *known) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// entryOf returns the alias-table entry the entity's names belong to.
func (r *Resolver) entryOf(e *newsgraph.Entity) *AliasEntry {
	var weakHit *AliasEntry
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		en, weak, ok := r.aliases.Lookup(n)
		if !ok {
			continue
		}
		if !weak {
			return en
		}
		if en.Type == e.Type {
			weakHit = en
		}
	}
	return weakHit
}

// instKey returns the institution key of the entity ("united states military").
func (r *Resolver) instKey(e *newsgraph.Entity) string {
	if r.gaz == nil || e.Type != newsgraph.Org && e.Type != newsgraph.Facility {
		return ""
	}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if k, ok := r.gaz.InstitutionKey(n); ok {
			return k
		}
	}
	return ""
}

// find returns the known entity e refers to, or nil. here holds the known
// entities already given to other entities of e's article.
func (r *Resolver) find(e *newsgraph.Entity, here map[*known]bool) *known {
	if en := r.entryOf(e); en != nil {
		if k := r.byEntry[en]; k != nil {
			return k
		}
		if k := r.byID[EntityBase+Slug(en.Name)]; k != nil {
			return k
		}
	}
	if ik := r.instKey(e); ik != "" {
		if k := r.byID[EntityBase+Slug(ik)]; k != nil {
			return k
		}
	}
	names := append([]string{e.Name}, e.Aliases...)
	pick := func(ks []*known) *known {
		var hit *known
		for _, k := range ks {
			if compatible(k.typ(), e.Type) {
				if hit != nil && hit != k {
					return nil // ambiguous
				}
				hit = k
			}
		}
		return hit
	}
	for _, n := range names {
		mk := MatchKey(n)
		if e.Type == newsgraph.Person && len(strings.Fields(mk)) <= 1 {
			continue
		}
		if k := pick(r.byKey[mk]); k != nil {
			return k
		}
	}
	// The same name of several words typed otherwise in another article
	// ("Evening Standard" ORG and PERSON, a director's name once taken for
	// a place): one entity when only one known entity has that name; its
	// type is the majority of the articles' types (on a tie each article
	// keeps its own).
	for _, n := range names {
		mk := MatchKey(n)
		if len(strings.Fields(n)) < 2 || len(strings.Fields(mk)) < 2 || e.Type == newsgraph.Person && len(PersonWords(n)) < 2 {
			continue
		}
		if ks := r.byKey[mk]; len(ks) == 1 {
			return ks[0]
		}
	}
	if e.Type == newsgraph.Person {
		// A surname alone: the one known person of that surname.
		full := false
		for _, n := range names {
			if len(PersonWords(n)) > 1 {
				full = true
			}
		}
		// "King Hussein", "Prince Charles": a royal's one name is no surname.
		if !full && !royal(e.Roles) {
			ws := PersonWords(e.Name)
			if len(ws) == 1 {
				ks := r.bySur[ws[0]]
				if len(ks) == 1 {
					return ks[0]
				}
				// Several known people of that surname: the one of this
				// article ("Brown" beside "Gordon Brown" when a "Dan
				// Brown" is known from another article).
				// Of several there, the one whose name starts with a given
				// name ("Charles" beside "Ray Charles" and the misread
				// "Without Charles").
				var local, named *known
				n, nn := 0, 0
				for _, k := range ks {
					if here[k] {
						local = k
						n++
						if kw := strings.Fields(k.name); r.given(kw[0]) {
							named = k
							nn++
						}
					}
				}
				if n == 1 {
					return local
				}
				if nn == 1 {
					return named
				}
				// A one-word name no known full name ends with: the one
				// known person of that one-word name ("Veritas").
				if len(ks) == 0 {
					return pick(r.byMono[ws[0]])
				}
			}
		}
		// A name of two words or more that ends the name of the one known
		// person of that surname, or is ended by it, when the words only
		// one of them has are no given names ("Blairite Jane Doe", "Vice-
		// President Jane Doe" for "Jane Doe") or the shorter name starts
		// with no given name ("Orlo Bowles" for "Ann Orlo Bowles"), or the
		// other is a person of the same article ("Parker Bowles" beside
		// "Camilla Parker Bowles"). "Paul Jones" is not "John Paul Jones"
		// of another article.
		if ws := PersonWords(e.Name); len(ws) >= 2 {
			var hit *known
			n := 0
			for _, k := range r.bySur[ws[len(ws)-1]] {
				kw := PersonWords(k.name)
				long, short := kw, ws
				if len(ws) > len(kw) {
					long, short = ws, kw
				}
				if len(short) < 2 || !compatible(k.typ(), e.Type) {
					continue
				}
				if slices.Equal(long, short) {
					if hit != k {
						n++
					}
					hit = k
					continue
				}
				if !suffixOf(long, short) {
					continue
				}
				junk := true
				for _, w := range long[:len(long)-len(short)] {
					if r.gaz != nil && r.gaz.GivenName(w) {
						junk = false
					}
				}
				if junk || !r.given(short[0]) || here[k] {
					if hit != k {
						n++
					}
					hit = k
				}
			}
			if n == 1 {
				return hit
			}
		}
		// A short form of the given name with the same surname: "Vince
		// Cable" for "Vincent Cable", "Chris Smith" for "Christopher Smith".
		if ws := PersonWords(e.Name); len(ws) == 2 {
			var hit *known
			for _, k := range r.bySur[ws[1]] {
				kw := PersonWords(k.name)
				if len(kw) != 2 || kw[1] != ws[1] || !shortGiven(kw[0], ws[0]) || !compatible(k.typ(), e.Type) {
					continue
				}
				if hit != nil && hit != k {
					return nil
				}
				hit = k
			}
			return hit
		}
		return nil
	}
	// A multi-word name that ends another one ("al-Tarfa airbase" in "Tal
	// al-Tarfa airbase"), when only one known name fits.
	for _, n := range names {
		ws := strings.Fields(MatchKey(n))
		if len(ws) < 2 {
			continue
		}
		var hit *known
		ambiguous := false
		for mk, ks := range r.multiKey {
			kw := strings.Fields(mk)
			if len(kw) == len(ws) || !suffixOf(kw, ws) && !suffixOf(ws, kw) {
				continue
			}
			for _, k := range ks {
				if k.typ() != e.Type || here[k] {
					continue // the stage kept the article's names apart
				}
				if hit != nil && hit != k {
					ambiguous = true
				}
				hit = k
			}
		}
		if hit != nil && !ambiguous {
			return hit
		}
	}
	return nil
}

// given reports whether the word is a known given name.
func (r *Resolver) given(w string) bool { return r.gaz != nil && r.gaz.GivenName(w) }

// shortGiven reports whether one given name is a short form of the other
// by its start: "vince"/"vincent", "chris"/"christopher" (3 letters at least).
func shortGiven(a, b string) bool {
	if a == b || len(a) < 3 || len(b) < 3 {
		return false
	}
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// suffixOf reports whether short is a proper suffix of long.
func suffixOf(long, short []string) bool {
	if len(short) >= len(long) {
		return false
	}
	off := len(long) - len(short)
	for i := range short {
		if long[off+i] != short[i] {
			return false
		}
	}
	return true
}

// fuller reports whether name a is a fuller form than b.
func fuller(a, b string) bool {
	la, lb := len(strings.Fields(a)), len(strings.Fields(b))
	if la != lb {
		return la > lb
	}
	return len([]rune(a)) > len([]rune(b))
}

// bestName is the canonical name among the names articles gave an entity:
// a name that is no acronym before an acronym, a name of several words
// before one word ("Alan Greenspan" before "Greenspan"), then the name most
// articles gave (so one article's "Latest Federal Reserve" or "Blairite
// Jane Doe" does not rename the entity everywhere), then, when given is
// set (a person), a name that starts with a given name and ends with no
// post-nominal letters ("Jane Doe" before "Vice-President Jane Doe" and
// "Jane Doe MP"), then the fuller name.
func bestName(names map[string]int, given func(string) bool) string {
	best := ""
	rank := func(n string) [4]int {
		r := [4]int{1, 0, names[n], 0}
		if ws := strings.Fields(n); given != nil && len(ws) > 0 && given(ws[0]) && !postNominal[newsgraph.Key(ws[len(ws)-1])] {
			r[3] = 1
		}
		if isAcronymName(n) {
			r[0] = 0
		}
		if len(strings.Fields(n)) > 1 {
			r[1] = 1
		}
		return r
	}
	for n := range names {
		if best == "" {
			best = n
			continue
		}
		rn, rb := rank(n), rank(best)
		switch {
		case rn != rb:
			for i := range rn {
				if rn[i] != rb[i] {
					if rn[i] > rb[i] {
						best = n
					}
					break
				}
			}
		case fuller(n, best) || !fuller(best, n) && n < best:
			best = n
		}
	}
	return best
}

// Resolve gives every entity of the docs its IRI, canonical name and
// majority type, and rewrites quote speakers and relation ends to match.
func (r *Resolver) Resolve(docs []*newsgraph.Document) {
	type ref struct{ d, e int }
	assigned := map[ref]*known{}
	here := make([]map[*known]bool, len(docs)) // the known entities of each article
	var fresh []*known                         // minted in this call, in order
	// Full names first, so that a surname alone finds them.
	for pass := 0; pass < 2; pass++ {
		for di, d := range docs {
			if here[di] == nil {
				here[di] = map[*known]bool{}
			}
			for ei := range d.Entities {
				e := &d.Entities[ei]
				short := e.Type == newsgraph.Person && len(PersonWords(e.Name)) <= 1
				if short != (pass == 1) {
					continue
				}
				k := r.find(e, here[di])
				if k == nil {
					k = r.mint(e)
					fresh = append(fresh, k)
				}
				k.votes[e.Type]++
				if k.names == nil {
					k.names = map[string]int{}
				}
				k.names[e.Name]++
				if !k.fixed {
					var given func(string) bool
					if k.typ() == newsgraph.Person && r.gaz != nil {
						given = r.gaz.GivenName
					}
					k.name = bestName(k.names, given)
				}
				r.register(k, e.Type, append([]string{e.Name}, e.Aliases...))
				assigned[ref{di, ei}] = k
				here[di][k] = true
			}
		}
	}
	// An IRI minted in this call is minted again from the canonical name
	// the whole batch chose ("getty-oil-co", not "buy-getty-oil" from the
	// first article's bad name) when that IRI is free; IRIs of earlier
	// calls never change.
	for _, k := range fresh {
		want := EntityBase + Slug(k.name)
		if !k.byName || k.fixed || want == k.id || r.byID[want] != nil {
			continue
		}
		delete(r.byID, k.id)
		k.id = want
		r.byID[want] = k
	}
	for di, d := range docs {
		ks := make([]*known, len(d.Entities))
		for ei := range d.Entities {
			ks[ei] = assigned[ref{di, ei}]
		}
		ks = mergeSame(d, ks)
		for ei, k := range ks {
			assigned[ref{di, ei}] = k
		}
	}
	for di, d := range docs {
		rename := map[string]*known{}
		for ei := range d.Entities {
			e := &d.Entities[ei]
			k := assigned[ref{di, ei}]
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				rename[newsgraph.Key(n)] = k
			}
			e.ID, e.Name, e.Type = k.id, k.name, k.typeIn(e.Type)
		}
		for qi := range d.Quotes {
			q := &d.Quotes[qi]
			if k := rename[newsgraph.Key(q.Speaker)]; k != nil && q.Speaker != newsgraph.Unattributed {
				q.Speaker, q.SpeakerID = k.name, k.id
			}
			if k := rename[newsgraph.Key(q.SpeakerOrg)]; k != nil && q.SpeakerOrg != "" {
				q.SpeakerOrg = k.name
			}
		}
		for ri := range d.Relations {
			rel := &d.Relations[ri]
			if k := rename[newsgraph.Key(rel.Subject)]; k != nil {
				rel.Subject, rel.SubjectID = k.name, k.id
			}
			if k := rename[newsgraph.Key(rel.Object)]; k != nil {
				rel.Object, rel.ObjectID = k.name, k.id
			}
			if k := rename[newsgraph.Key(rel.Place)]; k != nil && rel.Place != "" {
				rel.Place = k.name
			}
		}
		for ci := range d.Claims {
			c := &d.Claims[ci]
			if k := rename[newsgraph.Key(c.Subject)]; k != nil && c.Subject != "" {
				c.Subject = k.name
			}
			if k := rename[newsgraph.Key(c.Source)]; k != nil && c.Source != "" {
				c.Source = k.name
			}
		}
	}
}

// mergeSame makes the entities of one article that resolved to the same
// known entity one entity (the first), with the aliases, roles and
// mentions of all ("Fed" and "Federal Reserve", "Liedtke" and "J. Hugh
// Liedtke" when the stage kept them apart), and re-points the article's
// mentions. It returns the known entity of each remaining entity.
func mergeSame(d *newsgraph.Document, ks []*known) []*known {
	first := map[*known]int{}
	newIdx := make([]int, len(d.Entities))
	var out []newsgraph.Entity
	var outK []*known
	for ei, e := range d.Entities {
		k := ks[ei]
		if j, ok := first[k]; ok && k != nil {
			m := &out[j]
			m.Aliases = appendNew(m.Aliases, e.Aliases...)
			m.Roles = appendNew(m.Roles, e.Roles...)
			m.Mentions = append(m.Mentions, e.Mentions...)
			newIdx[ei] = j
			continue
		}
		first[k] = len(out)
		newIdx[ei] = len(out)
		out = append(out, e)
		outK = append(outK, k)
	}
	if len(out) == len(d.Entities) {
		return ks
	}
	for i := range out {
		sort.Slice(out[i].Mentions, func(a, b int) bool {
			ma, mb := out[i].Mentions[a], out[i].Mentions[b]
			return ma.Start < mb.Start || ma.Start == mb.Start && ma.End < mb.End
		})
	}
	for mi := range d.Mentions {
		if x := d.Mentions[mi].Entity; x >= 0 && x < len(newIdx) {
			d.Mentions[mi].Entity = newIdx[x]
		}
	}
	d.Entities = out
	return outK
}

// appendNew appends the strings of add that list does not hold yet.
func appendNew(list []string, add ...string) []string {
	for _, a := range add {
		dup := false
		for _, x := range list {
			if x == a {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, a)
		}
	}
	return list
}

// mint creates a known entity for e with a new IRI.
func (r *Resolver) mint(e *newsgraph.Entity) *known {
	k := &known{name: e.Name, votes: map[newsgraph.EntityType]int{}, first: e.Type}
	base := Slug(e.Name)
	if en := r.entryOf(e); en != nil {
		k.entry, k.name, k.fixed = en, en.Name, true
		base = Slug(en.Name)
		r.byEntry[en] = k
	} else if ik := r.instKey(e); ik != "" {
		base = Slug(ik)
	} else {
		k.byName = true
	}
	id := EntityBase + base
	if _, taken := r.byID[id]; taken {
		id = EntityBase + base + "-" + strings.ToLower(string(e.Type))
		for n := 2; r.byID[id] != nil; n++ {
			id = EntityBase + base + "-" + strings.ToLower(string(e.Type)) + "-" + itoa(n)
		}
	}
	k.id = id
	r.byID[id] = k
	return k
}

func itoa(n int) string {
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

func isAcronymName(s string) bool {
	up, low := 0, 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			up++
		case r >= 'a' && r <= 'z':
			low++
		}
	}
	return up >= 2 && low <= 1
}

// royal reports whether a role ends in a royal title ("Prince", "King",
// "Jordan's King").
func royal(roles []string) bool {
	for _, r := range roles {
		ws := strings.Fields(strings.ToLower(r))
		if len(ws) == 0 {
			continue
		}
		switch ws[len(ws)-1] {
		case "prince", "princess", "king", "queen", "duke", "duchess", "pope", "emperor", "empress", "sheikh", "emir", "sultan":
			return true
		}
	}
	return false
}
