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
var light = relationsOf(params.entity, "s"), attacks = [];
for (var i = 0; i < light.length; i++) {
  if (ATTACKS[light[i].predicate]) { attacks.push(light[i]); }
}
var rows = relationRows(nodes(ids(topRows(attacks, true, params.limit, false))));
sortRows(rows, ["-date", "-published", "relation"]);
emitRows(rows, params.limit);
