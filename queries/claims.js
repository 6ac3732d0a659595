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
claims.Tag("claim")
  .Save(P.measure, "measure")
  .SaveOpt(P.quantity, "quantity")
  .SaveOpt(P.qualifier, "qualifier")
  .SaveOpt(P.text, "text")
  .SaveOpt(P.claimant, "claimant")
  .SaveOpt(P.claimantName, "claimant_name")
  .SaveOpt(P.evidence, "evidence")
  .Out(P.isPartOf).Tag("article")
  .SaveOpt(P.identifier, "article_id")
  .SaveOpt(P.headline, "title")
  .SaveOpt(P.datePublished, "published")
  .ForEach(function (d) {
    var c = plain(d.claim), m = plain(d.measure);
    if (seen[c] || (want && m.toLowerCase().indexOf(want) < 0)) { return; }
    seen[c] = true;
    rows.push({
      claim: c, measure: m, quantity: Number(d.quantity), qualifier: plain(d.qualifier),
      text: plain(d.text), claimant: plain(d.claimant), claimant_name: plain(d.claimant_name),
      evidence: plain(d.evidence), article: plain(d.article), article_id: plain(d.article_id),
      title: plain(d.title), published: plain(d.published)
    });
  });
sortRows(rows, ["measure", "published", "claim"]);
emitRows(rows, params.limit);
