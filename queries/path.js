// description: The shortest connection between two entities, through articles mentioning them and relations between them (bounded depth); one row per step, drawable on the Visualize page.
// param: from entity required  Where the path starts: a name, an alias or an IRI.
// param: to entity required  Where it ends: a name, an alias or an IRI.
// param: max_depth int(1..8) 4  Maximum number of edges (an article between two entities counts two).
//
// The search is a breadth-first search from both ends at once, always
// growing the smaller side. Nodes are entities and articles; edges are
// schema:mentions (article to entity) and the direct relation edges
// (roleIn, memberOf, attacked, ...) in either direction.
// Rows: step (1..n), source, target (IRIs along the path, from -> to),
// source_label, target_label, source_color, target_color, edge (predicate
// name), forward (true when the graph edge points from source to target).

var EDGES = [["mentions", P.mentions], ["roleIn", P.roleIn], ["memberOf", P.memberOf],
  ["containedInPlace", P.locatedIn], ["attacked", P.attacked], ["struck", P.struck],
  ["metWith", P.metWith], ["spokespersonFor", P.spokespersonFor], ["leads", P.leads]];

// side: visited nodes, each with the step that reached it.
function side(start) {
  var s = { seen: {}, frontier: [start] };
  s.seen[start] = { parent: null };
  return s;
}
var A = side(params.from), B = side(params.to);
var meet = params.from === params.to ? params.from : null;

// expand grows side s by one edge and returns a node also seen by other.
function expand(s, other) {
  var next = [], hit = null;
  function reach(d, edge, forward) {
    var n = plain(d.id), parent = plain(d.parent);
    if (s.seen[n]) { return; }
    s.seen[n] = { parent: parent, edge: edge, forward: forward };
    next.push(n);
    if (!hit && other.seen[n]) { hit = n; }
  }
  for (var i = 0; i < EDGES.length; i++) {
    var name = EDGES[i][0], pred = EDGES[i][1], outs, ins, j, jN;
    if (name === "mentions") {
      // Only articles mention entities in this walk (not quotes). For the
      // articles mentioning the frontier the type is saved and checked
      // here: .Has(P.type, C.article) after .In intersects with every
      // article of the store.
      outs = nodes(s.frontier).Has(P.type, C.article).Tag("parent").Out(pred).TagArray();
      ins = nodes(s.frontier).Tag("parent").In(pred).Save(P.type, "type").TagArray();
    } else {
      outs = nodes(s.frontier).Tag("parent").Out(pred).TagArray();
      ins = nodes(s.frontier).Tag("parent").In(pred).TagArray();
    }
    for (j = 0, jN = outs.length; j < jN; j++) {
      reach(outs[j], name, true);
    }
    for (j = 0, jN = ins.length; j < jN; j++) {
      if (name !== "mentions" || plain(ins[j].type) === ARTICLE) { reach(ins[j], name, false); }
    }
  }
  s.frontier = next;
  return hit;
}

for (var depth = 0; !meet && depth < params.max_depth; depth++) {
  if (A.frontier.length === 0 || B.frontier.length === 0) { break; }
  meet = A.frontier.length <= B.frontier.length ? expand(A, B) : expand(B, A);
}

if (meet) {
  // Walk back from meet to each end.
  var steps = [], n = meet, st;
  while ((st = A.seen[n]).parent !== null) {
    steps.unshift({ source: st.parent, target: n, edge: st.edge, forward: st.forward });
    n = st.parent;
  }
  n = meet;
  while ((st = B.seen[n]).parent !== null) {
    steps.push({ source: n, target: st.parent, edge: st.edge, forward: !st.forward });
    n = st.parent;
  }
  for (var k = 0; k < steps.length; k++) {
    var row = edgeRow(steps[k].source, steps[k].target, 1);
    row.step = k + 1;
    row.edge = steps[k].edge;
    row.forward = steps[k].forward;
    delete row.weight;
    g.Emit(row);
  }
}
