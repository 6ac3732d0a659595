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
var light = [], all = null, seenA = {};
function addLight(id, pub0) {
  if (params.from && pub0 < params.from) { return; }
  if (params.to && pub0 > params.to) { return; }
  light.push({ id: id, article: id, date: pub0 });
}
// An entity in many articles has its articles, with their dates, kept by
// the mirror.
var kept = aggregateList(params.entity, P.aggArticlesOf);
if (kept) {
  all = [];
  for (var ki = 0; ki < kept.length; ki++) {
    all.push(kept[ki][0]);
    if (kept[ki][1] !== null) { addLight(kept[ki][0], kept[ki][1]); }
  }
} else {
  var arr = g.V(e).In(P.mentions).Tag("id").Save(P.datePublished, "published").TagArray();
  for (var li = 0; li < arr.length; li++) {
    var id = plain(arr[li].id);
    if (seenA[id]) { continue; }
    seenA[id] = true;
    addLight(id, plain(arr[li].published));
  }
}
var top = light.length > params.limit ? ids(topRows(light, true, params.limit, false))
  : (all || values(g.V(e).In(P.mentions).Has(P.type, C.article)));

// Mention counts of the chosen articles, from the entity's ng:Mention
// nodes in them.
var counts = {};
nodes(top).Tag("article").In(P.isPartOf).Has(P.mentionOf, e).Save(P.mentionCount, "n")
  .ForEach(function (d) { counts[plain(d.article)] = Number(d.n); });

var rows = [], seen = {};
nodes(top).Has(P.type, C.article).Tag("article")
  .SaveOpt(P.identifier, "article_id")
  .SaveOpt(P.headline, "title")
  .SaveOpt(P.datePublished, "published")
  .SaveOpt(P.publisher, "publisher")
  .SaveOpt(P.url, "url")
  .ForEach(function (d) {
    var a = plain(d.article), pub = plain(d.published);
    if (seen[a]) { return; }
    seen[a] = true;
    if (params.from && (!pub || pub < params.from)) { return; }
    if (params.to && (!pub || pub > params.to)) { return; }
    rows.push({
      article: a, article_id: plain(d.article_id), title: plain(d.title),
      published: pub, publisher: plain(d.publisher), url: plain(d.url),
      mentions: counts[a] || 0
    });
  });
sortRows(rows, ["-published", "article_id"]);
emitRows(rows, params.limit);
