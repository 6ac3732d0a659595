package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// EntityIRI derives an entity IRI from a name: EntityBase plus
// newsgraph.Key(name) with spaces as hyphens. It is used for entities the
// resolver left without an ID; it returns "" when the name has no letters
// or digits.
func EntityIRI(name string) quad.IRI {
	k := newsgraph.Key(name)
	if k == "" {
		return ""
	}
	return quad.IRI(EntityBase + strings.ReplaceAll(k, " ", "-"))
}

// entityIRI is the IRI of an extracted entity: its ID, else one derived
// from its name.
func entityIRI(e newsgraph.Entity) quad.IRI {
	if e.ID != "" {
		return quad.IRI(e.ID)
	}
	return EntityIRI(e.Name)
}

// Check reports why an extraction cannot be written: no doc id, an entity
// without an IRI (no ID and a name without letters), or an entity type
// outside extraction.v1.
func Check(x newsgraph.Extraction) error {
	if strings.TrimSpace(x.Doc) == "" {
		return fmt.Errorf("extraction has no doc id")
	}
	for i, e := range x.Entities {
		if entityIRI(e) == "" {
			return fmt.Errorf("doc %q: entity %d (%q) has no id and no name to derive one from", x.Doc, i, e.Name)
		}
		if !e.Type.Valid() {
			return fmt.Errorf("doc %q: entity %d (%q) has unknown type %q", x.Doc, i, e.Name, e.Type)
		}
	}
	return nil
}

// Quads maps one article's extraction to quads, all labelled with
// ArticleIRI(x.Doc), in a stable order without duplicates.
//
// Nodes minted per article (quotes, relations, claims, mention counts) are
// ArticleBase + doc + "/quote/N" (N from 1, in extraction order), and so on;
// each points to the article with schema:isPartOf. Every subject of every
// quad is thus the article, a node linked from it (schema:mentions), a node
// linking to it (schema:isPartOf) or an entity a relation links to: the
// writer finds an article's old quads by following those links.
//
// Mention counts: each entity with mentions gets a node of class ng:Mention
// with ng:mentionOf (the entity) and ng:mentionCount (an integer), so a
// count belongs to one (article, entity) pair while the plain
// article --schema:mentions--> entity edge stays the simple way in.
//
// Names in quotes, relations and claims are mapped to entity IRIs through
// the extraction's entities (by newsgraph.Key of name or alias) when their
// *_id fields are empty. A relation end that matches no entity gets an IRI
// derived from its name (see EntityIRI); a quote speaker or claim source
// that matches none keeps only its name (ng:speakerName, ng:claimantName).
func Quads(x newsgraph.Extraction) []quad.Quad {
	m := mapper{label: ArticleIRI(x.Doc), seen: make(map[quad.Quad]struct{})}
	art := m.label
	base := ArticleBase + x.Doc

	m.add(art, PredType, TypeArticle)
	m.str(art, PredIdentifier, x.Doc)
	m.str(art, PredHeadline, x.Title)
	m.str(art, PredDatePublished, x.Published)
	m.str(art, PredPublisher, x.Source)
	m.str(art, PredAuthor, x.Byline)
	m.str(art, PredURL, x.URL)
	m.str(art, PredDateline, x.Dateline)

	byKey := make(map[string]quad.IRI)
	for _, e := range x.Entities {
		id := entityIRI(e)
		if id == "" {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if k := newsgraph.Key(n); k != "" {
				if _, dup := byKey[k]; !dup {
					byKey[k] = id
				}
			}
		}
	}
	lookup := func(id, name string) quad.IRI {
		if id != "" {
			return quad.IRI(id)
		}
		return byKey[newsgraph.Key(name)]
	}

	for i, e := range x.Entities {
		id := entityIRI(e)
		if id == "" {
			continue
		}
		m.add(art, PredMentions, id)
		if c, ok := TypeClass[e.Type]; ok {
			m.add(id, PredType, c)
		}
		m.str(id, PredEntityType, string(e.Type))
		m.str(id, PredName, e.Name)
		for _, a := range e.Aliases {
			m.str(id, PredAlternateName, a)
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			m.str(id, PredKey, newsgraph.Key(n))
		}
		for _, r := range e.Roles {
			m.str(id, PredJobTitle, r)
		}
		if len(e.Mentions) > 0 {
			mn := quad.IRI(base + "/mention/" + strconv.Itoa(i+1))
			m.add(mn, PredType, TypeMention)
			m.add(mn, PredIsPartOf, art)
			m.add(mn, PredMentionOf, id)
			m.add(mn, PredMentionCount, quad.Int(len(e.Mentions)))
		}
	}

	for _, d := range x.Dates {
		m.str(art, PredMentionsDate, d.Value)
	}

	// Direct quotations are /quote/N; reported speech (Extraction.Reported)
	// is /reported/N: the same class, ng:kind "indirect", with its
	// evidence sentence.
	statements := append([]newsgraph.Quote(nil), x.Quotes...)
	statements = append(statements, x.Reported...)
	for si, q := range statements {
		n := quad.IRI(base + "/quote/" + strconv.Itoa(si+1))
		if si >= len(x.Quotes) {
			n = quad.IRI(base + "/reported/" + strconv.Itoa(si-len(x.Quotes)+1))
		}
		m.add(n, PredType, TypeQuotation)
		m.add(n, PredIsPartOf, art)
		m.str(n, PredText, q.Text)
		speaker := q.Speaker
		if speaker == "" {
			speaker = newsgraph.Unattributed
		}
		m.str(n, PredSpeakerName, speaker)
		if speaker != newsgraph.Unattributed || q.SpeakerID != "" {
			if id := lookup(q.SpeakerID, q.Speaker); id != "" {
				m.add(n, PredSpeaker, id)
			}
		}
		m.str(n, PredSpeakerOrg, q.SpeakerOrg)
		m.str(n, PredCue, q.Cue)
		kind := q.Kind
		if kind == "" {
			kind = "direct"
		}
		m.str(n, PredKind, kind)
		m.str(n, PredEvidence, q.Evidence)
		m.str(n, PredDateCreated, q.Date)
		if q.Date != "" {
			m.add(n, PredDateDefault, quad.Bool(q.DateIsDefault))
		}
		span := newsgraph.Span{Start: q.Start, End: q.End}
		if span.Len() > 0 {
			for _, e := range x.Entities {
				id := entityIRI(e)
				if id == "" {
					continue
				}
				for _, sp := range e.Mentions {
					if span.Contains(sp) {
						m.add(n, PredMentions, id)
						break
					}
				}
			}
		}
	}

	// Actorless attacks and strikes are relation nodes without a subject.
	rels := append(append([]newsgraph.Relation(nil), x.Relations...), x.Events...)
	for i, r := range rels {
		n := quad.IRI(base + "/relation/" + strconv.Itoa(i+1))
		subj := lookup(r.SubjectID, r.Subject)
		if subj == "" {
			subj = EntityIRI(r.Subject)
		}
		obj := lookup(r.ObjectID, r.Object)
		if obj == "" {
			obj = EntityIRI(r.Object)
		}
		m.add(n, PredType, TypeRelation)
		m.add(n, PredIsPartOf, art)
		m.str(n, PredRelation, r.Predicate)
		if subj != "" {
			m.add(n, PredSubject, subj)
		}
		if obj != "" {
			m.add(n, PredObject, obj)
		}
		m.str(n, PredEvidence, r.Evidence)
		m.str(n, PredStartDate, r.Date)
		if r.Place != "" {
			place := lookup("", r.Place)
			if place == "" {
				place = EntityIRI(r.Place)
			}
			if place != "" {
				m.add(n, PredLocation, place)
			}
		}
		m.str(n, PredRoleName, r.Role)
		if p, ok := RelationPredicates[r.Predicate]; ok && subj != "" && obj != "" {
			m.add(subj, p, obj)
		}
	}

	for i, c := range x.Claims {
		n := quad.IRI(base + "/claim/" + strconv.Itoa(i+1))
		m.add(n, PredType, TypeClaim)
		m.add(n, PredIsPartOf, art)
		m.str(n, PredMeasure, c.Measure)
		m.add(n, PredQuantity, quad.Float(c.Quantity))
		m.str(n, PredQualifier, c.Qualifier)
		m.str(n, PredText, c.Text)
		m.str(n, PredEvidence, c.Evidence)
		if c.Subject != "" {
			if id := lookup("", c.Subject); id != "" {
				m.add(n, PredSubject, id)
			}
		}
		if c.Source != "" {
			m.str(n, PredClaimantName, c.Source)
			if id := lookup("", c.Source); id != "" {
				m.add(n, PredClaimant, id)
			}
		}
	}
	m.add(art, PredQuadsDigest, quad.String(digest(m.out)))
	return m.out
}

// digest is the SHA-256, in hex, of quads as N-Quads lines in their
// order: the value of an article's ng:quadsDigest, so that a writer can
// tell an unchanged article from its one stored quad (see WriteArticles).
func digest(quads []quad.Quad) string {
	h := sha256.New()
	for _, q := range quads {
		io.WriteString(h, q.NQuad())
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// mapper collects an article's quads, dropping duplicates and empty
// literals.
type mapper struct {
	label quad.IRI
	seen  map[quad.Quad]struct{}
	out   []quad.Quad
}

func (m *mapper) add(s quad.IRI, p quad.IRI, o quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: m.label}
	if _, dup := m.seen[q]; dup {
		return
	}
	m.seen[q] = struct{}{}
	m.out = append(m.out, q)
}

func (m *mapper) str(s quad.IRI, p quad.IRI, v string) {
	if v = strings.TrimSpace(v); v != "" {
		m.add(s, p, quad.String(v))
	}
}
