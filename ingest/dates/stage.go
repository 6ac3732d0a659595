package dates

import (
	"fmt"

	"github.com/newsgraph/newsgraph"
)

// Stage is the "dates" pipeline stage. It sets the document's anchor (the
// publication date, else a dateline's date; an anchor set by an earlier
// stage is kept when the article has no publication date) and its dates:
// each distinct date expression outside the ignored spans, once (see
// Unique). Stages that need every occurrence, with its offsets, call Find.
type Stage struct{}

// New returns the dates stage.
func New() Stage { return Stage{} }

// Name is "dates".
func (Stage) Name() string { return "dates" }

// Process annotates doc with its anchor and dates.
func (Stage) Process(doc *newsgraph.Document) error {
	a := doc.Article
	switch {
	case a.Published != "":
		t, err := ParsePublished(a.Published)
		if err != nil {
			return fmt.Errorf("%s: %w", articleName(a), err)
		}
		doc.Anchor, doc.HasAnchor = t, true
	case doc.HasAnchor:
	default:
		doc.Anchor, doc.HasAnchor = Anchor(a, doc.Text)
	}
	doc.Dates = Unique(Find(doc.Text, doc.Anchor, doc.HasAnchor, doc.Ignored))
	return nil
}

func articleName(a newsgraph.Article) string {
	if a.Path != "" {
		return a.Path
	}
	return "article " + a.ID
}
