package quoteeval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest/pipeline"
)

// Result is the outcome of a LitBank run.
type Result struct {
	Books     int
	Gold      int // gold quotations
	Predicted int // quotations the stage found
	Matched   int // predicted quotations matched one-to-one to gold ones
	Correct   int // matched quotations with the right speaker
}

// String prints the figures.
func (r Result) String() string {
	p, rc := ratio(r.Matched, r.Predicted), ratio(r.Matched, r.Gold)
	sp, sr := ratio(r.Correct, r.Predicted), ratio(r.Correct, r.Gold)
	return fmt.Sprintf("LitBank quotations: %d books, %d gold, %d predicted, %d matched\n"+
		"quote detection      P %.3f  R %.3f  F1 %.3f\n"+
		"speaker accuracy     %.3f  (%d of %d matched quotes)\n"+
		"quote+speaker        P %.3f  R %.3f  F1 %.3f\n",
		r.Books, r.Gold, r.Predicted, r.Matched, p, rc, f1(p, rc),
		ratio(r.Correct, r.Matched), r.Correct, r.Matched, sp, sr, f1(sp, sr))
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// LitBank runs stage over every book of LitBank's quotation layer in dir
// (quotations/tsv/<book>_brat.{txt,ann}, coref/brat/<book>_brat.ann).
//
// Each book's text is its tokenised sentences joined by spaces (LitBank
// keeps no paragraph breaks), with one document sentence per line. The
// entities are the coreference chains that hold a proper-name person
// mention (PROP_PER); every PROP_PER mention is a mention of its chain's
// entity, named by the chain's most frequent proper name. Pronouns and
// common nouns are left to the stage.
//
// A predicted quotation matches a gold one when the word-overlap F1 of
// their texts is at least 0.6 (as shared/eval/score does), one-to-one,
// best overlap first. Its speaker is correct when the predicted speaker
// name is one of the proper names in the gold speaker's coreference chain.
func LitBank(dir string, stage pipeline.Stage) (Result, error) {
	return LitBankLog(dir, stage, nil)
}

// LitBankLog is LitBank that also writes, when log is not nil, one line
// per matched quotation whose speaker is wrong: book, gold speaker's
// names, predicted speaker, cue and the text before and around the quote.
func LitBankLog(dir string, stage pipeline.Stage, log io.Writer) (Result, error) {
	var res Result
	anns, err := filepath.Glob(filepath.Join(dir, "quotations", "tsv", "*_brat.ann"))
	if err != nil {
		return res, fmt.Errorf("litbank: %w", err)
	}
	if len(anns) == 0 {
		return res, fmt.Errorf("litbank: no quotations/tsv/*_brat.ann in %s", dir)
	}
	for _, ann := range anns {
		book := strings.TrimSuffix(filepath.Base(ann), ".ann")
		r, err := litbankBook(dir, book, stage, log)
		if err != nil {
			return res, err
		}
		res.Books++
		res.Gold += r.Gold
		res.Predicted += r.Predicted
		res.Matched += r.Matched
		res.Correct += r.Correct
	}
	return res, nil
}

type goldQuote struct {
	span    newsgraph.Span
	text    string
	speaker string // chain id
}

func litbankBook(dir, book string, stage pipeline.Stage, log io.Writer) (Result, error) {
	var res Result
	txtPath := filepath.Join(dir, "quotations", "tsv", book+".txt")
	raw, err := os.ReadFile(txtPath)
	if err != nil {
		return res, fmt.Errorf("litbank: %w", err)
	}
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	// Offsets of every token of every line in the space-joined text
	// (the same byte offsets as the newline-joined file).
	text := strings.ReplaceAll(string(raw), "\n", " ")
	var sents []newsgraph.Span
	var tokStart, tokEnd [][]int
	off := 0
	for _, ln := range lines {
		sents = append(sents, newsgraph.Span{Start: off, End: off + len(ln)})
		var ss, ee []int
		p := off
		for _, t := range strings.Split(ln, " ") {
			ss = append(ss, p)
			ee = append(ee, p+len(t))
			p += len(t) + 1
		}
		tokStart, tokEnd = append(tokStart, ss), append(tokEnd, ee)
		off += len(ln) + 1
	}
	gold, err := readQuotes(filepath.Join(dir, "quotations", "tsv", book+".ann"), tokStart, tokEnd, text)
	if err != nil {
		return res, err
	}
	names, doc, err := readCoref(filepath.Join(dir, "coref", "brat", book+".ann"), text)
	if err != nil {
		return res, err
	}
	doc.Sentences = sents
	if err := stage.Process(doc); err != nil {
		return res, fmt.Errorf("litbank: %s: %w", book, err)
	}
	direct := doc.Quotes[:0:0]
	for _, q := range doc.Quotes {
		if q.Kind != "indirect" {
			direct = append(direct, q)
		}
	}
	doc.Quotes = direct
	res.Gold, res.Predicted = len(gold), len(doc.Quotes)
	type cand struct {
		ov   float64
		g, p int
	}
	var cs []cand
	for gi, g := range gold {
		for pi, p := range doc.Quotes {
			if !g.span.Overlaps(newsgraph.Span{Start: p.Start, End: p.End}) {
				continue
			}
			if ov := overlap(g.text, p.Text); ov >= 0.6 {
				cs = append(cs, cand{ov, gi, pi})
			}
		}
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].ov > cs[j].ov })
	ug, up := map[int]bool{}, map[int]bool{}
	for _, c := range cs {
		if ug[c.g] || up[c.p] {
			continue
		}
		ug[c.g], up[c.p] = true, true
		res.Matched++
		if names[gold[c.g].speaker][newsgraph.Key(doc.Quotes[c.p].Speaker)] {
			res.Correct++
		} else if log != nil {
			var gn []string
			for n := range names[gold[c.g].speaker] {
				gn = append(gn, n)
			}
			sort.Strings(gn)
			p := doc.Quotes[c.p]
			from, to := max(0, p.Start-200), min(len(text), p.End+120)
			fmt.Fprintf(log, "%s\tgold=%v\tpred=%q\tcue=%q\t%s[[%s]]%s\n", book, gn, p.Speaker, p.Cue,
				text[from:p.Start], text[p.Start:p.End], text[p.End:to])
		}
	}
	return res, nil
}

func readQuotes(path string, tokStart, tokEnd [][]int, text string) ([]goldQuote, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("litbank: %w", err)
	}
	defer f.Close()
	byID := map[string]*goldQuote{}
	var order []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		fs := strings.Split(sc.Text(), "\t")
		switch {
		case len(fs) >= 6 && fs[0] == "QUOTE":
			var v [4]int
			for i := range v {
				if v[i], err = strconv.Atoi(fs[2+i]); err != nil {
					return nil, fmt.Errorf("litbank: %s:%d: bad index %q", path, n, fs[2+i])
				}
			}
			if v[0] >= len(tokStart) || v[2] >= len(tokEnd) || v[1] >= len(tokStart[v[0]]) || v[3] >= len(tokEnd[v[2]]) {
				return nil, fmt.Errorf("litbank: %s:%d: quote outside the text", path, n)
			}
			sp := newsgraph.Span{Start: tokStart[v[0]][v[1]], End: tokEnd[v[2]][v[3]]}
			byID[fs[1]] = &goldQuote{span: sp, text: text[sp.Start:sp.End]}
			order = append(order, fs[1])
		case len(fs) >= 3 && fs[0] == "ATTRIB":
			if q := byID[fs[1]]; q != nil {
				q.speaker = fs[2]
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("litbank: read %s: %w", path, err)
	}
	var out []goldQuote
	for _, id := range order {
		out = append(out, *byID[id])
	}
	return out, nil
}

var chainID = regexp.MustCompile(`-\d+$`)

// readCoref builds the person entities and their proper-name mentions, and
// returns for each chain id the keys of its proper names.
func readCoref(path, text string) (map[string]map[string]bool, *newsgraph.Document, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("litbank: %w", err)
	}
	type tline struct {
		typ        string
		start, end int
	}
	// brat offsets count characters; the document's count bytes.
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	chainAt := map[[2]int]string{}
	var props []tline
	for i, ln := range strings.Split(string(b), "\n") {
		fs := strings.Split(ln, "\t")
		if len(fs) < 2 || !strings.HasPrefix(fs[0], "T") {
			continue
		}
		p := strings.Fields(fs[1])
		if len(p) != 3 {
			continue
		}
		s, e1 := strconv.Atoi(p[1])
		e, e2 := strconv.Atoi(p[2])
		if e1 != nil || e2 != nil || s < 0 || e >= len(byteAt) || s > e {
			return nil, nil, fmt.Errorf("litbank: %s:%d: bad offsets %q", path, i+1, fs[1])
		}
		s, e = byteAt[s], byteAt[e]
		switch {
		case p[0] == "PROP_PER":
			props = append(props, tline{p[0], s, e})
		case chainID.MatchString(p[0]):
			chainAt[[2]int{s, e}] = p[0]
		}
	}
	doc := newsgraph.NewDocument(newsgraph.Article{ID: filepath.Base(path), Text: text})
	names := map[string]map[string]bool{}
	count := map[string]map[string]int{}
	entityOf := map[string]int{}
	for _, pm := range props {
		chain, ok := chainAt[[2]int{pm.start, pm.end}]
		if !ok {
			continue
		}
		surface := text[pm.start:pm.end]
		if names[chain] == nil {
			names[chain], count[chain] = map[string]bool{}, map[string]int{}
		}
		names[chain][newsgraph.Key(surface)] = true
		count[chain][surface]++
		ei, ok := entityOf[chain]
		if !ok {
			ei = len(doc.Entities)
			entityOf[chain] = ei
			doc.Entities = append(doc.Entities, newsgraph.Entity{Type: newsgraph.Person})
		}
		doc.Mentions = append(doc.Mentions, newsgraph.Mention{Span: newsgraph.Span{Start: pm.start, End: pm.end},
			Text: surface, Type: newsgraph.Person, Entity: ei, Source: "litbank"})
	}
	for chain, ei := range entityOf {
		best, n := "", 0
		for s, c := range count[chain] {
			if c > n || c == n && s < best {
				best, n = s, c
			}
		}
		doc.Entities[ei].Name = best
	}
	sort.Slice(doc.Mentions, func(i, j int) bool { return doc.Mentions[i].Start < doc.Mentions[j].Start })
	return names, doc, nil
}

var wordRe = regexp.MustCompile(`[\p{L}\p{N}]+`)

// overlap is the F1 of the two texts' word sets (lower case).
func overlap(a, b string) float64 {
	wa := map[string]bool{}
	for _, w := range wordRe.FindAllString(strings.ToLower(a), -1) {
		wa[w] = true
	}
	wb := map[string]bool{}
	for _, w := range wordRe.FindAllString(strings.ToLower(b), -1) {
		wb[w] = true
	}
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	inter := 0
	for w := range wa {
		if wb[w] {
			inter++
		}
	}
	p, r := float64(inter)/float64(len(wb)), float64(inter)/float64(len(wa))
	return f1(p, r)
}
