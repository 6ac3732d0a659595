package graph

import (
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// The vocabulary: every type and predicate the graph uses, in one place.
// schema.org terms are used where they fit; the rest live in the newsgraph
// namespace (NS). README.md's "Vocabulary" section is generated from the
// same list (see Vocabulary).
//
// Every quad is labelled with the IRI of the article it came from, so each
// fact can be traced and an article's facts replaced as a whole.
const (
	Schema = "http://schema.org/"
	RDF    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	NS     = "https://newsgraph.dev/ns#"

	// Base of the IRIs newsgraph mints.
	EntityBase  = "https://newsgraph.dev/entity/"
	ArticleBase = "https://newsgraph.dev/article/"
)

// Term is one documented vocabulary term.
type Term struct {
	IRI     quad.IRI
	Kind    string // "class" or "property"
	Domain  string // what it describes
	Range   string // what it points to
	Comment string
}

func s(name string) quad.IRI  { return quad.IRI(Schema + name) }
func ng(name string) quad.IRI { return quad.IRI(NS + name) }

// Classes.
var (
	TypeArticle   = s("NewsArticle")
	TypePerson    = s("Person")
	TypeOrg       = s("Organization")
	TypeGPE       = s("AdministrativeArea") // countries, cities, governed regions
	TypeLocation  = s("Place")
	TypeFacility  = s("CivicStructure") // bases, airports, buildings
	TypeEvent     = s("Event")
	TypeQuotation = s("Quotation")
	TypeRelation  = ng("Relation") // a reified relation carrying its evidence
	TypeClaim     = ng("Claim")    // a numeric claim with its source
)

// Predicates.
var (
	PredType          = quad.IRI(RDF + "type")
	PredName          = s("name")          // canonical name
	PredAlternateName = s("alternateName") // every surface form seen
	PredKey           = ng("key")          // normalised lookup key of a name or alias
	PredEntityType    = ng("entityType")   // PERSON, ORG, GPE, LOCATION, FACILITY, EVENT
	PredJobTitle      = s("jobTitle")      // a role stated for a person

	PredIdentifier    = s("identifier") // article id
	PredHeadline      = s("headline")
	PredDatePublished = s("datePublished") // YYYY-MM-DD
	PredPublisher     = s("publisher")     // source name
	PredAuthor        = s("author")        // byline
	PredURL           = s("url")
	PredDateline      = ng("dateline")     // place named in the dateline
	PredMentions      = s("mentions")      // article -> entity; quote/relation -> entity
	PredMentionCount  = ng("mentionCount") // on a mention-count node, see PredMentionOf
	PredMentionsDate  = ng("mentionsDate") // article -> a date value it names

	PredText        = s("text")              // quotation text
	PredSpeaker     = s("spokenByCharacter") // quotation -> speaker entity
	PredSpeakerName = ng("speakerName")      // the speaker as named, also for UNATTRIBUTED
	PredSpeakerOrg  = ng("speakerOrganization")
	PredIsPartOf    = s("isPartOf")    // quotation/relation/claim -> article
	PredDateCreated = s("dateCreated") // when a statement was made
	PredDateDefault = ng("dateIsDefault")
	PredCue         = ng("cue")  // said, told, added
	PredKind        = ng("kind") // direct, indirect

	PredSubject   = ng("subject")   // relation -> subject entity
	PredObject    = ng("object")    // relation -> object entity
	PredRelation  = ng("predicate") // relation -> its extraction.v1 predicate name
	PredEvidence  = ng("evidence")  // the sentence stating a relation or claim
	PredStartDate = s("startDate")  // when an event happened
	PredLocation  = s("location")   // where an event happened
	PredRoleName  = s("roleName")   // the title in role_in / spokesperson_for

	PredMeasure   = ng("measure")
	PredQuantity  = ng("quantity")
	PredQualifier = ng("qualifier")
	PredClaimant  = ng("claimant") // entity making a claim
)

// RelationPredicates maps each extraction.v1 relation to the direct edge
// written between subject and object (besides the reified Relation node).
var RelationPredicates = map[string]quad.IRI{
	newsgraph.RoleIn:          ng("roleIn"),
	newsgraph.MemberOf:        s("memberOf"),
	newsgraph.LocatedIn:       s("containedInPlace"),
	newsgraph.Attacked:        ng("attacked"),
	newsgraph.Struck:          ng("struck"),
	newsgraph.MetWith:         ng("metWith"),
	newsgraph.SpokespersonFor: ng("spokespersonFor"),
	newsgraph.Leads:           ng("leads"),
}

// TypeClass maps an entity type to its class.
var TypeClass = map[newsgraph.EntityType]quad.IRI{
	newsgraph.Person:   TypePerson,
	newsgraph.Org:      TypeOrg,
	newsgraph.GPE:      TypeGPE,
	newsgraph.Location: TypeLocation,
	newsgraph.Facility: TypeFacility,
	newsgraph.Event:    TypeEvent,
}

// ArticleIRI is the IRI of an article, and the label of all its quads.
func ArticleIRI(id string) quad.IRI { return quad.IRI(ArticleBase + id) }
