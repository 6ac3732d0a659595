package ner

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// gmbTypes maps GMB tag types to ours. gpe (mostly nationality adjectives),
// tim, art and nat map to O, and so does eve: its commonest spans are the
// bare numerals "II" and "I", which taught the model to call initials
// ("George W.") events.
var gmbTypes = map[string]string{"per": "PERSON", "org": "ORG", "geo": "GPE"}

// personTitles are leading words GMB includes in per spans ("President
// Bush", "Mr. Chavez") that our PERSON mentions leave out.
var personTitles = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "president": true, "prime": true,
	"minister": true, "secretary": true, "general": true, "gen.": true, "senator": true,
	"sen.": true, "king": true, "queen": true, "pope": true, "vice": true, "chancellor": true,
	"premier": true, "foreign": true, "defense": true, "governor": true, "sheikh": true,
	"ambassador": true, "envoy": true, "lieutenant": true, "colonel": true, "commander": true,
	"chief": true, "judge": true, "justice": true, "crown": true, "prince": true,
	"princess": true, "rev.": true, "cardinal": true, "archbishop": true, "bishop": true,
	"former": true, "state": true, "representative": true, "rep.": true, "speaker": true,
	"chairman": true, "chairwoman": true, "director": true, "administrator": true, "mp": true,
	"mayor": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "mep": true,
	"deputy": true, "coach": true, "manager": true, "captain": true, "professor": true, "prof.": true,
}

// ReadGMB reads the GMB "ner_dataset.csv" (Sentence #,Word,POS,Tag; IOB2
// over per/org/geo/gpe/tim/art/eve/nat) and maps its tags to Labels.
func ReadGMB(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gmb: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	r.FieldsPerRecord = 4
	r.ReuseRecord = true
	if _, err := r.Read(); err != nil {
		return nil, fmt.Errorf("gmb %s: header: %w", path, err)
	}
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, Sentence{Words: cur.Words, Labels: fixPersonTitles(cur.Words, cur.Labels)})
		}
		cur = Sentence{}
	}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("gmb %s: %w", path, err)
		}
		if rec[0] != "" {
			flush()
		}
		word := latin1(rec[1])
		tag := rec[3]
		label := "O"
		if len(tag) > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-' {
			if t, ok := gmbTypes[tag[2:]]; ok {
				label = tag[:2] + t
			}
		} else if tag != "O" {
			return nil, fmt.Errorf("gmb %s: line %d: bad tag %q", path, r.InputOffset(), tag)
		}
		cur.Words = append(cur.Words, word)
		cur.Labels = append(cur.Labels, label)
	}
	flush()
	return out, nil
}

// latin1 decodes the CSV's Latin-1 bytes as UTF-8.
func latin1(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			rs := make([]rune, len(s))
			for j := 0; j < len(s); j++ {
				rs[j] = rune(s[j])
			}
			return string(rs)
		}
	}
	return s
}

// fixPersonTitles drops leading title words from PERSON spans and repairs
// the BIO sequence (an I- without B- becomes B-).
func fixPersonTitles(words, labels []string) []string {
	for i := range labels {
		if labels[i] == "B-PERSON" {
			j := i
			for j < len(labels) && (j == i || labels[j] == "I-PERSON") && personTitles[strings.ToLower(words[j])] {
				labels[j] = "O"
				j++
			}
			if j > i && j < len(labels) && labels[j] == "I-PERSON" {
				labels[j] = "B-PERSON"
			}
		}
	}
	prev := "O"
	for i, l := range labels {
		if strings.HasPrefix(l, "I-") && prev[2:] != l[2:] {
			labels[i] = "B-" + l[2:]
		}
		prev = labels[i]
		if prev == "O" {
			prev = "O-O"
		}
	}
	return labels
}

// GUMDoc is one GUM document with named-entity labels.
type GUMDoc struct {
	ID        string // e.g. GUM_news_nasa
	Genre     string
	Created   string // meta::dateCreated, YYYY-MM-DD or empty
	Sentences []Sentence

	texts  []string // each sentence's "# text" line
	newPar []bool   // whether a sentence opens a paragraph
}

// gumTypes maps GUM entity types to ours; the others (time, object,
// abstract, substance, animal, plant, quantity) map to O.
var gumTypes = map[string]string{"person": "PERSON", "organization": "ORG", "place": "GPE", "event": "EVENT"}

// ReadGUM reads every dep/*.conllu file under dir. Named mentions are the
// entity mentions whose head token is a PROPN; each is cut down to the name
// around its head (see nameExtent). Nested named mentions give way to the
// longest.
func ReadGUM(dir string) ([]GUMDoc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "dep", "*.conllu"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("gum: no dep/*.conllu files under %s", dir)
	}
	sort.Strings(files)
	var docs []GUMDoc
	for _, p := range files {
		d, err := readGUMFile(p)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

type gumTok struct {
	word, upos, xpos, deprel string
	head                     int // 1-based within sentence, 0 root
}

type gumMention struct {
	typ        string
	start, end int // token indices, inclusive
}

func readGUMFile(path string) (GUMDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return GUMDoc{}, fmt.Errorf("gum: %w", err)
	}
	defer f.Close()
	doc := GUMDoc{ID: strings.TrimSuffix(filepath.Base(path), ".conllu")}
	if parts := strings.SplitN(doc.ID, "_", 3); len(parts) == 3 {
		doc.Genre = parts[1]
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var toks []gumTok
	var mentions []gumMention
	open := map[string][]int{} // entity id -> stack of indices into mentions
	line := 0
	par := false
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" {
			if len(toks) > 0 {
				doc.Sentences = append(doc.Sentences, gumSentence(toks, mentions))
			}
			toks, mentions = nil, nil
			continue
		}
		if s[0] == '#' {
			switch {
			case strings.HasPrefix(s, "# newpar"):
				par = true
			case strings.HasPrefix(s, "# text = "):
				doc.texts = append(doc.texts, strings.TrimPrefix(s, "# text = "))
				doc.newPar = append(doc.newPar, par)
				par = false
			case strings.HasPrefix(s, "# meta::dateCreated = "):
				doc.Created = strings.TrimSpace(strings.TrimPrefix(s, "# meta::dateCreated = "))
			}
			continue
		}
		cols := strings.Split(s, "\t")
		if len(cols) != 10 {
			return doc, fmt.Errorf("gum %s:%d: %d columns, want 10", path, line, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			continue // multi-word token ranges and empty nodes
		}
		head, _ := strconv.Atoi(cols[6])
		toks = append(toks, gumTok{word: cols[1], upos: cols[3], xpos: cols[4], deprel: cols[7], head: head})
		ti := len(toks) - 1
		for _, misc := range strings.Split(cols[9], "|") {
			ent, ok := strings.CutPrefix(misc, "Entity=")
			if !ok {
				continue
			}
			for ent != "" {
				switch {
				case ent[0] == '(':
					j := 1
					for j < len(ent) && ent[j] != '(' && ent[j] != ')' {
						j++
					}
					fields := strings.SplitN(ent[1:j], "-", 8)
					if len(fields) < 6 {
						return doc, fmt.Errorf("gum %s:%d: bad entity %q", path, line, ent[:j])
					}
					mentions = append(mentions, gumMention{typ: fields[1], start: ti, end: -1})
					if j < len(ent) && ent[j] == ')' {
						mentions[len(mentions)-1].end = ti
						j++
					} else {
						open[fields[0]] = append(open[fields[0]], len(mentions)-1)
					}
					ent = ent[j:]
				default:
					j := 0
					for j < len(ent) && ent[j] != ')' && ent[j] != '(' {
						j++
					}
					id := ent[:j]
					if st := open[id]; len(st) > 0 {
						mi := st[len(st)-1]
						open[id] = st[:len(st)-1]
						if mi < len(mentions) {
							mentions[mi].end = ti
						}
					}
					if j < len(ent) && ent[j] == ')' {
						j++
					}
					ent = ent[j:]
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return doc, fmt.Errorf("gum %s: %w", path, err)
	}
	if len(toks) > 0 {
		doc.Sentences = append(doc.Sentences, gumSentence(toks, mentions))
	}
	return doc, nil
}

// gumSentence converts a sentence's mentions to flat BIO labels.
func gumSentence(toks []gumTok, mentions []gumMention) Sentence {
	s := Sentence{Words: make([]string, len(toks)), Labels: make([]string, len(toks))}
	for i, t := range toks {
		s.Words[i] = t.word
		s.Labels[i] = "O"
	}
	type span struct {
		typ        string
		start, end int
	}
	var spans []span
	for _, m := range mentions {
		typ, ok := gumTypes[m.typ]
		if !ok || m.end < m.start {
			continue
		}
		// Head: the token whose head lies outside the mention.
		h := -1
		for i := m.start; i <= m.end; i++ {
			if hd := toks[i].head - 1; hd < m.start || hd > m.end {
				h = i
				break
			}
		}
		if h < 0 || !toks[h].proper() {
			continue
		}
		// Groups named by a plural proper noun ("Americans", "Senate
		// Democrats") and bare titles ("the Chairman", "Governor of
		// Virginia") are person mentions in GUM but not names of a person.
		if typ == "PERSON" && (toks[h].xpos == "NNPS" || personTitles[strings.ToLower(toks[h].word)]) {
			continue
		}
		a, b := nameExtent(toks, h, m.start, m.end, typ == "PERSON")
		if a > b || allTitles(toks[a:b+1]) {
			continue
		}
		spans = append(spans, span{typ, a, b})
	}
	sort.SliceStable(spans, func(i, j int) bool {
		return spans[i].end-spans[i].start > spans[j].end-spans[j].start
	})
	taken := make([]bool, len(toks))
	for _, sp := range spans {
		free := true
		for i := sp.start; i <= sp.end; i++ {
			free = free && !taken[i]
		}
		if !free {
			continue
		}
		for i := sp.start; i <= sp.end; i++ {
			taken[i] = true
			s.Labels[i] = "I-" + sp.typ
		}
		s.Labels[sp.start] = "B-" + sp.typ
	}
	return s
}

// proper reports a token tagged as a proper noun: UPOS PROPN, or PTB
// NNP/NNPS, which GUM gives to the adjectives and participles of names
// ("Republican Party", "United States") while their UPOS stays ADJ/VERB.
func (t gumTok) proper() bool {
	return t.upos == "PROPN" || t.xpos == "NNP" || t.xpos == "NNPS"
}

// nameExtent grows the name around head token h within [lo,hi]: proper
// nouns, numbers, hyphens and connectors such as "of" and "and" that stand
// between proper nouns; a title hanging off the name as nmod:desc
// ("Administrator Jane Doe") and everything before it stay out. A person's
// name takes no connectors: "Ann Lee and Bo Chen of Acme" is two people
// and an organisation, and the head's own name is kept.
func nameExtent(toks []gumTok, h, lo, hi int, person bool) (int, int) {
	part := func(i int) bool {
		t := toks[i]
		switch {
		case t.proper() || t.upos == "NUM":
			return t.deprel != "nmod:desc"
		case t.word == "-" || t.word == "&":
			return true
		case nameConnectors[strings.ToLower(t.word)]:
			return !person && i+1 <= hi && toks[i+1].proper()
		}
		return false
	}
	a := h
	for a-1 >= lo && part(a-1) {
		a--
	}
	b := h
	for b+1 <= hi && part(b+1) {
		b++
	}
	for a < b && !(toks[a].proper() || toks[a].upos == "NUM") {
		a++
	}
	for b > a && !(toks[b].proper() || toks[b].upos == "NUM") {
		b--
	}
	return a, b
}

// allTitles reports a span made only of title words ("President"): a
// common-noun mention with a capitalised head, not a name.
func allTitles(toks []gumTok) bool {
	for _, t := range toks {
		if !personTitles[strings.ToLower(t.word)] {
			return false
		}
	}
	return true
}

var nameConnectors = map[string]bool{"of": true, "and": true, "for": true, "de": true, "la": true, "du": true, "al": true, "the": true}

// HeldOutGUM reports whether a GUM document is held out of training: every
// document in GUM's dev and test splits.
func HeldOutGUM(id string) bool { return gumHeldOut[id] }

// gumHeldOut lists the dev and test documents of GUM's splits.md for the
// genres staged here.
var gumHeldOut = map[string]bool{
	"GUM_academic_exposure": true, "GUM_academic_librarians": true, "GUM_bio_byron": true,
	"GUM_bio_emperor": true, "GUM_court_loan": true, "GUM_court_negligence": true,
	"GUM_interview_cyclone": true, "GUM_interview_gaming": true, "GUM_news_homeopathic": true,
	"GUM_news_iodine": true, "GUM_textbook_governments": true, "GUM_textbook_labor": true,
	"GUM_voyage_athens": true, "GUM_voyage_coron": true,
	"GUM_academic_discrimination": true, "GUM_academic_eegimaa": true, "GUM_bio_dvorak": true,
	"GUM_bio_jespersen": true, "GUM_court_insanity": true, "GUM_court_mitigation": true,
	"GUM_interview_hill": true, "GUM_interview_libertarian": true, "GUM_news_nasa": true,
	"GUM_news_sensitive": true, "GUM_textbook_chemistry": true, "GUM_textbook_union": true,
	"GUM_voyage_oakland": true, "GUM_voyage_vavau": true,
}

// SplitGMB holds out the last twentieth of GMB's sentences (the corpus has
// no document boundaries) for evaluation.
func SplitGMB(sents []Sentence) (train, test []Sentence) {
	cut := len(sents) - len(sents)/20
	return sents[:cut], sents[cut:]
}

// SplitGUM separates GUM documents into training sentences (train-split
// documents of every genre but textbook, whose licence is unverified) and
// the held-out news sentences: Wikinews news and interview documents of
// the dev and test splits.
func SplitGUM(docs []GUMDoc) (train, heldNews []Sentence) {
	for _, d := range docs {
		switch {
		case HeldOutGUM(d.ID):
			if d.Genre == "news" || d.Genre == "interview" {
				heldNews = append(heldNews, d.Sentences...)
			}
		case d.Genre == "textbook":
		default:
			train = append(train, d.Sentences...)
		}
	}
	return train, heldNews
}
