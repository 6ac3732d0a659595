package report

import (
	"context"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// Article is one article of the graph, as the report cites it.
type Article struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Source    string `json:"source,omitempty"` // publisher
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
}

// Entity is one entity with its totals over the graph.
type Entity struct {
	ID       string   `json:"id"` // IRI
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases"`
	Titles   []string `json:"titles,omitempty"`
	Mentions int      `json:"mentions"` // times mentioned, summed over articles
	Articles []string `json:"articles"` // ids of the articles mentioning it
}

// Relation is one stated relation between two entities.
type Relation struct {
	ID        string `json:"id"` // relation node IRI
	Predicate string `json:"predicate"`
	SourceID  string `json:"source_id"`
	TargetID  string `json:"target_id"`
	Article   string `json:"article"` // article id
	Date      string `json:"date,omitempty"`
	PlaceID   string `json:"place_id,omitempty"`
	Role      string `json:"role,omitempty"`
	Evidence  string `json:"evidence"`
}

// Statement is one direct quote or reported statement.
type Statement struct {
	ID            string   `json:"id"`
	Speaker       string   `json:"speaker"` // as named, or UNATTRIBUTED
	SpeakerID     string   `json:"speaker_id,omitempty"`
	SpeakerOrg    string   `json:"speaker_org,omitempty"`
	Text          string   `json:"text"`
	Cue           string   `json:"cue,omitempty"`
	Kind          string   `json:"kind,omitempty"`
	Date          string   `json:"date,omitempty"`
	DateIsDefault bool     `json:"date_is_default,omitempty"`
	Article       string   `json:"article"`
	About         []string `json:"about,omitempty"` // entity IRIs the words mention
}

// snapshot is the whole graph read in one pass over its quads: the
// graph-level reads the report needs where no canned query fits (every
// relation, every statement, every article's entities).
type snapshot struct {
	articles   map[string]*Article // by id
	entities   map[string]*Entity  // by IRI
	relations  []Relation
	statements []Statement
}

// readSnapshot scans every quad of qs once.
func readSnapshot(ctx context.Context, qs cgraph.QuadStore) (*snapshot, error) {
	props := make(map[string]map[quad.IRI][]quad.Value)
	it := qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		s, ok := q.Subject.(quad.IRI)
		if !ok {
			continue
		}
		p, ok := q.Predicate.(quad.IRI)
		if !ok {
			continue
		}
		m := props[string(s)]
		if m == nil {
			m = make(map[quad.IRI][]quad.Value)
			props[string(s)] = m
		}
		m[p] = append(m[p], q.Object)
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("read graph: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("read graph: %w", err)
	}

	sn := &snapshot{articles: map[string]*Article{}, entities: map[string]*Entity{}}
	// Entities first, so mentions can be attached.
	for iri, m := range props {
		if len(m[graph.PredEntityType]) == 0 {
			continue
		}
		sn.entities[iri] = &Entity{
			ID: iri, Name: firstStr(m[graph.PredName]), Type: firstStr(m[graph.PredEntityType]),
			Aliases: allStr(m[graph.PredAlternateName]), Titles: allStr(m[graph.PredJobTitle]),
		}
	}
	articleSet := map[string]map[string]bool{} // entity -> article ids
	for iri, m := range props {
		switch {
		case has(m, graph.TypeArticle):
			id := firstStr(m[graph.PredIdentifier])
			if id == "" {
				id = strings.TrimPrefix(iri, graph.ArticleBase)
			}
			sn.articles[id] = &Article{ID: id, Title: firstStr(m[graph.PredHeadline]), Source: firstStr(m[graph.PredPublisher]),
				URL: firstStr(m[graph.PredURL]), Published: firstStr(m[graph.PredDatePublished])}
			for _, v := range m[graph.PredMentions] {
				if e := iriOf(v); sn.entities[e] != nil {
					if articleSet[e] == nil {
						articleSet[e] = map[string]bool{}
					}
					articleSet[e][id] = true
				}
			}
		case has(m, graph.TypeMention):
			if e := sn.entities[firstIRI(m[graph.PredMentionOf])]; e != nil {
				e.Mentions += firstInt(m[graph.PredMentionCount])
			}
		case has(m, graph.TypeRelation):
			sn.relations = append(sn.relations, Relation{
				ID: iri, Predicate: firstStr(m[graph.PredRelation]),
				SourceID: firstIRI(m[graph.PredSubject]), TargetID: firstIRI(m[graph.PredObject]),
				Article: articleID(firstIRI(m[graph.PredIsPartOf])), Date: firstStr(m[graph.PredStartDate]),
				PlaceID: firstIRI(m[graph.PredLocation]), Role: firstStr(m[graph.PredRoleName]),
				Evidence: firstStr(m[graph.PredEvidence]),
			})
		case has(m, graph.TypeQuotation):
			st := Statement{
				ID: iri, Speaker: firstStr(m[graph.PredSpeakerName]), SpeakerID: firstIRI(m[graph.PredSpeaker]),
				SpeakerOrg: firstStr(m[graph.PredSpeakerOrg]), Text: firstStr(m[graph.PredText]),
				Cue: firstStr(m[graph.PredCue]), Kind: firstStr(m[graph.PredKind]), Date: firstStr(m[graph.PredDateCreated]),
				Article: articleID(firstIRI(m[graph.PredIsPartOf])),
			}
			for _, v := range m[graph.PredDateDefault] {
				if b, ok := v.(quad.Bool); ok && bool(b) {
					st.DateIsDefault = true
				}
			}
			for _, v := range m[graph.PredMentions] {
				st.About = append(st.About, iriOf(v))
			}
			sort.Strings(st.About)
			if st.Speaker == "" && st.SpeakerID != "" {
				if e := sn.entities[st.SpeakerID]; e != nil {
					st.Speaker = e.Name
				}
			}
			sn.statements = append(sn.statements, st)
		}
	}
	for iri, e := range sn.entities {
		for a := range articleSet[iri] {
			e.Articles = append(e.Articles, a)
		}
		sort.Strings(e.Articles)
	}
	// Relations whose ends are not entities of the graph cannot be drawn
	// or joined; drop them.
	rels := sn.relations[:0]
	for _, r := range sn.relations {
		if sn.entities[r.SourceID] != nil && sn.entities[r.TargetID] != nil {
			rels = append(rels, r)
		}
	}
	sn.relations = rels
	sort.Slice(sn.relations, func(i, j int) bool { return sn.relations[i].ID < sn.relations[j].ID })
	sort.Slice(sn.statements, func(i, j int) bool { return sn.statements[i].ID < sn.statements[j].ID })
	return sn, nil
}

func has(m map[quad.IRI][]quad.Value, class quad.IRI) bool {
	for _, v := range m[graph.PredType] {
		if v == class {
			return true
		}
	}
	return false
}

func articleID(iri string) string { return strings.TrimPrefix(iri, graph.ArticleBase) }

func iriOf(v quad.Value) string {
	if i, ok := v.(quad.IRI); ok {
		return string(i)
	}
	return ""
}

func firstIRI(vs []quad.Value) string {
	var out []string
	for _, v := range vs {
		if s := iriOf(v); s != "" {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		return ""
	}
	return out[0]
}

func strOf(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case nil:
		return ""
	}
	return quad.StringOf(v)
}

func allStr(vs []quad.Value) []string {
	out := make([]string, 0, len(vs))
	seen := map[string]bool{}
	for _, v := range vs {
		if s := strOf(v); s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

func firstStr(vs []quad.Value) string {
	if all := allStr(vs); len(all) > 0 {
		return all[0]
	}
	return ""
}

func firstInt(vs []quad.Value) int {
	for _, v := range vs {
		switch v := v.(type) {
		case quad.Int:
			return int(v)
		case quad.Float:
			return int(v)
		}
	}
	return 0
}
