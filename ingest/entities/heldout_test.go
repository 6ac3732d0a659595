package entities

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// Regressions found on held-out wire news (2026-12-06); invented names.

func TestOrgHeadBeforeCountryIsAFirm(t *testing.T) {
	// "X Bank USA": a bank's arm in a country, a firm whatever the tagger
	// says of the words before.
	doc := run(t, "The results of Kessel Trust Bank USA were better than expected, analysts said.")
	want(t, doc, "Kessel Trust Bank USA", newsgraph.Org)
}
