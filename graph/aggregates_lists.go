package graph

import (
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

// The lists a mirror keeps for each entity in many articles: each one
// is what a canned query reads (queries/*.js), computed the way the query
// computes it, so that the query gives the same rows from either.

// aggregate computes entity e's aggregate from the articles mentioning it.
func (r *reader) aggregate(e string, articles []string) (*aggregate, error) {
	r.nodes = map[string]*nodeInfo{} // statements and relations are rarely shared between entities
	// Empty lists, not nil ones, so that an entity with nothing to list
	// gets "[]" (the queries read null as "no aggregate here").
	a := &aggregate{
		full: true, headRows: r.headRows, articles: len(articles),
		coMentions: [][2]any{}, pairs: [][3]any{},
		statementsBy: [][4]string{}, statementsAbout: [][4]string{}, relations: [][6]string{},
		articlesOf: [][2]any{}, quoteEdges: [][4]any{}, orgQuotes: [][3]string{},
		attackEdges: [][5]any{}, attacksOn: [][5]string{}, roleGroups: [][7]any{}, timeline: [][3]any{},
	}
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

	// Pairs of the first CoMentionStar, as positions in coMentions, most
	// shared first, then as viz-co-mentions orders them (a + " " + b).
	star := map[string]int{}
	for i := 0; i < len(others) && i < CoMentionStar; i++ {
		star[others[i]] = i
	}
	pairs := map[[2]string]int{}
	for _, ms := range sets {
		var in []string
		for _, o := range ms {
			if _, ok := star[o]; ok {
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
		if pairs[keys[i]] != pairs[keys[j]] {
			return pairs[keys[i]] > pairs[keys[j]]
		}
		return jsLess(keys[i][0]+" "+keys[i][1], keys[j][0]+" "+keys[j][1])
	})
	for _, k := range keys {
		a.pairs = append(a.pairs, [3]any{star[k[0]], star[k[1]], pairs[k]})
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
	a.timeline = timelineOf(a.statementsBy, a.relations)

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
		weighted
		s, a, first, example string
	}
	edges := map[string]*edge{}
	done := map[string]bool{}
	for _, st := range ids {
		if done[st] {
			continue
		}
		done[st] = true
		if r.knownArticle(st) {
			continue
		}
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
					x = &edge{weighted: weighted{key: k}, s: sp, a: ab}
					edges[k] = x
				}
				x.n++
				if x.first == "" || jsLess(st, x.first) {
					x.first, x.example = st, n.first[PredText]
				}
			}
		}
	}
	out := [][4]any{}
	for _, x := range strongest(edges, QuoteEdgeTop) {
		out = append(out, [4]any{x.s, x.a, x.n, x.example})
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
		weighted
		s, o, last string
		preds      map[string]bool
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
					x = &edge{weighted: weighted{key: k}, s: s, o: o, preds: map[string]bool{}}
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
	out := [][5]any{}
	for _, x := range strongest(edges, QuoteEdgeTop) {
		var preds []string
		for p := range x.preds {
			preds = append(preds, p)
		}
		sort.Strings(preds)
		out = append(out, [5]any{x.s, x.o, x.n, strings.Join(preds, ", "), x.last})
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
	// In the order roles shows them: most articles first, then latest
	// last seen (none last), then by kind, role and organization (empty
	// last).
	sort.Slice(order, func(i, j int) bool {
		x, y := order[i], order[j]
		if len(x.arts) != len(y.arts) {
			return len(x.arts) > len(y.arts)
		}
		for _, c := range [...]int{cmpKey(x.last, y.last, true), cmpKey(x.kind, y.kind, false), cmpKey(x.role, y.role, false), cmpKey(x.org, y.org, false)} {
			if c != 0 {
				return c < 0
			}
		}
		return false
	})
	out := [][7]any{}
	for _, g := range order {
		out = append(out, [7]any{g.kind, g.role, g.org, len(g.arts), g.first, g.last, g.evidence})
	}
	return out, nil
}

// statements returns the light rows (as queries/prelude.js's
// lightStatements reads them, plus the article's publication date) of
// the nodes of ids that are quotations with a text and an article.
func (r *reader) statements(ids []string) ([][4]string, error) {
	out := [][4]string{}
	for _, id := range ids {
		if r.knownArticle(id) {
			continue
		}
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

// cmpKey compares a and b as queries/prelude.js's sortRows does: an
// empty value sorts last in either direction.
func cmpKey(a, b string, desc bool) int {
	switch {
	case a == b:
		return 0
	case a == "":
		return 1
	case b == "":
		return -1
	}
	c := 1
	if jsLess(a, b) {
		c = -1
	}
	if desc {
		c = -c
	}
	return c
}

// timelineEvents are the relations the timeline shows even without a
// date of their own.
var timelineEvents = map[string]bool{"attacked": true, "struck": true, "met_with": true}

// timelineOf returns the items the timeline query orders, from the
// entity's light statement and relation rows.
func timelineOf(statements [][4]string, relations [][6]string) [][3]any {
	type item struct {
		id, key string
		rel     int
	}
	var items []item
	for _, x := range statements {
		key := x[2]
		if key == "" {
			key = x[3]
		}
		items = append(items, item{x[0], key, 0})
	}
	for _, x := range relations {
		if x[2] == "" && !timelineEvents[x[3]] {
			continue
		}
		key := x[2]
		if key == "" {
			key = x[4]
		}
		items = append(items, item{x[0], key, 1})
	}
	sort.Slice(items, func(i, j int) bool {
		if c := cmpKey(items[i].key, items[j].key, false); c != 0 {
			return c < 0
		}
		return jsLess(items[i].id, items[j].id)
	})
	out := make([][3]any, len(items))
	for i, x := range items {
		out[i] = [3]any{x.id, x.key, x.rel}
	}
	return out
}

// weighted is an edge of a visualization: its sort key (source + " " +
// target, as the queries build it) and its weight.
type weighted struct {
	key string
	n   int
}

func (w *weighted) weight() *weighted { return w }

// strongest returns at most top of edges, heaviest first, then by key, as
// viz-quotes and viz-attacks order them.
func strongest[E interface{ weight() *weighted }](edges map[string]E, top int) []E {
	list := make([]E, 0, len(edges))
	for _, x := range edges {
		list = append(list, x)
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i].weight(), list[j].weight()
		if a.n != b.n {
			return a.n > b.n
		}
		return jsLess(a.key, b.key)
	})
	return list[:min(top, len(list))]
}
