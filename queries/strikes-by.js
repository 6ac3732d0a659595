// description: Attacks and strikes carried out by an actor, with target, date, place and evidence; newest first.
// param: entity entity required  The attacker: a name, an alias or an IRI.
// param: limit int(1..1000) 100  Maximum rows.
//
// Rows as in attacks-on: relation, predicate, subject, subject_name,
// object, object_name, date, place, place_name, evidence, article,
// article_id, title, published.

var ATTACKS = { attacked: true, struck: true };
var rel = relationRows(g.V(iri(params.entity)).In(P.subject));
var rows = [];
for (var i = 0; i < rel.length; i++) {
  if (ATTACKS[rel[i].predicate]) { rows.push(rel[i]); }
}
sortRows(rows, ["-date", "-published", "relation"]);
emitRows(rows, params.limit);
