// description: Profile of one entity: name, type, aliases, stated titles, articles mentioning it, its statements, first and last seen.
// param: entity entity required  A name, an alias or an IRI.
//
// One row: entity, name, type, aliases, titles (schema:jobTitle values),
// articles, mentions, statements (statements it made), first_seen and
// last_seen (publication dates of the first and last article naming it).

var e = iri(params.entity);
// Only articles carry schema:datePublished.
var published = values(g.V(e).In(P.mentions).Out(P.datePublished));
var mentions = 0, counts = g.V(e).In(P.mentionOf).Out(P.mentionCount).ToArray();
for (var ci = 0; ci < counts.length; ci++) { mentions += Number(counts[ci]); }
var statements = g.V(e).In(P.speaker).Has(P.type, C.quotation).Unique().Count();

g.Emit({
  entity: params.entity,
  name: entityName(params.entity),
  type: entityType(params.entity),
  aliases: values(g.V(e).Out(P.alias)),
  titles: values(g.V(e).Out(P.jobTitle)),
  articles: articleCount(params.entity),
  mentions: mentions,
  statements: statements,
  first_seen: published.length ? published[0] : "",
  last_seen: published.length ? published[published.length - 1] : ""
});
