// description: Statements by an organization: by the organization itself, by unnamed officials said to belong to it, and by people tied to it (spokespeople, office holders, leaders, members); newest first.
// param: entity entity required  The organization: a name, an alias or an IRI.
// param: limit int(1..1000) 50  Maximum rows.
//
// Rows as in statements-by, plus via: how the statement is tied to the
// organization (speaker, speaker_organization, spokesperson_for, role_in,
// leads or member_of) and person/person_name for people tied to it.

var org = params.entity, top;

// An organization in many articles has its statements, in the order
// below, kept by the mirror (the first 1,000).
var kept = aggregateList(org, P.aggOrgQuotes);
if (kept) {
  top = [];
  for (var kq = 0; kq < kept.length && kq < params.limit; kq++) {
    top.push({ id: kept[kq][0], via: kept[kq][1], person: kept[kq][2] });
  }
} else {
  top = findTop();
}

// findTop returns the statements that can be among the first `limit`,
// each with how it is tied to the organization ({id, via, person}).
function findTop() {
  var cand = [], seen = {};

  // A first pass reads only each candidate statement's id and own date
  // (no type, text or article: on a hub those joins are most of the cost);
  // the candidates that can make the first `limit` are then checked and
  // read in full (below).
  function cheap(path) {
    return path.Tag("id").SaveOpt(P.dateCreated, "date").TagArray();
  }
  // add keeps each statement once, with the first way it was found.
  function add(arr, via, person) {
    for (var i = 0; i < arr.length; i++) {
      var id = plain(arr[i].id);
      if (seen[id]) { continue; }
      seen[id] = true;
      cand.push({ id: id, date: plain(arr[i].date), via: via, person: person || "", n: cand.length });
    }
  }

  // 1. The organization speaks.
  add(cheap(g.V(iri(org)).In(P.speaker)), "speaker");

  // 2. Unnamed officials of the organization: ng:speakerOrganization holds
  // the organization as named in the article; match its name and aliases.
  var names = values(g.V(iri(org)).Out([P.name, P.alias]));
  var strs = [];
  for (var i = 0; i < names.length; i++) { strs.push(str(names[i])); }
  if (strs.length) {
    add(cheap(g.V.apply(g, strs).In(P.speakerOrg)), "speaker_organization");
  }

  // 3. People tied to it by a relation.
  var ties = [["spokesperson_for", P.spokespersonFor], ["role_in", P.roleIn], ["leads", P.leads], ["member_of", P.memberOf]];
  // One path per tie reads every tied person's statements; they are added
  // person by person in name order.
  for (var t = 0; t < ties.length; t++) {
    var people = values(g.V(iri(org)).In(ties[t][1]));
    var byPerson = {};
    var said = cheap(nodes(people).Tag("person").In(P.speaker));
    for (var si = 0; si < said.length; si++) {
      var pn = plain(said[si].person);
      (byPerson[pn] = byPerson[pn] || []).push(said[si]);
    }
    for (var p = 0; p < people.length; p++) {
      add(byPerson[people[p]] || [], ties[t][0], people[p]);
    }
  }

  // checked is the candidates of list that are statements as
  // lightStatements reads them (a quotation with text and an article),
  // each with its ordering key (own date, else its article's date), in a
  // map by id.
  function checked(list) {
    var out = {};
    if (!list.length) { return out; }
    var ok = topRows(lightStatements(nodes(ids(list))), true, null, true);
    for (var i = 0; i < ok.length; i++) { out[ok[i].id] = ok[i]; }
    return out;
  }

  // Candidates without a date of their own are checked now (their key is
  // their article's date); the others are walked newest first and checked
  // in batches until `limit` statements are found, then every candidate
  // dated as the limit-th is checked too. The statements kept are those
  // topRows would keep reading every candidate in full; when fewer than
  // `limit` have a key, every statement is kept, as topRows does.
  var byID = {}, undated = [], dated = [];
  for (var c = 0; c < cand.length; c++) {
    byID[cand[c].id] = cand[c];
    if (cand[c].date) { dated.push(cand[c].date + "\u0000" + c); } else { undated.push(cand[c]); }
  }
  var ok = checked(undated), order = [], keyless = [];
  for (var u = 0; u < undated.length; u++) {
    var v = ok[undated[u].id];
    if (!v) { continue; }
    if (v.key) { order.push(v.key + "\u0000" + undated[u].n); } else { keyless.push(undated[u]); }
  }
  for (var di = 0; di < dated.length; di++) { order.push(dated[di]); }
  order.sort();
  order.reverse();
  function at(k) { return cand[+order[k].slice(order[k].indexOf("\u0000") + 1)]; }
  var top = [], found = 0, next = 0, bound = null;
  while (next < order.length) {
    var batch = [], want = Math.max(params.limit - found, 16);
    while (next < order.length && batch.length < want) { batch.push(at(next)); next++; }
    if (bound !== null) {
      // only ties of the bound are left to check
      var ties2 = [];
      for (var b = 0; b < batch.length; b++) { if (keyOf(batch[b]) >= bound) { ties2.push(batch[b]); } }
      batch = ties2;
    }
    var res = checked(batch);
    for (var r = 0; r < batch.length; r++) {
      var row = res[batch[r].id];
      if (!row) { continue; }
      row.via = batch[r].via;
      row.person = batch[r].person;
      found++;
      if (bound === null || row.key >= bound) { top.push(row); }
      if (bound === null && found === params.limit) { bound = row.key; }
    }
    if (bound !== null && (next >= order.length || keyOf(at(next)) < bound)) { break; }
  }
  function keyOf(x) { return x.date || (ok[x.id] ? ok[x.id].key : ""); }
  if (bound === null) {
    // at most `limit` statements have a key: every statement is shown
    var rest = checked(keyless);
    for (var kl = 0; kl < keyless.length; kl++) {
      var kr = rest[keyless[kl].id];
      if (kr) { kr.via = keyless[kl].via; kr.person = keyless[kl].person; top.push(kr); }
    }
  }
  return top;
}

var how = {};
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
