// Package queries is newsgraph's library of canned, parameterised Gizmo
// queries: one NAME.js file per query, embedded in the binary, each opening
// with a header that documents it and declares its parameters.
//
// Parameters are bound as values, never spliced into the query text: the
// runner prepends `var params = <JSON>;` and the shared prelude (vocabulary
// constants and helpers; only the part the query uses, see prelude.go) to
// the query, so the same bound text runs through
// Run and, pasted as is, in Cayley's own query and Visualize pages (Source
// returns it). Entity parameters accept a name, an alias or an IRI and are
// resolved to an entity IRI in Go before binding.
//
// Header syntax (leading comment lines of a query file):
//
//	// description: What the query returns.
//	// param: NAME TYPE DEFAULT  Description of the parameter.
//
// DEFAULT is `required`, `-` (optional, bound as null when absent) or a
// value of the type. TYPE is one of:
//
//	entity          a name, alias or IRI, bound as the entity's IRI
//	article         an article id or IRI, bound as the article's IRI
//	string          any text
//	key             text bound as its newsgraph.Key lookup form
//	int, int(A..B)  an integer, optionally within [A, B]
//	date            YYYY-MM-DD
//	etype           an entity type (PERSON, ORG, ...), case-insensitive
//
// The header ends at the first line that is not a comment or is an empty
// `//`; every header line must be `// key: value` with a known key. Free
// comments may follow after the empty `//` line.
package queries

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

//go:embed *.js
var files embed.FS

// preludeFile holds the vocabulary and helpers shared by every query; it is
// not a query itself.
const preludeFile = "prelude.js"

// Defaults of a Library's run limits.
const (
	DefaultTimeout = 5 * time.Second
	DefaultMaxRows = 1000
	HardMaxRows    = 10000
)

// Param is one declared parameter of a query.
type Param struct {
	Name        string `json:"name"`
	Type        string `json:"type"`
	Required    bool   `json:"required"`
	Default     string `json:"default,omitempty"`
	Description string `json:"description"`

	min, max int // bounds of an int parameter
}

// Query is one canned query: its name (the file name without .js), what
// it returns, its parameters and its Gizmo text (without the header's
// bindings, which the runner prepends).
type Query struct {
	Name        string  `json:"name"`
	Description string  `json:"description"`
	Params      []Param `json:"params"`
	Text        string  `json:"-"`

	prelude string // the part of the library's prelude Text uses
}

// Library is the set of canned queries and the limits runs obey. Set
// Timeout and MaxRows before the Library is shared between goroutines.
type Library struct {
	Timeout time.Duration // per run; DefaultTimeout when zero
	MaxRows int           // rows per run, capped at HardMaxRows; DefaultMaxRows when zero

	prelude string
	queries map[string]*Query
	names   []string
}

// Load parses every embedded query file.
func Load() (*Library, error) {
	return loadFS(files)
}

// loadFS parses the queries of fsys (its top-level *.js files).
func loadFS(fsys fs.FS) (*Library, error) {
	prelude, err := fs.ReadFile(fsys, preludeFile)
	if err != nil {
		return nil, fmt.Errorf("queries: reading %s: %w", preludeFile, err)
	}
	names, err := fs.Glob(fsys, "*.js")
	if err != nil {
		return nil, fmt.Errorf("queries: listing query files: %w", err)
	}
	lib := &Library{prelude: string(prelude), queries: map[string]*Query{}}
	decls := splitPrelude(lib.prelude)
	for _, file := range names {
		if file == preludeFile {
			continue
		}
		src, err := fs.ReadFile(fsys, file)
		if err != nil {
			return nil, fmt.Errorf("queries: reading %s: %w", file, err)
		}
		q, err := parseQuery(file, string(src))
		if err != nil {
			return nil, err
		}
		q.prelude = preludeFor(decls, q.Text)
		lib.queries[q.Name] = q
		lib.names = append(lib.names, q.Name)
	}
	sort.Strings(lib.names)
	return lib, nil
}

var (
	nameRE      = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)
	paramNameRE = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	headerKeyRE = regexp.MustCompile(`^([a-z][a-z_-]*):(.*)$`)
	intTypeRE   = regexp.MustCompile(`^int\((-?\d+)\.\.(-?\d+)\)$`)
	paramUseRE  = regexp.MustCompile(`\bparams\.([A-Za-z_][A-Za-z0-9_]*)`)
)

// parseQuery parses one query file: its header and its body.
func parseQuery(file, src string) (*Query, error) {
	name := strings.TrimSuffix(path.Base(file), ".js")
	if !nameRE.MatchString(name) {
		return nil, fmt.Errorf("queries: %s: bad query name %q (want lower case letters, digits and '-')", file, name)
	}
	q := &Query{Name: name, Text: src, Params: []Param{}}
	seen := map[string]bool{}
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "//") {
			break
		}
		body := strings.TrimSpace(strings.TrimPrefix(line, "//"))
		if body == "" {
			break // an empty comment line ends the header
		}
		m := headerKeyRE.FindStringSubmatch(body)
		if m == nil {
			return nil, fmt.Errorf("queries: %s:%d: header line %q is not `// key: value` (end the header with an empty `//` line before free comments)", file, i+1, line)
		}
		key, val := m[1], strings.TrimSpace(m[2])
		switch key {
		case "description":
			if q.Description != "" {
				return nil, fmt.Errorf("queries: %s:%d: second description", file, i+1)
			}
			if val == "" {
				return nil, fmt.Errorf("queries: %s:%d: empty description", file, i+1)
			}
			q.Description = val
		case "param":
			p, err := parseParam(val)
			if err != nil {
				return nil, fmt.Errorf("queries: %s:%d: %w", file, i+1, err)
			}
			if seen[p.Name] {
				return nil, fmt.Errorf("queries: %s:%d: parameter %q declared twice", file, i+1, p.Name)
			}
			seen[p.Name] = true
			q.Params = append(q.Params, p)
		default:
			return nil, fmt.Errorf("queries: %s:%d: unknown header key %q (want description or param)", file, i+1, key)
		}
	}
	if q.Description == "" {
		return nil, fmt.Errorf("queries: %s: header has no `// description:` line", file)
	}
	used := map[string]bool{}
	for _, m := range paramUseRE.FindAllStringSubmatch(src, -1) {
		used[m[1]] = true
		if !seen[m[1]] {
			return nil, fmt.Errorf("queries: %s: uses params.%s but declares no such parameter", file, m[1])
		}
	}
	for _, p := range q.Params {
		if !used[p.Name] {
			return nil, fmt.Errorf("queries: %s: parameter %q is declared but never used", file, p.Name)
		}
	}
	return q, nil
}

// parseParam parses the value of a `// param:` header line:
// NAME TYPE DEFAULT DESCRIPTION...
func parseParam(val string) (Param, error) {
	f := strings.Fields(val)
	if len(f) < 4 {
		return Param{}, fmt.Errorf("param line %q: want NAME TYPE DEFAULT DESCRIPTION", val)
	}
	p := Param{Name: f[0], Type: f[1], Description: strings.Join(f[3:], " ")}
	if !paramNameRE.MatchString(p.Name) {
		return Param{}, fmt.Errorf("param %q: bad name (want lower case letters, digits and '_')", p.Name)
	}
	if m := intTypeRE.FindStringSubmatch(p.Type); m != nil {
		p.min, _ = strconv.Atoi(m[1])
		p.max, _ = strconv.Atoi(m[2])
		if p.min > p.max {
			return Param{}, fmt.Errorf("param %q: empty range %s", p.Name, p.Type)
		}
	} else {
		switch p.Type {
		case "int":
			p.min, p.max = 0, 1<<31-1
		case "entity", "article", "string", "key", "date", "etype":
		default:
			return Param{}, fmt.Errorf("param %q: unknown type %q", p.Name, p.Type)
		}
	}
	switch def := f[2]; def {
	case "required":
		p.Required = true
	case "-":
	default:
		if p.Type == "entity" || p.Type == "article" {
			return Param{}, fmt.Errorf("param %q: an %s parameter cannot have a default", p.Name, p.Type)
		}
		if _, err := p.check(def); err != nil {
			return Param{}, fmt.Errorf("param %q: bad default: %w", p.Name, err)
		}
		p.Default = def
	}
	return p, nil
}

// List returns every query, sorted by name.
func (l *Library) List() []Query {
	out := make([]Query, 0, len(l.names))
	for _, n := range l.names {
		out = append(out, *l.queries[n])
	}
	return out
}

// Get returns the named query.
func (l *Library) Get(name string) (Query, bool) {
	q, ok := l.queries[name]
	if !ok {
		return Query{}, false
	}
	return *q, true
}

// Prelude returns the Gizmo text every bound query starts with after its
// parameters: the vocabulary constants and helper functions.
func (l *Library) Prelude() string { return l.prelude }

// Errors a caller can tell apart with errors.Is.
var (
	// ErrNotFound: an unknown query, or an entity or article parameter
	// naming nothing in the graph (HTTP 404).
	ErrNotFound = errors.New("not found")
	// ErrBadParam: a missing, unknown or malformed parameter (HTTP 400).
	ErrBadParam = errors.New("bad parameter")
	// ErrTimeout: the query ran out of time (HTTP 504). Errors wrapping it
	// also match context.DeadlineExceeded.
	ErrTimeout = errors.New("query timed out")
)

// NotFoundError reports a query name or parameter value naming nothing.
type NotFoundError struct {
	What  string // "query", "entity" or "article"
	Param string // the parameter, empty for a query
	Value string // what was asked for
}

func (e *NotFoundError) Error() string {
	if e.Param == "" {
		return fmt.Sprintf("unknown %s %q", e.What, e.Value)
	}
	return fmt.Sprintf("parameter %s: no %s matches %q", e.Param, e.What, e.Value)
}

// Is makes errors.Is(err, ErrNotFound) true.
func (e *NotFoundError) Is(target error) bool { return target == ErrNotFound }

// ParamError reports a bad parameter.
type ParamError struct {
	Param  string
	Reason string
}

func (e *ParamError) Error() string { return fmt.Sprintf("parameter %s: %s", e.Param, e.Reason) }

// Is makes errors.Is(err, ErrBadParam) true.
func (e *ParamError) Is(target error) bool { return target == ErrBadParam }
