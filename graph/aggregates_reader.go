package graph

import (
	"context"
	"fmt"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// reader reads a quad store one hop at a time, memoising what every
// aggregate of a pass needs again (which nodes are articles, what each
// article mentions and when it was published).
type reader struct {
	ctx          context.Context
	qs           cgraph.QuadStore
	isArticle    map[string]bool // every article once articlesRead
	articlesRead bool
	mentioned    map[string][]string // article -> entities it mentions
	published    map[string][]string // article -> datePublished values
	nodes        map[string]*nodeInfo
	headRows     int // rows the heads of full aggregates cover
}

func newReader(ctx context.Context, qs cgraph.QuadStore) *reader {
	return &reader{ctx: ctx, qs: qs, isArticle: map[string]bool{}, mentioned: map[string][]string{}, published: map[string][]string{}, nodes: map[string]*nodeInfo{}}
}

// each calls f with every quad whose dir is node v and whose predicate
// is p.
func (r *reader) each(v quad.Value, dir quad.Direction, p quad.IRI, f func(quad.Quad)) error {
	ref := r.qs.ValueOf(v)
	if ref == nil {
		return nil
	}
	it := r.qs.QuadIterator(dir, ref)
	defer it.Close()
	for it.Next(r.ctx) {
		q := r.qs.Quad(it.Result())
		if q.Predicate == p {
			f(q)
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("read %s of %s: %w", p, v, err)
	}
	return nil
}

// article reports whether node n (an IRI) is a news article. The first
// call reads every article of the store once (one index lookup), which is
// far cheaper than reading every quad of each node it is asked about.
func (r *reader) article(n string) (bool, error) {
	if !r.articlesRead {
		if _, err := r.readArticles(); err != nil {
			return false, err
		}
	}
	return r.isArticle[n], nil
}

// readArticles marks every subject of (x, rdf:type, schema:NewsArticle) as
// an article and returns them in the store's order.
func (r *reader) readArticles() ([]string, error) {
	var arts []string
	err := r.each(TypeArticle, quad.Object, PredType, func(q quad.Quad) {
		if s, ok := q.Subject.(quad.IRI); ok && !r.isArticle[string(s)] {
			r.isArticle[string(s)] = true
			arts = append(arts, string(s))
		}
	})
	r.articlesRead = err == nil
	return arts, err
}

// knownArticle reports whether n is known to be an article (statements
// are looked up among nodes that are mostly articles; this spares reading
// every quad of each to find it is no statement).
func (r *reader) knownArticle(n string) bool { return r.isArticle[n] }

// mentions returns the distinct entities article a mentions and its
// publication dates.
func (r *reader) mentions(a string) ([]string, []string, error) {
	if ms, ok := r.mentioned[a]; ok {
		return ms, r.published[a], nil
	}
	var ms []string
	seen := map[string]bool{}
	var dates []string
	err := r.each(quad.IRI(a), quad.Subject, PredMentions, func(q quad.Quad) {
		if o, ok := q.Object.(quad.IRI); ok && !seen[string(o)] {
			seen[string(o)] = true
			ms = append(ms, string(o))
		}
	})
	if err == nil {
		err = r.each(quad.IRI(a), quad.Subject, PredDatePublished, func(q quad.Quad) { dates = append(dates, stringOf(q.Object)) })
	}
	if err != nil {
		return nil, nil, err
	}
	r.mentioned[a], r.published[a] = ms, dates
	return ms, dates, nil
}

// articlesOf returns the distinct articles mentioning entity e.
func (r *reader) articlesOf(e string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	var subjects []string
	if err := r.each(quad.IRI(e), quad.Object, PredMentions, func(q quad.Quad) {
		if s, ok := q.Subject.(quad.IRI); ok && !seen[string(s)] {
			seen[string(s)] = true
			subjects = append(subjects, string(s))
		}
	}); err != nil {
		return nil, err
	}
	for _, s := range subjects {
		ok, err := r.article(s)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, s)
		}
	}
	return out, nil
}

// nodeInfo is what the light rows read of a statement, relation or
// article node: its types, which predicates it has, and the first value
// (in JavaScript's order) of each.
type nodeInfo struct {
	types map[quad.Value]bool
	has   map[quad.IRI]bool
	first map[quad.IRI]string
}

// lightPredicates are the predicates nodeInfo keeps values of.
var lightPredicates = map[quad.IRI]bool{
	PredText: true, PredIsPartOf: true, PredDateCreated: true,
	PredObject: true, PredRelation: true, PredStartDate: true,
}

// node reads node n (an IRI) once per reader.
func (r *reader) node(n string) (*nodeInfo, error) {
	if x, ok := r.nodes[n]; ok {
		return x, nil
	}
	x := &nodeInfo{types: map[quad.Value]bool{}, has: map[quad.IRI]bool{}, first: map[quad.IRI]string{}}
	ref := r.qs.ValueOf(quad.IRI(n))
	if ref != nil {
		it := r.qs.QuadIterator(quad.Subject, ref)
		for it.Next(r.ctx) {
			q := r.qs.Quad(it.Result())
			p, _ := q.Predicate.(quad.IRI)
			if p == PredType {
				x.types[q.Object] = true
			}
			if !lightPredicates[p] {
				continue
			}
			v := stringOf(q.Object)
			if !x.has[p] || jsLess(v, x.first[p]) {
				x.first[p] = v
			}
			x.has[p] = true
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", n, err)
		}
	}
	r.nodes[n] = x
	return x, nil
}

// objects returns the distinct values o of quads (n, p, o) as text.
func (r *reader) objects(n string, p quad.IRI) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	err := r.each(quad.IRI(n), quad.Subject, p, func(q quad.Quad) {
		if v := stringOf(q.Object); !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	})
	return out, err
}

// subjects returns the distinct IRIs s with a quad (s, p, e), by IRI.
func (r *reader) subjects(e string, p quad.IRI) ([]string, error) {
	return r.subjectsOf(quad.IRI(e), p)
}

// subjectsOf returns the distinct IRIs s with a quad (s, p, v), by IRI.
func (r *reader) subjectsOf(v quad.Value, p quad.IRI) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	err := r.each(v, quad.Object, p, func(q quad.Quad) {
		if s, ok := q.Subject.(quad.IRI); ok && !seen[string(s)] {
			seen[string(s)] = true
			out = append(out, string(s))
		}
	})
	sort.Slice(out, func(i, j int) bool { return jsLess(out[i], out[j]) })
	return out, err
}

// publishedOf is article a's first schema:datePublished, or "".
func (r *reader) publishedOf(a string) (string, error) {
	_, dates, err := r.mentions(a)
	return firstOf(dates), err
}

// firstOf is the first of vs in JavaScript's order, or "".
func firstOf(vs []string) string {
	first := ""
	for i, v := range vs {
		if i == 0 || jsLess(v, first) {
			first = v
		}
	}
	return first
}

// jsLess orders strings as the canned queries' < and sort() do in
// Cayley's JavaScript engine (goja, 2019): by code point, which is Go's
// byte order of UTF-8 (a standard engine would compare UTF-16 code units
// and differ for characters past U+FFFF). The aggregates sort with it so
// that the queries' order and theirs agree; a test checks it against goja.
func jsLess(a, b string) bool { return a < b }

// stringOf is the text of a value as the queries read it: an IRI without
// brackets, a literal's lexical form.
func stringOf(v quad.Value) string {
	switch x := v.(type) {
	case quad.IRI:
		return string(x)
	case quad.String:
		return string(x)
	case quad.TypedString:
		return string(x.Value)
	case quad.LangString:
		return string(x.Value)
	}
	return quad.StringOf(v)
}
