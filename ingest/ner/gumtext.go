package ner

import (
	"fmt"
	"strings"
)

// NamedSpan is a gold named mention located in a document's text.
type NamedSpan struct {
	Type       string // PERSON, ORG, GPE or EVENT
	Start, End int    // byte offsets, half-open
	Text       string
}

// Text rebuilds a GUM document's running text from its "# text" lines,
// one paragraph per line with a blank line between paragraphs and the
// sentences of a paragraph joined by a space, and locates the gold named
// mentions (the labels of Sentences) in it. It fails when the file's
// sentence texts do not line up with its token rows.
func (d GUMDoc) Text() (string, []NamedSpan, error) {
	if len(d.texts) != len(d.Sentences) {
		return "", nil, fmt.Errorf("gum %s: %d sentence texts for %d sentences", d.ID, len(d.texts), len(d.Sentences))
	}
	var b strings.Builder
	var gold []NamedSpan
	for si, s := range d.Sentences {
		switch {
		case si == 0:
		case d.newPar[si]:
			b.WriteString("\n\n")
		default:
			b.WriteByte(' ')
		}
		base := b.Len()
		text := d.texts[si]
		b.WriteString(text)
		// Tokens appear in order in the sentence text; a multi-word
		// token's parts ("do" "n't") are found inside its surface form.
		starts := make([]int, len(s.Words))
		ends := make([]int, len(s.Words))
		at := 0
		for i, w := range s.Words {
			j := strings.Index(text[at:], w)
			if j < 0 {
				starts[i], ends[i] = at, at
				continue
			}
			starts[i], ends[i] = at+j, at+j+len(w)
			at = ends[i]
		}
		for sp := range spansOf(s.Labels) {
			a, e := base+starts[sp.start], base+ends[sp.end-1]
			if e <= a {
				return "", nil, fmt.Errorf("gum %s: sentence %d: mention %v not found in %q", d.ID, si+1, s.Words[sp.start:sp.end], text)
			}
			gold = append(gold, NamedSpan{Type: sp.typ, Start: a, End: e, Text: b.String()[a:e]})
		}
	}
	return b.String(), gold, nil
}
