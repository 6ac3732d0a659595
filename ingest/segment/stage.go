package segment

import "github.com/newsgraph/newsgraph"

// Stage is the pipeline stage that sets a document's sentences and tokens.
type Stage struct{}

// New returns the segment stage.
func New() Stage { return Stage{} }

// Name is "segment".
func (Stage) Name() string { return "segment" }

// Process sets doc.Sentences (outside doc.Ignored) and doc.Tokens.
func (Stage) Process(doc *newsgraph.Document) error {
	doc.Sentences = Sentences(doc.Text, doc.Ignored)
	doc.Tokens = Tokenize(doc.Text, doc.Sentences)
	return nil
}
