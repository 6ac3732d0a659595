// description: Profile of one entity: name, type, aliases, stated titles, articles mentioning it, its statements, first and last seen.
// param: entity entity required  A name, an alias or an IRI.
//
// One row: entity, name, type, aliases, titles (schema:jobTitle values),
// articles, mentions, statements (statements it made), first_seen and
// last_seen (publication dates of the first and last article naming it).

var e = iri(params.entity);
var articles, mentions = 0, statements, first = "", last = "";
// An entity in many articles has these counted by the mirror.
var kept = aggregate(params.entity, P.aggMentions);
if (kept !== null) {
  articles = articleCount(params.entity);
  mentions = Number(kept);
  statements = Number(aggregate(params.entity, P.aggStatements));
  first = aggregate(params.entity, P.aggFirstSeen) || "";
  last = aggregate(params.entity, P.aggLastSeen) || "";
} else {
  // Only articles carry schema:datePublished.
  var published = values(g.V(e).In(P.mentions).Out(P.datePublished));
  var counts = g.V(e).In(P.mentionOf).Out(P.mentionCount).ToArray();
  for (var ci = 0; ci < counts.length; ci++) { mentions += Number(counts[ci]); }
  statements = g.V(e).In(P.speaker).Has(P.type, C.quotation).Unique().Count();
  articles = articleCount(params.entity);
  if (published.length) { first = published[0]; last = published[published.length - 1]; }
}

g.Emit({
  entity: params.entity,
  name: entityName(params.entity),
  type: entityType(params.entity),
  aliases: values(g.V(e).Out(P.alias).Unique()),
  titles: values(g.V(e).Out(P.jobTitle).Unique()),
  articles: articles,
  mentions: mentions,
  statements: statements,
  first_seen: first,
  last_seen: last
});
