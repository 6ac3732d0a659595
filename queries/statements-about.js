// description: Statements whose words mention an entity, whoever said them; newest first.
// param: entity entity required  The entity mentioned: a name, an alias or an IRI.
// param: limit int(1..1000) 50  Maximum rows.
//
// Rows as in statements-by: statement, text, speaker, speaker_id, kind,
// cue, date, article, article_id, title, published.

// Only the statements that can make the first `limit` (by date) are read
// in full; the order and rows are those of reading them all.
// An entity in many articles has its light rows kept by the mirror.
var kept = headList(params.entity, P.aggStatementsAboutHead, params.limit) || aggregateList(params.entity, P.aggStatementsAbout);
var top = kept ? topKept(kept, true, params.limit, true)
  : topRows(lightStatements(g.V(iri(params.entity)).In(P.mentions)), true, params.limit, true);
var rows = statementRows(nodes(ids(top)));
sortRows(rows, ["-date", "-published", "statement"]);
emitRows(rows, params.limit);
