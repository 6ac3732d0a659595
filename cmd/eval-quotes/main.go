// Command eval-quotes measures the quotes stage: on LitBank (-litbank DIR)
// it prints quote detection and speaker attribution figures; with -gold and
// -articles it runs the quotes and relations stages over documents whose
// entities come from the gold files and prints extraction.v1 JSON Lines
// for shared/eval/score.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/newsgraph/newsgraph/ingest/quotes"
	"github.com/newsgraph/newsgraph/ingest/quotes/quoteeval"
)

func main() {
	gold := flag.String("gold", "", "gold directory (extraction.gold.v1) for an oracle-entity run")
	articles := flag.String("articles", "data/articles", "articles directory for -gold")
	litbank := flag.String("litbank", "", "LitBank directory (quotations/ and coref/)")
	verbose := flag.Bool("v", false, "with -litbank: list the matched quotations whose speaker is wrong on stderr")
	flag.Parse()
	if err := run(*gold, *articles, *litbank, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "eval-quotes:", err)
		os.Exit(1)
	}
}

func run(gold, articles, litbank string, verbose bool) error {
	switch {
	case gold != "":
		docs, err := quoteeval.OracleDocs(gold, articles)
		if err != nil {
			return err
		}
		enc := json.NewEncoder(os.Stdout)
		for _, d := range docs {
			for _, s := range quoteeval.Stages() {
				if err := s.Process(d); err != nil {
					return fmt.Errorf("%s: stage %s: %w", d.Article.ID, s.Name(), err)
				}
			}
			if err := enc.Encode(d.Extraction()); err != nil {
				return fmt.Errorf("write: %w", err)
			}
		}
		return nil
	case litbank != "":
		var log io.Writer
		if verbose {
			log = os.Stderr
		}
		res, err := quoteeval.LitBankLog(litbank, quotes.New(), log)
		if err != nil {
			return err
		}
		fmt.Print(res)
		return nil
	}
	return fmt.Errorf("give -litbank DIR or -gold DIR")
}
