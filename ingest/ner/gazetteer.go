package ner

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	_ "embed"
)

// gazetteerText is the derived gazetteer the features consult: lines
// "F name" (English first names, PDDL/CC0) and "P name" (country names and
// capitals from countries-list, MIT). See docs/ner.md for attribution.
// BuildGazetteer regenerates it.
//
//go:embed gazetteer.txt
var gazetteerText []byte

// gazetteer holds hashed first names and place names.
type gazetteer struct {
	first  map[uint64]bool // lower-cased word hashes
	places map[uint64]bool // hash of the sequence of lower-cased word hashes
	maxLen int             // longest place name in words
}

func parseGazetteer(data []byte) (*gazetteer, error) {
	g := &gazetteer{first: map[uint64]bool{}, places: map[uint64]bool{}}
	var f featurizer
	sc := bufio.NewScanner(bytes.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		if len(s) < 3 || s[1] != ' ' {
			return nil, fmt.Errorf("gazetteer line %d: want \"F name\" or \"P name\", got %q", line, s)
		}
		switch s[0] {
		case 'F':
			g.first[hashBytes(newHash(0), f.lowerBytes(s[2:])).sum()] = true
		case 'P':
			words := strings.Fields(s[2:])
			h := newHash(9)
			for _, w := range words {
				h = h.u64(hashBytes(newHash(0), f.lowerBytes(w)).sum())
			}
			g.places[h.sum()] = true
			g.maxLen = max(g.maxLen, len(words))
		default:
			return nil, fmt.Errorf("gazetteer line %d: unknown kind %q", line, s[0])
		}
	}
	return g, sc.Err()
}

// markPlaces sets info[i].place for the longest gazetteer place names found
// in words, left to right.
func (g *gazetteer) markPlaces(words []string, info []tokenInfo, f *featurizer) {
	for i := 0; i < len(words); {
		n := 0
		if info[i].cap {
			for l := min(g.maxLen, len(words)-i); l >= 1; l-- {
				h := newHash(9)
				for j := i; j < i+l; j++ {
					h = h.u64(info[j].lower)
				}
				if g.places[h.sum()] {
					n = l
					break
				}
			}
		}
		if n == 0 {
			i++
			continue
		}
		info[i].place = 1
		for j := i + 1; j < i+n; j++ {
			info[j].place = 2
		}
		i += n
	}
}

// BuildGazetteer derives the embedded gazetteer text from the shared
// gazetteers folder: first-names-{male,female}-en.txt and
// countries-list-*.countries.min.json (names and capitals).
func BuildGazetteer(dir string) ([]byte, error) {
	seen := map[string]bool{}
	var lines []string
	for _, name := range []string{"first-names-male-en.txt", "first-names-female-en.txt"} {
		p := filepath.Join(dir, name)
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		for _, w := range strings.Fields(string(data)) {
			if k := "F " + w; !seen[k] {
				seen[k] = true
				lines = append(lines, k)
			}
		}
	}
	matches, _ := filepath.Glob(filepath.Join(dir, "countries-list-*.countries.min.json"))
	if len(matches) != 1 {
		return nil, fmt.Errorf("gazetteer: want one countries-list-*.countries.min.json in %s, found %d", dir, len(matches))
	}
	data, err := os.ReadFile(matches[0])
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	var countries map[string]struct {
		Name    string `json:"name"`
		Capital string `json:"capital"`
	}
	if err := json.Unmarshal(data, &countries); err != nil {
		return nil, fmt.Errorf("gazetteer: %s: %w", matches[0], err)
	}
	for _, c := range countries {
		for _, n := range []string{c.Name, c.Capital} {
			if k := "P " + strings.Join(strings.Fields(n), " "); n != "" && !seen[k] {
				seen[k] = true
				lines = append(lines, k)
			}
		}
	}
	sort.Strings(lines)
	var b bytes.Buffer
	b.WriteString("# Derived from first-names-{male,female}-en (@stdlib, PDDL/CC0) and countries-list 3.4.1 (MIT, (c) 2014 Annexare Studio).\n")
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.Bytes(), nil
}
