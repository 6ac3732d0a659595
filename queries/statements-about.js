// description: Statements whose words mention an entity, whoever said them; newest first.
// param: entity entity required  The entity mentioned: a name, an alias or an IRI.
// param: limit int(1..1000) 50  Maximum rows.
//
// Rows as in statements-by: statement, text, speaker, speaker_id, kind,
// cue, date, article, article_id, title, published.

var rows = statementRows(g.V(iri(params.entity)).In(P.mentions));
sortRows(rows, ["-date", "-published", "statement"]);
emitRows(rows, params.limit);
