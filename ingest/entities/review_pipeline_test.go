package entities_test

import (
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/resolve"
)

// A name joined across a hard wrap crosses a line, and later stages see
// lines as sentences: the whole pipeline must still run (a quotation read
// to its line's end once sliced past a name running on).
func TestWrappedNameThroughPipeline(t *testing.T) {
	text := "VARNOCO GETS APPROVAL FOR NEW DRUG\n\n" +
		"OSLAND, Ohio, March 13 - Varnoco Laboratories Inc said\n" +
		"it received approval to market Tervaxin, a drug that is the\n" +
		"generic version of a product of Kessel Pharma Inc, analysts said.\n" +
		"    Generic drugs are low-cost copies of brand name drugs that\n" +
		"have lost their patents. The patent expires April 21 this year.\n" +
		"Analysts said four generic drug companies, including Varnoco,\n" +
		"will have approval to market the generic drug later this year.\n" +
		"    \"We think that in the first year that it loses its patent,\n" +
		"sales of the drug will drop to about 240 mln dlrs from 280\n" +
		"mln dlrs,\" said Jon Tarrow, an aide to Mary\n" +
		"Hallam.\n" +
		"    Tarrow said Kessel would offset the loss with other sales.\n"
	doc := runPipeline(t, text)
	found := false
	for _, e := range doc.Entities {
		found = found || e.Name == "Mary Hallam"
	}
	if !found {
		t.Errorf("wrapped name not joined: %v", doc.Entities)
	}
}

// The headline's "BELLCANADA" and "DORN" are the body's "BellCanada" and
// "Dorn": the entity keeps the body's spelling, never the capitals or a
// title case that loses the inner capital.
func TestCapsHeadlineNameIsNotCanonical(t *testing.T) {
	text := "BELLCANADA UPS DORN BID\n\n" +
		"BellCanada said it raised its offer for Dorn Energy Ltd. Dorn said the offer was too low.\n" +
		"BellCanada and Dorn could not be reached for comment later.\n"
	doc := runPipeline(t, text)
	for _, e := range doc.Entities {
		if e.Name == "BELLCANADA" || e.Name == "Bellcanada" || e.Name == "DORN" {
			t.Errorf("headline spelling kept as the name: %q (%v)", e.Name, e.Aliases)
		}
	}
}

// runPipeline runs the default pipeline (with the shipped aliases) over
// one article of text.
func runPipeline(t *testing.T, text string) *newsgraph.Document {
	t.Helper()
	p, err := ingest.DefaultPipeline(resolve.DefaultAliases())
	if err != nil {
		t.Fatal(err)
	}
	doc, err := p.Run(newsgraph.Article{ID: "t", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
