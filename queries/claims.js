// description: Numeric claims about a measure across sources (how many, how much), with who claims it and where; grouped by measure, oldest first.
// param: measure string -  Text the measure contains, case-insensitive (e.g. "troops"); every claim when empty.
// param: limit int(1..1000) 100  Maximum rows.
//
// Rows: claim (IRI), measure, quantity, qualifier, text (the number as
// written), claimant (IRI, empty if unresolved), claimant_name (empty when
// the article itself makes the claim), evidence, article, article_id,
// title, published.

var want = params.measure ? params.measure.toLowerCase() : "";
var rows = [], seen = {};
// With a measure, the matching measures are found by a regexp in Go and
// only their claims reach the script.
var claims = g.V().Has(P.type, C.claim);
if (want) {
  var re = "(?i)" + want.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  claims = claims.Out(P.measure).Unique().Filter(regex(re)).In(P.measure).Has(P.type, C.claim).Unique();
}
// Articles are read once each (articleInfo) rather than joined by
// .Out(P.isPartOf), which intersects with every isPartOf quad.
var found = claims.Tag("claim")
  .Save(P.measure, "measure")
  .Save(P.isPartOf, "article")
  .SaveOpt(P.quantity, "quantity")
  .SaveOpt(P.qualifier, "qualifier")
  .SaveOpt(P.text, "text")
  .SaveOpt(P.claimant, "claimant")
  .SaveOpt(P.claimantName, "claimant_name")
  .SaveOpt(P.evidence, "evidence")
  .TagArray();
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
for (var mi = 0; mi < measures.length; mi++) {
  upTo += perMeasure[measures[mi]];
  if (upTo >= params.limit) { bound = measures[mi]; break; }
}
var kept = [], arts = [];
for (var ki = 0; ki < all.length; ki++) {
  if (plain(all[ki].measure) <= bound) { kept.push(all[ki]); arts.push(plain(all[ki].article)); }
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
