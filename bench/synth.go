package bench

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
)

// Synth generates extraction graphs shaped like the pipeline's output on
// news: each article mentions entities drawn from a fixed universe with a
// Zipf-like popularity (a few entities in many articles, most in one or
// two), quotes by people it mentions, typed relations between its
// entities, numeric claims, and dates spread over a range. The same
// (Seed, Universe, index) always gives the same article.
type Synth struct {
	Seed     uint64    // varies the corpus
	Universe int       // distinct entities; 0 means 20,000
	Start    time.Time // first publication date; zero means 2020-01-01
	Days     int       // publication dates span Start..Start+Days; 0 means 1,461 (four years)

	// Mean counts per article; 0 means the default in brackets.
	Entities  int // entities mentioned [12]
	Quotes    int // direct and indirect quotes [3]
	Relations int // relations [2]
	Claims    int // numeric claims [1]
	Dates     int // dates mentioned [3]
}

// SynthMeasures are the measures the synthetic claims count.
var SynthMeasures = []string{"troops", "people killed", "jobs", "barrels per day", "refugees", "votes", "tonnes of grain", "shares"}

var (
	synthSyllables = strings.Fields("ka lo ve ri an to ma sel dor ni ba qu em ra tis fen go ul zar pe mi sha ko len dra vi hu nor bel ta om ce jin ru ael pol ges wy")
	synthTypes     = []newsgraph.EntityType{ // weights: 40 PERSON, 30 ORG, 20 GPE, 5 FACILITY, 3 LOCATION, 2 EVENT
		newsgraph.Person, newsgraph.Org, newsgraph.GPE, newsgraph.Facility, newsgraph.Location, newsgraph.Event}
	synthWeights = []int{40, 30, 20, 5, 3, 2}
	synthOrgs    = []string{"Group", "Ministry", "Party", "Bank", "Corp", "Front", "Council"}
	synthPlaces  = []string{"", "City", "Province", "Republic"}
	synthRoles   = []string{"minister", "spokesman", "chief executive", "president", "commander", "governor"}
	synthCues    = []string{"said", "told reporters", "added", "said in a statement", "warned"}
)

func (g *Synth) universe() int { return orDefault(g.Universe, 20000) }

func orDefault(n, d int) int {
	if n > 0 {
		return n
	}
	return d
}

// word spells n in syllables: distinct n give distinct words.
func word(n int) string {
	var b strings.Builder
	for i := 0; i < 2 || n > 0; i++ {
		b.WriteString(synthSyllables[n%len(synthSyllables)])
		n /= len(synthSyllables)
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// EntityType is the type of entity k (0 the most popular).
func (g *Synth) EntityType(k int) newsgraph.EntityType {
	h := int((uint64(k)*0x9E3779B97F4A7C15 + g.Seed) >> 33 % 100)
	for i, w := range synthWeights {
		if h < w {
			return synthTypes[i]
		}
		h -= w
	}
	return newsgraph.Person
}

// EntityName is the canonical name of entity k; names are distinct.
func (g *Synth) EntityName(k int) string {
	switch g.EntityType(k) {
	case newsgraph.Person:
		return word(k%97+3) + " " + word(k)
	case newsgraph.Org:
		return word(k) + " " + synthOrgs[k%len(synthOrgs)]
	case newsgraph.Facility:
		return word(k) + " Air Base"
	case newsgraph.Location:
		return word(k) + " Valley"
	case newsgraph.Event:
		return "Operation " + word(k)
	}
	if p := synthPlaces[k%len(synthPlaces)]; p != "" {
		return word(k) + " " + p
	}
	return word(k) + "ia"
}

// Entity is entity k as an article mentions it (without mentions).
func (g *Synth) Entity(k int) newsgraph.Entity {
	name := g.EntityName(k)
	e := newsgraph.Entity{ID: string(graph.EntityIRI(name)), Name: name, Type: g.EntityType(k), Aliases: []string{name}}
	if e.Type == newsgraph.Person {
		e.Aliases = append(e.Aliases, word(k)) // the surname
	}
	return e
}

// Article returns synthetic article i.
func (g *Synth) Article(i int) newsgraph.Extraction {
	r := rand.New(rand.NewPCG(g.Seed, uint64(i)))
	zipf := rand.NewZipf(r, 1.1, 2, uint64(g.universe()-1))
	start := g.Start
	if start.IsZero() {
		start = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	day := start.AddDate(0, 0, r.IntN(orDefault(g.Days, 1461)+1))
	pub := day.Format("2006-01-02")
	x := newsgraph.Extraction{
		Doc: fmt.Sprintf("synth-%07d", i), Published: pub, Title: fmt.Sprintf("Synthetic story %d", i),
		Source: []string{"Example Wire", "Example Times", "Example Post"}[i%3], URL: fmt.Sprintf("https://news.example/%d", i),
	}
	// Entities: distinct, Zipf-popular; each mentioned 1-4 times at
	// increasing offsets, 200 bytes apart.
	n := count(r, orDefault(g.Entities, 12))
	seen := map[int]bool{}
	off := 0
	for len(x.Entities) < n && len(seen) < g.universe() {
		k := int(zipf.Uint64())
		if seen[k] {
			continue
		}
		seen[k] = true
		e := g.Entity(k)
		for m := 1 + r.IntN(4); m > 0; m-- {
			e.Mentions = append(e.Mentions, newsgraph.Span{Start: off, End: off + len(e.Name)})
			off += 200
		}
		if e.Type == newsgraph.Person && r.IntN(3) == 0 {
			e.Roles = []string{synthRoles[k%len(synthRoles)]}
		}
		x.Entities = append(x.Entities, e)
	}
	byType := map[newsgraph.EntityType][]newsgraph.Entity{}
	for _, e := range x.Entities {
		byType[e.Type] = append(byType[e.Type], e)
	}
	pick := func(ts ...newsgraph.EntityType) (newsgraph.Entity, bool) {
		var c []newsgraph.Entity
		for _, t := range ts {
			c = append(c, byType[t]...)
		}
		if len(c) == 0 {
			return newsgraph.Entity{}, false
		}
		return c[r.IntN(len(c))], true
	}
	for j, nq := 0, count(r, orDefault(g.Quotes, 3)); j < nq; j++ {
		q := newsgraph.Quote{Speaker: newsgraph.Unattributed, Text: fmt.Sprintf("We will not accept this, and we expect answers on point %d of story %d.", j, i),
			Cue: synthCues[r.IntN(len(synthCues))], Date: pub, DateIsDefault: r.IntN(2) == 0, Kind: "direct"}
		if sp, ok := pick(newsgraph.Person); ok {
			q.Speaker, q.SpeakerID = sp.Name, sp.ID
			q.Start, q.End = sp.Mentions[0].Start, sp.Mentions[0].End+120
		} else if org, ok := pick(newsgraph.Org); ok {
			q.SpeakerOrg = org.Name
		}
		if r.IntN(4) == 0 {
			q.Kind = "indirect"
		}
		x.Quotes = append(x.Quotes, q)
	}
	for j, nr := 0, count(r, orDefault(g.Relations, 2)); j < nr; j++ {
		var rel newsgraph.Relation
		var s, o newsgraph.Entity
		var ok1, ok2 bool
		switch r.IntN(6) {
		case 0:
			s, ok1 = pick(newsgraph.Person)
			o, ok2 = pick(newsgraph.Org, newsgraph.GPE)
			rel = newsgraph.Relation{Predicate: newsgraph.RoleIn, Role: synthRoles[r.IntN(len(synthRoles))]}
		case 1:
			s, ok1 = pick(newsgraph.Org, newsgraph.GPE)
			o, ok2 = pick(newsgraph.Facility, newsgraph.GPE, newsgraph.Location)
			rel = newsgraph.Relation{Predicate: newsgraph.Attacked, Date: pub}
		case 2:
			s, ok1 = pick(newsgraph.Org, newsgraph.GPE)
			o, ok2 = pick(newsgraph.GPE, newsgraph.Facility)
			rel = newsgraph.Relation{Predicate: newsgraph.Struck, Date: pub}
		case 3:
			s, ok1 = pick(newsgraph.Facility, newsgraph.Location, newsgraph.GPE)
			o, ok2 = pick(newsgraph.GPE)
			rel = newsgraph.Relation{Predicate: newsgraph.LocatedIn}
		case 4:
			s, ok1 = pick(newsgraph.Person)
			o, ok2 = pick(newsgraph.Person)
			rel = newsgraph.Relation{Predicate: newsgraph.MetWith, Date: pub}
		default:
			s, ok1 = pick(newsgraph.Person)
			o, ok2 = pick(newsgraph.Org)
			rel = newsgraph.Relation{Predicate: newsgraph.SpokespersonFor, Role: "spokesman"}
		}
		if !ok1 || !ok2 || s.ID == o.ID {
			continue
		}
		rel.Subject, rel.SubjectID, rel.Object, rel.ObjectID = s.Name, s.ID, o.Name, o.ID
		rel.Evidence = fmt.Sprintf("%s and %s, sentence %d of story %d.", s.Name, o.Name, j, i)
		x.Relations = append(x.Relations, rel)
	}
	for j, nc := 0, count(r, orDefault(g.Claims, 1)); j < nc; j++ {
		qty := float64(10 + r.IntN(5000))
		c := newsgraph.Claim{Measure: SynthMeasures[r.IntN(len(SynthMeasures))], Quantity: qty, Text: fmt.Sprint(qty),
			Evidence: fmt.Sprintf("About %v, claim %d of story %d.", qty, j, i)}
		if sp, ok := pick(newsgraph.Person, newsgraph.Org); ok {
			c.Source = sp.Name
		}
		x.Claims = append(x.Claims, c)
	}
	for j, nd := 0, count(r, orDefault(g.Dates, 3)); j < nd; j++ {
		d := day.AddDate(0, 0, -r.IntN(30))
		x.Dates = append(x.Dates, newsgraph.Date{Text: d.Format("January 2"), Value: d.Format("2006-01-02"), Precision: "day"})
	}
	return x
}

// count draws a count with the given mean: uniform on 0..2*mean (and at
// least 1 when mean >= 4).
func count(r *rand.Rand, mean int) int {
	n := r.IntN(2*mean + 1)
	if mean >= 4 && n == 0 {
		n = 1
	}
	return n
}
