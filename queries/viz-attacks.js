// description: Visualize: the attack and strike network: an edge from each attacker to each target, weighted by the number of reported attacks or strikes; strongest first, at most 100.
// param: entity entity -  Only attacks by or on this entity (a name, an alias or an IRI); all when empty.
// param: limit int(1..100) 100  Maximum edges (Cayley's Visualize page draws 100).
//
// For Cayley's Visualize page: rows have source (attacker) and target,
// source_label, target_label, source_color, target_color, weight (attacks
// and strikes), predicates (attacked, struck) and last_date.

var edges = {}, keys = [];
// An entity in many articles has its strongest edges kept by the mirror.
var kept = params.entity ? aggregateList(params.entity, P.aggAttackEdges) : null;
if (kept) {
  for (var ki = 0; ki < kept.length; ki++) {
    var x = kept[ki], kk = x[0] + " " + x[1];
    edges[kk] = { s: x[0], o: x[1], n: x[2], predicates: x[3], last: x[4] };
    keys.push(kk);
  }
} else {
  counted(params.entity ? g.V(iri(params.entity)).In([P.subject, P.object]) : g.V().Has(P.type, C.relation));
}
function counted(start) {
  start.Has(P.predicate, str("attacked"), str("struck")).Tag("relation")
  .Save(P.predicate, "predicate")
  .Save(P.subject, "subject")
  .Save(P.object, "object")
  .SaveOpt(P.startDate, "date")
  .ForEach(function (d) {
    var s = plain(d.subject), o = plain(d.object), r = plain(d.relation), k = s + " " + o;
    if (!edges[k]) { edges[k] = { s: s, o: o, seen: {}, n: 0, preds: {}, last: "" }; keys.push(k); }
    var e = edges[k];
    if (e.seen[r]) { return; }
    e.seen[r] = true;
    e.n++;
    e.preds[plain(d.predicate)] = true;
    if (plain(d.date) > e.last) { e.last = plain(d.date); }
  });
  for (var j = 0; j < keys.length; j++) { edges[keys[j]].predicates = Object.keys(edges[keys[j]].preds).sort().join(", "); }
}
keys.sort(function (p, q) { return edges[q].n - edges[p].n || (p < q ? -1 : p > q ? 1 : 0); });
for (var i = 0; i < keys.length && i < params.limit; i++) {
  var e = edges[keys[i]], row = edgeRow(e.s, e.o, e.n);
  row.predicates = e.predicates;
  row.last_date = e.last;
  g.Emit(row);
}
