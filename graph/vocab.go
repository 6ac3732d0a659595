package graph

import (
	"fmt"
	"io"
	"strings"

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
	TypeMention   = ng("Mention")  // how often one article mentions one entity
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
	PredQuadsDigest   = ng("quadsDigest")  // SHA-256 of the article's other quads
	PredMentions      = s("mentions")      // article -> entity; quote/relation -> entity
	PredMentionCount  = ng("mentionCount") // on a mention-count node, see PredMentionOf
	PredMentionOf     = ng("mentionOf")    // mention-count node -> the entity counted
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
	PredEvidence  = ng("evidence")  // the sentence stating a relation, claim or indirect statement
	PredStartDate = s("startDate")  // when an event happened
	PredLocation  = s("location")   // where an event happened
	PredRoleName  = s("roleName")   // the title in role_in / spokesperson_for

	PredMeasure      = ng("measure")
	PredQuantity     = ng("quantity")
	PredQualifier    = ng("qualifier")
	PredClaimant     = ng("claimant")     // entity making a claim
	PredClaimantName = ng("claimantName") // the claim's source as named
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

// Vocabulary documents every class and predicate above, in the order
// docs/vocabulary.md shows them. A test checks that every class and
// predicate Quads can emit is listed here.
var Vocabulary = []Term{
	{TypeArticle, "class", "", "", "A news article; its IRI (ArticleBase + id) is also the label of every quad it contributed."},
	{TypePerson, "class", "", "", "An entity of type PERSON."},
	{TypeOrg, "class", "", "", "An entity of type ORG."},
	{TypeGPE, "class", "", "", "An entity of type GPE: a country, city or governed region."},
	{TypeLocation, "class", "", "", "An entity of type LOCATION: a place without a government."},
	{TypeFacility, "class", "", "", "An entity of type FACILITY: a base, airport or building."},
	{TypeEvent, "class", "", "", "An entity of type EVENT: a named operation, campaign or attack."},
	{TypeQuotation, "class", "", "", "A statement: a direct quotation (ng:kind \"direct\", IRI ArticleBase + id + /quote/N) or reported speech without quote marks, \"X said that ...\", \"according to X, ...\" (ng:kind \"indirect\", IRI ArticleBase + id + /reported/N)."},
	{TypeRelation, "class", "", "", "A reified relation between two entities with its evidence; IRI ArticleBase + id + /relation/N."},
	{TypeClaim, "class", "", "", "A numeric claim with its source; IRI ArticleBase + id + /claim/N."},
	{TypeMention, "class", "", "", "How often one article mentions one entity; IRI ArticleBase + id + /mention/N."},

	{PredType, "property", "any node", "class", "The node's class."},
	{PredName, "property", "entity", "string", "Canonical name."},
	{PredAlternateName, "property", "entity", "string", "A surface form seen in the article (one quad per alias)."},
	{PredKey, "property", "entity", "string", "newsgraph.Key of the name and of every alias; queries look entities up by it."},
	{PredEntityType, "property", "entity", "string", "PERSON, ORG, GPE, LOCATION, FACILITY or EVENT."},
	{PredJobTitle, "property", "entity", "string", "A title or role the article states for the entity."},

	{PredIdentifier, "property", "article", "string", "Article id."},
	{PredHeadline, "property", "article", "string", "Title."},
	{PredDatePublished, "property", "article", "string YYYY-MM-DD", "Publication date."},
	{PredPublisher, "property", "article", "string", "Source name."},
	{PredAuthor, "property", "article", "string", "Byline."},
	{PredURL, "property", "article", "string", "Address of the article."},
	{PredDateline, "property", "article", "string", "Place named in the dateline."},
	{PredQuadsDigest, "property", "article", "string", "SHA-256 (hex) of the article's other quads as N-Quads lines, in the order the writer makes them. A writer given an article whose digest the store already holds leaves it alone instead of reading its old quads back (graph.WriteArticles)."},
	{PredMentions, "property", "article, quotation", "entity", "Article: every entity it mentions. Quotation: every entity mentioned inside the quote."},
	{PredMentionOf, "property", "mention", "entity", "The entity a mention-count node counts."},
	{PredMentionCount, "property", "mention", "integer", "How many times the article mentions the entity."},
	{PredMentionsDate, "property", "article", "string", "A normalised date value the article names (YYYY-MM-DD, YYYY-MM, YYYY or a range a/b)."},

	{PredText, "property", "quotation, claim", "string", "Quotation: the quoted words, or for reported speech the reported clause. Claim: the number as written."},
	{PredSpeaker, "property", "quotation", "entity", "The speaker entity, when known."},
	{PredSpeakerName, "property", "quotation", "string", "The speaker as named, or UNATTRIBUTED."},
	{PredSpeakerOrg, "property", "quotation", "string", "Organization of an unattributed speaker (\"a ministry official\")."},
	{PredIsPartOf, "property", "quotation, relation, claim, mention", "article", "The article the node comes from."},
	{PredDateCreated, "property", "quotation", "string YYYY-MM-DD", "When the statement was made."},
	{PredDateDefault, "property", "quotation", "boolean", "True when dateCreated is the publication date because the text gives no date."},
	{PredCue, "property", "quotation", "string", "The cue verb: said, told, added, ..."},
	{PredKind, "property", "quotation", "string", "direct (words in quote marks) or indirect (reported speech); never mixed: an indirect statement's clause holds no quote mark."},

	{PredSubject, "property", "relation, claim", "entity", "Relation: its subject. Claim: the entity the claim is about."},
	{PredObject, "property", "relation", "entity", "The relation's object."},
	{PredRelation, "property", "relation", "string", "The extraction.v1 predicate name (role_in, member_of, ...)."},
	{PredEvidence, "property", "relation, claim, quotation", "string", "The sentence stating the relation or claim, or reporting an indirect statement."},
	{PredStartDate, "property", "relation", "string", "When it happened, if stated."},
	{PredLocation, "property", "relation", "entity", "Where it happened, if stated."},
	{PredRoleName, "property", "relation", "string", "The title, for role_in and spokesperson_for."},

	{PredMeasure, "property", "claim", "string", "What is counted (\"ships\", \"troops\")."},
	{PredQuantity, "property", "claim", "float", "The number as a value (40)."},
	{PredQualifier, "property", "claim", "string", "roughly, more than, at least, ..."},
	{PredClaimant, "property", "claim", "entity", "The entity making the claim, when it is one of the article's entities."},
	{PredClaimantName, "property", "claim", "string", "The claim's source as named; absent when the article itself claims it."},

	{RelationPredicates[newsgraph.RoleIn], "property", "person", "organization", "Direct edge for role_in (title on the Relation node)."},
	{RelationPredicates[newsgraph.MemberOf], "property", "entity", "organization", "Direct edge for member_of."},
	{RelationPredicates[newsgraph.LocatedIn], "property", "place", "place", "Direct edge for located_in."},
	{RelationPredicates[newsgraph.Attacked], "property", "entity", "entity", "Direct edge for attacked."},
	{RelationPredicates[newsgraph.Struck], "property", "entity", "entity", "Direct edge for struck."},
	{RelationPredicates[newsgraph.MetWith], "property", "entity", "entity", "Direct edge for met_with."},
	{RelationPredicates[newsgraph.SpokespersonFor], "property", "person", "organization", "Direct edge for spokesperson_for."},
	{RelationPredicates[newsgraph.Leads], "property", "person", "organization", "Direct edge for leads."},

	{PredAggArticles, "property", "entity (mirror aggregate)", "integer", "How many articles mention the entity (kept for every entity; the other aggregates only for entities in at least --aggregate-min articles)."},
	{PredAggMentions, "property", "entity (mirror aggregate)", "integer", "The sum of its ng:mentionCount over all articles."},
	{PredAggStatements, "property", "entity (mirror aggregate)", "integer", "How many quotations it is the speaker of."},
	{PredAggFirstSeen, "property", "entity (mirror aggregate)", "string YYYY-MM-DD", "The earliest schema:datePublished of the articles mentioning it."},
	{PredAggLastSeen, "property", "entity (mirror aggregate)", "string YYYY-MM-DD", "The latest schema:datePublished of the articles mentioning it."},
	{PredAggCoMentions, "property", "entity (mirror aggregate)", "JSON string", "[[entity, shared articles], ...]: the entities mentioned in the same articles, most shared first, then by IRI; the first 1,000."},
	{PredAggCoMentionPairs, "property", "entity (mirror aggregate)", "JSON string", "[[i, j, articles], ...]: for each two of the first 60 ng:coMentions (i and j their positions there, the first the lesser IRI), how many of the entity's articles mention both, most first, then by the two IRIs; pairs sharing none left out."},
	{PredAggStatementsBy, "property", "entity (mirror aggregate)", "JSON string", "[[statement, article, dateCreated, article's datePublished], ...]: every quotation with a text and an article whose speaker is the entity, by IRI."},
	{PredAggStatementsAbout, "property", "entity (mirror aggregate)", "JSON string", "The same for every quotation that mentions the entity."},
	{PredAggRelations, "property", "entity (mirror aggregate)", "JSON string", "[[relation, article, startDate, predicate name, article's datePublished, places], ...]: every relation the entity is subject (s), object (o) or location (l) of; places holds those letters; by IRI."},
	{PredAggArticlesOf, "property", "entity (mirror aggregate)", "JSON string", "[[article, datePublished or null], ...]: every article mentioning the entity, newest first, undated last, then by IRI."},
	{PredAggQuoteEdges, "property", "entity (mirror aggregate)", "JSON string", "[[speaker, entity mentioned, statements, example text], ...]: viz-quotes' edges over the statements by or mentioning the entity, most statements first; the first 100."},
	{PredAggOrgQuotes, "property", "entity (mirror aggregate)", "JSON string", "[[statement, via, person], ...]: the statements quotes-by-org shows for the entity, newest first, with how each is tied to it; the first 1,000."},
	{PredAggAttackEdges, "property", "entity (mirror aggregate)", "JSON string", "[[attacker, attacked, relations, predicates, latest date], ...]: viz-attacks' edges over the attacked and struck relations the entity is subject or object of, most relations first; the first 100."},
	{PredIndexedKey, "property", "ng:keyIndex (mirror aggregate)", "string", "Every distinct ng:key of an entity, once, so the entities query can match keys without walking every entity of every article."},
	{PredAggRoleGroups, "property", "entity (mirror aggregate)", "JSON string", "[[kind, role, organization, articles, first seen, last seen, evidence], ...]: the roles query's groups of the role_in, spokesperson_for, leads and member_of relations the entity is the subject of."},
	{PredAggTimeline, "property", "entity (mirror aggregate)", "JSON string", "[[item, date, 1 for a relation else 0], ...]: the statements and dated or event relations the timeline query shows for the entity, dated by their own date or their article's, oldest first, undated last."},
	{PredIndexedMeasure, "property", "ng:measureIndex (mirror aggregate)", "measure node", "Every claim measure's index node (ng:measure/ + the measure, escaped)."},
	{PredMeasureName, "property", "measure node (mirror aggregate)", "string", "The measure."},
	{PredMeasureClaims, "property", "measure node (mirror aggregate)", "JSON string", "[[claim, article's datePublished], ...]: every claim of the measure with an article, oldest first, undated last, then by IRI."},
	{PredAggAttacksOn, "property", "entity (mirror aggregate)", "JSON string", "[[relation, article, startDate, predicate name, article's datePublished], ...]: the attacked and struck relations whose object is the entity or a place in it, or whose location is the entity; by IRI."},
	{PredAggArticlesOfHead, "property", "entity (mirror aggregate)", "JSON string", "[n, [entries of ng:articlesOf]]: the dated articles that can be among the entity's n newest (n the mirror's head size, 200 by default), in ng:articlesOf's order; only when more than n are dated. articles-mentioning reads it for at most n rows and no date range."},
	{PredAggAttacksOnHead, "property", "entity (mirror aggregate)", "JSON string", "[n, [entries of ng:attacksOn]]: the dated attacks that can be among the n newest, in ng:attacksOn's order; only when more than n are dated. attacks-on reads it for at most n rows."},
	{PredAggStrikesByHead, "property", "entity (mirror aggregate)", "JSON string", "[n, [entries of ng:relationsOf]]: of the attacked and struck relations the entity is the subject of, the dated ones that can be among the n newest, in ng:relationsOf's order; when at most n are dated, all of them, dated or not, with n = 2147483647 (any limit). strikes-by reads it for at most n rows."},
	{PredAggStatementsByHead, "property", "entity (mirror aggregate)", "JSON string", "[n, [entries of ng:statementsBy]]: the statements that can be among the n newest (by their own date, else their article's), in ng:statementsBy's order; only when more than n have a date. statements-by reads it for at most n rows."},
	{PredAggStatementsAboutHead, "property", "entity (mirror aggregate)", "JSON string", "[n, [entries of ng:statementsAbout]]: the same for ng:statementsAbout; statements-about reads it for at most n rows."},
	{PredAggTimelineHead, "property", "entity (mirror aggregate)", "JSON string", "[n, [entries of ng:timeline]]: the first entries of ng:timeline, up to every one dated as early as the n-th; only when more than n are dated. timeline reads it for at most n rows and no date range."},
	{PredAggStatementRow, "property", "quotation (mirror aggregate)", "JSON string", "The row the statement queries show for it, read in one go instead of from a dozen quads: {statement, text, speaker, speaker_id, kind, cue, date (its own, else its article's datePublished), date_is_default, article, article_id, title, published}. Kept for every quotation with a text and an article (graph/cards.go)."},
	{PredAggRelationRow, "property", "relation (mirror aggregate)", "JSON string", "The row the relation queries show for it, without its entities' names (the queries read those): {relation, predicate, subject, object, role, date, place, evidence, article, article_id, title, published}. Kept for every relation with a predicate, an object and an article."},
}

// Prefixed writes an IRI of the vocabulary in its short form: schema:name,
// ng:key, rdf:type; other IRIs in full between angle brackets.
func Prefixed(iri quad.IRI) string {
	v := string(iri)
	for _, p := range [...]struct{ prefix, ns string }{{"schema:", Schema}, {"rdf:", RDF}, {"ng:", NS}} {
		if strings.HasPrefix(v, p.ns) {
			return p.prefix + v[len(p.ns):]
		}
	}
	return "<" + v + ">"
}

// WriteVocabularyMarkdown writes Vocabulary as the Markdown document
// docs/vocabulary.md (regenerate it with
// `go test ./graph -run TestVocabularyDoc -update`).
func WriteVocabularyMarkdown(w io.Writer) error {
	var b strings.Builder
	b.WriteString("# Vocabulary\n\n")
	b.WriteString("Generated from `graph.Vocabulary` (graph/vocab.go); do not edit by hand.\n\n")
	fmt.Fprintf(&b, "Prefixes: `schema:` = %s, `rdf:` = %s, `ng:` = %s.\n", Schema, RDF, NS)
	fmt.Fprintf(&b, "Entities are `%s<slug>`, articles `%s<id>`.\n", EntityBase, ArticleBase)
	b.WriteString("Every quad is labelled with the IRI of the article it came from, except the aggregates a memstore mirror keeps for entities in many articles and on every quotation and relation (label `ng:aggregates`, never written to the store; see graph/aggregates.go). ")
	b.WriteString("Literals are plain strings (dates as sortable \"YYYY-MM-DD\"), except ng:mentionCount (integer), ng:quantity (float) and ng:dateIsDefault (boolean).\n\n")
	b.WriteString("## Classes\n\n| Class | Description |\n|---|---|\n")
	for _, t := range Vocabulary {
		if t.Kind == "class" {
			fmt.Fprintf(&b, "| `%s` | %s |\n", Prefixed(t.IRI), mdCell(t.Comment))
		}
	}
	b.WriteString("\n## Predicates\n\n| Predicate | Domain | Range | Description |\n|---|---|---|---|\n")
	for _, t := range Vocabulary {
		if t.Kind == "property" {
			fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", Prefixed(t.IRI), mdCell(t.Domain), mdCell(t.Range), mdCell(t.Comment))
		}
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write vocabulary: %w", err)
	}
	return nil
}

func mdCell(s string) string { return strings.ReplaceAll(s, "|", "\\|") }
