// description: Articles mentioning an entity, with their dates and how often each mentions it; newest first.
// param: entity entity required  A name, an alias or an IRI.
// param: from date -  Only articles published on or after this date (YYYY-MM-DD).
// param: to date -  Only articles published on or before this date (YYYY-MM-DD).
// param: limit int(1..1000) 100  Maximum rows.
//
// Rows: article (IRI), article_id, title, published, publisher, url,
// mentions (times the article mentions the entity).

var e = iri(params.entity);

// Mention counts per article, from the entity's ng:Mention nodes.
var counts = {};
g.V(e).In(P.mentionOf).Tag("m").Save(P.isPartOf, "article").Save(P.mentionCount, "n")
  .ForEach(function (d) { counts[plain(d.article)] = Number(d.n); });

var rows = [], seen = {};
g.V(e).In(P.mentions).Has(P.type, C.article).Tag("article")
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
