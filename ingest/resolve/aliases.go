package resolve

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// defaultAliases is the built-in copy of data/aliases.tsv.
//
//go:embed aliases.tsv
var defaultAliases string

// AliasEntry is one line of the alias table: one real-world entity and the
// names it goes by.
type AliasEntry struct {
	Name    string // canonical name; the entity's IRI is minted from it
	Type    newsgraph.EntityType
	Aliases []string        // other names, as written (without '~')
	Weak    map[string]bool // keys of weak aliases (written "~IS")
}

// AliasTable maps names to their alias-table entries by newsgraph.Key.
type AliasTable struct {
	Entries []*AliasEntry
	index   map[string]*AliasEntry
}

// LoadAliases reads an alias table file: one entity per line, "canonical
// name TAB type TAB alias TAB alias ...", '#' comments and blank lines
// ignored. A bad line is an error naming the file and line.
func LoadAliases(path string) (*AliasTable, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("alias table: %w", err)
	}
	defer f.Close()
	return ParseAliases(path, f)
}

// DefaultAliases returns the built-in copy of data/aliases.tsv.
func DefaultAliases() *AliasTable {
	t, err := ParseAliases("built-in aliases.tsv", strings.NewReader(defaultAliases))
	if err != nil {
		panic(err) // the embedded file is checked by the tests
	}
	return t
}

// ParseAliases reads an alias table from r; name labels error messages.
func ParseAliases(name string, r io.Reader) (*AliasTable, error) {
	t := &AliasTable{index: map[string]*AliasEntry{}}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 {
			return nil, fmt.Errorf("%s:%d: want \"canonical name<TAB>type<TAB>alias...\", found no TAB-separated type", name, n)
		}
		e := &AliasEntry{Name: strings.TrimSpace(cols[0]), Type: newsgraph.EntityType(strings.TrimSpace(cols[1])), Weak: map[string]bool{}}
		if newsgraph.Key(e.Name) == "" {
			return nil, fmt.Errorf("%s:%d: empty canonical name", name, n)
		}
		if !e.Type.Valid() {
			return nil, fmt.Errorf("%s:%d: type %q is not one of PERSON, ORG, GPE, LOCATION, FACILITY, EVENT", name, n, cols[1])
		}
		names := []string{e.Name}
		for _, a := range cols[2:] {
			a = strings.TrimSpace(a)
			if a == "" {
				continue
			}
			weak := strings.HasPrefix(a, "~")
			a = strings.TrimPrefix(a, "~")
			k := newsgraph.Key(a)
			if k == "" {
				return nil, fmt.Errorf("%s:%d: alias %q has no letters or digits", name, n, a)
			}
			if weak {
				e.Weak[k] = true
			}
			e.Aliases = append(e.Aliases, a)
			names = append(names, a)
		}
		for _, nm := range names {
			k := newsgraph.Key(nm)
			if old, dup := t.index[k]; dup && old != e {
				return nil, fmt.Errorf("%s:%d: name %q is already an alias of %q", name, n, nm, old.Name)
			}
			t.index[k] = e
		}
		t.Entries = append(t.Entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return t, nil
}

// Lookup returns the entry a name belongs to and whether the name is a
// weak alias of it.
func (t *AliasTable) Lookup(name string) (e *AliasEntry, weak bool, ok bool) {
	if t == nil {
		return nil, false, false
	}
	k := newsgraph.Key(name)
	e, ok = t.index[k]
	if !ok {
		return nil, false, false
	}
	return e, e.Weak[k], true
}
