// description: Entities whose name or alias contains a text, with how many articles mention them; best matches and most mentioned first.
// param: q key -  Text to look for in names and aliases (case, accents and punctuation ignored); every entity when empty.
// param: type etype -  Only entities of this type: PERSON, ORG, GPE, LOCATION, FACILITY or EVENT.
// param: limit int(1..1000) 50  Maximum rows.
//
// Rows: entity (IRI), name, type, match (exact, prefix, word or substring;
// "all" without q), articles (articles mentioning it), mentions (times
// mentioned, summed over articles).

var RANK = { exact: 0, prefix: 1, word: 2, substring: 3, all: 4 };

function matchOf(key) {
  if (!params.q) { return "all"; }
  if (key === params.q) { return "exact"; }
  if (key.indexOf(params.q) === 0) { return "prefix"; }
  if ((" " + key).indexOf(" " + params.q) >= 0) { return "word"; }
  if (key.indexOf(params.q) >= 0) { return "substring"; }
  return "";
}

// Candidates: every entity (of the type, if given) with a matching key.
// Matching runs in Go (a regexp over the distinct keys), so the script
// sees each matching key once instead of once per article repeating it.
var best = {}, ids = [];
function consider(e, m) {
  if (!m) { return; }
  if (best[e] === undefined) { ids.push(e); best[e] = m; }
  else if (RANK[m] < RANK[best[e]]) { best[e] = m; }
}
function typed(p) { return params.type ? p.Has(P.entityType, str(params.type)) : p; }
// A mirror keeps an index of every entity key (graph/aggregates.go).
var indexed = g.V(KEY_INDEX).Out(P.aggIndexedKey).ToValue() !== null;
if (params.q) {
  var re = params.q.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  var keys = values((indexed ? g.V(KEY_INDEX).Out(P.aggIndexedKey) :
    g.V().Has(P.entityType).Unique().Out(P.key).Unique()).Filter(regex(re)));
  for (var ki = 0; ki < keys.length; ki++) {
    var ents = values(typed(g.V(str(keys[ki])).In(P.key)).Unique());
    for (var ei = 0; ei < ents.length; ei++) { consider(ents[ei], matchOf(keys[ki])); }
  }
} else {
  var all = values((params.type ? g.V(str(params.type)).In(P.entityType) : g.V().Has(P.entityType)).Unique());
  for (var ai = 0; ai < all.length; ai++) { consider(all[ai], "all"); }
}

// Articles per candidate: one pass over all article mentions when there
// are many candidates, one small lookup each otherwise.
// Each path of the pass is one (article, entity) pair: an article states
// each entity it mentions once, under its own label, so counting paths
// per entity counts its articles.
var count = {};
if (indexed) {
  // Every entity in an article has its count kept by the mirror.
  var counted = nodes(ids).Tag("e").Out(P.aggArticles).TagArray();
  for (var ci = 0; ci < counted.length; ci++) { count[plain(counted[ci].e)] = Number(counted[ci].id); }
} else if (ids.length > 200) {
  count = countEnds(g.V().Has(P.type, C.article).Out(P.mentions)).n;
} else {
  for (var i = 0; i < ids.length; i++) { count[ids[i]] = articleCount(ids[i]); }
}

var rows = [];
for (var j = 0; j < ids.length; j++) {
  rows.push({ entity: ids[j], match: best[ids[j]], rank: RANK[best[ids[j]]], articles: count[ids[j]] || 0 });
}
// Without q every row has the same rank: only the rows that can make the
// limit by article count are sorted.
if (!params.q) { rows = topByCount(rows, "articles", params.limit); }
sortRows(rows, ["rank", "-articles", "entity"]);
rows = rows.slice(0, params.limit);
for (var k = 0; k < rows.length; k++) {
  var r = rows[k], n = aggregate(r.entity, P.aggMentions);
  if (n === null) {
    n = 0;
    g.V(iri(r.entity)).In(P.mentionOf).Out(P.mentionCount).ForEach(function (d) { n += Number(d.id); });
  }
  n = Number(n);
  delete r.rank;
  r.name = entityName(r.entity);
  r.type = entityType(r.entity);
  r.mentions = n;
}
emitRows(rows, params.limit);
