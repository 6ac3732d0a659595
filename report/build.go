// Package report builds batch relationship reports of a newsgraph store:
// an offline HTML report (overview, a force-directed network picture as
// inline SVG, timeline, who-quoted-whom by source, numeric claims on which
// sources differ, one page per key entity), the same content as Markdown,
// joinable CSV tables, GraphML and N-Quads.
//
// The report reads the graph through the canned queries users get
// (package queries: entities, claims, and per entity entity, roles,
// statements-by, statements-about, co-mentions, timeline,
// articles-mentioning) plus one scan of the store's quads for the
// graph-level tables no query covers (every relation, statement and
// co-mention).
package report

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// Defaults of Options.
const (
	DefaultTop          = 10
	DefaultNetworkNodes = 30
	DefaultNetworkEdges = 60
	// MaxListed caps the rows of long HTML/Markdown tables; the CSV files
	// always hold every row.
	MaxListed = 300
)

// Options choose what a report covers.
type Options struct {
	// Entities are the entities to give a page (names, aliases or IRIs);
	// empty means the Top most mentioned.
	Entities []string
	Top      int // default DefaultTop

	NetworkNodes int // entities in the network picture; default DefaultNetworkNodes
	NetworkEdges int // edges in it; default DefaultNetworkEdges

	// Now stamps the report; zero means time.Now. Tests and the committed
	// sample fix it.
	Now time.Time
}

// Report is everything a report shows.
type Report struct {
	Generated string `json:"generated"`
	Empty     bool   `json:"empty"` // the graph holds no articles

	Articles   []*Article     `json:"articles"` // by publication date, then id
	Sources    []NameCount    `json:"sources"`  // publishers and their article counts
	DateFrom   string         `json:"date_from"`
	DateTo     string         `json:"date_to"`
	TopTypes   []TypeGroup    `json:"top_by_type"`
	Entities   []*Entity      `json:"entities"` // most mentioned first
	Relations  []Relation     `json:"relations"`
	Statements []Statement    `json:"statements"`
	CoMentions []CoMention    `json:"co_mentions"`
	Timeline   []TimelineItem `json:"timeline"`
	Quoted     []SourceQuotes `json:"quoted_by_source"`
	Claims     []ClaimGroup   `json:"claims"`
	Network    *Network       `json:"network"`
	Pages      []*EntityPage  `json:"pages"`
	// Missing lists requested entities the graph does not know.
	Missing []string `json:"missing,omitempty"`

	articles map[string]*Article
	entities map[string]*Entity
	pages    map[string]*EntityPage
}

// NameCount is a name with a count.
type NameCount struct {
	Name  string `json:"name"`
	ID    string `json:"id,omitempty"`
	Count int    `json:"count"`
}

// TypeGroup is the most mentioned entities of one type, as the entities
// query ranks them.
type TypeGroup struct {
	Type     string           `json:"type"`
	Entities []map[string]any `json:"entities"`
}

// CoMention is a pair of entities and how many articles mention both.
type CoMention struct {
	SourceID string   `json:"source_id"`
	TargetID string   `json:"target_id"`
	Articles []string `json:"articles"`
}

// TimelineItem is a dated statement or event.
type TimelineItem struct {
	Date     string   `json:"date"`
	Kind     string   `json:"kind"` // "statement" or a relation predicate
	Text     string   `json:"text"`
	Who      string   `json:"who,omitempty"` // speaker, or subject of the relation
	WhoID    string   `json:"who_id,omitempty"`
	Entities []string `json:"entities,omitempty"` // other entity IRIs involved
	Article  string   `json:"article"`
}

// SourceQuotes is who one publisher quotes.
type SourceQuotes struct {
	Source   string          `json:"source"`
	Speakers []SpeakerQuotes `json:"speakers"`
}

// SpeakerQuotes is one speaker quoted by one publisher.
type SpeakerQuotes struct {
	Speaker    string      `json:"speaker"`
	SpeakerID  string      `json:"speaker_id,omitempty"`
	Statements int         `json:"statements"`
	About      []NameCount `json:"about,omitempty"` // entities the statements mention
	Articles   []string    `json:"articles"`
}

// ClaimGroup is the numeric claims about one measure.
type ClaimGroup struct {
	Measure string           `json:"measure"`
	Differ  bool             `json:"differ"` // different quantities across articles
	Claims  []map[string]any `json:"claims"` // rows of the claims query
	Sources []string         `json:"sources"`
}

// EntityPage is the data of one entity's page: rows of the canned queries.
type EntityPage struct {
	Entity          *Entity          `json:"entity"`
	Profile         map[string]any   `json:"profile"`
	Roles           []map[string]any `json:"roles"`
	StatementsBy    []map[string]any `json:"statements_by"`
	StatementsAbout []map[string]any `json:"statements_about"`
	CoMentions      []map[string]any `json:"co_mentions"`
	Timeline        []map[string]any `json:"timeline"`
	Articles        []map[string]any `json:"articles"`
}

// ErrUnknownEntity is returned (wrapped) for an entity the graph does not
// know.
var ErrUnknownEntity = errors.New("unknown entity")

// Build reads qs through lib's canned queries and one scan of its quads.
// Requested entities the graph does not know are listed in Missing, not
// returned as an error.
func Build(ctx context.Context, qs cgraph.QuadStore, lib *queries.Library, opts Options) (*Report, error) {
	if opts.Top <= 0 {
		opts.Top = DefaultTop
	}
	if opts.NetworkNodes <= 0 {
		opts.NetworkNodes = DefaultNetworkNodes
	}
	if opts.NetworkEdges <= 0 {
		opts.NetworkEdges = DefaultNetworkEdges
	}
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	sn, err := readSnapshot(ctx, qs)
	if err != nil {
		return nil, err
	}
	r := &Report{Generated: now.UTC().Format("2006-01-02 15:04 UTC"), articles: sn.articles, entities: sn.entities,
		pages: map[string]*EntityPage{}, Relations: sn.relations, Statements: sn.statements}
	r.Empty = len(sn.articles) == 0
	for _, a := range sn.articles {
		r.Articles = append(r.Articles, a)
	}
	sort.Slice(r.Articles, func(i, j int) bool {
		a, b := r.Articles[i], r.Articles[j]
		if a.Published != b.Published {
			return a.Published < b.Published
		}
		return a.ID < b.ID
	})
	sources := map[string]int{}
	for _, a := range r.Articles {
		sources[sourceName(a)]++
		if a.Published != "" {
			if r.DateFrom == "" || a.Published < r.DateFrom {
				r.DateFrom = a.Published
			}
			if a.Published > r.DateTo {
				r.DateTo = a.Published
			}
		}
	}
	r.Sources = sortedCounts(sources, nil)
	for _, e := range sn.entities {
		r.Entities = append(r.Entities, e)
	}
	sort.Slice(r.Entities, func(i, j int) bool { return entityLess(r.Entities[i], r.Entities[j]) })

	if err := r.topByType(ctx, qs, lib); err != nil {
		return nil, err
	}
	r.CoMentions = coMentions(r.Articles, r.Entities)
	r.Timeline = timeline(sn)
	r.Quoted = quotedBySource(r)
	if err := r.claims(ctx, qs, lib); err != nil {
		return nil, err
	}
	r.Network = buildNetwork(r, opts.NetworkNodes, opts.NetworkEdges)

	// Entity pages.
	want := opts.Entities
	if len(want) == 0 {
		for i := 0; i < len(r.Entities) && i < opts.Top; i++ {
			want = append(want, r.Entities[i].ID)
		}
	}
	for _, name := range want {
		p, err := BuildEntityPage(ctx, qs, lib, name)
		if errors.Is(err, ErrUnknownEntity) {
			r.Missing = append(r.Missing, name)
			continue
		}
		if err != nil {
			return nil, err
		}
		if r.pages[p.Entity.ID] != nil {
			continue // the same entity asked for twice
		}
		if e := r.entities[p.Entity.ID]; e != nil {
			p.Entity = e
		}
		r.pages[p.Entity.ID] = p
		r.Pages = append(r.Pages, p)
	}
	return r, nil
}

// BuildEntityPage runs the per-entity canned queries for entity (a name,
// an alias, an IRI, or the last part of an entity IRI). An entity the graph
// does not know is an error matching ErrUnknownEntity.
func BuildEntityPage(ctx context.Context, qs cgraph.QuadStore, lib *queries.Library, entity string) (*EntityPage, error) {
	prof, err := lib.Run(ctx, qs, "entity", map[string]string{"entity": entity})
	if errors.Is(err, queries.ErrNotFound) && !strings.Contains(entity, "/") {
		prof, err = lib.Run(ctx, qs, "entity", map[string]string{"entity": graph.EntityBase + entity})
	}
	if errors.Is(err, queries.ErrNotFound) || (err == nil && len(prof.Rows) == 0) {
		return nil, fmt.Errorf("report: %q: %w", entity, ErrUnknownEntity)
	}
	if err != nil {
		return nil, fmt.Errorf("report: entity %q: %w", entity, err)
	}
	row := prof.Rows[0]
	id := str(row["entity"])
	p := &EntityPage{Profile: row, Entity: &Entity{ID: id, Name: str(row["name"]), Type: str(row["type"]),
		Aliases: strs(row["aliases"]), Titles: strs(row["titles"]), Mentions: num(row["mentions"])}}
	for _, q := range []struct {
		name, limit string
		dst         *[]map[string]any
	}{
		{"roles", "", &p.Roles},
		{"statements-by", "1000", &p.StatementsBy},
		{"statements-about", "1000", &p.StatementsAbout},
		{"co-mentions", "1000", &p.CoMentions},
		{"timeline", "1000", &p.Timeline},
		{"articles-mentioning", "1000", &p.Articles},
	} {
		a := map[string]string{"entity": id}
		if q.limit != "" {
			a["limit"] = q.limit
		}
		res, err := lib.Run(ctx, qs, q.name, a)
		if err != nil {
			return nil, fmt.Errorf("report: entity %s: %w", id, err)
		}
		*q.dst = res.Rows
	}
	for _, a := range p.Articles {
		p.Entity.Articles = append(p.Entity.Articles, str(a["article_id"]))
	}
	sort.Strings(p.Entity.Articles)
	return p, nil
}

func (r *Report) topByType(ctx context.Context, qs cgraph.QuadStore, lib *queries.Library) error {
	for _, t := range newsgraph.EntityTypes {
		res, err := lib.Run(ctx, qs, "entities", map[string]string{"type": string(t), "limit": "1000"})
		if err != nil {
			return fmt.Errorf("report: most mentioned %s: %w", t, err)
		}
		rows := res.Rows
		sort.SliceStable(rows, func(i, j int) bool { return num(rows[i]["mentions"]) > num(rows[j]["mentions"]) })
		if len(rows) > 8 {
			rows = rows[:8]
		}
		if len(rows) > 0 {
			r.TopTypes = append(r.TopTypes, TypeGroup{Type: string(t), Entities: rows})
		}
	}
	return nil
}

func (r *Report) claims(ctx context.Context, qs cgraph.QuadStore, lib *queries.Library) error {
	res, err := lib.Run(ctx, qs, "claims", map[string]string{"limit": "1000"})
	if err != nil {
		return fmt.Errorf("report: claims: %w", err)
	}
	groups := map[string]*ClaimGroup{}
	var order []string
	for _, row := range res.Rows {
		k := strings.ToLower(strings.TrimSpace(str(row["measure"])))
		if k == "" {
			continue
		}
		g := groups[k]
		if g == nil {
			g = &ClaimGroup{Measure: str(row["measure"])}
			groups[k] = g
			order = append(order, k)
		}
		g.Claims = append(g.Claims, row)
	}
	for _, k := range order {
		g := groups[k]
		arts, qty, srcs := map[string]bool{}, map[float64]bool{}, map[string]bool{}
		for _, c := range g.Claims {
			arts[str(c["article_id"])] = true
			qty[numf(c["quantity"])] = true
			if a := r.articles[str(c["article_id"])]; a != nil {
				srcs[sourceName(a)] = true
			}
		}
		g.Differ = len(arts) > 1 && len(qty) > 1
		for s := range srcs {
			g.Sources = append(g.Sources, s)
		}
		sort.Strings(g.Sources)
		if len(arts) > 1 { // a measure only one article gives is no comparison
			r.Claims = append(r.Claims, *g)
		}
	}
	sort.SliceStable(r.Claims, func(i, j int) bool {
		if r.Claims[i].Differ != r.Claims[j].Differ {
			return r.Claims[i].Differ
		}
		return len(r.Claims[i].Claims) > len(r.Claims[j].Claims)
	})
	return nil
}

// coMentions counts, for every pair of entities, the articles mentioning
// both.
func coMentions(arts []*Article, ents []*Entity) []CoMention {
	byArticle := map[string][]string{}
	for _, e := range ents {
		for _, a := range e.Articles {
			byArticle[a] = append(byArticle[a], e.ID)
		}
	}
	pairs := map[[2]string][]string{}
	for _, a := range arts {
		ids := byArticle[a.ID]
		sort.Strings(ids)
		for i := range ids {
			for j := i + 1; j < len(ids); j++ {
				k := [2]string{ids[i], ids[j]}
				pairs[k] = append(pairs[k], a.ID)
			}
		}
	}
	out := make([]CoMention, 0, len(pairs))
	for k, as := range pairs {
		out = append(out, CoMention{SourceID: k[0], TargetID: k[1], Articles: as})
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].Articles) != len(out[j].Articles) {
			return len(out[i].Articles) > len(out[j].Articles)
		}
		if out[i].SourceID != out[j].SourceID {
			return out[i].SourceID < out[j].SourceID
		}
		return out[i].TargetID < out[j].TargetID
	})
	return out
}

// timeline lists statements with a date of their own and dated relations,
// oldest first.
func timeline(sn *snapshot) []TimelineItem {
	var out []TimelineItem
	for _, s := range sn.statements {
		if s.Date == "" || s.DateIsDefault {
			continue
		}
		out = append(out, TimelineItem{Date: s.Date, Kind: "statement", Text: s.Text, Who: s.Speaker, WhoID: s.SpeakerID, Entities: s.About, Article: s.Article})
	}
	for _, r := range sn.relations {
		if r.Date == "" {
			continue
		}
		ents := []string{r.TargetID}
		if r.PlaceID != "" {
			ents = append(ents, r.PlaceID)
		}
		name := ""
		if e := sn.entities[r.SourceID]; e != nil {
			name = e.Name
		}
		out = append(out, TimelineItem{Date: r.Date, Kind: r.Predicate, Text: r.Evidence, Who: name, WhoID: r.SourceID, Entities: ents, Article: r.Article})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		return out[i].Article < out[j].Article
	})
	return out
}

// quotedBySource groups statements by the publisher of their article and
// by speaker.
func quotedBySource(r *Report) []SourceQuotes {
	type acc struct {
		sq    SpeakerQuotes
		about map[string]int
		arts  map[string]bool
	}
	bySource := map[string]map[string]*acc{}
	for _, s := range r.Statements {
		a := r.articles[s.Article]
		if a == nil {
			continue
		}
		src := sourceName(a)
		if bySource[src] == nil {
			bySource[src] = map[string]*acc{}
		}
		speaker := s.Speaker
		if speaker == newsgraph.Unattributed && s.SpeakerOrg != "" {
			speaker = "unnamed (" + s.SpeakerOrg + ")"
		}
		k := s.SpeakerID + "\x00" + speaker
		ac := bySource[src][k]
		if ac == nil {
			ac = &acc{sq: SpeakerQuotes{Speaker: speaker, SpeakerID: s.SpeakerID}, about: map[string]int{}, arts: map[string]bool{}}
			bySource[src][k] = ac
		}
		ac.sq.Statements++
		ac.arts[s.Article] = true
		for _, e := range s.About {
			if e != s.SpeakerID && r.entities[e] != nil {
				ac.about[e]++
			}
		}
	}
	var out []SourceQuotes
	for src, m := range bySource {
		sq := SourceQuotes{Source: src}
		for _, ac := range m {
			ac.sq.About = sortedCounts(ac.about, r.entities)
			if len(ac.sq.About) > 6 {
				ac.sq.About = ac.sq.About[:6]
			}
			for a := range ac.arts {
				ac.sq.Articles = append(ac.sq.Articles, a)
			}
			sort.Strings(ac.sq.Articles)
			sq.Speakers = append(sq.Speakers, ac.sq)
		}
		sort.Slice(sq.Speakers, func(i, j int) bool {
			if sq.Speakers[i].Statements != sq.Speakers[j].Statements {
				return sq.Speakers[i].Statements > sq.Speakers[j].Statements
			}
			return sq.Speakers[i].Speaker < sq.Speakers[j].Speaker
		})
		out = append(out, sq)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Source < out[j].Source })
	return out
}

// sortedCounts turns counts into NameCounts, largest first; with ents the
// keys are entity IRIs and get their names.
func sortedCounts(m map[string]int, ents map[string]*Entity) []NameCount {
	out := make([]NameCount, 0, len(m))
	for k, n := range m {
		nc := NameCount{Name: k, Count: n}
		if ents != nil {
			nc.ID = k
			if e := ents[k]; e != nil {
				nc.Name = e.Name
			}
		}
		out = append(out, nc)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Name < out[j].Name
	})
	return out
}

func entityLess(a, b *Entity) bool {
	if a.Mentions != b.Mentions {
		return a.Mentions > b.Mentions
	}
	if len(a.Articles) != len(b.Articles) {
		return len(a.Articles) > len(b.Articles)
	}
	return a.ID < b.ID
}

func sourceName(a *Article) string {
	if a.Source == "" {
		return "(unknown source)"
	}
	return a.Source
}

func str(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case float64:
		return fmtNum(v)
	case int64:
		return fmt.Sprint(v)
	}
	return fmt.Sprint(v)
}

func strs(v any) []string {
	var out []string
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			if s := str(x); s != "" {
				out = append(out, s)
			}
		}
	case []string:
		out = append(out, v...)
	}
	return out
}

func numf(v any) float64 {
	switch v := v.(type) {
	case float64:
		return v
	case int64:
		return float64(v)
	case int:
		return float64(v)
	}
	return 0
}

func num(v any) int { return int(math.Round(numf(v))) }

func fmtNum(f float64) string {
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		return fmt.Sprintf("%d", int64(f))
	}
	return fmt.Sprintf("%g", f)
}
