// Package quoteeval measures the quotes stage: on LitBank's quotation
// layer (fiction) and, with entities taken from gold files, on news.
package quoteeval

import (
	"github.com/newsgraph/newsgraph/ingest/pipeline"
	"github.com/newsgraph/newsgraph/ingest/quotes"
	"github.com/newsgraph/newsgraph/ingest/relations"
)

// Stages are the stages run over oracle documents.
func Stages() []pipeline.Stage {
	return []pipeline.Stage{quotes.New(), relations.New()}
}
