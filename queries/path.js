// description: The shortest connection between two entities, through articles mentioning them and relations between them (bounded depth); one row per step, drawable on the Visualize page.
// param: from entity required  Where the path starts: a name, an alias or an IRI.
// param: to entity required  Where it ends: a name, an alias or an IRI.
// param: max_depth int(1..8) 4  Maximum number of edges (an article between two entities counts two).
//
// Nodes are entities and articles; edges are schema:mentions (article to
// entity) and the direct relation edges (roleIn, memberOf, attacked, ...)
// in either direction. The search is a breadth-first search from both ends
// at once, a whole layer at a time. It keeps only each node's distance from
// its end, so a layer costs a few ToArray calls and no path enumeration.
// Each round grows the side whose layer has fewer mention edges to read.
//
// Of several shortest paths it returns one chosen by IRI: the meeting node
// is the smallest IRI met in the layer where the two sides meet, and from
// there each step back to an end goes to the smallest IRI one step nearer
// that end (through the first edge of EDGES joining the two, the graph
// edge's own direction first).
//
// Rows: step (1..n), source, target (IRIs along the path, from -> to),
// source_label, target_label, source_color, target_color, edge (predicate
// name), forward (true when the graph edge points from source to target).

var EDGES = [["mentions", P.mentions], ["roleIn", P.roleIn], ["memberOf", P.memberOf],
  ["containedInPlace", P.locatedIn], ["attacked", P.attacked], ["struck", P.struck],
  ["metWith", P.metWith], ["spokespersonFor", P.spokespersonFor], ["leads", P.leads]];

// Nodes are kept as ToArray gives them ("<iri>", which g.V takes as an
// IRI); only the rows turn them into plain text.
function raw(iri) { return "<" + iri + ">"; }
function at(list) { return list.length === 0 ? g.V(raw(NG + "nothing")) : g.V.apply(g, list); }

// gather is step's values from the nodes of list, and tally how many there
// are (up to cap). A few nodes go one at a time: a walk from one node is an
// index lookup on every backend, while a walk from several can make a
// key-value store read every quad with the predicate (docs/scale.md).
var ONE_BY_ONE = 8;
function gather(list, step) {
  if (list.length > ONE_BY_ONE) { return step(at(list)).ToArray(); }
  var out = [];
  for (var i = 0; i < list.length; i++) {
    var vs = step(g.V(list[i])).ToArray();
    for (var j = 0, jN = vs.length; j < jN; j++) { out.push(vs[j]); }
  }
  return out;
}
function tally(list, step, cap) {
  if (list.length > ONE_BY_ONE) { return step(at(list)).Limit(cap).Count(); }
  var n = 0;
  for (var i = 0; i < list.length && n < cap; i++) { n += step(g.V(list[i])).Limit(cap - n).Count(); }
  return n;
}
function outMentions(p) { return p.Out(P.mentions); }
function inMentions(p) { return p.In(P.mentions); }
function articlesMentioning(p) { return p.In(P.mentions).Has(P.type, C.article); }
function outRelations(p) { return p.Out(RELATION_EDGES); }
function inRelations(p) { return p.In(RELATION_EDGES); }

// ARTICLE_NODE: the nodes reached as articles (the rest are entities).
var ARTICLE_NODE = {};

// side: the nodes reached from one end with their distances, the articles
// of each layer, and the last layer split into entities and articles.
function side(start) {
  var s = { dist: {}, depth: 0, entities: [start], articles: [], articleLayers: [[]], cost: null };
  s.dist[start] = 0;
  return s;
}
var A = side(raw(params.from)), B = side(raw(params.to));

// cost is how many mention edges expanding s's last layer reads, counted
// up to COST_CAP: an estimate that depends on the graph alone, so every
// store grows the sides in the same order.
var COST_CAP = 4096;
function cost(s) {
  if (s.cost === null) {
    var n = tally(s.articles, outMentions, COST_CAP);
    if (n < COST_CAP) { n += tally(s.entities, inMentions, COST_CAP - n); }
    s.cost = n;
  }
  return s.cost;
}

// expand grows side s by one layer and returns the nodes of the new layer
// that other has reached.
function expand(s, other) {
  var d = s.depth + 1, entities = [], articles = [], hits = [];
  function reach(values, into) {
    for (var i = 0, iN = values.length; i < iN; i++) {
      var n = values[i];
      if (s.dist[n] !== undefined) { continue; }
      s.dist[n] = d;
      into.push(n);
      if (other.dist[n] !== undefined) { hits.push(n); }
    }
  }
  reach(gather(s.articles, outMentions), entities);
  reach(gather(s.entities, outRelations), entities);
  reach(gather(s.entities, inRelations), entities);
  // Articles and quotations mention entities; only articles are nodes of
  // this walk. An entity whose articles the mirror keeps (ng:articlesOf,
  // the same set) has them read from there: the .Has check costs a hub
  // about twice the parse.
  var rest = s.entities;
  if (s.entities.length <= ONE_BY_ONE) {
    rest = [];
    for (var i = 0; i < s.entities.length; i++) {
      var kept = aggregateList(plain(s.entities[i]), P.aggArticlesOf);
      if (kept === null) { rest.push(s.entities[i]); continue; }
      var ks = [];
      for (var k = 0, kN = kept.length; k < kN; k++) { ks.push(raw(kept[k][0])); }
      reach(ks, articles);
    }
  }
  reach(gather(rest, articlesMentioning), articles);
  for (var i = 0; i < articles.length; i++) { ARTICLE_NODE[articles[i]] = true; }
  s.depth = d;
  s.entities = entities;
  s.articles = articles;
  s.articleLayers.push(articles);
  s.cost = null;
  return hits;
}

// SMALL_LAYER: up to this many articles, the articles of a layer that
// mention an entity are found from the layer; beyond it, from the entity.
var SMALL_LAYER = 64;

// back returns the step from n one node nearer the end of side s: the
// smallest IRI at distance dist(n)-1, and the first edge of EDGES joining
// the two (the graph edge pointing towards n first).
function back(s, n) {
  var want = s.dist[n] - 1, p = null;
  function nearest(vs) {
    for (var i = 0, iN = vs.length; i < iN; i++) {
      if (s.dist[vs[i]] === want && (p === null || vs[i] < p)) { p = vs[i]; }
    }
  }
  if (ARTICLE_NODE[n]) {
    nearest(g.V(n).Out(P.mentions).ToArray());
  } else {
    var layer = s.articleLayers[want];
    nearest(layer.length <= SMALL_LAYER ? at(layer).Has(P.mentions, n).ToArray() : g.V(n).In(P.mentions).Has(P.type, C.article).ToArray());
    nearest(g.V(n).In(RELATION_EDGES).ToArray());
    nearest(g.V(n).Out(RELATION_EDGES).ToArray());
  }
  // Single-node Out calls only: an index lookup on every backend.
  for (var i = 0; i < EDGES.length; i++) {
    if (g.V(p).Out(EDGES[i][1]).ToArray().indexOf(n) >= 0) { return { node: p, edge: EDGES[i][0], forward: true }; }
    if (g.V(n).Out(EDGES[i][1]).ToArray().indexOf(p) >= 0) { return { node: p, edge: EDGES[i][0], forward: false }; }
  }
  throw new Error("path: no edge between " + p + " and " + n);
}

var meet = params.from === params.to ? raw(params.from) : null;
for (var depth = 0; meet === null && depth < params.max_depth; depth++) {
  if (A.entities.length + A.articles.length === 0 || B.entities.length + B.articles.length === 0) { break; }
  var hits = cost(A) <= cost(B) ? expand(A, B) : expand(B, A);
  for (var h = 0; h < hits.length; h++) {
    if (meet === null || hits[h] < meet) { meet = hits[h]; }
  }
}

if (meet !== null) {
  // Walk back from meet to each end.
  var steps = [], n = meet, st;
  while (A.dist[n] > 0) {
    st = back(A, n);
    steps.unshift({ source: st.node, target: n, edge: st.edge, forward: st.forward });
    n = st.node;
  }
  n = meet;
  while (B.dist[n] > 0) {
    st = back(B, n);
    steps.push({ source: n, target: st.node, edge: st.edge, forward: !st.forward });
    n = st.node;
  }
  for (var k = 0; k < steps.length; k++) {
    var row = edgeRow(plain(steps[k].source), plain(steps[k].target), 1);
    row.step = k + 1;
    row.edge = steps[k].edge;
    row.forward = steps[k].forward;
    delete row.weight;
    g.Emit(row);
  }
}
