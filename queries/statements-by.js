// description: Statements (direct quotes and reported speech) made by an entity, newest first.
// param: entity entity required  The speaker: a name, an alias or an IRI.
// param: limit int(1..1000) 50  Maximum rows.
//
// Rows: statement (IRI), text, speaker (as named), speaker_id, kind
// (direct/indirect), cue, date (when it was said; the publication date if
// the article gives none), date_is_default, article (IRI), article_id,
// title, published.

// Only the statements that can make the first `limit` (by date) are read
// in full; the order and rows are those of reading them all.
// An entity in many articles has its light rows kept by the mirror (and,
// with many, those that can make the first rows: the head).
var kept = headList(params.entity, P.aggStatementsByHead, params.limit) || aggregateList(params.entity, P.aggStatementsBy);
var top = kept ? topKept(kept, true, params.limit, true)
  : topRows(lightStatements(g.V(iri(params.entity)).In(P.speaker)), true, params.limit, true);
var rows = statementRows(nodes(ids(top)));
sortRows(rows, ["-date", "-published", "statement"]);
emitRows(rows, params.limit);
