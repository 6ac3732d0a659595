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

// Light rows first (id, article, date, predicate): the items in the date
// range, dated by their own date or their article's publication date;
// only those that can make the first `limit` are read in full.
var top, stIDs = [], relIDs = [];
function inRange(key) {
  return !(params.from && key < params.from) && !(params.to && key > params.to);
}
// An entity in many articles has its items kept by the mirror, in date
// order (undated last): the first `limit` in the range, and any dated as
// the limit-th, are taken as topRows would take them.
// Without a date range, the head of that list does as well when it covers
// `limit` rows.
var kept = (!params.from && !params.to && headList(e, P.aggTimelineHead, params.limit)) || aggregateList(e, P.aggTimeline);
if (kept) {
  var cand = [], keyed = 0, bound = null;
  for (var ki = 0, kN = kept.length; ki < kN; ki++) {
    if (!inRange(kept[ki][1])) { continue; }
    cand.push(kept[ki]);
    if (kept[ki][1]) {
      keyed++;
      if (keyed === params.limit) { bound = kept[ki][1]; }
    }
  }
  top = [];
  for (var ci = 0, cN = cand.length; ci < cN; ci++) {
    var c = cand[ci];
    if (keyed > params.limit && !(c[1] && c[1] <= bound)) { continue; }
    top.push({ id: c[0], relation: c[2] === 1 });
  }
} else {
  var light = lightStatements(g.V(iri(e)).In(P.speaker));
  var lr = lightRelations(g.V(iri(e)).In([P.subject, P.object, P.location]));
  for (var li = 0; li < lr.length; li++) {
    if (lr[li].date || EVENTS[lr[li].predicate]) { lr[li].relation = true; light.push(lr[li]); }
  }
  topRows(light, false, null, true);
  var dated = [];
  for (var ri = 0; ri < light.length; ri++) {
    var x = light[ri];
    if (!inRange(x.key)) { continue; }
    x.date = x.key;
    dated.push(x);
  }
  top = topRows(dated, false, params.limit, false);
}
for (var ti = 0; ti < top.length; ti++) { (top[ti].relation ? relIDs : stIDs).push(top[ti].id); }

var st = statementRows(nodes(stIDs));
for (var i = 0; i < st.length; i++) {
  var s = st[i];
  rows.push({
    date: s.date, date_is_default: s.date_is_default,
    kind: "statement", text: s.text, item: s.statement,
    subject_name: s.speaker, object_name: "", place_name: "",
    article: s.article, article_id: s.article_id, title: s.title, published: s.published
  });
}

var rel = relationRows(nodes(relIDs));
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
