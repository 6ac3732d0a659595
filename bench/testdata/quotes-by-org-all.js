// description: Statements by an organization: by the organization itself, by unnamed officials said to belong to it, and by people tied to it (spokespeople, office holders, leaders, members); newest first.
// param: entity entity required  The organization: a name, an alias or an IRI.
// param: limit int(1..1000) 50  Maximum rows.
//
// Rows as in statements-by, plus via: how the statement is tied to the
// organization (speaker, speaker_organization, spokesperson_for, role_in,
// leads or member_of) and person/person_name for people tied to it.

var org = params.entity, light = [], seen = {};

// add keeps each statement once, with the first way it was found. The
// rows are light (id, article, date) until the end.
function add(list, via, person) {
  for (var i = 0; i < list.length; i++) {
    var r = list[i];
    if (seen[r.id]) { continue; }
    seen[r.id] = true;
    r.via = via;
    r.person = person || "";
    light.push(r);
  }
}

// 1. The organization speaks.
add(lightStatements(g.V(iri(org)).In(P.speaker)), "speaker");

// 2. Unnamed officials of the organization: ng:speakerOrganization holds
// the organization as named in the article; match its name and aliases.
var names = values(g.V(iri(org)).Out([P.name, P.alias]));
var strs = [];
for (var i = 0; i < names.length; i++) { strs.push(str(names[i])); }
if (strs.length) {
  add(lightStatements(g.V.apply(g, strs).In(P.speakerOrg)), "speaker_organization");
}

// 3. People tied to it by a relation.
var ties = [["spokesperson_for", P.spokespersonFor], ["role_in", P.roleIn], ["leads", P.leads], ["member_of", P.memberOf]];
// One path per tie reads every tied person's statements; they are added
// person by person in name order.
for (var t = 0; t < ties.length; t++) {
  var people = values(g.V(iri(org)).In(ties[t][1]));
  var byPerson = {};
  var said = lightStatements(nodes(people).Tag("person").In(P.speaker), "person");
  for (var si = 0; si < said.length; si++) {
    (byPerson[said[si].person] = byPerson[said[si].person] || []).push(said[si]);
  }
  for (var p = 0; p < people.length; p++) {
    add(byPerson[people[p]] || [], ties[t][0], people[p]);
  }
}

// Only the statements that can make the first `limit` by date are read in
// full; the order and rows are those of reading them all.
var top = light, how = {};
for (var h = 0; h < top.length; h++) { how[top[h].id] = top[h]; }
var rows = statementRows(nodes(ids(top)));
for (var k = 0; k < rows.length; k++) {
  var w = how[rows[k].statement];
  rows[k].via = w.via;
  rows[k].person = w.person;
  rows[k].person_name = w.person ? entityName(w.person) : "";
}
sortRows(rows, ["-date", "-published", "statement"]);
emitRows(rows, params.limit);
