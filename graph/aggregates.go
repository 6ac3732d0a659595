package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Aggregates are per-entity figures across articles that a mirror (see
// Mirror) keeps for the entities mentioned in many articles, so that the
// canned queries can read them instead of counting thousands of paths in
// Gizmo's JavaScript on every request. They are quads of the mirror only,
// under AggregatesLabel, never written to the persistent store: every quad
// there belongs to one article and is replaced with it, and a count across
// articles belongs to none. The mirror computes them when it loads and
// recomputes them, under the writer's lock, for every entity a write
// touches, so they always describe the mirror's own quads.
//
// An entity has aggregates while it is mentioned in at least
// MirrorOptions.AggregateMinArticles articles; queries take the slower path of counting
// for the others (which are cheap to count). The canned queries give the
// same rows either way (queries and bench test this).
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
)

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
	articles   int
	mentions   int64
	statements int
	first      string
	last       string
	// coMentions: [entity IRI, shared articles], most shared first, then
	// by IRI; at most CoMentionTop.
	coMentions [][2]any
	// pairs: [a, b, articles of the entity mentioning both] for every pair
	// of the first CoMentionStar co-mentioned entities that share any, a < b.
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
	}{{PredAggStatementsBy, a.statementsBy}, {PredAggStatementsAbout, a.statementsAbout}, {PredAggRelations, a.relations}, {PredAggArticlesOf, a.articlesOf}, {PredAggQuoteEdges, a.quoteEdges}, {PredAggOrgQuotes, a.orgQuotes}, {PredAggAttackEdges, a.attackEdges}, {PredAggAttacksOn, a.attacksOn}, {PredAggRoleGroups, a.roleGroups}} {
		b, err := json.Marshal(l.v)
		if err != nil {
			return nil, fmt.Errorf("aggregates of %s: %w", e, err)
		}
		lists = append(lists, q(l.p, quad.String(b)))
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

// reader reads a quad store one hop at a time, memoising what every
// aggregate of a pass needs again (which nodes are articles, what each
// article mentions and when it was published).
type reader struct {
	ctx       context.Context
	qs        cgraph.QuadStore
	isArticle map[string]bool
	mentioned map[string][]string // article -> entities it mentions
	published map[string][]string // article -> datePublished values
	nodes     map[string]*nodeInfo
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

// article reports whether node n (an IRI) is a news article.
func (r *reader) article(n string) (bool, error) {
	if ok, seen := r.isArticle[n]; seen {
		return ok, nil
	}
	ok := false
	err := r.each(quad.IRI(n), quad.Subject, PredType, func(q quad.Quad) {
		if q.Object == TypeArticle {
			ok = true
		}
	})
	r.isArticle[n] = ok
	return ok, err
}

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

// aggregate computes entity e's aggregate from the articles mentioning it.
func (r *reader) aggregate(e string, articles []string) (*aggregate, error) {
	r.nodes = map[string]*nodeInfo{} // statements and relations are rarely shared between entities
	a := &aggregate{full: true, articles: len(articles), coMentions: [][2]any{}, pairs: [][3]any{},
		statementsBy: [][4]string{}, statementsAbout: [][4]string{}, relations: [][6]string{}, articlesOf: [][2]any{}, quoteEdges: [][4]any{}, orgQuotes: [][3]string{}, attackEdges: [][5]any{}, attacksOn: [][5]string{}, roleGroups: [][7]any{}}
	shared := map[string]int{}
	dated := false // first and last hold a date
	sets := make([][]string, 0, len(articles))
	for _, art := range articles {
		ms, dates, err := r.mentions(art)
		if err != nil {
			return nil, err
		}
		sets = append(sets, ms)
		for _, o := range ms {
			if o != e {
				shared[o]++
			}
		}
		for _, d := range dates {
			if !dated || jsLess(d, a.first) {
				a.first = d
			}
			if !dated || jsLess(a.last, d) {
				a.last = d
			}
			dated = true
		}
	}
	others := make([]string, 0, len(shared))
	for o := range shared {
		others = append(others, o)
	}
	sort.Slice(others, func(i, j int) bool {
		if shared[others[i]] != shared[others[j]] {
			return shared[others[i]] > shared[others[j]]
		}
		return jsLess(others[i], others[j])
	})
	for i, o := range others {
		if i == CoMentionTop {
			break
		}
		a.coMentions = append(a.coMentions, [2]any{o, shared[o]})
	}

	star := map[string]bool{}
	for i := 0; i < len(others) && i < CoMentionStar; i++ {
		star[others[i]] = true
	}
	pairs := map[[2]string]int{}
	for _, ms := range sets {
		var in []string
		for _, o := range ms {
			if star[o] {
				in = append(in, o)
			}
		}
		sort.Slice(in, func(i, j int) bool { return jsLess(in[i], in[j]) })
		for x := range in {
			for y := x + 1; y < len(in); y++ {
				pairs[[2]string{in[x], in[y]}]++
			}
		}
	}
	keys := make([][2]string, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return jsLess(keys[i][0], keys[j][0])
		}
		return jsLess(keys[i][1], keys[j][1])
	})
	for _, k := range keys {
		a.pairs = append(a.pairs, [3]any{k[0], k[1], pairs[k]})
	}

	// Mentions: the sum of the entity's mention-count nodes.
	var counts []quad.Value
	if err := r.each(quad.IRI(e), quad.Object, PredMentionOf, func(q quad.Quad) { counts = append(counts, q.Subject) }); err != nil {
		return nil, err
	}
	for _, m := range counts {
		if err := r.each(m, quad.Subject, PredMentionCount, func(q quad.Quad) {
			if n, ok := q.Object.(quad.Int); ok {
				a.mentions += int64(n)
			}
		}); err != nil {
			return nil, err
		}
	}

	// Statements: the distinct quotations it is the speaker of.
	said, err := r.subjects(e, PredSpeaker)
	if err != nil {
		return nil, err
	}
	for _, st := range said {
		n, err := r.node(st)
		if err != nil {
			return nil, err
		}
		if n.types[TypeQuotation] {
			a.statements++
		}
	}
	if a.statementsBy, err = r.statements(said); err != nil {
		return nil, err
	}
	about, err := r.subjects(e, PredMentions)
	if err != nil {
		return nil, err
	}
	if a.statementsAbout, err = r.statements(about); err != nil {
		return nil, err
	}
	if a.relations, err = r.relations(e); err != nil {
		return nil, err
	}
	if a.quoteEdges, err = r.quoteEdges(append(said, about...)); err != nil {
		return nil, err
	}
	if a.orgQuotes, err = r.orgQuotes(e, said); err != nil {
		return nil, err
	}
	if a.attackEdges, err = r.attackEdges(e); err != nil {
		return nil, err
	}
	if a.attacksOn, err = r.attacksOn(e); err != nil {
		return nil, err
	}
	if a.roleGroups, err = r.roleGroups(a.relations); err != nil {
		return nil, err
	}

	for _, art := range articles {
		var pub any
		if _, dates, err := r.mentions(art); err != nil {
			return nil, err
		} else if len(dates) > 0 {
			pub = firstOf(dates)
		}
		a.articlesOf = append(a.articlesOf, [2]any{art, pub})
	}
	// Newest first, undated last, then by IRI.
	sort.Slice(a.articlesOf, func(i, j int) bool {
		x, y := a.articlesOf[i], a.articlesOf[j]
		if (x[1] == nil) != (y[1] == nil) {
			return x[1] != nil
		}
		if x[1] != nil && x[1] != y[1] {
			return jsLess(y[1].(string), x[1].(string))
		}
		return jsLess(x[0].(string), y[0].(string))
	})
	return a, nil
}

// quoteEdges returns the edges viz-quotes draws for the quotations among
// ids: speaker -> entity mentioned, weighted by distinct statements, with
// the text of the edge's first statement by IRI as example.
func (r *reader) quoteEdges(ids []string) ([][4]any, error) {
	type edge struct {
		s, a, key, first, example string
		n                         int
	}
	edges := map[string]*edge{}
	done := map[string]bool{}
	for _, st := range ids {
		if done[st] {
			continue
		}
		done[st] = true
		n, err := r.node(st)
		if err != nil {
			return nil, err
		}
		if !n.types[TypeQuotation] {
			continue
		}
		speakers, err := r.objects(st, PredSpeaker)
		if err != nil {
			return nil, err
		}
		about, err := r.objects(st, PredMentions)
		if err != nil {
			return nil, err
		}
		for _, sp := range speakers {
			for _, ab := range about {
				if sp == ab {
					continue
				}
				k := sp + " " + ab
				x := edges[k]
				if x == nil {
					x = &edge{s: sp, a: ab, key: k}
					edges[k] = x
				}
				x.n++
				if x.first == "" || jsLess(st, x.first) {
					x.first, x.example = st, n.first[PredText]
				}
			}
		}
	}
	list := make([]*edge, 0, len(edges))
	for _, x := range edges {
		list = append(list, x)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return jsLess(list[i].key, list[j].key)
	})
	out := [][4]any{}
	for i := 0; i < len(list) && i < QuoteEdgeTop; i++ {
		out = append(out, [4]any{list[i].s, list[i].a, list[i].n, list[i].example})
	}
	return out, nil
}

// orgQuotes returns the statements quotes-by-org shows for org, in its
// order (newest first by own date or else the article's, then by the
// article's date, then by IRI; undated last), each with the first way it
// is tied to org: org speaks (said), an unnamed official of an
// organization named as one of org's names, or a person tied to org (by
// orgTies, people by IRI) speaks.
func (r *reader) orgQuotes(org string, said []string) ([][3]string, error) {
	type cand struct {
		id, via, person, date, published string
	}
	var cands []*cand
	seen := map[string]bool{}
	add := func(ids []string, via, person string) error {
		for _, id := range ids {
			if seen[id] {
				continue
			}
			seen[id] = true
			n, err := r.node(id)
			if err != nil {
				return err
			}
			if !n.types[TypeQuotation] || !n.has[PredText] || !n.has[PredIsPartOf] {
				continue
			}
			pub, err := r.publishedOf(n.first[PredIsPartOf])
			if err != nil {
				return err
			}
			date := n.first[PredDateCreated]
			if date == "" {
				date = pub
			}
			cands = append(cands, &cand{id: id, via: via, person: person, date: date, published: pub})
		}
		return nil
	}
	if err := add(said, "speaker", ""); err != nil {
		return nil, err
	}
	names := map[string]bool{}
	for _, p := range []quad.IRI{PredName, PredAlternateName} {
		vs, err := r.objects(org, p)
		if err != nil {
			return nil, err
		}
		for _, v := range vs {
			names[v] = true
		}
	}
	var byName []string
	for name := range names {
		got, err := r.subjectsOf(quad.String(name), PredSpeakerOrg)
		if err != nil {
			return nil, err
		}
		byName = append(byName, got...)
	}
	sort.Slice(byName, func(i, j int) bool { return jsLess(byName[i], byName[j]) })
	if err := add(byName, "speaker_organization", ""); err != nil {
		return nil, err
	}
	for _, tie := range orgTies {
		people, err := r.subjects(org, tie.pred)
		if err != nil {
			return nil, err
		}
		for _, p := range people {
			st, err := r.subjects(p, PredSpeaker)
			if err != nil {
				return nil, err
			}
			if err := add(st, tie.via, p); err != nil {
				return nil, err
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		x, y := cands[i], cands[j]
		if (x.date == "") != (y.date == "") {
			return x.date != ""
		}
		if x.date != y.date {
			return jsLess(y.date, x.date)
		}
		if (x.published == "") != (y.published == "") {
			return x.published != ""
		}
		if x.published != y.published {
			return jsLess(y.published, x.published)
		}
		return jsLess(x.id, y.id)
	})
	out := [][3]string{}
	for i := 0; i < len(cands) && i < OrgQuoteTop; i++ {
		out = append(out, [3]string{cands[i].id, cands[i].via, cands[i].person})
	}
	return out, nil
}

// attackEdges returns the edges viz-attacks draws for entity e: one per
// (subject, object) of the relations e is the subject or object of whose
// predicate is attacked or struck.
func (r *reader) attackEdges(e string) ([][5]any, error) {
	type edge struct {
		s, o, key, last string
		preds           map[string]bool
		n               int
	}
	var ids []string
	for _, p := range []quad.IRI{PredSubject, PredObject} {
		got, err := r.subjects(e, p)
		if err != nil {
			return nil, err
		}
		ids = append(ids, got...)
	}
	edges := map[string]*edge{}
	done := map[string]bool{}
	for _, id := range ids {
		if done[id] {
			continue
		}
		done[id] = true
		preds, err := r.objects(id, PredRelation)
		if err != nil {
			return nil, err
		}
		var attack []string
		for _, p := range preds {
			if p == "attacked" || p == "struck" {
				attack = append(attack, p)
			}
		}
		if len(attack) == 0 {
			continue
		}
		subj, err := r.objects(id, PredSubject)
		if err != nil {
			return nil, err
		}
		obj, err := r.objects(id, PredObject)
		if err != nil {
			return nil, err
		}
		dates, err := r.objects(id, PredStartDate)
		if err != nil {
			return nil, err
		}
		for _, s := range subj {
			for _, o := range obj {
				k := s + " " + o
				x := edges[k]
				if x == nil {
					x = &edge{s: s, o: o, key: k, preds: map[string]bool{}}
					edges[k] = x
				}
				x.n++
				for _, p := range attack {
					x.preds[p] = true
				}
				for _, d := range dates {
					if jsLess(x.last, d) {
						x.last = d
					}
				}
			}
		}
	}
	list := make([]*edge, 0, len(edges))
	for _, x := range edges {
		list = append(list, x)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return jsLess(list[i].key, list[j].key)
	})
	out := [][5]any{}
	for i := 0; i < len(list) && i < QuoteEdgeTop; i++ {
		var preds []string
		for p := range list[i].preds {
			preds = append(preds, p)
		}
		sort.Strings(preds)
		out = append(out, [5]any{list[i].s, list[i].o, list[i].n, strings.Join(preds, ", "), list[i].last})
	}
	return out, nil
}

// attacksOn returns the light rows attacks-on reads for entity e.
func (r *reader) attacksOn(e string) ([][5]string, error) {
	places, err := r.subjects(e, RelationPredicates["located_in"])
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, t := range append([]string{e}, places...) {
		got, err := r.subjects(t, PredObject)
		if err != nil {
			return nil, err
		}
		ids = append(ids, got...)
	}
	at, err := r.subjects(e, PredLocation)
	if err != nil {
		return nil, err
	}
	ids = append(ids, at...)
	sort.Slice(ids, func(i, j int) bool { return jsLess(ids[i], ids[j]) })
	out := [][5]string{}
	for i, id := range ids {
		if i > 0 && ids[i-1] == id {
			continue
		}
		n, err := r.node(id)
		if err != nil {
			return nil, err
		}
		pred := n.first[PredRelation]
		if !n.types[TypeRelation] || !n.has[PredObject] || !n.has[PredIsPartOf] || (pred != "attacked" && pred != "struck") {
			continue
		}
		art := n.first[PredIsPartOf]
		pub, err := r.publishedOf(art)
		if err != nil {
			return nil, err
		}
		out = append(out, [5]string{id, art, n.first[PredStartDate], pred, pub})
	}
	return out, nil
}

// rolePredicates are the relations the roles query groups.
var rolePredicates = map[string]bool{"role_in": true, "spokesperson_for": true, "leads": true, "member_of": true}

// roleGroups groups, as queries/roles.js does, the role relations among
// rels (the entity's light relation rows, by IRI) it is the subject of.
func (r *reader) roleGroups(rels [][6]string) ([][7]any, error) {
	type group struct {
		kind, role, org, first, last, evidence string
		arts                                   map[string]bool
	}
	var order []*group
	groups := map[string]*group{}
	for _, x := range rels {
		id, art, pred, pub := x[0], x[1], x[3], x[4]
		if !rolePredicates[pred] || !strings.Contains(x[5], "s") {
			continue
		}
		n, err := r.node(id)
		if err != nil {
			return nil, err
		}
		role, err := r.objects(id, PredRoleName)
		if err != nil {
			return nil, err
		}
		evidence, err := r.objects(id, PredEvidence)
		if err != nil {
			return nil, err
		}
		k := pred + "\x00" + firstOf(role) + "\x00" + n.first[PredObject]
		g := groups[k]
		if g == nil {
			g = &group{kind: pred, role: firstOf(role), org: n.first[PredObject], first: pub, last: pub, evidence: firstOf(evidence), arts: map[string]bool{}}
			groups[k] = g
			order = append(order, g)
		}
		g.arts[art] = true
		if pub != "" && (g.first == "" || jsLess(pub, g.first)) {
			g.first = pub
		}
		if jsLess(g.last, pub) {
			g.last, g.evidence = pub, firstOf(evidence)
		}
	}
	out := [][7]any{}
	for _, g := range order {
		out = append(out, [7]any{g.kind, g.role, g.org, len(g.arts), g.first, g.last, g.evidence})
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

// statements returns the light rows (as queries/prelude.js's
// lightStatements reads them, plus the article's publication date) of
// the nodes of ids that are quotations with a text and an article.
func (r *reader) statements(ids []string) ([][4]string, error) {
	out := [][4]string{}
	for _, id := range ids {
		n, err := r.node(id)
		if err != nil {
			return nil, err
		}
		if !n.types[TypeQuotation] || !n.has[PredText] || !n.has[PredIsPartOf] {
			continue
		}
		art := n.first[PredIsPartOf]
		pub, err := r.publishedOf(art)
		if err != nil {
			return nil, err
		}
		out = append(out, [4]string{id, art, n.first[PredDateCreated], pub})
	}
	return out, nil
}

// relations returns the light rows (as lightRelations reads them, plus
// the article's publication date and the entity's places) of every
// relation whose subject, object or location is e.
func (r *reader) relations(e string) ([][6]string, error) {
	roles := map[string]string{}
	var ids []string
	for _, x := range []struct {
		p    quad.IRI
		role string
	}{{PredSubject, "s"}, {PredObject, "o"}, {PredLocation, "l"}} {
		got, err := r.subjects(e, x.p)
		if err != nil {
			return nil, err
		}
		for _, id := range got {
			if _, ok := roles[id]; !ok {
				ids = append(ids, id)
			}
			roles[id] += x.role
		}
	}
	sort.Slice(ids, func(i, j int) bool { return jsLess(ids[i], ids[j]) })
	out := [][6]string{}
	for _, id := range ids {
		n, err := r.node(id)
		if err != nil {
			return nil, err
		}
		if !n.types[TypeRelation] || !n.has[PredObject] || !n.has[PredRelation] || !n.has[PredIsPartOf] {
			continue
		}
		art := n.first[PredIsPartOf]
		pub, err := r.publishedOf(art)
		if err != nil {
			return nil, err
		}
		out = append(out, [6]string{id, art, n.first[PredStartDate], n.first[PredRelation], pub, roles[id]})
	}
	return out, nil
}

// jsLess orders strings as JavaScript's < does (by UTF-16 code units),
// so the queries' sorts and the aggregates' agree: Go's byte order
// differs from it between U+E000-U+FFFF and the supplementary planes.
func jsLess(a, b string) bool {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb {
			ua, ub := firstUnit(ra), firstUnit(rb)
			if ua != ub {
				return ua < ub
			}
			return ra < rb // both past U+FFFF with one high surrogate
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b != ""
}

// firstUnit is the first UTF-16 code unit of r.
func firstUnit(r rune) rune {
	if r < 0x10000 {
		return r
	}
	return 0xD800 + (r-0x10000)>>10
}

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

// aggregateAll computes the aggregates of every entity mentioned in qs's
// articles (full ones for those in at least min).
func aggregateAll(ctx context.Context, qs cgraph.QuadStore, min int) (map[string]*aggregate, error) {
	r := newReader(ctx, qs)
	// Every article, then what each mentions.
	var arts []string
	if err := r.each(TypeArticle, quad.Object, PredType, func(q quad.Quad) {
		if s, ok := q.Subject.(quad.IRI); ok && !r.isArticle[string(s)] {
			r.isArticle[string(s)] = true
			arts = append(arts, string(s))
		}
	}); err != nil {
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
// given entities in qs with ones computed from qs as it is now: entities
// below min articles keep only their count, those in none lose it too.
func aggregateDeltas(ctx context.Context, qs cgraph.QuadStore, entities []string, min int) ([]cgraph.Delta, error) {
	r := newReader(ctx, qs)
	var deltas []cgraph.Delta
	for _, e := range entities {
		old, err := aggregateQuads(r, e)
		if err != nil {
			return nil, err
		}
		var now []quad.Quad
		articles, err := r.articlesOf(e)
		if err != nil {
			return nil, err
		}
		a := &aggregate{articles: len(articles)}
		if len(articles) >= min {
			if a, err = r.aggregate(e, articles); err != nil {
				return nil, err
			}
		}
		if len(articles) > 0 {
			if now, err = a.quads(quad.IRI(e)); err != nil {
				return nil, err
			}
		}
		deltas = append(deltas, replaceQuads(old, now)...)
	}
	return deltas, nil
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
