// description: Titles and roles of a person: stated titles and the role_in, spokesperson_for, leads and member_of relations, with the organization or place and how many articles state each.
// param: entity entity required  The person: a name, an alias or an IRI.
//
// Rows: kind ("title" for a stated title, else the relation's predicate),
// role, organization (IRI, empty for a bare title), organization_name,
// articles, first_seen, last_seen, evidence (one sentence stating it).

var e = params.entity, groups = {}, order = [];
var ROLE_PREDICATES = { role_in: true, spokesperson_for: true, leads: true, member_of: true };

// An entity in many articles has its groups kept by the mirror, in the
// order below.
var keptGroups = aggregateList(e, P.aggRoleGroups);
if (keptGroups) {
  for (var kg = 0; kg < keptGroups.length; kg++) {
    var x = keptGroups[kg];
    order.push(kg);
    groups[kg] = { kind: x[0], role: x[1], organization: x[2], organization_name: entityName(x[2]),
      articles: x[3], first_seen: x[4], last_seen: x[5], evidence: x[6] };
  }
} else {
  // Role relations are picked from light rows (predicate only), ordered
  // by relation IRI (so that which relation's evidence a group shows does
  // not depend on the order the store returns paths in), and read in full
  // in that order.
  var light = relationsOf(e, "s").sort(function (x, y) { return x.id < y.id ? -1 : x.id > y.id ? 1 : 0; });
  var roleIDs = [], at = {};
  for (var li = 0; li < light.length; li++) {
    if (ROLE_PREDICATES[light[li].predicate]) { at[light[li].id] = roleIDs.length; roleIDs.push(light[li].id); }
  }
  var rel = relationRows(nodes(roleIDs));
  rel.sort(function (x, y) { return at[x.relation] - at[y.relation]; });
  for (var i = 0; i < rel.length; i++) {
    var r = rel[i];
    if (!ROLE_PREDICATES[r.predicate]) { continue; }
    var k = r.predicate + "\u0000" + r.role + "\u0000" + r.object;
    var grp = groups[k];
    if (!grp) {
      grp = groups[k] = {
        kind: r.predicate, role: r.role, organization: r.object, organization_name: r.object_name,
        arts: {}, articles: 0, first_seen: r.published, last_seen: r.published, evidence: r.evidence
      };
      order.push(k);
    }
    if (!grp.arts[r.article]) { grp.arts[r.article] = true; grp.articles++; }
    if (r.published && (!grp.first_seen || r.published < grp.first_seen)) { grp.first_seen = r.published; }
    if (r.published > grp.last_seen) { grp.last_seen = r.published; grp.evidence = r.evidence; }
  }
}

var rows = [], covered = {};
for (var j = 0; j < order.length; j++) {
  var gr = groups[order[j]];
  delete gr.arts;
  covered[gr.role.toLowerCase()] = true;
  rows.push(gr);
}

// Stated titles not already shown by a relation.
var titles = values(g.V(iri(e)).Out(P.jobTitle)), bare = [];
for (var t = 0; t < titles.length; t++) {
  if (covered[titles[t].toLowerCase()]) { continue; }
  bare.push({ kind: "title", role: titles[t], organization: "", organization_name: "",
    articles: 0, first_seen: "", last_seen: "", evidence: "" });
}
var ORDER = ["-articles", "-last_seen", "kind", "role", "organization"];
if (keptGroups) {
  // The kept groups come in this order, and every group is in at least
  // one article, so the bare titles (in none) follow them.
  rows = rows.concat(sortRows(bare, ORDER));
} else {
  rows = sortRows(rows.concat(bare), ORDER);
}
emitRows(rows, null);
