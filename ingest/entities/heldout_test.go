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

func TestTwoCorporateSuffixesGroupWithTheName(t *testing.T) {
	// "Lorrimer Haskell Co Inc" and "Lorrimer Haskell and Co" are the firm
	// "Lorrimer Haskell"; "Lee and Co" is not the person Lee.
	for _, n := range []string{"Lorrimer Haskell Co Inc", "Lorrimer Haskell and Co", "Lorrimer Haskell Inc"} {
		if got := matchKey(n); got != matchKey("Lorrimer Haskell") {
			t.Errorf("matchKey(%q) = %q", n, got)
		}
	}
	if matchKey("Lee and Co") == matchKey("Lee") {
		t.Errorf("\"Lee and Co\" grouped with \"Lee\"")
	}
}
