// description: Visualize: who is quoted about whom: an edge from a speaker to each entity their statements mention, weighted by the number of statements; strongest first, at most 100.
// param: entity entity -  Only statements made by or mentioning this entity (a name, an alias or an IRI); all statements when empty.
// param: limit int(1..100) 100  Maximum edges (Cayley's Visualize page draws 100).
//
// For Cayley's Visualize page: rows have source (speaker) and target
// (entity mentioned), source_label, target_label, source_color,
// target_color, weight (statements) and example (the text of the edge's
// first statement by IRI).

var edges = {}, keys = [];
function collect(path) {
  path.Has(P.type, C.quotation).Tag("statement")
    .Save(P.speaker, "speaker")
    .Save(P.mentions, "about")
    .SaveOpt(P.text, "text")
    .ForEach(function (d) {
      var s = plain(d.speaker), a = plain(d.about), st = plain(d.statement);
      if (s === a) { return; }
      var k = s + " " + a;
      if (!edges[k]) { edges[k] = { s: s, a: a, seen: {}, n: 0, example: "", first: null }; keys.push(k); }
      var ed = edges[k];
      if (!ed.seen[st]) { ed.seen[st] = true; ed.n++; }
      // The example is the text of the first statement by IRI, so it
      // does not depend on the order the store returns paths in.
      if (ed.first === null || st < ed.first) { ed.first = st; ed.example = plain(d.text); }
    });
}
// An entity in many articles has its strongest edges kept by the mirror.
var kept = params.entity ? aggregateList(params.entity, P.aggQuoteEdges) : null;
if (kept) {
  for (var ki = 0; ki < kept.length; ki++) {
    var x = kept[ki], kk = x[0] + " " + x[1];
    edges[kk] = { s: x[0], a: x[1], n: x[2], example: x[3] };
    keys.push(kk);
  }
} else if (params.entity) {
  collect(g.V(iri(params.entity)).In(P.speaker));
  collect(g.V(iri(params.entity)).In(P.mentions));
} else {
  collect(g.V().Has(P.type, C.quotation));
}
keys.sort(function (p, q) { return edges[q].n - edges[p].n || (p < q ? -1 : p > q ? 1 : 0); });
for (var i = 0; i < keys.length && i < params.limit; i++) {
  var e = edges[keys[i]], row = edgeRow(e.s, e.a, e.n);
  row.example = e.example;
  g.Emit(row);
}
