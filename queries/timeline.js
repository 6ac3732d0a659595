// description: An entity's dated statements and events (relations it takes part in that have a date, and attacks, strikes and meetings), oldest first.
// param: entity entity required  A name, an alias or an IRI.
// param: from date -  Only items dated on or after this date (YYYY-MM-DD).
// param: to date -  Only items dated on or before this date (YYYY-MM-DD).
// param: limit int(1..1000) 200  Maximum rows.
//
// Rows: date, date_is_default (true when the item has no date of its own
// and the article's publication date stands in), kind ("statement" or the
// relation's predicate), text (the statement, or the relation's evidence),
// item (statement or relation IRI), subject_name, object_name, place_name,
// article, article_id, title, published.

var e = params.entity, rows = [];
var EVENTS = { attacked: true, struck: true, met_with: true };

var st = statementRows(g.V(iri(e)).In(P.speaker));
for (var i = 0; i < st.length; i++) {
  var s = st[i];
  rows.push({
    date: s.date, date_is_default: s.date_is_default,
    kind: "statement", text: s.text, item: s.statement,
    subject_name: s.speaker, object_name: "", place_name: "",
    article: s.article, article_id: s.article_id, title: s.title, published: s.published
  });
}

var rel = relationRows(g.V(iri(e)).In([P.subject, P.object, P.location]));
for (var j = 0; j < rel.length; j++) {
  var r = rel[j];
  if (!r.date && !EVENTS[r.predicate]) { continue; }
  rows.push({
    date: r.date || r.published, date_is_default: !r.date,
    kind: r.predicate, text: r.evidence, item: r.relation,
    subject_name: r.subject_name, object_name: r.object_name, place_name: r.place_name,
    article: r.article, article_id: r.article_id, title: r.title, published: r.published
  });
}

var kept = [];
for (var k = 0; k < rows.length; k++) {
  if (params.from && rows[k].date < params.from) { continue; }
  if (params.to && rows[k].date > params.to) { continue; }
  kept.push(rows[k]);
}
sortRows(kept, ["date", "published", "item"]);
emitRows(kept, params.limit);
