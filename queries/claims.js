// description: Numeric claims about a measure across sources (how many, how much), with who claims it and where; grouped by measure, oldest first.
// param: measure string -  Text the measure contains, case-insensitive (e.g. "troops"); every claim when empty.
// param: limit int(1..1000) 100  Maximum rows.
//
// Rows: claim (IRI), measure, quantity, qualifier, text (the number as
// written), claimant (IRI, empty if unresolved), claimant_name (empty when
// the article itself makes the claim), evidence, article, article_id,
// title, published.

var want = params.measure ? params.measure.toLowerCase() : "";
var re = want ? "(?i)" + want.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : "";
var rows = [], seen = {}, kept = [], arts = [];

// read reads the claims at the end of path. Articles are read once each
// (articleInfo) rather than joined by .Out(P.isPartOf), which intersects
// with every isPartOf quad.
function read(path) {
  return path.Tag("claim")
    .Save(P.measure, "measure")
    .Save(P.isPartOf, "article")
    .SaveOpt(P.quantity, "quantity")
    .SaveOpt(P.qualifier, "qualifier")
    .SaveOpt(P.text, "text")
    .SaveOpt(P.claimant, "claimant")
    .SaveOpt(P.claimantName, "claimant_name")
    .SaveOpt(P.evidence, "evidence")
    .TagArray();
}

if (g.V(MEASURE_INDEX).Out(P.aggIndexedMeasure).ToValue() !== null) {
  // A mirror keeps every measure with its claims in order (graph/
  // indexes.go): walk the matching measures in order and take the first
  // `limit` claims.
  var names = g.V(MEASURE_INDEX).Out(P.aggIndexedMeasure).Tag("node").Out(P.aggMeasureName);
  var named = (re ? names.Filter(regex(re)) : names).TagArray(), ms = [];
  for (var ni = 0; ni < named.length; ni++) {
    var mn = plain(named[ni].id);
    if (want && mn.toLowerCase().indexOf(want) < 0) { continue; }
    ms.push({ m: mn, node: plain(named[ni].node) });
  }
  ms.sort(function (x, y) { return x.m < y.m ? -1 : x.m > y.m ? 1 : 0; });
  var pick = [];
  for (var mi = 0; mi < ms.length && pick.length < params.limit; mi++) {
    var list = JSON.parse(one(g.V(iri(ms[mi].node)).Out(P.aggMeasureClaims)));
    for (var li = 0; li < list.length && pick.length < params.limit; li++) { pick.push(list[li][0]); }
  }
  var got = read(nodes(pick));
  for (var gi = 0; gi < got.length; gi++) {
    var gc = plain(got[gi].claim);
    if (seen[gc]) { continue; }
    seen[gc] = true;
    kept.push(got[gi]);
    arts.push(plain(got[gi].article));
  }
} else {
  // With a measure, the matching measures are found by a regexp in Go and
  // only their claims reach the script.
  var claims = g.V().Has(P.type, C.claim);
  if (want) {
    claims = claims.Out(P.measure).Unique().Filter(regex(re)).In(P.measure).Has(P.type, C.claim).Unique();
  }
  var found = read(claims);
  var all = [], perMeasure = {}, measures = [];
  for (var i = 0; i < found.length; i++) {
    var d = found[i], c = plain(d.claim), m = plain(d.measure);
    if (seen[c] || (want && m.toLowerCase().indexOf(want) < 0)) { continue; }
    seen[c] = true;
    all.push(d);
    if (perMeasure[m] === undefined) { perMeasure[m] = 0; measures.push(m); }
    perMeasure[m]++;
  }
  // Rows sort by measure first: only the measures that can make the first
  // `limit` rows are read further and sorted.
  measures.sort();
  var bound = measures.length ? measures[measures.length - 1] : "", upTo = 0;
  for (var bi = 0; bi < measures.length; bi++) {
    upTo += perMeasure[measures[bi]];
    if (upTo >= params.limit) { bound = measures[bi]; break; }
  }
  for (var ki = 0; ki < all.length; ki++) {
    if (plain(all[ki].measure) <= bound) { kept.push(all[ki]); arts.push(plain(all[ki].article)); }
  }
}
var info = articleInfo(arts);
for (var j = 0; j < kept.length; j++) {
  var k = kept[j], a = info[plain(k.article)];
  rows.push({
    claim: plain(k.claim), measure: plain(k.measure), quantity: Number(k.quantity), qualifier: plain(k.qualifier),
    text: plain(k.text), claimant: plain(k.claimant), claimant_name: plain(k.claimant_name),
    evidence: plain(k.evidence), article: plain(k.article), article_id: a.article_id,
    title: a.title, published: a.published
  });
}
sortRows(rows, ["measure", "published", "claim"]);
emitRows(rows, params.limit);
