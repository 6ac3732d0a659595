// Package newsgraph holds the domain types every part of newsgraph shares:
// the Article as read from disk, the Document that the extraction stages
// annotate in turn, and the Extraction they produce (the extraction.v1
// contract that the graph writer maps to quads and `newsgraph extract` prints).
//
// The packages below it each do one job:
//
//	ingest/...  read articles, run the extraction pipeline, resolve entities
//	graph       open a Cayley store, the vocabulary, map and write quads
//	queries     the canned Gizmo queries and how their parameters are bound
//	server      the HTTP API and Cayley's UI over the same store
//	report      batch relationship reports
//	cmd/newsgraph the command line
package newsgraph

// EntityType is the coarse type of a named entity (extraction.v1).
type EntityType string

// The entity types of extraction.v1.
const (
	Person   EntityType = "PERSON"
	Org      EntityType = "ORG"
	GPE      EntityType = "GPE"      // countries, cities, governed regions
	Location EntityType = "LOCATION" // places without a government
	Facility EntityType = "FACILITY" // bases, airports, buildings
	Event    EntityType = "EVENT"    // named operations, campaigns, attacks
)

// EntityTypes lists every EntityType in a stable order.
var EntityTypes = []EntityType{Person, Org, GPE, Location, Facility, Event}

// Valid reports whether t is one of the extraction.v1 types.
func (t EntityType) Valid() bool {
	for _, x := range EntityTypes {
		if t == x {
			return true
		}
	}
	return false
}

// Article is one news article as read from its source, before extraction.
type Article struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Source    string `json:"source,omitempty"` // publisher, e.g. "Anadolu Agency"
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD, empty when unknown
	Byline    string `json:"byline,omitempty"`
	Text      string `json:"text"`
	// Path is the file the article was read from (with a line number for
	// JSON Lines, "file.jsonl:12"); it names the input in error messages.
	Path string `json:"-"`
}

// Span is a half-open byte range [Start, End) in an article's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Extraction is what the pipeline finds in one article: the extraction.v1
// contract (shared/eval/CONTRACT.md) plus the article's metadata.
type Extraction struct {
	Doc       string   `json:"doc"`
	Published string   `json:"published"`
	Title     string   `json:"title,omitempty"`
	Source    string   `json:"source,omitempty"`
	URL       string   `json:"url,omitempty"`
	Byline    string   `json:"byline,omitempty"`
	Dateline  string   `json:"dateline,omitempty"` // place named in the dateline
	Entities  []Entity `json:"entities"`
	Quotes    []Quote  `json:"quotes"` // direct quotations only
	// Reported holds indirect speech ("X said that ..."), kept apart from
	// direct quotes as extraction.v1 asks.
	Reported  []Quote    `json:"reported,omitempty"`
	Dates     []Date     `json:"dates"`
	Relations []Relation `json:"relations"`
	// Events are attacks and strikes whose actor the text does not name
	// ("missile attacks on the base"): relations without a Subject, kept
	// apart from Relations, which extraction.v1 requires to have one.
	Events []Relation `json:"events,omitempty"`
	Claims []Claim    `json:"claims,omitempty"`
}

// Entity is one real-world entity as it appears in one article.
type Entity struct {
	// ID is the entity's IRI in the graph; the same real-world entity has
	// the same ID in every article. Set by the resolver.
	ID       string     `json:"id"`
	Name     string     `json:"name"` // canonical name
	Type     EntityType `json:"type"`
	Aliases  []string   `json:"aliases"`         // surface forms seen in this article
	Roles    []string   `json:"roles,omitempty"` // titles stated in this article
	Mentions []Span     `json:"mentions"`
}

// Quote is a statement: a direct quotation (Kind "direct") or reported
// speech (Kind "indirect"), with its speaker and when it was made.
type Quote struct {
	Speaker   string `json:"speaker"`    // canonical name, or Unattributed
	SpeakerID string `json:"speaker_id"` // entity IRI, or empty
	Text      string `json:"text"`       // the quoted words without quote marks
	Cue       string `json:"cue"`        // said, told, added, ...
	Date      string `json:"date"`       // YYYY-MM-DD or empty
	// DateIsDefault is true when Date is the publication date because the
	// text gives no date for the statement.
	DateIsDefault bool   `json:"date_is_default,omitempty"`
	Kind          string `json:"kind,omitempty"` // "direct" (default) or "indirect"
	// SpeakerOrg is the organization an unattributed speaker belongs to
	// when the text says so ("a Pentagon official").
	SpeakerOrg string `json:"speaker_org,omitempty"`
	// Evidence is the sentence that reports an indirect statement.
	Evidence string `json:"evidence,omitempty"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// Unattributed is the speaker of a quote whose source is anonymous.
const Unattributed = "UNATTRIBUTED"

// Date is a date expression normalised against the article's publication
// date. Value is YYYY-MM-DD, YYYY-MM, YYYY or a range "YYYY-MM-DD/YYYY-MM-DD".
type Date struct {
	Text      string `json:"text"`
	Value     string `json:"value"`
	Precision string `json:"precision,omitempty"` // day, month, year, range
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// The relation predicates of extraction.v1.
const (
	RoleIn          = "role_in"
	MemberOf        = "member_of"
	LocatedIn       = "located_in"
	Attacked        = "attacked"
	Struck          = "struck"
	MetWith         = "met_with"
	SpokespersonFor = "spokesperson_for"
	Leads           = "leads"
)

// Relation is a fact stated in an article linking two entities.
type Relation struct {
	Subject   string `json:"subject"` // entity name
	Predicate string `json:"predicate"`
	Object    string `json:"object"` // entity name
	Evidence  string `json:"evidence"`
	SubjectID string `json:"subject_id,omitempty"`
	ObjectID  string `json:"object_id,omitempty"`
	Date      string `json:"date,omitempty"`  // when it happened, if stated
	Place     string `json:"place,omitempty"` // where it happened (entity name), if stated
	Role      string `json:"role,omitempty"`  // the title, for role_in and spokesperson_for
	Start     int    `json:"start"`           // the evidence sentence
	End       int    `json:"end"`
}

// Claim is a numeric claim with its source: "roughly 2,500 American troops
// remain in Iraq" said by the article or by a speaker.
type Claim struct {
	Measure   string  `json:"measure"`             // what is counted, e.g. "American troops"
	Quantity  float64 `json:"quantity"`            // 2500
	Qualifier string  `json:"qualifier,omitempty"` // roughly, more than, at least
	Text      string  `json:"text"`                // the number as written
	Subject   string  `json:"subject,omitempty"`   // entity the claim is about, if any
	Source    string  `json:"source,omitempty"`    // who makes the claim; empty for the article itself
	Evidence  string  `json:"evidence"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
}
