// description: Entities mentioned in the same articles as an entity, with the number of articles they share; most shared first.
// param: entity entity required  A name, an alias or an IRI.
// param: type etype -  Only co-mentioned entities of this type.
// param: limit int(1..1000) 50  Maximum rows.
//
// Rows: entity, name, type, articles (articles mentioning both).

var self = params.entity, rows = [];
// An entity in many articles has its co-mentions counted by the mirror
// (most shared first, the first 1000); a type filter counts here.
var kept = params.type ? null : aggregateList(self, P.aggCoMentions);
if (kept) {
  for (var a = 0; a < kept.length && a < params.limit; a++) {
    rows.push({ entity: kept[a][0], articles: kept[a][1] });
  }
} else {
  // Each path below is one (article, other entity) pair: an article
  // states each entity it mentions once, under its own label, so
  // counting paths per entity counts shared articles.
  var shared = countEnds(g.V(iri(self)).In(P.mentions).Has(P.type, C.article).Out(P.mentions));
  for (var i = 0; i < shared.keys.length; i++) {
    var o = shared.keys[i];
    if (o === self) { continue; }
    if (params.type && entityType(o) !== params.type) { continue; }
    rows.push({ entity: o, articles: shared.n[o] });
  }
  rows = topByCount(rows, "articles", params.limit);
}
sortRows(rows, ["-articles", "entity"]);
rows = rows.slice(0, params.limit);
for (var j = 0; j < rows.length; j++) {
  rows[j].name = entityName(rows[j].entity);
  rows[j].type = entityType(rows[j].entity);
}
emitRows(rows, params.limit);
