package queries

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
)

// check validates a raw value of a parameter whose type needs no store
// (everything but entity and article) and returns it as bound.
func (p Param) check(raw string) (any, error) {
	switch {
	case p.Type == "int" || strings.HasPrefix(p.Type, "int("):
		n, err := strconv.Atoi(strings.TrimSpace(raw))
		if err != nil {
			return nil, fmt.Errorf("%q is not an integer", raw)
		}
		if n < p.min || n > p.max {
			return nil, fmt.Errorf("%d is out of range [%d, %d]", n, p.min, p.max)
		}
		return n, nil
	case p.Type == "date":
		if _, err := time.Parse("2006-01-02", raw); err != nil {
			return nil, fmt.Errorf("%q is not a date YYYY-MM-DD", raw)
		}
		return raw, nil
	case p.Type == "etype":
		t := newsgraph.EntityType(strings.ToUpper(strings.TrimSpace(raw)))
		if !t.Valid() {
			return nil, fmt.Errorf("%q is not an entity type (want one of %v)", raw, newsgraph.EntityTypes)
		}
		return string(t), nil
	case p.Type == "key":
		return newsgraph.Key(raw), nil
	case p.Type == "string":
		return raw, nil
	}
	return nil, fmt.Errorf("type %s needs the store", p.Type)
}

// bind validates args against q's parameters, resolves entities and
// articles in qs and returns the values to bind. Missing optional
// parameters without a default are bound as null.
func bind(ctx context.Context, qs cgraph.QuadStore, q *Query, args map[string]string) (map[string]any, error) {
	declared := map[string]bool{}
	for _, p := range q.Params {
		declared[p.Name] = true
	}
	var unknown []string
	for k := range args {
		if !declared[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return nil, &ParamError{Param: unknown[0], Reason: fmt.Sprintf("query %s has no such parameter", q.Name)}
	}
	out := make(map[string]any, len(q.Params))
	for _, p := range q.Params {
		raw, ok := args[p.Name]
		if ok && strings.TrimSpace(raw) == "" {
			ok = false
		}
		if !ok {
			switch {
			case p.Required:
				return nil, &ParamError{Param: p.Name, Reason: "required"}
			case p.Default == "":
				out[p.Name] = nil
				continue
			}
			raw = p.Default
		}
		var (
			v   any
			err error
		)
		switch p.Type {
		case "entity":
			v, err = ResolveEntity(ctx, qs, raw)
		case "article":
			v, err = resolveArticle(ctx, qs, raw)
		default:
			v, err = p.check(raw)
		}
		if err != nil {
			if nf, ok := err.(*NotFoundError); ok {
				nf.Param = p.Name
				return nil, nf
			}
			return nil, &ParamError{Param: p.Name, Reason: err.Error()}
		}
		out[p.Name] = v
	}
	return out, nil
}

// bindingText is the `var params = {...};` line binding vals as a JSON
// literal (valid ES5: encoding/json escapes U+2028 and U+2029).
func bindingText(vals map[string]any) (string, error) {
	b, err := json.Marshal(vals)
	if err != nil {
		return "", fmt.Errorf("encoding parameters: %w", err)
	}
	return "var params = " + string(b) + ";\n", nil
}

// isIRI reports whether a parameter value is written as an IRI, and the
// IRI without angle brackets.
func isIRI(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if strings.HasPrefix(v, "<") && strings.HasSuffix(v, ">") && len(v) > 2 {
		return v[1 : len(v)-1], true
	}
	if strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://") {
		return v, true
	}
	return "", false
}

// ResolveEntity finds the entity a parameter names and returns its IRI
// (without angle brackets). An IRI is used if the node exists; otherwise
// the entities whose ng:key equals newsgraph.Key(v) are candidates, and
// the one most often the object of schema:mentions wins (ties: the
// smallest IRI). Nothing found is a *NotFoundError.
func ResolveEntity(ctx context.Context, qs cgraph.QuadStore, v string) (string, error) {
	if iri, ok := isIRI(v); ok {
		ok, err := exists(ctx, qs, quad.IRI(iri))
		if err != nil {
			return "", fmt.Errorf("looking up entity %s: %w", iri, err)
		}
		if !ok {
			return "", &NotFoundError{What: "entity", Value: v}
		}
		return iri, nil
	}
	key := newsgraph.Key(v)
	if key == "" {
		return "", fmt.Errorf("%q has no letters or digits to look up", v)
	}
	var cands []string
	err := path.StartPath(qs, quad.String(key)).In(graph.PredKey).Unique().Iterate(ctx).EachValue(qs, func(val quad.Value) {
		if iri, ok := val.(quad.IRI); ok {
			cands = append(cands, string(iri))
		}
	})
	if err != nil {
		return "", fmt.Errorf("looking up entity %q: %w", v, err)
	}
	switch len(cands) {
	case 0:
		return "", &NotFoundError{What: "entity", Value: v}
	case 1:
		return cands[0], nil
	}
	sort.Strings(cands)
	best, bestN := "", int64(-1)
	for _, c := range cands {
		n, err := path.StartPath(qs, quad.IRI(c)).In(graph.PredMentions).Unique().Iterate(ctx).Count()
		if err != nil {
			return "", fmt.Errorf("counting mentions of %s: %w", c, err)
		}
		if n > bestN {
			best, bestN = c, n
		}
	}
	return best, nil
}

// resolveArticle accepts an article id or IRI and returns the IRI of an
// article present in qs.
func resolveArticle(ctx context.Context, qs cgraph.QuadStore, v string) (string, error) {
	iri, ok := isIRI(v)
	if !ok {
		iri = string(graph.ArticleIRI(strings.TrimSpace(v)))
	}
	n, err := path.StartPath(qs, quad.IRI(iri)).Has(graph.PredType, graph.TypeArticle).Iterate(ctx).Limit(1).Count()
	if err != nil {
		return "", fmt.Errorf("looking up article %s: %w", iri, err)
	}
	if n == 0 {
		return "", &NotFoundError{What: "article", Value: v}
	}
	return iri, nil
}

// exists reports whether v is the subject or object of at least one quad
// (a store may keep a value's id after its last quad is deleted).
func exists(ctx context.Context, qs cgraph.QuadStore, v quad.Value) (bool, error) {
	if qs.ValueOf(v) == nil {
		return false, nil
	}
	for _, p := range []*path.Path{path.StartPath(qs, v).Out(), path.StartPath(qs, v).In()} {
		n, err := p.Iterate(ctx).Limit(1).Count()
		if err != nil || n > 0 {
			return n > 0, err
		}
	}
	return false, nil
}
