// description: Entities mentioned in the same articles as an entity, with the number of articles they share; most shared first.
// param: entity entity required  A name, an alias or an IRI.
// param: type etype -  Only co-mentioned entities of this type.
// param: limit int(1..1000) 50  Maximum rows.
//
// Rows: entity, name, type, articles (articles mentioning both).

var self = params.entity, shared = {}, others = [];
g.V(iri(self)).In(P.mentions).Has(P.type, C.article).Tag("article")
  .Out(P.mentions).Tag("other")
  .ForEach(function (d) {
    var o = plain(d.other), a = plain(d.article);
    if (o === self) { return; }
    if (!shared[o]) { shared[o] = {}; others.push(o); }
    shared[o][a] = true;
  });

var rows = [];
for (var i = 0; i < others.length; i++) {
  var o = others[i];
  if (params.type && entityType(o) !== params.type) { continue; }
  rows.push({ entity: o, articles: Object.keys(shared[o]).length });
}
sortRows(rows, ["-articles", "entity"]);
rows = rows.slice(0, params.limit);
for (var j = 0; j < rows.length; j++) {
  rows[j].name = entityName(rows[j].entity);
  rows[j].type = entityType(rows[j].entity);
}
emitRows(rows, params.limit);
