// description: Articles mentioning an entity, with their dates and how often each mentions it; newest first.
// param: entity entity required  A name, an alias or an IRI.
// param: from date -  Only articles published on or after this date (YYYY-MM-DD).
// param: to date -  Only articles published on or before this date (YYYY-MM-DD).
// param: limit int(1..1000) 100  Maximum rows.
//
// Rows: article (IRI), article_id, title, published, publisher, url,
// mentions (times the article mentions the entity).

var e = iri(params.entity);

// Light rows first: the dated articles mentioning the entity (only
// articles carry schema:datePublished) in the date range; when there are
// more than `limit`, only those that can make the first `limit` are read
// in full (undated articles sort last). Otherwise every article is read.
var top;
function inRange(pub) {
  return !(params.from && pub < params.from) && !(params.to && pub > params.to);
}
// An entity in many articles has its articles, newest first with their
// dates, kept by the mirror: the first `limit` dated ones in the range
// (and any dated as the limit-th) are taken as topRows would take them.
// Without a date range, the head of that list does as well when it covers
// `limit` rows.
var kept = (!params.from && !params.to && headList(params.entity, P.aggArticlesOfHead, params.limit)) || aggregateList(params.entity, P.aggArticlesOf);
if (kept) {
  var dated = [], bound = null;
  for (var ki = 0; ki < kept.length; ki++) {
    var pk = kept[ki][1];
    if (pk === null || !inRange(pk)) { continue; }
    dated.push(kept[ki]);
  }
  if (dated.length <= params.limit) {
    top = [];
    for (var ka = 0; ka < kept.length; ka++) { top.push(kept[ka][0]); }
  } else {
    var keys = [];
    for (var kd = 0; kd < dated.length; kd++) { if (dated[kd][1]) { keys.push(dated[kd][1]); } }
    if (keys.length > params.limit) { bound = keys[params.limit - 1]; }
    top = [];
    for (var kt = 0; kt < dated.length; kt++) {
      if (bound === null || (dated[kt][1] && dated[kt][1] >= bound)) { top.push(dated[kt][0]); }
    }
  }
} else {
  var light = [], seenA = {};
  var arr0 = g.V(e).In(P.mentions).Tag("id").Save(P.datePublished, "published").TagArray();
  for (var li = 0; li < arr0.length; li++) {
    var id = plain(arr0[li].id), pub0 = plain(arr0[li].published);
    if (seenA[id]) { continue; }
    seenA[id] = true;
    if (inRange(pub0)) { light.push({ id: id, article: id, date: pub0 }); }
  }
  top = light.length > params.limit ? ids(topRows(light, true, params.limit, false))
    : values(g.V(e).In(P.mentions).Has(P.type, C.article));
}

// Mention counts of the chosen articles, from the entity's ng:Mention
// nodes in them.
var counts = {};
nodes(top).Tag("article").In(P.isPartOf).Has(P.mentionOf, e).Save(P.mentionCount, "n")
  .ForEach(function (d) { counts[plain(d.article)] = Number(d.n); });

// The type is saved and checked here rather than filtered with .Has,
// which on memstore intersects with every article of the store.
var rows = [], seen = {};
var arr = nodes(top).Tag("article")
  .Save(P.type, "type")
  .SaveOpt(P.identifier, "article_id")
  .SaveOpt(P.headline, "title")
  .SaveOpt(P.datePublished, "published")
  .SaveOpt(P.publisher, "publisher")
  .SaveOpt(P.url, "url")
  .TagArray();
for (var ri = 0; ri < arr.length; ri++) {
  var d = arr[ri], a = plain(d.article), pub = plain(d.published);
  if (seen[a] || plain(d.type) !== ARTICLE) { continue; }
  seen[a] = true;
  if (params.from && (!pub || pub < params.from)) { continue; }
  if (params.to && (!pub || pub > params.to)) { continue; }
  rows.push({
    article: a, article_id: plain(d.article_id), title: plain(d.title),
    published: pub, publisher: plain(d.publisher), url: plain(d.url),
    mentions: counts[a] || 0
  });
}
sortRows(rows, ["-published", "article_id"]);
emitRows(rows, params.limit);
