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
  leads: iri(NG + "leads")
};

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
// come as "<...>", and lose the brackets.
function plain(v) {
  if (v === null || v === undefined) { return ""; }
  if (typeof v === "string" && v.length > 1 && v.charAt(0) === "<" && v.charAt(v.length - 1) === ">") {
    return v.slice(1, -1);
  }
  return v;
}

// nodes starts a path at the given IRIs; an empty list yields nothing
// (g.V() with no arguments would be every node).
function nodes(iris) {
  if (!iris || iris.length === 0) { return g.V(iri(NG + "nothing")); }
  var vs = [];
  for (var i = 0; i < iris.length; i++) { vs.push(iri(iris[i])); }
  return g.V.apply(g, vs);
}

// one is the first value at the end of a path, as plain text ("" if none).
function one(path) { return plain(path.ToValue()); }

// values is the distinct values at the end of a path, sorted.
function values(path) {
  var seen = {}, out = [], arr = path.ToArray();
  for (var i = 0; i < arr.length; i++) {
    var v = plain(arr[i]);
    if (!seen[v]) { seen[v] = true; out.push(v); }
  }
  return out.sort();
}

// entityName and entityType read an entity's canonical name and type.
function entityName(e) {
  return one(g.V(iri(e)).Out(P.name)) || one(g.V(iri(e)).Out(P.headline)) || e;
}
function entityType(e) { return one(g.V(iri(e)).Out(P.entityType)); }

// articleCount is the number of articles mentioning entity e.
function articleCount(e) {
  return g.V(iri(e)).In(P.mentions).Has(P.type, C.article).Unique().Count();
}

// sortRows sorts rows in place by keys; "-key" sorts descending. Missing
// values sort last.
function sortRows(rows, keys) {
  rows.sort(function (a, b) {
    for (var i = 0; i < keys.length; i++) {
      var k = keys[i], dir = 1;
      if (k.charAt(0) === "-") { dir = -1; k = k.slice(1); }
      var x = a[k], y = b[k];
      var xm = (x === undefined || x === null || x === ""), ym = (y === undefined || y === null || y === "");
      if (xm && ym) { continue; }
      if (xm) { return 1; }
      if (ym) { return -1; }
      if (x < y) { return -dir; }
      if (x > y) { return dir; }
    }
    return 0;
  });
  return rows;
}

// emitRows emits the first limit rows (all if limit is null).
function emitRows(rows, limit) {
  var n = (limit === null || limit === undefined) ? rows.length : Math.min(limit, rows.length);
  for (var i = 0; i < n; i++) { g.Emit(rows[i]); }
}

// statementRows reads the quotations at the end of path: one row per
// statement with its text, speaker, dates and article. A statement's date
// falls back to its article's publication date (date_is_default is then
// true, as it is when the writer marked the date as the default).
function statementRows(path) {
  var seen = {}, rows = [];
  path.Has(P.type, C.quotation).Tag("statement")
    .Save(P.text, "text")
    .SaveOpt(P.speakerName, "speaker")
    .SaveOpt(P.speaker, "speaker_id")
    .SaveOpt(P.dateCreated, "date")
    .SaveOpt(P.dateIsDefault, "date_default")
    .SaveOpt(P.kind, "kind")
    .SaveOpt(P.cue, "cue")
    .Out(P.isPartOf).Tag("article")
    .SaveOpt(P.identifier, "article_id")
    .SaveOpt(P.headline, "title")
    .SaveOpt(P.datePublished, "published")
    .ForEach(function (d) {
      var st = plain(d.statement);
      if (seen[st]) { return; }
      seen[st] = true;
      rows.push({
        statement: st, text: plain(d.text), speaker: plain(d.speaker),
        speaker_id: plain(d.speaker_id), kind: plain(d.kind) || "direct",
        cue: plain(d.cue), date: plain(d.date) || plain(d.published),
        date_is_default: !d.date || d.date_default === true,
        article: plain(d.article), article_id: plain(d.article_id),
        title: plain(d.title), published: plain(d.published)
      });
    });
  return rows;
}

// relationRows reads the reified relations at the end of path: one row
// per relation with its ends, role, date, place, evidence and article.
function relationRows(path) {
  var seen = {}, rows = [];
  path.Has(P.type, C.relation).Tag("relation")
    .Save(P.predicate, "predicate")
    .SaveOpt(P.subject, "subject")
    .Save(P.object, "object")
    .SaveOpt(P.roleName, "role")
    .SaveOpt(P.startDate, "date")
    .SaveOpt(P.location, "place")
    .SaveOpt(P.evidence, "evidence")
    .Out(P.isPartOf).Tag("article")
    .SaveOpt(P.identifier, "article_id")
    .SaveOpt(P.headline, "title")
    .SaveOpt(P.datePublished, "published")
    .ForEach(function (d) {
      var r = plain(d.relation);
      if (seen[r]) { return; }
      seen[r] = true;
      var place = plain(d.place);
      rows.push({
        relation: r, predicate: plain(d.predicate),
        subject: plain(d.subject), subject_name: entityName(plain(d.subject)),
        object: plain(d.object), object_name: entityName(plain(d.object)),
        role: plain(d.role), date: plain(d.date), place: place,
        place_name: place ? entityName(place) : "",
        evidence: plain(d.evidence), article: plain(d.article),
        article_id: plain(d.article_id), title: plain(d.title),
        published: plain(d.published)
      });
    });
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
