// Command eval-ner measures the whole extraction pipeline's entities
// (ingest.DefaultPipeline, not the tagger alone) on text it never trained
// on, and its speed.
//
//	go run ./cmd/eval-ner -gum /work/shared/corpora/ner-gum [-v]
//	go run ./cmd/eval-ner -speed /work/shared/corpora/news-bbc2225 [-n 500]
//	go run ./cmd/eval-ner -print DIR [-n 20]
//	go run ./cmd/eval-ner -gmb /work/shared/corpora/ner-gmb/ner_dataset.csv [-v]
//
// -gum rebuilds the raw text of GUM's held-out Wikinews documents (news and
// interview genres of the dev and test splits, which the tagger never
// trained on), runs the pipeline over each and scores the entity mentions
// of its output against GUM's named mentions (see docs/ner.md for how they
// are derived). Types are compared coarsely: GUM's "place" covers
// countries, regions, sites and buildings alike, so GPE, LOCATION and
// FACILITY all count as PLACE. Two matchings are printed:
//
//	mentions  a predicted mention is right when its byte span and coarse
//	          type equal a gold mention's
//	names     per document, the set of distinct (newsgraph.Key(text),
//	          type) pairs of the predicted mentions against the gold ones
//
// -gmb does the same on the held-out last twentieth of GMB (Voice of
// America news; the tagger trained on the rest), rebuilt as text in
// pseudo-articles of 12 consecutive sentences, one per line.
//
// -speed runs the pipeline on one goroutine over every article under the
// folder and prints words (whitespace-separated) per second.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/ner"
	"github.com/newsgraph/newsgraph/ingest/pipeline"
	"github.com/newsgraph/newsgraph/ingest/resolve"
)

func main() {
	gum := flag.String("gum", "", "GUM folder holding dep/*.conllu: score the pipeline on its held-out news")
	gmb := flag.String("gmb", "", "GMB ner_dataset.csv: score the pipeline on its held-out slice")
	speed := flag.String("speed", "", "measure words/s of the pipeline over the articles under this folder")
	printDir := flag.String("print", "", "print the entities found in the articles under this folder")
	n := flag.Int("n", 0, "with -speed, -print or -gmb: stop after this many articles (0: all)")
	verbose := flag.Bool("v", false, "with -gum or -gmb: list missed and spurious mentions")
	flag.Parse()
	log.SetFlags(0)
	runtime.GOMAXPROCS(1)

	if *gum == "" && *gmb == "" && *speed == "" && *printDir == "" {
		flag.Usage()
		os.Exit(2)
	}
	p, err := ingest.DefaultPipeline(resolve.DefaultAliases())
	if err != nil {
		log.Fatal(err)
	}
	if *gum != "" {
		if err := evalGUM(p, *gum, *verbose); err != nil {
			log.Fatal(err)
		}
	}
	if *gmb != "" {
		if err := evalGMB(p, *gmb, *verbose, *n); err != nil {
			log.Fatal(err)
		}
	}
	if *speed != "" {
		if err := measureSpeed(p, *speed, *n); err != nil {
			log.Fatal(err)
		}
	}
	if *printDir != "" {
		if err := printEntities(p, *printDir, *n); err != nil {
			log.Fatal(err)
		}
	}
}

// coarse maps an extraction.v1 or GUM-derived type to the compared type.
func coarse(t string) string {
	switch t {
	case "GPE", "LOCATION", "FACILITY":
		return "PLACE"
	}
	return t
}

type span struct {
	typ        string
	start, end int
}

type name struct{ typ, key string }

type score struct{ tp, fp, fn int }

func (s score) prf() (p, r, f float64) {
	if s.tp+s.fp > 0 {
		p = float64(s.tp) / float64(s.tp+s.fp)
	}
	if s.tp+s.fn > 0 {
		r = float64(s.tp) / float64(s.tp+s.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

type table map[string]*score

func (t table) add(typ string, tp, fp, fn int) {
	for _, k := range []string{typ, "ALL"} {
		if t[k] == nil {
			t[k] = &score{}
		}
		t[k].tp += tp
		t[k].fp += fp
		t[k].fn += fn
	}
}

func (t table) print(title string) {
	fmt.Println(title)
	var types []string
	for k := range t {
		if k != "ALL" {
			types = append(types, k)
		}
	}
	sort.Strings(types)
	fmt.Printf("  %-8s %6s %6s %6s %6s %6s\n", "type", "gold", "pred", "P", "R", "F1")
	for _, k := range append(types, "ALL") {
		s := t[k]
		p, r, f := s.prf()
		fmt.Printf("  %-8s %6d %6d %6.1f %6.1f %6.1f\n", k, s.tp+s.fn, s.tp+s.fp, 100*p, 100*r, 100*f)
	}
}

func evalGUM(p *pipeline.Pipeline, dir string, verbose bool) error {
	docs, err := ner.ReadGUM(dir)
	if err != nil {
		return err
	}
	mentions, names := table{}, table{}
	ndocs, words := 0, 0
	for _, d := range docs {
		if !ner.HeldOutGUM(d.ID) || (d.Genre != "news" && d.Genre != "interview") {
			continue
		}
		text, gold, err := d.Text()
		if err != nil {
			return err
		}
		ndocs++
		words += len(strings.Fields(text))
		doc, err := p.Run(newsgraph.Article{ID: d.ID, Published: d.Created, Text: text})
		if err != nil {
			return fmt.Errorf("pipeline on %s: %w", d.ID, err)
		}
		goldSpans := map[span]bool{}
		goldNames := map[name]bool{}
		for _, g := range gold {
			t := coarse(g.Type)
			goldSpans[span{t, g.Start, g.End}] = true
			goldNames[name{t, newsgraph.Key(g.Text)}] = true
		}
		predSpans := map[span]bool{}
		predNames := map[name]bool{}
		for _, e := range doc.Extraction().Entities {
			t := coarse(string(e.Type))
			for _, m := range e.Mentions {
				predSpans[span{t, m.Start, m.End}] = true
				predNames[name{t, newsgraph.Key(text[m.Start:m.End])}] = true
			}
		}
		for s := range predSpans {
			if goldSpans[s] {
				mentions.add(s.typ, 1, 0, 0)
			} else {
				mentions.add(s.typ, 0, 1, 0)
				if verbose {
					fmt.Printf("%s\tFP\t%s\t%q\t%s\n", d.ID, s.typ, text[s.start:s.end], goldAt(goldSpans, s, text))
				}
			}
		}
		for s := range goldSpans {
			if !predSpans[s] {
				mentions.add(s.typ, 0, 0, 1)
				if verbose {
					fmt.Printf("%s\tFN\t%s\t%q\n", d.ID, s.typ, text[s.start:s.end])
				}
			}
		}
		for k := range predNames {
			if goldNames[k] {
				names.add(k.typ, 1, 0, 0)
			} else {
				names.add(k.typ, 0, 1, 0)
			}
		}
		for k := range goldNames {
			if !predNames[k] {
				names.add(k.typ, 0, 0, 1)
			}
		}
	}
	if ndocs == 0 {
		return fmt.Errorf("gum %s: no held-out news or interview documents", dir)
	}
	fmt.Printf("GUM held-out Wikinews news+interview: %d documents, %d words; whole pipeline\n", ndocs, words)
	mentions.print("mentions (exact byte span, coarse type):")
	names.print("names (distinct normalised name + coarse type per document):")
	return nil
}

// goldAt describes the gold mentions overlapping a spurious one.
func goldAt(gold map[span]bool, s span, text string) string {
	var out []string
	for g := range gold {
		if g.start < s.end && s.start < g.end {
			out = append(out, fmt.Sprintf("gold %s %q", g.typ, text[g.start:g.end]))
		}
	}
	sort.Strings(out)
	return strings.Join(out, "; ")
}

var errStop = fmt.Errorf("enough articles")

func readArticles(dir string, n int, fn func(newsgraph.Article) error) error {
	count := 0
	skips, err := ingest.Read([]string{dir}, func(a newsgraph.Article) error {
		if n > 0 && count >= n {
			return errStop
		}
		count++
		return fn(a)
	})
	if err != nil && err != errStop {
		return err
	}
	for _, s := range skips {
		log.Printf("skipped %s", s)
	}
	if count == 0 {
		return fmt.Errorf("%s: no articles", dir)
	}
	return nil
}

func measureSpeed(p *pipeline.Pipeline, dir string, n int) error {
	var arts []newsgraph.Article
	words, bytes := 0, 0
	if err := readArticles(dir, n, func(a newsgraph.Article) error {
		arts = append(arts, a)
		words += len(strings.Fields(a.Text))
		bytes += len(a.Text)
		return nil
	}); err != nil {
		return err
	}
	start := time.Now()
	for _, a := range arts {
		if _, err := p.Run(a); err != nil {
			return fmt.Errorf("pipeline on %s: %w", a.Path, err)
		}
	}
	el := time.Since(start)
	fmt.Printf("%d articles, %d words, %.1f MB in %s on one goroutine: %.0f words/s, %.2f MB/s\n",
		len(arts), words, float64(bytes)/1e6, el.Round(time.Millisecond),
		float64(words)/el.Seconds(), float64(bytes)/1e6/el.Seconds())
	return nil
}

func printEntities(p *pipeline.Pipeline, dir string, n int) error {
	return readArticles(dir, n, func(a newsgraph.Article) error {
		doc, err := p.Run(a)
		if err != nil {
			return fmt.Errorf("pipeline on %s: %w", a.Path, err)
		}
		fmt.Printf("== %s\n", a.Path)
		for _, e := range doc.Extraction().Entities {
			fmt.Printf("  %-9s %s  %q\n", e.Type, e.Name, e.Aliases)
		}
		return nil
	})
}
