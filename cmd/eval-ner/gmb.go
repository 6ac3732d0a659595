package main

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest/ner"
	"github.com/newsgraph/newsgraph/ingest/pipeline"
)

// gmbSentencesPerArticle is how many consecutive held-out GMB sentences
// make one pseudo-article (GMB has no document boundaries; neighbouring
// sentences mostly come from one Voice of America story).
const gmbSentencesPerArticle = 12

// noSpaceBefore are GMB tokens written against the previous word.
var noSpaceBefore = map[string]bool{",": true, ".": true, ";": true, ":": true, "?": true, "!": true,
	")": true, "'s": true, "'": true, "n't": true, "%": true, "'re": true, "'ve": true, "'m": true, "'ll": true, "'d": true}

// detokenize writes GMB words as text and returns the byte span of each.
func detokenize(b *strings.Builder, words []string) [][2]int {
	spans := make([][2]int, len(words))
	prev := ""
	for i, w := range words {
		if b.Len() > 0 && !noSpaceBefore[w] && prev != "(" && prev != "$" {
			b.WriteByte(' ')
		}
		spans[i] = [2]int{b.Len(), b.Len() + len(w)}
		b.WriteString(w)
		prev = w
	}
	return spans
}

// evalGMB scores the whole pipeline on the held-out GMB slice (the last
// twentieth, never trained on). Gold: per -> PERSON (titles left out),
// org -> ORG, geo -> PLACE; GMB marks no events our way, so EVENT
// predictions are left out of the score.
func evalGMB(p *pipeline.Pipeline, path string, verbose bool, limit int) error {
	sents, err := ner.ReadGMB(path)
	if err != nil {
		return err
	}
	_, test := ner.SplitGMB(sents)
	if limit > 0 && limit*gmbSentencesPerArticle < len(test) {
		test = test[:limit*gmbSentencesPerArticle]
	}
	mentions := table{}
	words, ndocs := 0, 0
	for a := 0; a < len(test); a += gmbSentencesPerArticle {
		group := test[a:min(a+gmbSentencesPerArticle, len(test))]
		var b strings.Builder
		gold := map[span]bool{}
		for _, s := range group {
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			base := b.Len()
			var inner strings.Builder
			sp := detokenize(&inner, s.Words)
			b.WriteString(inner.String())
			words += len(s.Words)
			start, typ := -1, ""
			flush := func(end int) {
				if start >= 0 {
					gold[span{coarse(typ), base + sp[start][0], base + sp[end][1]}] = true
				}
				start = -1
			}
			for i, l := range s.Labels {
				switch {
				case strings.HasPrefix(l, "B-"):
					flush(i - 1)
					start, typ = i, l[2:]
				case strings.HasPrefix(l, "I-") && start >= 0 && l[2:] == typ:
				default:
					flush(i - 1)
				}
			}
			flush(len(s.Labels) - 1)
		}
		text := b.String()
		ndocs++
		doc, err := p.Run(newsgraph.Article{ID: fmt.Sprintf("gmb-%d", a), Text: text})
		if err != nil {
			return err
		}
		pred := map[span]bool{}
		for _, e := range doc.Extraction().Entities {
			if e.Type == newsgraph.Event {
				continue
			}
			for _, m := range e.Mentions {
				pred[span{coarse(string(e.Type)), m.Start, m.End}] = true
			}
		}
		for s := range pred {
			if gold[s] {
				mentions.add(s.typ, 1, 0, 0)
			} else {
				mentions.add(s.typ, 0, 1, 0)
				if verbose {
					fmt.Printf("gmb-%d\tFP\t%s\t%q\t%s\n", a, s.typ, text[s.start:s.end], goldAt(gold, s, text))
				}
			}
		}
		for s := range gold {
			if !pred[s] {
				mentions.add(s.typ, 0, 0, 1)
				if verbose {
					fmt.Printf("gmb-%d\tFN\t%s\t%q\n", a, s.typ, text[s.start:s.end])
				}
			}
		}
	}
	fmt.Printf("GMB held-out slice: %d sentences in %d pseudo-articles, %d tokens; whole pipeline\n", len(test), ndocs, words)
	mentions.print("mentions (exact byte span, coarse type; EVENT not scored):")
	return nil
}
