// description: Visualize: one article's entities: the relations it states between them, then an edge from the article to each entity it mentions (most mentioned first); at most 100.
// param: article article required  The article: its id or IRI.
// param: limit int(1..100) 100  Maximum edges (Cayley's Visualize page draws 100).
//
// For Cayley's Visualize page: rows have source and target (IRIs),
// source_label, target_label (the article shows as its headline),
// source_color, target_color, weight (relations stated, or mentions) and
// edge (the relation's predicate, or "mentions").

var art = params.article, rows = [];

// Relations the article states, grouped by (subject, predicate, object).
var rel = {}, relKeys = [];
g.V(iri(art)).In(P.isPartOf).Has(P.type, C.relation).Tag("relation")
  .Save(P.subject, "subject").Save(P.object, "object").Save(P.predicate, "predicate")
  .ForEach(function (d) {
    var k = plain(d.subject) + " " + plain(d.predicate) + " " + plain(d.object);
    if (!rel[k]) { rel[k] = { s: plain(d.subject), o: plain(d.object), p: plain(d.predicate), seen: {}, n: 0 }; relKeys.push(k); }
    if (!rel[k].seen[plain(d.relation)]) { rel[k].seen[plain(d.relation)] = true; rel[k].n++; }
  });
relKeys.sort(function (p, q) { return rel[q].n - rel[p].n || (p < q ? -1 : p > q ? 1 : 0); });
for (var i = 0; i < relKeys.length; i++) {
  var r = rel[relKeys[i]], row = edgeRow(r.s, r.o, r.n);
  row.edge = r.p;
  rows.push(row);
}

// Mentions, with counts from the article's ng:Mention nodes.
var counts = {};
g.V(iri(art)).In(P.isPartOf).Has(P.type, C.mention).Save(P.mentionOf, "entity").Save(P.mentionCount, "n")
  .ForEach(function (d) { counts[plain(d.entity)] = Number(d.n); });
var ents = values(g.V(iri(art)).Out(P.mentions));
ents.sort(function (x, y) { return (counts[y] || 0) - (counts[x] || 0) || (x < y ? -1 : x > y ? 1 : 0); });
for (var j = 0; j < ents.length; j++) {
  var m = edgeRow(art, ents[j], counts[ents[j]] || 0);
  m.edge = "mentions";
  rows.push(m);
}
emitRows(rows, params.limit);
