package quoteeval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// goldFile is the part of an extraction.gold.v1 file the oracle reads.
type goldFile struct {
	Doc      string `json:"doc"`
	Entities []struct {
		Name    string               `json:"name"`
		Type    newsgraph.EntityType `json:"type"`
		Aliases []string             `json:"aliases"`
		Role    string               `json:"role"`
	} `json:"entities"`
	Dates []struct {
		Text  string `json:"text"`
		Value string `json:"value"`
	} `json:"dates"`
}

// OracleDocs reads every gold file in goldDir and its article
// (<id>.txt and <id>.meta.json) in articleDir, and returns documents whose
// entities, mentions and dates come from the gold file: every occurrence
// of a gold name or alias is a mention, every occurrence of a gold date
// text a date. Stages after entity grouping can then be measured apart
// from the quality of the entity stages.
func OracleDocs(goldDir, articleDir string) ([]*newsgraph.Document, error) {
	files, err := filepath.Glob(filepath.Join(goldDir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("oracle: list %s: %w", goldDir, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("oracle: no gold files (*.json) in %s", goldDir)
	}
	var docs []*newsgraph.Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("oracle: %w", err)
		}
		var g goldFile
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("oracle: %s: not a gold file: %w", f, err)
		}
		if g.Doc == "" {
			g.Doc = strings.TrimSuffix(filepath.Base(f), ".json")
		}
		txt := filepath.Join(articleDir, g.Doc+".txt")
		tb, err := os.ReadFile(txt)
		if err != nil {
			return nil, fmt.Errorf("oracle: article for %s: %w", f, err)
		}
		art := newsgraph.Article{ID: g.Doc, Text: string(tb), Path: txt}
		if mb, err := os.ReadFile(filepath.Join(articleDir, g.Doc+".meta.json")); err == nil {
			if err := json.Unmarshal(mb, &art); err != nil {
				return nil, fmt.Errorf("oracle: %s.meta.json: %w", g.Doc, err)
			}
			art.Text, art.Path = string(tb), txt
		}
		doc := newsgraph.NewDocument(art)
		var ms []newsgraph.Mention
		for ei, e := range g.Entities {
			ent := newsgraph.Entity{Name: e.Name, Type: e.Type, Aliases: e.Aliases}
			if e.Role != "" {
				ent.Roles = []string{e.Role}
			}
			doc.Entities = append(doc.Entities, ent)
			for _, al := range append([]string{e.Name}, e.Aliases...) {
				for _, off := range occurrences(doc.Text, al) {
					ms = append(ms, newsgraph.Mention{Span: newsgraph.Span{Start: off, End: off + len(al)},
						Text: al, Type: e.Type, Entity: ei, Source: "oracle"})
				}
			}
		}
		doc.Mentions = dropOverlaps(ms)
		for i := range doc.Entities {
			for _, m := range doc.Mentions {
				if m.Entity == i {
					doc.Entities[i].Mentions = append(doc.Entities[i].Mentions, m.Span)
				}
			}
		}
		for _, d := range g.Dates {
			for _, off := range occurrences(doc.Text, d.Text) {
				doc.Dates = append(doc.Dates, newsgraph.Date{Text: d.Text, Value: d.Value, Start: off, End: off + len(d.Text)})
			}
		}
		sort.Slice(doc.Dates, func(i, j int) bool { return doc.Dates[i].Start < doc.Dates[j].Start })
		docs = append(docs, doc)
	}
	return docs, nil
}

// occurrences finds s in text at word boundaries.
func occurrences(text, s string) []int {
	var out []int
	if s == "" {
		return nil
	}
	for from := 0; ; {
		i := strings.Index(text[from:], s)
		if i < 0 {
			return out
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(s):])
		if (i == 0 || !isWordRune(before)) && (i+len(s) == len(text) || !isWordRune(after)) {
			out = append(out, i)
		}
		from = i + 1
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// dropOverlaps keeps the longest of overlapping mentions, in text order.
func dropOverlaps(ms []newsgraph.Mention) []newsgraph.Mention {
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].Len() != ms[j].Len() {
			return ms[i].Len() > ms[j].Len()
		}
		return ms[i].Start < ms[j].Start
	})
	var keep []newsgraph.Mention
	for _, m := range ms {
		ok := true
		for _, k := range keep {
			if k.Overlaps(m.Span) {
				ok = false
				break
			}
		}
		if ok {
			keep = append(keep, m)
		}
	}
	sort.Slice(keep, func(i, j int) bool { return keep[i].Start < keep[j].Start })
	return keep
}
