package ingest

import (
	"fmt"

	"github.com/newsgraph/newsgraph/ingest/boilerplate"
	"github.com/newsgraph/newsgraph/ingest/dates"
	"github.com/newsgraph/newsgraph/ingest/entities"
	"github.com/newsgraph/newsgraph/ingest/ner"
	"github.com/newsgraph/newsgraph/ingest/pipeline"
	"github.com/newsgraph/newsgraph/ingest/quotes"
	"github.com/newsgraph/newsgraph/ingest/relations"
	"github.com/newsgraph/newsgraph/ingest/resolve"
	"github.com/newsgraph/newsgraph/ingest/segment"
)

// DefaultPipeline assembles the standard extraction pipeline, in order:
//
//	boilerplate  mark web boilerplate (comment policies, "Related Content")
//	segment      sentences and tokens
//	dates        the publication-date anchor and normalised date expressions
//	ner          the statistical tagger's entity mentions
//	entities     mention repair, typing, titles to roles, aliases within the article
//	quotes       direct quotations and reported speech with their speakers
//	relations    relations between entities and numeric claims
//
// The alias table (nil for none) lets the entities stage group known
// aliases within an article; cross-article resolution (package resolve)
// runs after the pipeline, over a batch of documents.
func DefaultPipeline(aliases *resolve.AliasTable) (*pipeline.Pipeline, error) {
	tagger, err := ner.New()
	if err != nil {
		return nil, fmt.Errorf("loading the entity tagger: %w", err)
	}
	ents, err := entities.New()
	if err != nil {
		return nil, fmt.Errorf("loading the entity gazetteers: %w", err)
	}
	return pipeline.New(
		boilerplate.New(),
		segment.New(),
		dates.New(),
		tagger,
		ents.WithAliases(aliases),
		quotes.New(),
		relations.New(),
	), nil
}
