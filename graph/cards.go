package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Row cards are aggregates of a mirror (see AggregatesLabel) kept on every
// quotation and every reified relation: the row the queries' statementRows
// and relationRows (queries/prelude.js) would build from the node's quads
// and its article's, as one JSON object. Building a row from the graph
// reads a dozen predicates of the node and three of its article: about 75
// microseconds per row in Gizmo at a million quads, where parsing a card
// takes about 20, and a hub's timeline shows 200 rows. A relation's card leaves out the names
// of its entities (subject_name, object_name, place_name): an entity's
// name is not the relation's article's to say, and the queries read it.
//
// A card depends only on its node's quads and its article's, both written
// with the article; a write recomputes the cards of the nodes it touches
// and of the items of the articles it touches (rowCardDeltas).
var (
	PredAggStatementRow = ng("statementRow") // JSON text
	PredAggRelationRow  = ng("relationRow")  // JSON text
)

// cardKind is what a node's rdf:type makes its card: a statement row, a
// relation row or none.
func cardKind(types []quad.Value) quad.IRI {
	for _, t := range types {
		switch t {
		case TypeQuotation:
			return PredAggStatementRow
		case TypeRelation:
			return PredAggRelationRow
		}
	}
	return ""
}

// nodeQuads reads every quad with subject n once: its values by
// predicate, each list in the order the store gives them, and the row
// cards the mirror keeps on it.
func nodeQuads(ctx context.Context, qs cgraph.QuadStore, n quad.Value) (map[quad.IRI][]quad.Value, []quad.Quad, error) {
	ref := qs.ValueOf(n)
	if ref == nil {
		return nil, nil, nil
	}
	props := map[quad.IRI][]quad.Value{}
	var cards []quad.Quad
	it := qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		if q.Label == AggregatesLabel {
			if isCardPredicate(q.Predicate) {
				cards = append(cards, q)
			}
			continue
		}
		if p, ok := q.Predicate.(quad.IRI); ok {
			props[p] = append(props[p], q.Object)
		}
	}
	if err := it.Err(); err != nil {
		return nil, nil, fmt.Errorf("quads of %v: %w", n, err)
	}
	return props, cards, nil
}

// jsPlain is a value as the queries' plain() gives it: IRIs and bracketed
// text without their brackets, booleans and numbers as they are, nothing
// as "".
func jsPlain(v quad.Value) any {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.IRI:
		return string(v)
	case quad.Bool:
		return bool(v)
	case quad.Int:
		return int64(v)
	case quad.Float:
		return float64(v)
	}
	s := quad.StringOf(v)
	if n, ok := v.Native().(string); ok {
		s = n
	}
	if len(s) > 1 && s[0] == '<' && s[len(s)-1] == '>' {
		return s[1 : len(s)-1]
	}
	return s
}

// propOf is the value of pred in p, plain, "" when there is none.
// (A node has one value per predicate as the writer writes it; with more,
// the smallest is taken so that every load gives the same card.)
func propOf(p map[quad.IRI][]quad.Value, pred quad.IRI) any {
	vs := p[pred]
	switch len(vs) {
	case 0:
		return ""
	case 1:
		return jsPlain(vs[0])
	}
	best := vs[0]
	for _, v := range vs[1:] {
		if quad.StringOf(v) < quad.StringOf(best) {
			best = v
		}
	}
	return jsPlain(best)
}

// truthy is JavaScript's truth of a plain value.
func truthy(v any) bool {
	switch v := v.(type) {
	case string:
		return v != ""
	case bool:
		return v
	case int64:
		return v != 0
	case float64:
		return v != 0
	}
	return v != nil
}

// articleCard is what articleInfo gives for an article.
type articleCard struct{ id, title, published any }

// cardMaker builds cards, reading each article once.
type cardMaker struct {
	ctx      context.Context
	qs       cgraph.QuadStore
	articles map[quad.Value]articleCard
}

func (c *cardMaker) article(a quad.Value) (articleCard, error) {
	if x, ok := c.articles[a]; ok {
		return x, nil
	}
	p, _, err := nodeQuads(c.ctx, c.qs, a)
	if err != nil {
		return articleCard{}, err
	}
	x := articleCard{propOf(p, PredIdentifier), propOf(p, PredHeadline), propOf(p, PredDatePublished)}
	c.articles[a] = x
	return x, nil
}

// card is the card quad of node n, whose values are p, or nil when n has
// none: not a quotation or relation, or lacking what its row needs (a
// quotation its text and article; a relation its predicate, object and
// article).
func (c *cardMaker) card(n quad.Value, p map[quad.IRI][]quad.Value) (*quad.Quad, error) {
	kind := cardKind(p[PredType])
	if kind == "" || len(p[PredIsPartOf]) == 0 {
		return nil, nil
	}
	artV := p[PredIsPartOf][0]
	for _, v := range p[PredIsPartOf][1:] {
		if quad.StringOf(v) < quad.StringOf(artV) {
			artV = v
		}
	}
	a, err := c.article(artV)
	if err != nil {
		return nil, err
	}
	var row map[string]any
	switch kind {
	case PredAggStatementRow:
		if len(p[PredText]) == 0 {
			return nil, nil
		}
		date, kindV := propOf(p, PredDateCreated), propOf(p, PredKind)
		if !truthy(date) {
			date = a.published
		}
		if !truthy(kindV) {
			kindV = "direct"
		}
		dd := propOf(p, PredDateDefault)
		row = map[string]any{
			"statement": jsPlain(n), "text": propOf(p, PredText), "speaker": propOf(p, PredSpeakerName),
			"speaker_id": propOf(p, PredSpeaker), "kind": kindV, "cue": propOf(p, PredCue),
			"date": date, "date_is_default": !truthy(propOf(p, PredDateCreated)) || dd == true,
			"article": jsPlain(artV), "article_id": a.id, "title": a.title, "published": a.published,
		}
	case PredAggRelationRow:
		if len(p[PredRelation]) == 0 || len(p[PredObject]) == 0 {
			return nil, nil
		}
		row = map[string]any{
			"relation": jsPlain(n), "predicate": propOf(p, PredRelation),
			"subject": propOf(p, PredSubject), "object": propOf(p, PredObject),
			"role": propOf(p, PredRoleName), "date": propOf(p, PredStartDate), "place": propOf(p, PredLocation),
			"evidence": propOf(p, PredEvidence), "article": jsPlain(artV),
			"article_id": a.id, "title": a.title, "published": a.published,
		}
	}
	b, err := json.Marshal(row)
	if err != nil {
		return nil, fmt.Errorf("row card of %v: %w", n, err)
	}
	q := quad.Make(n, kind, quad.String(b), AggregatesLabel)
	return &q, nil
}

// subjectsOfType lists the subjects of the rdf:type quads whose object is
// t, by IRI.
func subjectsOfType(ctx context.Context, qs cgraph.QuadStore, t quad.Value) ([]quad.Value, error) {
	ref := qs.ValueOf(t)
	if ref == nil {
		return nil, nil
	}
	var out []quad.Value
	it := qs.QuadIterator(quad.Object, ref)
	defer it.Close()
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		if q.Predicate == PredType && q.Label != AggregatesLabel {
			out = append(out, q.Subject)
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("nodes of type %v: %w", t, err)
	}
	sort.Slice(out, func(i, j int) bool { return quad.StringOf(out[i]) < quad.StringOf(out[j]) })
	return out, nil
}

// allRowCards is the card of every quotation and relation of qs.
func allRowCards(ctx context.Context, qs cgraph.QuadStore) ([]cgraph.Delta, error) {
	c := &cardMaker{ctx: ctx, qs: qs, articles: map[quad.Value]articleCard{}}
	var out []cgraph.Delta
	for _, t := range []quad.Value{TypeQuotation, TypeRelation} {
		ns, err := subjectsOfType(ctx, qs, t)
		if err != nil {
			return nil, fmt.Errorf("row cards: %w", err)
		}
		for _, n := range ns {
			p, _, err := nodeQuads(ctx, qs, n)
			if err != nil {
				return nil, fmt.Errorf("row cards: %w", err)
			}
			q, err := c.card(n, p)
			if err != nil {
				return nil, fmt.Errorf("row cards: %w", err)
			}
			if q != nil {
				out = append(out, cgraph.Delta{Quad: *q, Action: cgraph.Add})
			}
		}
	}
	return out, nil
}

// rowCardDeltas brings the cards of the nodes deltas (just applied to qs)
// may have changed in step: the subjects of deltas and every node that is
// part of one of them (the items of a rewritten article). It returns the
// deltas removing their old cards and adding their new ones.
func rowCardDeltas(ctx context.Context, qs cgraph.QuadStore, deltas []cgraph.Delta) ([]cgraph.Delta, error) {
	touched := map[string]quad.Value{}
	for _, d := range deltas {
		if d.Quad.Label == AggregatesLabel {
			continue
		}
		touched[quad.StringOf(d.Quad.Subject)] = d.Quad.Subject
	}
	subjects := make([]quad.Value, 0, len(touched))
	for _, s := range touched {
		subjects = append(subjects, s)
	}
	for _, s := range subjects {
		ref := qs.ValueOf(s)
		if ref == nil {
			continue
		}
		it := qs.QuadIterator(quad.Object, ref)
		for it.Next(ctx) {
			q := qs.Quad(it.Result())
			if q.Predicate == PredIsPartOf {
				touched[quad.StringOf(q.Subject)] = q.Subject
			}
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, fmt.Errorf("row cards: items of %v: %w", s, err)
		}
	}
	keys := make([]string, 0, len(touched))
	for k := range touched {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	c := &cardMaker{ctx: ctx, qs: qs, articles: map[quad.Value]articleCard{}}
	var out []cgraph.Delta
	for _, k := range keys {
		n := touched[k]
		p, old, err := nodeQuads(ctx, qs, n)
		if err != nil {
			return nil, fmt.Errorf("row cards: %w", err)
		}
		nq, err := c.card(n, p)
		if err != nil {
			return nil, fmt.Errorf("row cards: %w", err)
		}
		for _, q := range old {
			if nq != nil && q == *nq {
				nq = nil
				continue
			}
			out = append(out, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
		if nq != nil {
			out = append(out, cgraph.Delta{Quad: *nq, Action: cgraph.Add})
		}
	}
	return out, nil
}

// isCardPredicate reports whether p is a row card's predicate.
func isCardPredicate(p quad.Value) bool {
	return p == PredAggStatementRow || p == PredAggRelationRow
}
