// description: Attacks and strikes carried out by an actor, with target, date, place and evidence; newest first.
// param: entity entity required  The attacker: a name, an alias or an IRI.
// param: limit int(1..1000) 100  Maximum rows.
//
// Rows as in attacks-on: relation, predicate, subject, subject_name,
// object, object_name, date, place, place_name, evidence, article,
// article_id, title, published.

var ATTACKS = { attacked: true, struck: true };
// Attacks are picked from light rows (predicate and date), and only those
// that can make the first `limit` by date are read in full.
// An entity in many articles has its light rows kept by the mirror (and,
// with many dated attacks, those that can make the first rows: the head).
var top, kept = headList(params.entity, P.aggStrikesByHead, params.limit) || aggregateList(params.entity, P.aggRelations);
if (kept) {
  top = topKept(kept, true, params.limit, false, function (key, date, pred, places) {
    return ATTACKS[pred] && places.indexOf("s") >= 0;
  });
} else {
  var light = lightRelations(g.V(iri(params.entity)).In(P.subject)), attacks = [];
  for (var i = 0; i < light.length; i++) {
    if (ATTACKS[light[i].predicate]) { attacks.push(light[i]); }
  }
  top = topRows(attacks, true, params.limit, false);
}
var rows = relationRows(nodes(ids(top)));
sortRows(rows, ["-date", "-published", "relation"]);
emitRows(rows, params.limit);
