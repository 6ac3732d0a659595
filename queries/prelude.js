// newsgraph prelude: the vocabulary (graph/vocab.go) and the helpers every
// canned query uses. The runner puts it after `var params = {...};` and
// before the query, so a bound query pastes into Cayley's UI as is.
// Gizmo is ES5: no arrow functions, let or template literals.

var RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
var SCHEMA = "http://schema.org/";
var NG = "https://newsgraph.dev/ns#";

// P: predicates.
var P = {
  type: iri(RDF + "type"),
  name: iri(SCHEMA + "name"),
  alias: iri(SCHEMA + "alternateName"),
  key: iri(NG + "key"),
  entityType: iri(NG + "entityType"),
  jobTitle: iri(SCHEMA + "jobTitle"),
  identifier: iri(SCHEMA + "identifier"),
  headline: iri(SCHEMA + "headline"),
  datePublished: iri(SCHEMA + "datePublished"),
  publisher: iri(SCHEMA + "publisher"),
  url: iri(SCHEMA + "url"),
  author: iri(SCHEMA + "author"),
  dateline: iri(NG + "dateline"),
  mentions: iri(SCHEMA + "mentions"),
  mentionOf: iri(NG + "mentionOf"),
  mentionCount: iri(NG + "mentionCount"),
  mentionsDate: iri(NG + "mentionsDate"),
  text: iri(SCHEMA + "text"),
  speaker: iri(SCHEMA + "spokenByCharacter"),
  speakerName: iri(NG + "speakerName"),
  speakerOrg: iri(NG + "speakerOrganization"),
  isPartOf: iri(SCHEMA + "isPartOf"),
  dateCreated: iri(SCHEMA + "dateCreated"),
  dateIsDefault: iri(NG + "dateIsDefault"),
  cue: iri(NG + "cue"),
  kind: iri(NG + "kind"),
  subject: iri(NG + "subject"),
  object: iri(NG + "object"),
  predicate: iri(NG + "predicate"),
  evidence: iri(NG + "evidence"),
  startDate: iri(SCHEMA + "startDate"),
  location: iri(SCHEMA + "location"),
  roleName: iri(SCHEMA + "roleName"),
  measure: iri(NG + "measure"),
  quantity: iri(NG + "quantity"),
  qualifier: iri(NG + "qualifier"),
  claimant: iri(NG + "claimant"),
  claimantName: iri(NG + "claimantName"),
  // Direct edges between a relation's subject and object.
  roleIn: iri(NG + "roleIn"),
  memberOf: iri(SCHEMA + "memberOf"),
  locatedIn: iri(SCHEMA + "containedInPlace"),
  attacked: iri(NG + "attacked"),
  struck: iri(NG + "struck"),
  metWith: iri(NG + "metWith"),
  spokespersonFor: iri(NG + "spokespersonFor"),
  leads: iri(NG + "leads"),
  // Aggregates a memstore mirror keeps for entities in many articles
  // (graph/aggregates.go); absent elsewhere.
  aggArticles: iri(NG + "articleCount"),
  aggMentions: iri(NG + "mentionTotal"),
  aggStatements: iri(NG + "statementCount"),
  aggFirstSeen: iri(NG + "firstSeen"),
  aggLastSeen: iri(NG + "lastSeen"),
  aggCoMentions: iri(NG + "coMentions"),
  aggCoMentionPairs: iri(NG + "coMentionPairs"),
  aggStatementsBy: iri(NG + "statementsBy"),
  aggStatementsAbout: iri(NG + "statementsAbout"),
  aggRelations: iri(NG + "relationsOf"),
  aggArticlesOf: iri(NG + "articlesOf"),
  aggQuoteEdges: iri(NG + "quoteEdges"),
  aggOrgQuotes: iri(NG + "orgQuotes"),
  aggAttackEdges: iri(NG + "attackEdges"),
  aggAttacksOn: iri(NG + "attacksOn"),
  aggRoleGroups: iri(NG + "roleGroups"),
  aggTimeline: iri(NG + "timeline"),
  aggArticlesOfHead: iri(NG + "articlesOfHead"),
  aggAttacksOnHead: iri(NG + "attacksOnHead"),
  aggStrikesByHead: iri(NG + "strikesByHead"),
  aggTimelineHead: iri(NG + "timelineHead"),
  aggStatementsByHead: iri(NG + "statementsByHead"),
  aggStatementsAboutHead: iri(NG + "statementsAboutHead"),
  aggIndexedKey: iri(NG + "indexedKey"),
  aggIndexedMeasure: iri(NG + "indexedMeasure"),
  aggMeasureName: iri(NG + "measureName"),
  aggMeasureClaims: iri(NG + "measureClaims"),
  // Row cards a mirror keeps on every quotation and relation
  // (graph/cards.go).
  aggStatementRow: iri(NG + "statementRow"),
  aggRelationRow: iri(NG + "relationRow")
};
// KEY_INDEX and MEASURE_INDEX: the nodes a mirror's indexes of entity
// keys and claim measures hang from.
var KEY_INDEX = iri(NG + "keyIndex"), MEASURE_INDEX = iri(NG + "measureIndex");

// C: classes.
var C = {
  article: iri(SCHEMA + "NewsArticle"),
  quotation: iri(SCHEMA + "Quotation"),
  relation: iri(NG + "Relation"),
  claim: iri(NG + "Claim"),
  mention: iri(NG + "Mention")
};

// RELATION_EDGES: every direct entity-to-entity edge.
var RELATION_EDGES = [P.roleIn, P.memberOf, P.locatedIn, P.attacked, P.struck,
  P.metWith, P.spokespersonFor, P.leads];

// COLORS: node colour by entity type, for the Visualize page.
var COLORS = {
  PERSON: "#1f77b4", ORG: "#ff7f0e", GPE: "#2ca02c", LOCATION: "#8c564b",
  FACILITY: "#d62728", EVENT: "#9467bd", ARTICLE: "#7f7f7f"
};

// plain returns a value from a tag map or ToArray as plain text: IRIs
// come as "<...>", and lose the brackets. (It reads characters by index:
// the goja Cayley uses parses every named property of a string, such as
// length or charAt, as a number first, and allocates the failure; plain
// runs thousands of times per request.)
function plain(v) {
  if (typeof v !== "string") { return (v === null || v === undefined) ? "" : v; }
  if (v[0] !== "<") { return v; }
  var n = v.length;
  return n > 1 && v[n - 1] === ">" ? v.slice(1, -1) : v;
}

// nodes starts a path at the given IRIs; an empty list yields nothing
// (g.V() with no arguments would be every node).
function nodes(iris) {
  if (!iris || iris.length === 0) { return g.V(iri(NG + "nothing")); }
  var vs = [];
  for (var i = 0, iN = iris.length; i < iN; i++) { vs.push(iri(iris[i])); }
  return g.V.apply(g, vs);
}

// countEnds counts the values at the ends of path (ToArray: one call, no
// callback per path) and returns { keys: distinct values as plain text,
// in first-seen order, n: count per value }.
function countEnds(path) {
  var raw = path.ToArray(), n = {}, order = [];
  for (var i = 0, iN = raw.length; i < iN; i++) {
    var v = raw[i];
    if (n[v] === undefined) { n[v] = 0; order.push(v); }
    n[v]++;
  }
  var out = { keys: [], n: {} };
  for (var j = 0, jN = order.length; j < jN; j++) {
    var k = plain(order[j]);
    out.keys.push(k);
    out.n[k] = (out.n[k] || 0) + n[order[j]];
  }
  return out;
}

// topByCount returns the rows (in their order) whose numeric field is
// among the limit highest, keeping every row tied with the limit-th, so
// that sorting them by (-field, ...) and taking limit gives what sorting
// all rows would. Sorting thousands of rows with a JavaScript comparator
// is what made co-mentions slow for entities in thousands of articles.
function topByCount(rows, field, limit) {
  if (rows.length <= limit) { return rows; }
  var hist = {}, vals = [];
  for (var i = 0, iN = rows.length; i < iN; i++) {
    var v = rows[i][field];
    if (hist[v] === undefined) { hist[v] = 0; vals.push(v); }
    hist[v]++;
  }
  vals.sort(function (a, b) { return b - a; });
  var seen = 0, bound = vals[vals.length - 1];
  for (var j = 0, jN = vals.length; j < jN; j++) {
    seen += hist[vals[j]];
    if (seen >= limit) { bound = vals[j]; break; }
  }
  var out = [];
  for (var k = 0, kN = rows.length; k < kN; k++) {
    if (rows[k][field] >= bound) { out.push(rows[k]); }
  }
  return out;
}

// nodesOf is the IRIs as values for g.V or Is (iri() each).
function nodesOf(iris) {
  var vs = [];
  for (var i = 0, iN = iris.length; i < iN; i++) { vs.push(iri(iris[i])); }
  return vs;
}

// one is the first value at the end of a path, as plain text ("" if none).
function one(path) { return plain(path.ToValue()); }

// values is the distinct values at the end of a path, sorted.
function values(path) {
  var seen = {}, out = [], arr = path.ToArray();
  for (var i = 0, iN = arr.length; i < iN; i++) {
    var v = plain(arr[i]);
    if (!seen[v]) { seen[v] = true; out.push(v); }
  }
  return out.sort();
}

// entityName and entityType read an entity's canonical name and type
// (remembered for the rest of the run: a query often names the same
// entity on many rows).
var NAMES = {}, TYPES = {};
function entityName(e) {
  if (NAMES[e] === undefined) {
    NAMES[e] = one(g.V(iri(e)).Out(P.name)) || one(g.V(iri(e)).Out(P.headline)) || e;
  }
  return NAMES[e];
}
function entityType(e) {
  if (TYPES[e] === undefined) { TYPES[e] = one(g.V(iri(e)).Out(P.entityType)); }
  return TYPES[e];
}

// aggregate is entity e's aggregate pred (a P.agg* predicate) as the
// mirror keeps it, or null when the store keeps none for e: the query
// then counts for itself, with the same result. aggregateList parses the
// JSON lists (P.aggCoMentions, P.aggCoMentionPairs).
function aggregate(e, pred) {
  var v = g.V(iri(e)).Out(pred).ToValue();
  return (v === null || v === undefined) ? null : v;
}
function aggregateList(e, pred) {
  var v = aggregate(e, pred);
  return v === null ? null : JSON.parse(v);
}
// headList is the entries of the head pred of entity e's list when it
// covers limit rows, else null. A head ([rows covered, entries]) holds
// the entries that can be among the list's first rows, so that a short
// answer does not parse a hub's whole list (graph.DefaultHeadRows).
function headList(e, pred, limit) {
  var h = aggregateList(e, pred);
  return h !== null && limit <= h[0] ? h[1] : null;
}

// articleCount is the number of articles mentioning entity e.
function articleCount(e) {
  var n = aggregate(e, P.aggArticles);
  if (n !== null) { return Number(n); }
  return g.V(iri(e)).In(P.mentions).Has(P.type, C.article).Unique().Count();
}

// sortRows sorts rows in place by keys; "-key" sorts descending. Missing
// values sort last. When every key is ascending text or a whole number,
// each row gets one text key and the engine sorts those without a
// JavaScript comparator (sortByText); otherwise each row's keys are read
// once and a comparator sorts them (in goja a property read by a name
// held in a variable costs about a microsecond, too much to do in every
// comparison).
function sortRows(rows, keys) {
  var names = [], dirs = [], n = keys.length;
  for (var i = 0; i < n; i++) {
    var k = keys[i];
    if (k.charAt(0) === "-") { dirs.push(-1); names.push(k.slice(1)); } else { dirs.push(1); names.push(k); }
  }
  var dec = [];
  for (var r = 0, rN = rows.length; r < rN; r++) {
    var vals = [];
    for (var j = 0; j < n; j++) {
      var v = rows[r][names[j]];
      vals.push((v === undefined || v === null || v === "") ? null : v);
    }
    dec.push({ v: vals, row: rows[r] });
  }
  if (!sortByText(dec, dirs)) {
    dec.sort(function (a, b) {
      var av = a.v, bv = b.v;
      for (var i = 0; i < n; i++) {
        var x = av[i], y = bv[i];
        if (x === y) { continue; }
        if (x === null) { return 1; }
        if (y === null) { return -1; }
        if (x < y) { return -dirs[i]; }
        if (x > y) { return dirs[i]; }
      }
      return 0;
    });
  }
  for (var d = 0, dN = dec.length; d < dN; d++) { rows[d] = dec[d].row; }
  return rows;
}

// sortByText sorts dec (from sortRows) by one text key per row when every
// column is ascending text or a whole number from 0 to 1e14, and reports
// whether it could. Fields are joined with U+0001 (lower than any
// character they may hold, so a prefix sorts first); a missing value is
// U+10FFFF (after any: goja orders strings by code point); numbers are
// padded to 15 digits (descending ones subtracted from 1e14 first). A text
// holding U+0000, U+0001 or U+10FFFF cannot be keyed: each row's key is
// checked once, by splitting it on U+0001 and looking for the other two
// (a few calls per row: in goja each string method call costs about a
// microsecond, a regular expression's test() about ten).
var TEXT_KEY_MISSING = "\udbff\udfff";
function sortByText(dec, dirs) {
  var n = dirs.length, kinds = [], keyed = [];
  for (var r = 0, rN = dec.length; r < rN; r++) {
    var vals = dec[r].v, parts = [];
    for (var i = 0; i < n; i++) {
      var v = vals[i];
      if (v === null) { parts[i] = TEXT_KEY_MISSING; continue; }
      var kind = typeof v;
      if (kinds[i] === undefined) { kinds[i] = kind; } else if (kinds[i] !== kind) { return false; }
      if (kind === "number") {
        if (v < 0 || v > 1e14 || v !== Math.floor(v)) { return false; }
        var digits = String(dirs[i] > 0 ? v : 1e14 - v);
        parts[i] = "000000000000000".slice(digits.length) + digits;
      } else if (kind === "string" && dirs[i] > 0) {
        parts[i] = v;
      } else {
        return false;
      }
    }
    var key = parts.join("\u0001");
    if (key.indexOf("\u0000") >= 0 || key.split("\u0001").length !== n) { return false; }
    if (key.indexOf(TEXT_KEY_MISSING) >= 0) {
      // Only the missing values may hold it.
      for (var m = 0; m < n; m++) {
        if (vals[m] !== null && typeof vals[m] === "string" && vals[m].indexOf(TEXT_KEY_MISSING) >= 0) { return false; }
      }
    }
    keyed[r] = key + "\u0000" + r;
  }
  keyed.sort();
  var out = [];
  for (var k = 0, kN = keyed.length; k < kN; k++) {
    var kk = keyed[k];
    out[k] = dec[+kk.slice(kk.lastIndexOf("\u0000") + 1)];
  }
  for (var o = 0, oN = out.length; o < oN; o++) { dec[o] = out[o]; }
  return true;
}

// emitRows emits the first limit rows (all if limit is null).
function emitRows(rows, limit) {
  var n = (limit === null || limit === undefined) ? rows.length : Math.min(limit, rows.length);
  for (var i = 0; i < n; i++) { g.Emit(rows[i]); }
}

// articleInfo returns, for each article IRI of arts, its article_id,
// title and published date (empty strings for what it lacks), reading each
// article once. Joining articles this way, instead of continuing a path
// with .Out(P.isPartOf), keeps Cayley from intersecting with every
// isPartOf quad of the store.
function articleInfo(arts) {
  var info = {}, todo = [];
  for (var i = 0, iN = arts.length; i < iN; i++) {
    var a = arts[i];
    if (a && !info[a]) { info[a] = { article_id: "", title: "", published: "", read: false }; todo.push(a); }
  }
  if (todo.length === 0) { return info; }
  var arr = nodes(todo).Tag("article")
    .SaveOpt(P.identifier, "article_id")
    .SaveOpt(P.headline, "title")
    .SaveOpt(P.datePublished, "published")
    .TagArray();
  for (var j = 0, jN = arr.length; j < jN; j++) {
    var d = arr[j], x = info[plain(d.article)];
    if (!x || x.read) { continue; }
    x.read = true;
    x.article_id = plain(d.article_id);
    x.title = plain(d.title);
    x.published = plain(d.published);
  }
  return info;
}

// lightStatements and lightRelations read, for the statements or
// relations at the end of path (the same ones statementRows and
// relationRows would return), only what ordering needs: id, article,
// own date (statement: schema:dateCreated; relation: schema:startDate)
// and, for relations, the predicate. topRows then picks the few that can
// be shown, and only those are read in full.
var QUOTATION = SCHEMA + "Quotation", RELATION = NG + "Relation", ARTICLE = SCHEMA + "NewsArticle";
// With tag, each row also gets the value of that tag of the path, and a
// statement is kept once per value.
function lightStatements(path, tag) {
  var seen = {}, rows = [];
  // The type is saved and checked here rather than filtered with .Has:
  // on memstore .Has(P.type, C.quotation) intersects with every quotation.
  var arr = path.Has(P.text).Tag("id").Save(P.type, "type")
    .Save(P.isPartOf, "article").SaveOpt(P.dateCreated, "date").TagArray();
  for (var i = 0, iN = arr.length; i < iN; i++) {
    var id = plain(arr[i].id), t = tag ? plain(arr[i][tag]) : "", k = id + " " + t;
    if (seen[k] || plain(arr[i].type) !== QUOTATION) { continue; }
    seen[k] = true;
    var row = { id: id, article: plain(arr[i].article), date: plain(arr[i].date) };
    if (tag) { row[tag] = t; }
    rows.push(row);
  }
  return rows;
}
function lightRelations(path) {
  var seen = {}, rows = [];
  var arr = path.Has(P.object).Tag("id").Save(P.type, "type")
    .Save(P.predicate, "predicate").Save(P.isPartOf, "article").SaveOpt(P.startDate, "date").TagArray();
  for (var i = 0, iN = arr.length; i < iN; i++) {
    var id = plain(arr[i].id);
    if (seen[id] || plain(arr[i].type) !== RELATION) { continue; }
    seen[id] = true;
    rows.push({ id: id, article: plain(arr[i].article), date: plain(arr[i].date), predicate: plain(arr[i].predicate) });
  }
  return rows;
}

// relationsOf returns the light rows of the relations entity e is the
// subject ("s" in places), object ("o") or location ("l") of, read as
// lightRelations reads them. keptRelations is the same rows from the
// mirror's aggregates when it keeps them for e (else null).
function relationsOf(e, places) {
  var preds = [], by = { s: P.subject, o: P.object, l: P.location };
  for (var i = 0, iN = places.length; i < iN; i++) { preds.push(by[places.charAt(i)]); }
  return lightRelations(g.V(iri(e)).In(preds));
}
function keptRelations(e, places) {
  var list = aggregateList(e, P.aggRelations);
  if (list === null) { return null; }
  var rows = [];
  for (var i = 0, iN = list.length; i < iN; i++) {
    var x = list[i], at = false;
    for (var j = 0; j < x[5].length && !at; j++) { at = places.indexOf(x[5].charAt(j)) >= 0; }
    if (at) { rows.push({ id: x[0], article: x[1], date: x[2], predicate: x[3] }); }
  }
  return rows;
}

// topKept is topRows over an aggregate list (P.aggStatementsBy,
// P.aggStatementsAbout, P.aggRelations, P.aggAttacksOn: entries
// [id, article, date, published] for statements, [id, article, date,
// predicate, published(, places)] for relations) without making a row of
// every entry: keep(key, date, predicate, places, isRelation), when given,
// picks the entries to consider, and only the rows topRows would return
// are made ({id, article, date, key, predicate, relation}).
function topKept(list, desc, limit, fallback, keep) {
  var idx = [], rowKeys = [], keys = [];
  for (var i = 0, iN = list.length; i < iN; i++) {
    var x = list[i], rel = x.length > 4, key = x[2] || (fallback ? (rel ? x[4] : x[3]) : "");
    if (keep && !keep(key, x[2], rel ? x[3] : "", x.length > 5 ? x[5] : "", rel)) { continue; }
    idx.push(i);
    rowKeys.push(key);
    if (key) { keys.push(key); }
  }
  var bound = null;
  if (limit !== null && limit !== undefined && keys.length > limit) {
    keys.sort();
    if (desc) { keys.reverse(); }
    bound = keys[limit - 1];
  }
  var out = [];
  for (var j = 0, jN = idx.length; j < jN; j++) {
    var k = rowKeys[j];
    if (bound !== null && !(k && (desc ? k >= bound : k <= bound))) { continue; }
    var y = list[idx[j]], isRel = y.length > 4;
    out.push({ id: y[0], article: y[1], date: y[2], key: k, predicate: isRel ? y[3] : "", relation: isRel });
  }
  return out;
}

// topRows returns the light rows that can be among the first limit rows
// of a sort whose first key is the row's date (descending when desc),
// missing dates last: every dated row at least as early (or late) as the
// limit-th, or every row when fewer are dated. With fallback, a row
// without a date of its own takes its article's publication date (as
// statementRows does). Each row gets .key, the date it is ordered by. A
// null limit keeps every row.
function topRows(rows, desc, limit, fallback) {
  var need = [];
  for (var i = 0, iN = rows.length; i < iN; i++) {
    if (fallback && !rows[i].date) { need.push(rows[i].article); }
  }
  var info = articleInfo(need);
  var keys = [];
  for (var j = 0, jN = rows.length; j < jN; j++) {
    var r = rows[j];
    r.key = r.date || (fallback && info[r.article] ? info[r.article].published : "");
    if (r.key) { keys.push(r.key); }
  }
  if (limit === null || limit === undefined || keys.length <= limit) { return rows; }
  keys.sort();
  if (desc) { keys.reverse(); }
  var bound = keys[limit - 1], out = [];
  for (var k = 0, kN = rows.length; k < kN; k++) {
    var key = rows[k].key;
    if (key && (desc ? key >= bound : key <= bound)) { out.push(rows[k]); }
  }
  return out;
}

// ids is the id of each light row.
function ids(rows) {
  var out = [];
  for (var i = 0, iN = rows.length; i < iN; i++) { out.push(rows[i].id); }
  return out;
}

// cardRows reads the row cards (pred: P.aggStatementRow or
// P.aggRelationRow) a mirror keeps for the nodes at the end of path
// (graph/cards.go): the row statementRows or relationRows would build, as
// JSON, all parsed at once. It returns { rows: one per node with a card,
// rest: the path without those nodes }, which the caller reads from the
// graph as before (every node, where the store keeps no cards).
function cardRows(path, pred) {
  var arr = path.Tag("node").Out(pred).TagArray(), texts = [], got = [], seen = {};
  for (var i = 0, iN = arr.length; i < iN; i++) {
    var n = plain(arr[i].node);
    if (seen[n]) { continue; }
    seen[n] = true;
    texts.push(arr[i].id);
    got.push(n);
  }
  if (got.length === 0) { return { rows: [], rest: path }; }
  return { rows: JSON.parse("[" + texts.join(",") + "]"), rest: path.Except(nodes(got)) };
}

// statementRows reads the quotations at the end of path: one row per
// statement with its text, speaker, dates and article. A statement's date
// falls back to its article's publication date (date_is_default is then
// true, as it is when the writer marked the date as the default).
function statementRows(path) {
  var carded = cardRows(path, P.aggStatementRow), rows = carded.rows;
  var seen = {}, list = [], arts = [];
  for (var c = 0, cN = rows.length; c < cN; c++) { seen[rows[c].statement] = true; }
  var arr = carded.rest.Tag("statement")
    .Save(P.type, "type")
    .Save(P.text, "text")
    .Save(P.isPartOf, "article")
    .SaveOpt(P.speakerName, "speaker")
    .SaveOpt(P.speaker, "speaker_id")
    .SaveOpt(P.dateCreated, "date")
    .SaveOpt(P.dateIsDefault, "date_default")
    .SaveOpt(P.kind, "kind")
    .SaveOpt(P.cue, "cue")
    .TagArray();
  for (var i = 0, iN = arr.length; i < iN; i++) {
    var st = plain(arr[i].statement);
    if (seen[st] || plain(arr[i].type) !== QUOTATION) { continue; }
    seen[st] = true;
    list.push(arr[i]);
    arts.push(plain(arr[i].article));
  }
  var info = articleInfo(arts);
  for (var j = 0, jN = list.length; j < jN; j++) {
    var d = list[j], a = info[plain(d.article)];
    rows.push({
      statement: plain(d.statement), text: plain(d.text), speaker: plain(d.speaker),
      speaker_id: plain(d.speaker_id), kind: plain(d.kind) || "direct",
      cue: plain(d.cue), date: plain(d.date) || a.published,
      date_is_default: !d.date || d.date_default === true,
      article: plain(d.article), article_id: a.article_id,
      title: a.title, published: a.published
    });
  }
  return rows;
}

// relationRows reads the reified relations at the end of path: one row
// per relation with its ends, role, date, place, evidence and article.
function relationRows(path) {
  var carded = cardRows(path, P.aggRelationRow), rows = carded.rows;
  var seen = {}, list = [], arts = [];
  for (var c = 0, cN = rows.length; c < cN; c++) {
    var cr = rows[c];
    seen[cr.relation] = true;
    cr.subject_name = entityName(cr.subject);
    cr.object_name = entityName(cr.object);
    cr.place_name = cr.place ? entityName(cr.place) : "";
  }
  var arr = carded.rest.Has(P.type, C.relation).Tag("relation")
    .Save(P.predicate, "predicate")
    .SaveOpt(P.subject, "subject")
    .Save(P.object, "object")
    .Save(P.isPartOf, "article")
    .SaveOpt(P.roleName, "role")
    .SaveOpt(P.startDate, "date")
    .SaveOpt(P.location, "place")
    .SaveOpt(P.evidence, "evidence")
    .TagArray();
  for (var i = 0, iN = arr.length; i < iN; i++) {
    var r = plain(arr[i].relation);
    if (seen[r]) { continue; }
    seen[r] = true;
    list.push(arr[i]);
    arts.push(plain(arr[i].article));
  }
  var info = articleInfo(arts);
  for (var j = 0, jN = list.length; j < jN; j++) {
    var d = list[j], a = info[plain(d.article)], place = plain(d.place);
    rows.push({
      relation: plain(d.relation), predicate: plain(d.predicate),
      subject: plain(d.subject), subject_name: entityName(plain(d.subject)),
      object: plain(d.object), object_name: entityName(plain(d.object)),
      role: plain(d.role), date: plain(d.date), place: place,
      place_name: place ? entityName(place) : "",
      evidence: plain(d.evidence), article: plain(d.article),
      article_id: a.article_id, title: a.title, published: a.published
    });
  }
  return rows;
}

// edgeRow is one row for Cayley's Visualize page: an edge from entity
// (or article) a to b, labelled and coloured by type.
function edgeRow(a, b, weight) {
  var ta = entityType(a) || "ARTICLE", tb = entityType(b) || "ARTICLE";
  return {
    source: a, target: b,
    source_label: entityName(a), target_label: entityName(b),
    source_color: COLORS[ta] || "#7f7f7f", target_color: COLORS[tb] || "#7f7f7f",
    weight: weight
  };
}
