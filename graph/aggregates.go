package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Aggregates are figures across articles that a mirror (see Mirror)
// keeps so that the canned queries can read them instead of counting
// thousands of paths in Gizmo's JavaScript on every request: for every
// entity its article count; for the entities mentioned in at least
// MirrorOptions.AggregateMinArticles articles their other counts and the
// lists the entity queries read (aggregates_lists.go); two store-wide
// indexes, of entity keys and of claims by measure (indexes.go); and on
// every quotation and relation its row card (cards.go).
//
// They are quads of the mirror only, under AggregatesLabel, never written
// to the persistent store (Export leaves them out, Import refuses them):
// every stored quad belongs to one article and is replaced with it, and a
// count across articles belongs to none. The mirror computes them when it
// loads and recomputes, under the writer's lock, those a write may change
// (touchedEntities), so they always describe the mirror's own quads.
//
// Queries read an aggregate when it is there and count for themselves
// when it is not (entities in few articles are cheap to count, and a store
// without a mirror has none); they give the same rows either way, which
// the tests in queries, bench and cmd/newsgraph check.
const AggregatesLabel = quad.IRI(NS + "aggregates")

// DefaultAggregateMinArticles is how many articles must mention an
// entity for Mirror to keep its aggregates (see MirrorOptions).
const DefaultAggregateMinArticles = 50

// CoMentionTop is how many co-mentioned entities ng:coMentions keeps (the
// co-mentions query's largest limit), and CoMentionStar how many of the
// first ones ng:coMentionPairs covers (viz-co-mentions' star at its
// largest limit).
const (
	CoMentionTop  = 1000
	CoMentionStar = 60
)

// Aggregate predicates, all on an entity, all under AggregatesLabel.
var (
	PredAggArticles        = ng("articleCount")    // integer
	PredAggMentions        = ng("mentionTotal")    // integer
	PredAggStatements      = ng("statementCount")  // integer
	PredAggFirstSeen       = ng("firstSeen")       // YYYY-MM-DD or ""
	PredAggLastSeen        = ng("lastSeen")        // YYYY-MM-DD or ""
	PredAggCoMentions      = ng("coMentions")      // JSON text
	PredAggCoMentionPairs  = ng("coMentionPairs")  // JSON text
	PredAggStatementsBy    = ng("statementsBy")    // JSON text
	PredAggStatementsAbout = ng("statementsAbout") // JSON text
	PredAggRelations       = ng("relationsOf")     // JSON text
	PredAggArticlesOf      = ng("articlesOf")      // JSON text
	PredAggQuoteEdges      = ng("quoteEdges")      // JSON text
	PredAggOrgQuotes       = ng("orgQuotes")       // JSON text
	PredAggAttackEdges     = ng("attackEdges")     // JSON text
	PredAggAttacksOn       = ng("attacksOn")       // JSON text
	PredAggRoleGroups      = ng("roleGroups")      // JSON text
	PredAggTimeline        = ng("timeline")        // JSON text

	// Heads (see HeadRows): JSON text [rows covered, [entries...]].
	PredAggArticlesOfHead      = ng("articlesOfHead")
	PredAggAttacksOnHead       = ng("attacksOnHead")
	PredAggStrikesByHead       = ng("strikesByHead")
	PredAggTimelineHead        = ng("timelineHead")
	PredAggStatementsByHead    = ng("statementsByHead")
	PredAggStatementsAboutHead = ng("statementsAboutHead")
)

// DefaultHeadRows is how many rows the heads of a mirror's lists cover
// unless MirrorOptions says otherwise: timeline's default limit, twice
// that of articles-mentioning, attacks-on and strikes-by, four times that
// of statements-by and statements-about.
//
// The queries that page through a list newest (or oldest) first parse
// the entity's whole list, thousands of entries for a hub, to return the
// first few rows. An entity whose list has more dated entries than the
// head covers also gets the list's head: the entries that can be among
// its first HeadRows rows (every one dated at least as late, or as early,
// as the HeadRows-th), in the list's order. A request for at most that
// many rows and no date range reads the head instead, with the same rows.
const DefaultHeadRows = 200

// AllRows is the number of rows a head holding its whole list covers:
// more than any query's limit.
const AllRows = math.MaxInt32

// OrgQuoteTop is how many statements ng:orgQuotes keeps (quotes-by-org's
// largest limit).
const OrgQuoteTop = 1000

// orgTies are the relations tying a person to an organization, in the
// order quotes-by-org tries them.
var orgTies = []struct {
	via  string
	pred quad.IRI
}{
	{"spokesperson_for", RelationPredicates["spokesperson_for"]},
	{"role_in", RelationPredicates["role_in"]},
	{"leads", RelationPredicates["leads"]},
	{"member_of", RelationPredicates["member_of"]},
}

// QuoteEdgeTop is how many edges ng:quoteEdges and ng:attackEdges keep
// (viz-quotes' and viz-attacks' largest limit).
const QuoteEdgeTop = 100

// aggregate is what a mirror keeps for one entity: for every entity in
// at least one article its article count; for those in at least the
// mirror's AggregateMinArticles (full) the rest as well.
type aggregate struct {
	full       bool
	headRows   int // rows the heads cover (see DefaultHeadRows)
	articles   int
	mentions   int64
	statements int
	first      string
	last       string
	// coMentions: [entity IRI, shared articles], most shared first, then
	// by IRI; at most CoMentionTop.
	coMentions [][2]any
	// pairs: [i, j, articles of the entity mentioning both] for every two
	// of the first CoMentionStar co-mentioned entities that share any (i
	// and j their positions in coMentions, the first the lesser IRI), most
	// shared first, then by the two IRIs.
	pairs [][3]any
	// statementsBy and statementsAbout: [statement, article, own date,
	// article's publication date] of every quotation with a text and an
	// article whose speaker is the entity, or that mentions it; by IRI.
	statementsBy, statementsAbout [][4]string
	// relations: [relation, article, own date, predicate name, article's
	// publication date, "s", "o" and/or "l" for the entity's place in it
	// (subject, object, location)] of every relation with an object; by IRI.
	relations [][6]string
	// articlesOf: [article, publication date or null] of every article
	// mentioning the entity; newest first, undated last, then by IRI.
	articlesOf [][2]any
	// quoteEdges: [speaker, entity mentioned, statements, example text] of
	// the statements by or mentioning the entity, most statements first,
	// then by speaker + " " + entity; at most QuoteEdgeTop.
	quoteEdges [][4]any
	// orgQuotes: [statement, via, person] of the statements quotes-by-org
	// shows for the entity, in its order; at most OrgQuoteTop.
	orgQuotes [][3]string
	// attackEdges: [attacker, attacked, relations, predicates joined by
	// ", ", latest date] of the attacked and struck relations the entity
	// is the subject or object of, most relations first, then by
	// attacker + " " + attacked; at most QuoteEdgeTop.
	attackEdges [][5]any
	// attacksOn: light relation rows ([relation, article, own date,
	// predicate name, article's publication date]) of the attacked and
	// struck relations whose object is the entity or a place in it
	// (schema:containedInPlace), or whose location is the entity; by IRI.
	attacksOn [][5]string
	// roleGroups: [kind, role, organization, articles, first seen, last
	// seen, evidence] of the role_in, spokesperson_for, leads and
	// member_of relations the entity is the subject of, grouped as roles
	// groups them, in its order (by relation IRI).
	roleGroups [][7]any
	// timeline: [item, date, 1 for a relation else 0] of the entity's
	// statements and of the relations it takes part in that have a date of
	// their own or are attacks, strikes or meetings, dated by their own
	// date or else their article's; by date, undated last, then by IRI.
	timeline [][3]any
}

// quads returns the aggregate as quads about entity e.
func (a *aggregate) quads(e quad.IRI) ([]quad.Quad, error) {
	q := func(p quad.IRI, o quad.Value) quad.Quad { return quad.Make(e, p, o, AggregatesLabel) }
	if !a.full {
		return []quad.Quad{q(PredAggArticles, quad.Int(a.articles))}, nil
	}
	cm, err := json.Marshal(a.coMentions)
	if err != nil {
		return nil, fmt.Errorf("aggregates of %s: %w", e, err)
	}
	pairs, err := json.Marshal(a.pairs)
	if err != nil {
		return nil, fmt.Errorf("aggregates of %s: %w", e, err)
	}
	var lists []quad.Quad
	for _, l := range []struct {
		p quad.IRI
		v any
	}{{PredAggStatementsBy, a.statementsBy}, {PredAggStatementsAbout, a.statementsAbout}, {PredAggRelations, a.relations}, {PredAggArticlesOf, a.articlesOf}, {PredAggQuoteEdges, a.quoteEdges}, {PredAggOrgQuotes, a.orgQuotes}, {PredAggAttackEdges, a.attackEdges}, {PredAggAttacksOn, a.attacksOn}, {PredAggRoleGroups, a.roleGroups}, {PredAggTimeline, a.timeline}} {
		b, err := json.Marshal(l.v)
		if err != nil {
			return nil, fmt.Errorf("aggregates of %s: %w", e, err)
		}
		lists = append(lists, q(l.p, quad.String(b)))
	}
	strikes := [][6]string{}
	for _, x := range a.relations {
		if (x[3] == "attacked" || x[3] == "struck") && strings.Contains(x[5], "s") {
			strikes = append(strikes, x)
		}
	}
	// The strikes are a few of a hub's relations: when they need no head,
	// all of them stand in for the relation list, for any limit.
	strikesHead := headOf(strikes, a.headRows, true, func(x [6]string) string { return x[2] })
	if strikesHead == nil {
		strikesHead = []any{AllRows, strikes}
	}
	for _, h := range []struct {
		p    quad.IRI
		head any
	}{
		{PredAggArticlesOfHead, headOf(a.articlesOf, a.headRows, true, func(x [2]any) string { s, _ := x[1].(string); return s })},
		{PredAggAttacksOnHead, headOf(a.attacksOn, a.headRows, true, func(x [5]string) string { return x[2] })},
		{PredAggStrikesByHead, strikesHead},
		{PredAggTimelineHead, headOf(a.timeline, a.headRows, false, func(x [3]any) string { s, _ := x[1].(string); return s })},
		{PredAggStatementsByHead, headOf(a.statementsBy, a.headRows, true, statementKey)},
		{PredAggStatementsAboutHead, headOf(a.statementsAbout, a.headRows, true, statementKey)},
	} {
		if h.head == nil {
			continue
		}
		b, err := json.Marshal(h.head)
		if err != nil {
			return nil, fmt.Errorf("aggregates of %s: %w", e, err)
		}
		lists = append(lists, q(h.p, quad.String(b)))
	}
	return append(lists,
		q(PredAggArticles, quad.Int(a.articles)),
		q(PredAggMentions, quad.Int(a.mentions)),
		q(PredAggStatements, quad.Int(a.statements)),
		q(PredAggFirstSeen, quad.String(a.first)),
		q(PredAggLastSeen, quad.String(a.last)),
		q(PredAggCoMentions, quad.String(cm)),
		q(PredAggCoMentionPairs, quad.String(pairs)),
	), nil
}

// statementKey is the date a statement is ordered by: its own, else its
// article's.
func statementKey(x [4]string) string {
	if x[2] != "" {
		return x[2]
	}
	return x[3]
}

// headOf returns the head of list covering n rows, as [n, entries], or
// nil when the list has at most n dated entries (key gives an entry's
// date, "" for none; desc when the list is read newest first).
func headOf[E any](list []E, n int, desc bool, key func(E) string) any {
	var keys []string
	for _, x := range list {
		if k := key(x); k != "" {
			keys = append(keys, k)
		}
	}
	if n <= 0 || len(keys) <= n {
		return nil
	}
	sort.Slice(keys, func(i, j int) bool {
		if desc {
			return jsLess(keys[j], keys[i])
		}
		return jsLess(keys[i], keys[j])
	})
	bound := keys[n-1]
	head := []E{}
	for _, x := range list {
		k := key(x)
		if k != "" && (desc && !jsLess(k, bound) || !desc && !jsLess(bound, k)) {
			head = append(head, x)
		}
	}
	return []any{n, head}
}

// aggregateAll computes the aggregates of every entity mentioned in qs's
// articles (full ones for those in at least min, with heads of headRows).
func aggregateAll(ctx context.Context, qs cgraph.QuadStore, min, headRows int) (map[string]*aggregate, error) {
	r := newReader(ctx, qs)
	r.headRows = headRows
	// Every article, then what each mentions.
	arts, err := r.readArticles()
	if err != nil {
		return nil, err
	}
	byEntity := map[string][]string{}
	for _, a := range arts {
		ms, _, err := r.mentions(a)
		if err != nil {
			return nil, err
		}
		for _, e := range ms {
			byEntity[e] = append(byEntity[e], a)
		}
	}
	out := map[string]*aggregate{}
	for e, articles := range byEntity {
		if len(articles) < min {
			out[e] = &aggregate{articles: len(articles)}
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a, err := r.aggregate(e, articles)
		if err != nil {
			return nil, err
		}
		out[e] = a
	}
	return out, nil
}

// aggregateDeltas returns the deltas that replace the aggregates of the
// given entities in qs with ones computed from qs as it is now. With full,
// entities in at least min articles get all their aggregates; without, only
// their article count, and the deltas drop the rest: those entities are
// returned as stale, to be computed later (RefreshAggregates). Entities in
// no article lose every aggregate.
func aggregateDeltas(ctx context.Context, qs cgraph.QuadStore, entities []string, min, headRows int, full bool) (deltas []cgraph.Delta, stale []string, err error) {
	r := newReader(ctx, qs)
	r.headRows = headRows
	for _, e := range entities {
		old, err := aggregateQuads(r, e)
		if err != nil {
			return nil, nil, err
		}
		var now []quad.Quad
		articles, err := r.articlesOf(e)
		if err != nil {
			return nil, nil, err
		}
		a := &aggregate{articles: len(articles)}
		if len(articles) >= min {
			if !full {
				stale = append(stale, e)
			} else if a, err = r.aggregate(e, articles); err != nil {
				return nil, nil, err
			}
		}
		if len(articles) > 0 {
			if now, err = a.quads(quad.IRI(e)); err != nil {
				return nil, nil, err
			}
		}
		deltas = append(deltas, replaceQuads(old, now)...)
	}
	return deltas, stale, nil
}

// aggregateQuads returns the aggregate quads about entity e in r's store.
func aggregateQuads(r *reader, e string) ([]quad.Quad, error) {
	ref := r.qs.ValueOf(quad.IRI(e))
	if ref == nil {
		return nil, nil
	}
	it := r.qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(r.ctx) {
		if q := r.qs.Quad(it.Result()); q.Label == AggregatesLabel {
			out = append(out, q)
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("read aggregates of %s: %w", e, err)
	}
	return out, nil
}

// touchedEntities returns the nodes whose aggregates deltas may change.
// Most aggregates of an entity are computed from the quads, under some
// label, that name it (the articles mentioning it, its statements and
// relations, with those articles' dates), so a write can change the
// aggregates of the IRIs named by a quad it removes or by a quad now
// under a label it writes to. ng:orgQuotes also reads statements that
// name the organization only by its name (ng:speakerOrganization) and
// those of people tied to it, and ng:attacksOn the attacks on places in
// the entity: the organizations so named, those tied to a touched person
// and the places a touched place is in are touched too. It also returns
// the claim measures the write touched (see the measure index). qs must
// already hold the deltas.
func touchedEntities(ctx context.Context, qs cgraph.QuadStore, deltas []cgraph.Delta) (entities, measures []string, err error) {
	seen, seenM := map[string]bool{}, map[string]bool{}
	var out, orgNames []string
	addIRI := func(v quad.Value) {
		if e, ok := v.(quad.IRI); ok && !seen[string(e)] {
			seen[string(e)] = true
			out = append(out, string(e))
		}
	}
	add := func(q quad.Quad) {
		addIRI(q.Subject)
		addIRI(q.Object)
		switch q.Predicate {
		case PredSpeakerOrg:
			orgNames = append(orgNames, stringOf(q.Object))
		case PredMeasure:
			if m := stringOf(q.Object); !seenM[m] {
				seenM[m] = true
				measures = append(measures, m)
			}
		}
	}
	labels := map[quad.Value]bool{}
	for _, d := range deltas {
		if d.Quad.Label == AggregatesLabel {
			continue
		}
		add(d.Quad)
		if d.Quad.Label != nil {
			labels[d.Quad.Label] = true
		}
	}
	for l := range labels {
		ref := qs.ValueOf(l)
		if ref == nil {
			continue
		}
		it := qs.QuadIterator(quad.Label, ref)
		for it.Next(ctx) {
			add(qs.Quad(it.Result()))
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, nil, fmt.Errorf("read quads under %s: %w", l, err)
		}
	}
	r := newReader(ctx, qs)
	for _, name := range orgNames {
		for _, p := range []quad.IRI{PredName, PredAlternateName} {
			if err := r.each(quad.String(name), quad.Object, p, func(q quad.Quad) { addIRI(q.Subject) }); err != nil {
				return nil, nil, err
			}
		}
	}
	for _, e := range append([]string(nil), out...) {
		for _, tie := range orgTies {
			if err := r.each(quad.IRI(e), quad.Subject, tie.pred, func(q quad.Quad) { addIRI(q.Object) }); err != nil {
				return nil, nil, err
			}
		}
		if err := r.each(quad.IRI(e), quad.Subject, RelationPredicates["located_in"], func(q quad.Quad) { addIRI(q.Object) }); err != nil {
			return nil, nil, err
		}
	}
	sort.Strings(out)
	sort.Strings(measures)
	return out, measures, nil
}
