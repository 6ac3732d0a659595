// description: Attacks and strikes on a facility or place, on places within it, or taking place there, with date, attacker and evidence; newest first.
// param: entity entity required  The target: a name, an alias or an IRI.
// param: limit int(1..1000) 100  Maximum rows.
//
// Rows: relation (IRI), predicate (attacked or struck), subject (the
// attacker), subject_name, object (the target), object_name, date (empty
// when not stated), place, place_name, evidence, article, article_id,
// title, published.

var target = params.entity;
var ATTACKS = { attacked: true, struck: true };

// An entity in many articles has its attacks kept by the mirror (and,
// with many dated ones, those that can make the first rows: the head).
var top, kept = headList(target, P.aggAttacksOnHead, params.limit) || aggregateList(target, P.aggAttacksOn);
if (kept) {
  top = topKept(kept, true, params.limit, false);
} else {
  // Targets: the entity and the places located in it (one level).
  var targets = [target].concat(values(g.V(iri(target)).In(P.locatedIn)));
  var light = [], unkept = [];
  for (var ti = 0; ti < targets.length; ti++) {
    var rels = keptRelations(targets[ti], "o");
    if (rels) { light = light.concat(rels); } else { unkept.push(targets[ti]); }
  }
  if (unkept.length) { light = light.concat(lightRelations(nodes(unkept).In(P.object))); }
  light = light.concat(relationsOf(target, "l"));
  var seen = {}, attacks = [];
  for (var i = 0; i < light.length; i++) {
    var r = light[i];
    if (!ATTACKS[r.predicate] || seen[r.id]) { continue; }
    seen[r.id] = true;
    attacks.push(r);
  }
  top = topRows(attacks, true, params.limit, false);
}
var rows = relationRows(nodes(ids(top)));
sortRows(rows, ["-date", "-published", "relation"]);
emitRows(rows, params.limit);
