// description: Visualize: an entity's co-mention network: edges from the entity to the entities sharing most articles with it, then edges among those; strongest first, at most 100.
// param: entity entity required  A name, an alias or an IRI.
// param: limit int(1..100) 100  Maximum edges (Cayley's Visualize page draws 100).
//
// For Cayley's Visualize page: every row has source and target (IRIs),
// source_label, target_label, source_color, target_color (by entity type)
// and weight (articles the two share among the entity's articles).

var self = params.entity;
// The star: the strongest neighbours, about 60% of the edges.
var starN = Math.ceil(params.limit * 0.6);
var rows = [], hub = [], weight = {}, pairs = {}, pairKeys = [];

// An entity in many articles has its co-mentions, and the articles each
// two of its first 60 share, counted by the mirror.
var kept = aggregateList(self, P.aggCoMentions);
if (kept) {
  for (var ki = 0; ki < kept.length && ki < starN; ki++) {
    hub.push(kept[ki][0]);
    weight[kept[ki][0]] = kept[ki][1];
  }
} else {
  // Each path below is one (article, other entity) pair: an article
  // states each entity it mentions once, under its own label, so
  // counting paths per entity counts shared articles.
  var counted = countEnds(g.V(iri(self)).In(P.mentions).Has(P.type, C.article).Out(P.mentions));
  var cands = [];
  weight = counted.n;
  for (var ci = 0; ci < counted.keys.length; ci++) {
    if (counted.keys[ci] !== self) { cands.push({ o: counted.keys[ci], w: weight[counted.keys[ci]] }); }
  }
  cands = topByCount(cands, "w", starN);
  cands.sort(function (x, y) { return y.w - x.w || (x.o < y.o ? -1 : x.o > y.o ? 1 : 0); });
  for (var hi = 0; hi < cands.length && hi < starN; hi++) { hub.push(cands[hi].o); }
}
var inHub = {};
for (var i = 0; i < hub.length; i++) {
  inHub[hub[i]] = true;
  rows.push(edgeRow(self, hub[i], weight[hub[i]]));
}

// Then edges among neighbours, by the articles they share: the entity's
// articles, each with the neighbours it mentions.
function countPair(x, y) {
  var p = x < y ? x : y, q = x < y ? y : x, k = p + " " + q;
  if (!pairs[k]) { pairs[k] = { a: p, b: q, n: 0 }; pairKeys.push(k); }
  pairs[k].n++;
}
if (kept) {
  // The pairs come counted and in order (positions in kept): those within
  // the star are taken as they come.
  var keptPairs = aggregateList(self, P.aggCoMentionPairs), starLen = hub.length;
  for (var kp = 0, kpN = keptPairs.length; kp < kpN && rows.length < params.limit; kp++) {
    var x = keptPairs[kp];
    if (x[0] < starLen && x[1] < starLen) { rows.push(edgeRow(kept[x[0]][0], kept[x[1]][0], x[2])); }
  }
} else {
  if (hub.length) {
    var byArticle = {}, articles = [];
    var hubPath = g.V(iri(self)).In(P.mentions).Has(P.type, C.article).Tag("article").Out(P.mentions);
    var pairsOf = hubPath.Is.apply(hubPath, nodesOf(hub)).TagArray();
    for (var pi = 0; pi < pairsOf.length; pi++) {
      var a = plain(pairsOf[pi].article), n = plain(pairsOf[pi].id);
      if (!byArticle[a]) { byArticle[a] = {}; articles.push(a); }
      byArticle[a][n] = true;
    }
    for (var j = 0; j < articles.length; j++) {
      var ents = Object.keys(byArticle[articles[j]]).sort();
      for (var xi = 0; xi < ents.length; xi++) {
        for (var yi = xi + 1; yi < ents.length; yi++) { countPair(ents[xi], ents[yi]); }
      }
    }
  }
  pairKeys.sort(function (p, q) { return pairs[q].n - pairs[p].n || (p < q ? -1 : p > q ? 1 : 0); });
  for (var m = 0; m < pairKeys.length && rows.length < params.limit; m++) {
    var pr = pairs[pairKeys[m]];
    rows.push(edgeRow(pr.a, pr.b, pr.n));
  }
}
emitRows(rows, params.limit);
