package report

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"
)

// Network is the picture of the strongest relations and co-mentions:
// nodes placed by a force-directed layout, labels moved apart so that
// none overlaps another.
type Network struct {
	Width, Height float64 // the SVG viewBox is 0 0 Width Height
	Nodes         []*NetNode
	Edges         []*NetEdge
}

// NetNode is one entity of the picture.
type NetNode struct {
	ID, Name, Type string
	Mentions       int
	X, Y, R        float64
	// The label's box: text starts at LX, baseline LY.
	LX, LY, LW, LH float64
}

// NetEdge joins two nodes: relations stated between them (Predicates,
// Relations) and the articles mentioning both (CoArticles).
type NetEdge struct {
	Source, Target *NetNode
	Predicates     []string
	Relations      int
	CoArticles     int
	Articles       []string // articles behind the edge
}

// Weight ranks edges: a stated relation counts three shared articles.
func (e *NetEdge) Weight() float64 { return float64(3*e.Relations + e.CoArticles) }

// Label font metrics used to size label boxes; generous so that the
// browser's real text fits inside them.
const (
	labelFont      = 12.0
	labelCharWidth = 0.66 * labelFont
	labelHeight    = labelFont + 4
)

func buildNetwork(r *Report, maxNodes, maxEdges int) *Network {
	cand := map[string]*NetNode{}
	var order []*NetNode
	for _, e := range r.Entities {
		if len(order) == maxNodes {
			break
		}
		n := &NetNode{ID: e.ID, Name: e.Name, Type: e.Type, Mentions: e.Mentions}
		cand[e.ID] = n
		order = append(order, n)
	}
	edges := map[[2]string]*NetEdge{}
	get := func(a, b string) *NetEdge {
		if a > b {
			a, b = b, a
		}
		k := [2]string{a, b}
		if edges[k] == nil {
			edges[k] = &NetEdge{Source: cand[a], Target: cand[b]}
		}
		return edges[k]
	}
	for _, rel := range r.Relations {
		if cand[rel.SourceID] == nil || cand[rel.TargetID] == nil || rel.SourceID == rel.TargetID {
			continue
		}
		e := get(rel.SourceID, rel.TargetID)
		e.Relations++
		if !contains(e.Predicates, rel.Predicate) {
			e.Predicates = append(e.Predicates, rel.Predicate)
		}
		if !contains(e.Articles, rel.Article) {
			e.Articles = append(e.Articles, rel.Article)
		}
	}
	for _, cm := range r.CoMentions {
		if cand[cm.SourceID] == nil || cand[cm.TargetID] == nil {
			continue
		}
		e := get(cm.SourceID, cm.TargetID)
		e.CoArticles = len(cm.Articles)
		for _, a := range cm.Articles {
			if !contains(e.Articles, a) {
				e.Articles = append(e.Articles, a)
			}
		}
	}
	all := make([]*NetEdge, 0, len(edges))
	for _, e := range edges {
		sort.Strings(e.Articles)
		sort.Strings(e.Predicates)
		all = append(all, e)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Weight() != all[j].Weight() {
			return all[i].Weight() > all[j].Weight()
		}
		if all[i].Source.ID != all[j].Source.ID {
			return all[i].Source.ID < all[j].Source.ID
		}
		return all[i].Target.ID < all[j].Target.ID
	})
	// Every stated relation, then each node's two strongest edges, then
	// the strongest of the rest, up to maxEdges.
	picked := map[*NetEdge]bool{}
	var chosen []*NetEdge
	pick := func(e *NetEdge) {
		if !picked[e] && len(chosen) < maxEdges {
			picked[e] = true
			chosen = append(chosen, e)
		}
	}
	for _, e := range all {
		if e.Relations > 0 {
			pick(e)
		}
	}
	deg := map[*NetNode]int{}
	for _, e := range all {
		if deg[e.Source] < 2 || deg[e.Target] < 2 {
			pick(e)
			deg[e.Source]++
			deg[e.Target]++
		}
	}
	for _, e := range all {
		pick(e)
	}
	used := map[*NetNode]bool{}
	for _, e := range chosen {
		used[e.Source], used[e.Target] = true, true
	}
	net := &Network{Edges: chosen}
	for _, n := range order {
		if used[n] {
			net.Nodes = append(net.Nodes, n)
		}
	}
	net.layout()
	return net
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// layout places the nodes with Fruchterman and Reingold's force-directed
// algorithm (deterministic: nodes start on a circle in mention order),
// sizes them by mentions, then separates overlapping labels and fits the
// view box around everything.
func (net *Network) layout() {
	n := len(net.Nodes)
	if n == 0 {
		net.Width, net.Height = 400, 100
		return
	}
	maxM := 1
	for _, v := range net.Nodes {
		if v.Mentions > maxM {
			maxM = v.Mentions
		}
	}
	const W, H = 1000.0, 700.0
	for i, v := range net.Nodes {
		a := 2 * math.Pi * float64(i) / float64(n)
		v.X, v.Y = W/2+W/3*math.Cos(a), H/2+H/3*math.Sin(a)
		v.R = 5 + 13*math.Sqrt(float64(v.Mentions)/float64(maxM))
	}
	index := map[*NetNode]int{}
	for i, v := range net.Nodes {
		index[v] = i
	}
	k := math.Sqrt(W * H / float64(n))
	temp := W / 10
	dx := make([]float64, n)
	dy := make([]float64, n)
	const iterations = 300
	for it := 0; it < iterations; it++ {
		clear(dx)
		clear(dy)
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				ddx, ddy := net.Nodes[i].X-net.Nodes[j].X, net.Nodes[i].Y-net.Nodes[j].Y
				d := math.Max(math.Hypot(ddx, ddy), 0.01)
				f := k * k / d
				dx[i] += ddx / d * f
				dy[i] += ddy / d * f
				dx[j] -= ddx / d * f
				dy[j] -= ddy / d * f
			}
		}
		for _, e := range net.Edges {
			i, j := index[e.Source], index[e.Target]
			ddx, ddy := net.Nodes[i].X-net.Nodes[j].X, net.Nodes[i].Y-net.Nodes[j].Y
			d := math.Max(math.Hypot(ddx, ddy), 0.01)
			f := d * d / k * (1 + math.Log1p(e.Weight())) / 3
			dx[i] -= ddx / d * f
			dy[i] -= ddy / d * f
			dx[j] += ddx / d * f
			dy[j] += ddy / d * f
		}
		for i, v := range net.Nodes {
			// A weak pull to the centre keeps unconnected parts on screen.
			dx[i] += (W/2 - v.X) * 0.02 * k / 100
			dy[i] += (H/2 - v.Y) * 0.02 * k / 100
			d := math.Hypot(dx[i], dy[i])
			if d > 0 {
				step := math.Min(d, temp)
				v.X += dx[i] / d * step
				v.Y += dy[i] / d * step
			}
		}
		temp = math.Max(temp*0.985, 1)
	}
	// Fit into W x H, leaving room for labels on the right.
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, v := range net.Nodes {
		minX, maxX = math.Min(minX, v.X), math.Max(maxX, v.X)
		minY, maxY = math.Min(minY, v.Y), math.Max(maxY, v.Y)
	}
	sx := (W - 200) / math.Max(maxX-minX, 1)
	sy := (H - 80) / math.Max(maxY-minY, 1)
	for _, v := range net.Nodes {
		v.X = 40 + (v.X-minX)*sx
		v.Y = 40 + (v.Y-minY)*sy
		v.LW = float64(utf8.RuneCountInString(v.Name))*labelCharWidth + 6
		v.LH = labelHeight
	}
	net.separateLabels()
	// View box around nodes and labels.
	minX, minY, maxX, maxY = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, v := range net.Nodes {
		x0, y0, x1, y1 := v.labelBox()
		minX = math.Min(minX, math.Min(v.X-v.R, x0))
		minY = math.Min(minY, math.Min(v.Y-v.R, y0))
		maxX = math.Max(maxX, math.Max(v.X+v.R, x1))
		maxY = math.Max(maxY, math.Max(v.Y+v.R, y1))
	}
	const pad = 12
	for _, v := range net.Nodes {
		v.X += pad - minX
		v.Y += pad - minY
		v.LX += pad - minX
		v.LY += pad - minY
	}
	net.Width = math.Ceil(maxX - minX + 2*pad)
	net.Height = math.Ceil(maxY - minY + 2*pad)
}

// placeLabel puts the label right of the node, vertically centred.
func (v *NetNode) placeLabel() {
	v.LX = v.X + v.R + 3
	v.LY = v.Y + labelFont*0.35
}

// labelBox is the label's rectangle (x0, y0, x1, y1).
func (v *NetNode) labelBox() (x0, y0, x1, y1 float64) {
	return v.LX - 2, v.LY - labelFont + 1 - 2, v.LX - 2 + v.LW, v.LY - labelFont + 1 - 2 + v.LH
}

// separateLabels moves nodes (with their labels) apart until no two label
// boxes overlap: each overlapping pair is pushed apart along the axis of
// least overlap, half each way.
func (net *Network) separateLabels() {
	for _, v := range net.Nodes {
		v.placeLabel()
	}
	for round := 0; round < 2000; round++ {
		moved := false
		for i := 0; i < len(net.Nodes); i++ {
			for j := i + 1; j < len(net.Nodes); j++ {
				a, b := net.Nodes[i], net.Nodes[j]
				ax0, ay0, ax1, ay1 := a.labelBox()
				bx0, by0, bx1, by1 := b.labelBox()
				ox := math.Min(ax1, bx1) - math.Max(ax0, bx0)
				oy := math.Min(ay1, by1) - math.Max(ay0, by0)
				if ox <= 0 || oy <= 0 {
					continue
				}
				moved = true
				if oy <= ox {
					s := (oy + 1) / 2
					if a.Y < b.Y || (a.Y == b.Y && i < j) {
						a.Y -= s
						b.Y += s
					} else {
						a.Y += s
						b.Y -= s
					}
				} else {
					s := (ox + 1) / 2
					if a.X < b.X {
						a.X -= s
						b.X += s
					} else {
						a.X += s
						b.X -= s
					}
				}
				a.placeLabel()
				b.placeLabel()
			}
		}
		if !moved {
			return
		}
	}
}

// LabelsOverlap reports whether any two label boxes overlap (a check for
// tests and for the picture's caption).
func (net *Network) LabelsOverlap() bool {
	for i := 0; i < len(net.Nodes); i++ {
		for j := i + 1; j < len(net.Nodes); j++ {
			ax0, ay0, ax1, ay1 := net.Nodes[i].labelBox()
			bx0, by0, bx1, by1 := net.Nodes[j].labelBox()
			if math.Min(ax1, bx1) > math.Max(ax0, bx0) && math.Min(ay1, by1) > math.Max(ay0, by0) {
				return true
			}
		}
	}
	return false
}

// TypeColor is the fill colour of an entity type.
func TypeColor(t string) string {
	switch strings.ToUpper(t) {
	case "PERSON":
		return "#1f77b4"
	case "ORG":
		return "#d62728"
	case "GPE":
		return "#2ca02c"
	case "LOCATION":
		return "#8c564b"
	case "FACILITY":
		return "#9467bd"
	case "EVENT":
		return "#ff7f0e"
	}
	return "#7f7f7f"
}

func sortStable[T any](xs []T, less func(a, b T) bool) {
	sort.SliceStable(xs, func(i, j int) bool { return less(xs[i], xs[j]) })
}
