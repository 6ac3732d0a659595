// description: Entities mentioned in the same articles as an entity, with the number of articles they share; most shared first.
// param: entity entity required  A name, an alias or an IRI.
// param: type etype -  Only co-mentioned entities of this type.
// param: limit int(1..1000) 50  Maximum rows.
//
// Rows: entity, name, type, articles (articles mentioning both).

var self = params.entity;
// Each path below is one (article, other entity) pair: an article states
// each entity it mentions once, under its own label, so counting paths
// per entity counts shared articles.
var shared = countEnds(g.V(iri(self)).In(P.mentions).Has(P.type, C.article).Out(P.mentions));

var rows = [];
for (var i = 0; i < shared.keys.length; i++) {
  var o = shared.keys[i];
  if (o === self) { continue; }
  if (params.type && entityType(o) !== params.type) { continue; }
  rows.push({ entity: o, articles: shared.n[o] });
}
rows = topByCount(rows, "articles", params.limit);
sortRows(rows, ["-articles", "entity"]);
rows = rows.slice(0, params.limit);
for (var j = 0; j < rows.length; j++) {
  rows[j].name = entityName(rows[j].entity);
  rows[j].type = entityType(rows[j].entity);
}
emitRows(rows, params.limit);
