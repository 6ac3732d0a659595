package report

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Files lists what WriteDir writes besides the entity pages.
var Files = []string{"index.html", "report.md", "entities.csv", "relations.csv", "statements.csv",
	"co-mentions.csv", "articles.csv", "graph.graphml", "graph.nq"}

// WriteDir writes the report into dir (created if missing): index.html,
// one entity-SLUG.html per page, report.md, the CSV tables, graph.graphml
// and graph.nq, which export (e.g. graph.Store.Export) writes.
func (r *Report) WriteDir(ctx context.Context, dir string, export func(context.Context, io.Writer) error) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	write := func(name string, fn func(io.Writer) error) error {
		path := filepath.Join(dir, name)
		f, err := os.Create(path)
		if err != nil {
			return fmt.Errorf("report: %w", err)
		}
		bw := bufio.NewWriter(f)
		if err := fn(bw); err != nil {
			f.Close()
			return fmt.Errorf("report: writing %s: %w", path, err)
		}
		if err := bw.Flush(); err != nil {
			f.Close()
			return fmt.Errorf("report: writing %s: %w", path, err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("report: writing %s: %w", path, err)
		}
		return nil
	}
	steps := []struct {
		name string
		fn   func(io.Writer) error
	}{
		{"index.html", r.WriteIndexHTML},
		{"report.md", r.WriteMarkdown},
		{"entities.csv", r.WriteEntitiesCSV},
		{"relations.csv", r.WriteRelationsCSV},
		{"statements.csv", r.WriteStatementsCSV},
		{"co-mentions.csv", r.WriteCoMentionsCSV},
		{"articles.csv", r.WriteArticlesCSV},
		{"graph.graphml", r.WriteGraphML},
		{"graph.nq", func(w io.Writer) error {
			if export == nil {
				return nil
			}
			return export(ctx, w)
		}},
	}
	for _, s := range steps {
		if err := write(s.name, s.fn); err != nil {
			return err
		}
	}
	for _, p := range r.Pages {
		if err := write(PageFile(p.Entity.ID), func(w io.Writer) error { return r.WriteEntityHTML(w, p) }); err != nil {
			return err
		}
	}
	return nil
}

func writeCSV(w io.Writer, header []string, rows [][]string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}

func (r *Report) name(id string) string {
	if e := r.entities[id]; e != nil {
		return e.Name
	}
	return ""
}

// WriteEntitiesCSV writes id, name, type, aliases ("; "-separated),
// mentions and articles (how many mention it), most mentioned first.
func (r *Report) WriteEntitiesCSV(w io.Writer) error {
	rows := make([][]string, 0, len(r.Entities))
	for _, e := range r.Entities {
		rows = append(rows, []string{e.ID, e.Name, e.Type, strings.Join(e.Aliases, "; "), strconv.Itoa(e.Mentions), strconv.Itoa(len(e.Articles))})
	}
	return writeCSV(w, []string{"id", "name", "type", "aliases", "mentions", "articles"}, rows)
}

// WriteRelationsCSV writes one row per stated relation; source_id and
// target_id are ids of entities.csv, article an id of articles.csv.
func (r *Report) WriteRelationsCSV(w io.Writer) error {
	rows := make([][]string, 0, len(r.Relations))
	for _, x := range r.Relations {
		rows = append(rows, []string{r.name(x.SourceID), x.SourceID, x.Predicate, r.name(x.TargetID), x.TargetID, x.Article, x.Date, x.Evidence})
	}
	return writeCSV(w, []string{"source", "source_id", "predicate", "target", "target_id", "article", "date", "evidence"}, rows)
}

// WriteStatementsCSV writes one row per statement; speaker_id is empty for
// unresolved or anonymous speakers.
func (r *Report) WriteStatementsCSV(w io.Writer) error {
	rows := make([][]string, 0, len(r.Statements))
	for _, s := range r.Statements {
		pub := ""
		if a := r.articles[s.Article]; a != nil {
			pub = a.Published
		}
		rows = append(rows, []string{s.ID, s.Speaker, s.SpeakerID, s.Text, s.Cue, s.Date, s.Article, pub})
	}
	return writeCSV(w, []string{"id", "speaker", "speaker_id", "text", "cue", "date", "article", "published"}, rows)
}

// WriteCoMentionsCSV writes every pair of entities that share an article,
// with how many they share.
func (r *Report) WriteCoMentionsCSV(w io.Writer) error {
	rows := make([][]string, 0, len(r.CoMentions))
	for _, c := range r.CoMentions {
		rows = append(rows, []string{c.SourceID, c.TargetID, r.name(c.SourceID), r.name(c.TargetID), strconv.Itoa(len(c.Articles))})
	}
	return writeCSV(w, []string{"source_id", "target_id", "source", "target", "articles"}, rows)
}

// WriteArticlesCSV writes id, title, source, published and url.
func (r *Report) WriteArticlesCSV(w io.Writer) error {
	rows := make([][]string, 0, len(r.Articles))
	for _, a := range r.Articles {
		rows = append(rows, []string{a.ID, a.Title, a.Source, a.Published, a.URL})
	}
	return writeCSV(w, []string{"id", "title", "source", "published", "url"}, rows)
}

// GraphML documents.
type gmlDoc struct {
	XMLName xml.Name `xml:"graphml"`
	NS      string   `xml:"xmlns,attr"`
	Keys    []gmlKey `xml:"key"`
	Graph   gmlGraph `xml:"graph"`
}

type gmlKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type gmlGraph struct {
	ID          string    `xml:"id,attr"`
	EdgeDefault string    `xml:"edgedefault,attr"`
	Nodes       []gmlNode `xml:"node"`
	Edges       []gmlEdge `xml:"edge"`
}

type gmlNode struct {
	ID   string    `xml:"id,attr"`
	Data []gmlData `xml:"data"`
}

type gmlEdge struct {
	ID     string    `xml:"id,attr"`
	Source string    `xml:"source,attr"`
	Target string    `xml:"target,attr"`
	Data   []gmlData `xml:"data"`
}

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// WriteGraphML writes the entities as nodes (label, type, mentions,
// articles) and two kinds of directed edges: one per distinct stated
// relation (predicate, weight = times stated) and one per co-mentioned
// pair (predicate "co_mention", weight = shared articles).
func (r *Report) WriteGraphML(w io.Writer) error {
	doc := gmlDoc{NS: "http://graphml.graphdrawing.org/xmlns", Keys: []gmlKey{
		{"label", "node", "label", "string"}, {"type", "node", "type", "string"},
		{"mentions", "node", "mentions", "int"}, {"articles", "node", "articles", "int"},
		{"predicate", "edge", "predicate", "string"}, {"weight", "edge", "weight", "double"},
		{"earticles", "edge", "articles", "string"},
	}, Graph: gmlGraph{ID: "newsgraph", EdgeDefault: "directed"}}
	for _, e := range r.Entities {
		doc.Graph.Nodes = append(doc.Graph.Nodes, gmlNode{ID: e.ID, Data: []gmlData{
			{"label", e.Name}, {"type", e.Type}, {"mentions", strconv.Itoa(e.Mentions)}, {"articles", strconv.Itoa(len(e.Articles))}}})
	}
	for i, g := range r.RelationGroups() {
		arts := append([]string(nil), g.Articles...)
		sort.Strings(arts)
		doc.Graph.Edges = append(doc.Graph.Edges, gmlEdge{ID: fmt.Sprintf("r%d", i+1), Source: g.SourceID, Target: g.TargetID, Data: []gmlData{
			{"predicate", g.Predicate}, {"weight", strconv.Itoa(g.Count)}, {"earticles", strings.Join(arts, " ")}}})
	}
	for i, c := range r.CoMentions {
		doc.Graph.Edges = append(doc.Graph.Edges, gmlEdge{ID: fmt.Sprintf("c%d", i+1), Source: c.SourceID, Target: c.TargetID, Data: []gmlData{
			{"predicate", "co_mention"}, {"weight", strconv.Itoa(len(c.Articles))}, {"earticles", strings.Join(c.Articles, " ")}}})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
