// description: Visualize: an entity's co-mention network: edges from the entity to the entities sharing most articles with it, then edges among those; strongest first, at most 100.
// param: entity entity required  A name, an alias or an IRI.
// param: limit int(1..100) 100  Maximum edges (Cayley's Visualize page draws 100).
//
// For Cayley's Visualize page: every row has source and target (IRIs),
// source_label, target_label, source_color, target_color (by entity type)
// and weight (articles the two share among the entity's articles).

var self = params.entity, byArticle = {}, articles = [], weight = {}, others = [];
g.V(iri(self)).In(P.mentions).Has(P.type, C.article).Tag("article")
  .Out(P.mentions).Tag("other")
  .ForEach(function (d) {
    var a = plain(d.article), o = plain(d.other);
    if (!byArticle[a]) { byArticle[a] = {}; articles.push(a); }
    if (o === self || byArticle[a][o]) { return; }
    byArticle[a][o] = true;
    if (!weight[o]) { weight[o] = 0; others.push(o); }
    weight[o]++;
  });

// The star: the strongest neighbours, about 60% of the edges.
others.sort(function (x, y) { return weight[y] - weight[x] || (x < y ? -1 : x > y ? 1 : 0); });
var hub = others.slice(0, Math.ceil(params.limit * 0.6));
var rows = [], inHub = {};
for (var i = 0; i < hub.length; i++) {
  inHub[hub[i]] = true;
  rows.push(edgeRow(self, hub[i], weight[hub[i]]));
}

// Then edges among neighbours, by the articles they share.
var pairs = {}, pairKeys = [];
for (var j = 0; j < articles.length; j++) {
  var ents = Object.keys(byArticle[articles[j]]).filter(function (o) { return inHub[o]; }).sort();
  for (var x = 0; x < ents.length; x++) {
    for (var y = x + 1; y < ents.length; y++) {
      var k = ents[x] + " " + ents[y];
      if (!pairs[k]) { pairs[k] = { a: ents[x], b: ents[y], n: 0 }; pairKeys.push(k); }
      pairs[k].n++;
    }
  }
}
pairKeys.sort(function (p, q) { return pairs[q].n - pairs[p].n || (p < q ? -1 : p > q ? 1 : 0); });
for (var m = 0; m < pairKeys.length && rows.length < params.limit; m++) {
  var pr = pairs[pairKeys[m]];
  rows.push(edgeRow(pr.a, pr.b, pr.n));
}
emitRows(rows, params.limit);
