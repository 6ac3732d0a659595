// Package gazetteer holds the embedded name lists the entity layer types
// mentions with: countries (names, official names, demonyms, capitals, from
// world-countries@5.1.0, ODbL 1.0), a hand-written list of world cities,
// regions and geographic features, and English given names (@stdlib
// datasets, PDDL/CC0). It also recognises phrases that name a country's
// institution through a demonym or country name ("French security forces",
// "U.S. military", "Japan's foreign ministry"), which the within-article
// grouping and the cross-article resolver both key on. Attribution and how
// the files were derived: docs/entities.md.
package gazetteer

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph"
)

//go:embed countries.tsv
var countriesTSV string

//go:embed places.tsv
var placesTSV string

//go:embed firstnames.txt
var firstNamesTXT string

// Country is one country of the gazetteer.
type Country struct {
	Name     string // common English name, "Iraq"
	Demonym  string // "Iraqi"
	Capitals []string
}

// Gazetteer answers name lookups by newsgraph.Key.
type Gazetteer struct {
	countries map[string]*Country // key of any country name -> country
	demonyms  map[string]*Country // key of demonym -> country
	places    map[string]newsgraph.EntityType
	first     map[string]bool
}

var (
	once    sync.Once
	def     *Gazetteer
	loadErr error
)

// Default returns the embedded gazetteer, parsed once.
func Default() (*Gazetteer, error) {
	once.Do(func() { def, loadErr = parse() })
	return def, loadErr
}

func lines(name, text string, f func(n int, cols []string) error) error {
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := f(n, strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("gazetteer %s line %d: %w", name, n, err)
		}
	}
	return sc.Err()
}

func parse() (*Gazetteer, error) {
	g := &Gazetteer{
		countries: map[string]*Country{},
		demonyms:  map[string]*Country{},
		places:    map[string]newsgraph.EntityType{},
		first:     map[string]bool{},
	}
	err := lines("countries.tsv", countriesTSV, func(n int, c []string) error {
		if len(c) != 4 {
			return fmt.Errorf("want 4 tab-separated columns, got %d", len(c))
		}
		ct := &Country{Name: c[0], Demonym: c[1]}
		if c[2] != "" {
			ct.Capitals = strings.Split(c[2], "|")
		}
		names := []string{c[0]}
		if c[3] != "" {
			names = append(names, strings.Split(c[3], "|")...)
		}
		for _, nm := range names {
			if k := newsgraph.Key(nm); k != "" {
				if _, dup := g.countries[k]; !dup {
					g.countries[k] = ct
				}
			}
		}
		// "Bosnian, Herzegovinian": each form is a demonym
		for _, d := range strings.Split(c[1], ",") {
			if k := newsgraph.Key(d); k != "" {
				if _, dup := g.demonyms[k]; !dup {
					g.demonyms[k] = ct
				}
			}
		}
		for _, cap := range ct.Capitals {
			g.places[newsgraph.Key(cap)] = newsgraph.GPE
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = lines("places.tsv", placesTSV, func(n int, c []string) error {
		if len(c) != 2 {
			return fmt.Errorf("want name TAB type, got %d columns", len(c))
		}
		t := newsgraph.EntityType(c[1])
		if t != newsgraph.GPE && t != newsgraph.Location {
			return fmt.Errorf("type %q is not GPE or LOCATION", c[1])
		}
		g.places[newsgraph.Key(c[0])] = t
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, l := range strings.Split(firstNamesTXT, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			g.first[strings.ToLower(l)] = true
		}
	}
	for _, l := range extraGiven {
		g.first[l] = true
	}
	return g, nil
}

// extraGiven are common given names of the wider world that the English
// lists lack (general knowledge, lower case).
var extraGiven = []string{
	"mohammed", "muhammad", "mohammad", "mohamed", "ahmed", "ahmad", "ali",
	"hassan", "hussein", "hussain", "omar", "umar", "abdullah", "abdul", "abdel",
	"ibrahim", "khalid", "khaled", "mahmoud", "mustafa", "youssef", "yusuf",
	"karim", "tariq", "faisal", "hamid", "nasser", "saleh", "salman", "walid",
	"ziad", "jamal", "samir", "adel", "amir", "hadi", "haider", "nouri",
	"masoud", "fuad", "jalal", "ayman", "osama", "hamza", "bashar", "recep",
	"vladimir", "volodymyr", "sergei", "sergey", "dmitry", "xi", "li", "wang",
	"narendra", "rahul", "benjamin", "yair", "yoav", "benny", "naftali",
	"emmanuel", "olaf", "giorgia", "keir", "rishi", "shehbaz", "imran",
	"hakan", "ebrahim", "hossein", "abbas", "javad", "mojtaba",
	"ismail", "yahya", "jens", "ursula", "antonio", "kamala",
}

// Country returns the country a name (any of its names) refers to.
func (g *Gazetteer) Country(name string) (*Country, bool) {
	c, ok := g.countries[newsgraph.Key(name)]
	return c, ok
}

// Demonym returns the country of a demonym ("Iraqi", "American").
func (g *Gazetteer) Demonym(word string) (*Country, bool) {
	c, ok := g.demonyms[newsgraph.Key(word)]
	return c, ok
}

// Place returns the type of a known place name: GPE for countries,
// capitals and listed cities and regions, LOCATION for geographic features.
func (g *Gazetteer) Place(name string) (newsgraph.EntityType, bool) {
	k := newsgraph.Key(name)
	if _, ok := g.countries[k]; ok {
		return newsgraph.GPE, true
	}
	t, ok := g.places[k]
	return t, ok
}

// GivenName reports whether word is a known given name.
func (g *Gazetteer) GivenName(word string) bool {
	return g.first[strings.ToLower(strings.TrimSuffix(word, "."))]
}

// Institution classes named by a demonym phrase.
var institutions = []struct {
	words []string // lower-case words after the demonym
	class string
}{
	{[]string{"security", "forces"}, "military"},
	{[]string{"armed", "forces"}, "military"},
	{[]string{"military", "forces"}, "military"},
	{[]string{"special", "forces"}, "special forces"},
	{[]string{"forces"}, "military"},
	{[]string{"military"}, "military"},
	{[]string{"army"}, "army"},
	{[]string{"navy"}, "navy"},
	{[]string{"air", "force"}, "air force"},
	{[]string{"federal", "government"}, "government"},
	{[]string{"central", "government"}, "government"},
	{[]string{"interim", "government"}, "government"},
	{[]string{"government"}, "government"},
	{[]string{"parliament"}, "parliament"},
	{[]string{"foreign", "ministry"}, "foreign ministry"},
	{[]string{"defense", "ministry"}, "defense ministry"},
	{[]string{"defence", "ministry"}, "defense ministry"},
	{[]string{"interior", "ministry"}, "interior ministry"},
	{[]string{"finance", "ministry"}, "finance ministry"},
	{[]string{"health", "ministry"}, "health ministry"},
	{[]string{"oil", "ministry"}, "oil ministry"},
	{[]string{"justice", "ministry"}, "justice ministry"},
	{[]string{"police"}, "police"},
	{[]string{"embassy"}, "embassy"},
}

// Institution matches words (the words after a country name, demonym or
// country possessive) against the institution heads. It returns the class
// ("military", "government", "foreign ministry", ...) and how many words it
// used. Only lower-case words match: "Army" in "U.S. Army" is a name.
func Institution(words []string) (class string, n int) {
	for _, in := range institutions {
		if len(words) < len(in.words) {
			continue
		}
		ok := true
		for i, w := range in.words {
			if words[i] != w {
				ok = false
				break
			}
		}
		if ok {
			return in.class, len(in.words)
		}
	}
	return "", 0
}

// InstitutionKey returns the identity key of a demonym phrase such as
// "US forces", "U.S. military", "American forces" (all "united states
// military") or "Japan's foreign ministry" ("japan foreign ministry"), and
// false when name is not one.
func (g *Gazetteer) InstitutionKey(name string) (string, bool) {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return "", false
	}
	// "Government of Iraq" = "Iraqi government".
	if len(ws) >= 3 && strings.EqualFold(ws[0], "government") && ws[1] == "of" {
		if c, ok := g.Country(strings.Join(ws[2:], " ")); ok {
			return newsgraph.Key(c.Name + " government"), true
		}
	}
	for cut := 1; cut <= 3 && cut < len(ws); cut++ {
		head := strings.Join(ws[:cut], " ")
		head = strings.TrimSuffix(strings.TrimSuffix(head, "’s"), "'s")
		c, ok := g.Demonym(head)
		if !ok {
			c, ok = g.Country(head)
		}
		if !ok {
			continue
		}
		rest := make([]string, len(ws)-cut)
		for i, w := range ws[cut:] {
			rest[i] = strings.ToLower(w) // "Iraqi Foreign Ministry" too
		}
		class, n := Institution(rest)
		if n > 0 && cut+n == len(ws) {
			return newsgraph.Key(c.Name + " " + class), true
		}
	}
	return "", false
}
