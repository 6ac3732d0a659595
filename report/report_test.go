package report

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/resolve"
	"github.com/newsgraph/newsgraph/queries"
)

var fixedNow = time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)

// demoStore ingests the bundled demo articles through the real pipeline
// into a fresh memstore.
func demoStore(tb testing.TB) *graph.Store {
	tb.Helper()
	table, err := resolve.LoadAliases("../data/aliases.tsv")
	if err != nil {
		tb.Fatalf("aliases: %v", err)
	}
	p, err := ingest.DefaultPipeline(table)
	if err != nil {
		tb.Fatalf("pipeline: %v", err)
	}
	st, err := graph.Open("memstore", "")
	if err != nil {
		tb.Fatalf("open: %v", err)
	}
	tb.Cleanup(func() { st.Close() })
	r := &ingest.Runner{Pipeline: p, Resolver: resolve.New(table), Writer: st}
	sum, err := r.Run(context.Background(), []string{"../data/articles"})
	if err != nil {
		tb.Fatalf("ingest: %v", err)
	}
	if sum.Written == 0 {
		tb.Fatalf("ingest wrote nothing: %v", sum)
	}
	return st
}

var (
	libOnce sync.Once
	libVal  *queries.Library
	libErr  error
)

func lib(tb testing.TB) *queries.Library {
	libOnce.Do(func() {
		libVal, libErr = queries.Load()
		if libVal != nil {
			libVal.MaxRows = queries.HardMaxRows
		}
	})
	if libErr != nil {
		tb.Fatalf("queries: %v", libErr)
	}
	return libVal
}

// demoReport writes the report of the demo articles into a temp dir.
func demoReport(tb testing.TB, opts Options) (*Report, string) {
	tb.Helper()
	st := demoStore(tb)
	opts.Now = fixedNow
	r, err := Build(context.Background(), st.QuadStore(), lib(tb), opts)
	if err != nil {
		tb.Fatalf("build: %v", err)
	}
	dir := tb.TempDir()
	if err := r.WriteDir(context.Background(), dir, st.Export); err != nil {
		tb.Fatalf("write: %v", err)
	}
	return r, dir
}

func readCSV(t *testing.T, path string, header []string) []map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(recs) == 0 || strings.Join(recs[0], ",") != strings.Join(header, ",") {
		t.Fatalf("%s: header %v, want %v", path, recs[0], header)
	}
	var out []map[string]string
	for _, rec := range recs[1:] {
		m := map[string]string{}
		for i, h := range header {
			m[h] = rec[i]
		}
		out = append(out, m)
	}
	return out
}

func TestReportFiles(t *testing.T) {
	r, dir := demoReport(t, Options{})
	for _, f := range Files {
		fi, err := os.Stat(filepath.Join(dir, f))
		if err != nil || fi.Size() == 0 {
			t.Errorf("%s missing or empty: %v", f, err)
		}
	}
	if len(r.Pages) != DefaultTop {
		t.Fatalf("%d entity pages, want %d", len(r.Pages), DefaultTop)
	}
	index, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	for _, p := range r.Pages {
		b, err := os.ReadFile(filepath.Join(dir, PageFile(p.Entity.ID)))
		if err != nil {
			t.Fatalf("page of %s: %v", p.Entity.Name, err)
		}
		if !bytes.Contains(index, []byte(`href="`+PageFile(p.Entity.ID)+`"`)) {
			t.Errorf("index.html does not link to %s", PageFile(p.Entity.ID))
		}
		if !bytes.Contains(b, []byte(`href="index.html"`)) {
			t.Errorf("%s does not link back to index.html", PageFile(p.Entity.ID))
		}
		// Every cited article has an anchor in the page's article list.
		checkCitations(t, PageFile(p.Entity.ID), b, false)
		if !bytes.Contains(b, []byte(`id="art-`)) {
			t.Errorf("%s lists no article", PageFile(p.Entity.ID))
		}
		parseHTML(t, PageFile(p.Entity.ID), b)
	}
	checkCitations(t, "index.html", index, true)
	parseHTML(t, "index.html", index)
	// The most mentioned entity comes first and has the most mentions.
	for _, e := range r.Entities[1:] {
		if e.Mentions > r.Entities[0].Mentions {
			t.Fatalf("entities not sorted by mentions: %s %d > %s %d", e.Name, e.Mentions, r.Entities[0].Name, r.Entities[0].Mentions)
		}
	}
	md, _ := os.ReadFile(filepath.Join(dir, "report.md"))
	for _, p := range r.Pages {
		if !bytes.Contains(md, []byte("## <a id=\""+anchor(p.Entity.ID)+"\"></a>")) {
			t.Errorf("report.md lacks the section of %s", p.Entity.Name)
		}
	}
	nq, _ := os.ReadFile(filepath.Join(dir, "graph.nq"))
	if n := bytes.Count(nq, []byte("\n")); n < 100 {
		t.Errorf("graph.nq has %d lines", n)
	}
}

// checkCitations: every href="#art-X" has an element id="art-X".
func checkCitations(t *testing.T, name string, b []byte, mustCite bool) {
	t.Helper()
	s := string(b)
	n := 0
	for _, part := range strings.Split(s, `href="#art-`)[1:] {
		id := part[:strings.IndexByte(part, '"')]
		if !strings.Contains(s, `id="art-`+id+`"`) {
			t.Errorf("%s cites article %q without listing it", name, id)
		}
		n++
	}
	if n == 0 && mustCite {
		t.Errorf("%s cites no article", name)
	}
}

// parseHTML checks the page parses as HTML and, written as html/template
// writes it, as well-formed XML too (every element closed).
func parseHTML(t *testing.T, name string, b []byte) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var titles int
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "title" {
			titles++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if titles == 0 {
		t.Errorf("%s: no <title>", name)
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	d.AutoClose = nil
	d.Entity = xml.HTMLEntity
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("%s is not well formed: %v", name, err)
		}
	}
}

func TestCSVsJoin(t *testing.T) {
	_, dir := demoReport(t, Options{})
	ents := readCSV(t, filepath.Join(dir, "entities.csv"), []string{"id", "name", "type", "aliases", "mentions", "articles"})
	arts := readCSV(t, filepath.Join(dir, "articles.csv"), []string{"id", "title", "source", "published", "url"})
	rels := readCSV(t, filepath.Join(dir, "relations.csv"), []string{"source", "source_id", "predicate", "target", "target_id", "article", "date", "evidence"})
	sts := readCSV(t, filepath.Join(dir, "statements.csv"), []string{"id", "speaker", "speaker_id", "text", "cue", "date", "article", "published"})
	cms := readCSV(t, filepath.Join(dir, "co-mentions.csv"), []string{"source_id", "target_id", "source", "target", "articles"})
	if len(ents) < 10 || len(rels) == 0 || len(sts) == 0 || len(cms) == 0 || len(arts) != 5 {
		t.Fatalf("rows: %d entities, %d relations, %d statements, %d co-mentions, %d articles", len(ents), len(rels), len(sts), len(cms), len(arts))
	}
	entName := map[string]string{}
	for _, e := range ents {
		if _, dup := entName[e["id"]]; dup {
			t.Errorf("entity %s twice", e["id"])
		}
		entName[e["id"]] = e["name"]
	}
	artIDs := map[string]bool{}
	for _, a := range arts {
		artIDs[a["id"]] = true
	}
	for _, r := range rels {
		if entName[r["source_id"]] != r["source"] || entName[r["target_id"]] != r["target"] {
			t.Errorf("relation %v does not join entities.csv", r)
		}
		if !artIDs[r["article"]] {
			t.Errorf("relation article %q not in articles.csv", r["article"])
		}
	}
	speakers := 0
	for _, s := range sts {
		if s["speaker_id"] != "" {
			speakers++
			if _, ok := entName[s["speaker_id"]]; !ok {
				t.Errorf("statement speaker_id %q not in entities.csv", s["speaker_id"])
			}
		}
		if !artIDs[s["article"]] {
			t.Errorf("statement article %q not in articles.csv", s["article"])
		}
	}
	if speakers == 0 {
		t.Error("no statement has a speaker_id")
	}
	for _, c := range cms {
		if entName[c["source_id"]] != c["source"] || entName[c["target_id"]] != c["target"] || c["articles"] == "0" {
			t.Errorf("co-mention %v does not join entities.csv", c)
		}
	}

	// GraphML: one node per entity, one edge per distinct relation and
	// per co-mentioned pair, every edge between known nodes.
	b, err := os.ReadFile(filepath.Join(dir, "graph.graphml"))
	if err != nil {
		t.Fatal(err)
	}
	var doc gmlDoc
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("graph.graphml: %v", err)
	}
	if len(doc.Graph.Nodes) != len(ents) {
		t.Errorf("graphml: %d nodes, entities.csv %d rows", len(doc.Graph.Nodes), len(ents))
	}
	distinct := map[string]bool{}
	for _, r := range rels {
		distinct[r["source_id"]+" "+r["predicate"]+" "+r["target_id"]] = true
	}
	if want := len(distinct) + len(cms); len(doc.Graph.Edges) != want {
		t.Errorf("graphml: %d edges, want %d distinct relations + %d co-mentions", len(doc.Graph.Edges), len(distinct), len(cms))
	}
	for _, e := range doc.Graph.Edges {
		if _, ok := entName[e.Source]; !ok {
			t.Errorf("graphml edge %s from unknown node %s", e.ID, e.Source)
		}
		if _, ok := entName[e.Target]; !ok {
			t.Errorf("graphml edge %s to unknown node %s", e.ID, e.Target)
		}
	}
}

func TestNetworkLayout(t *testing.T) {
	r, _ := demoReport(t, Options{})
	net := r.Network
	if len(net.Nodes) <= 5 || len(net.Edges) == 0 {
		t.Fatalf("network: %d nodes, %d edges", len(net.Nodes), len(net.Edges))
	}
	if net.LabelsOverlap() {
		t.Error("network labels overlap")
	}
	for _, n := range net.Nodes {
		x0, y0, x1, y1 := n.labelBox()
		if n.X-n.R < 0 || n.Y-n.R < 0 || x0 < 0 || y0 < 0 || x1 > net.Width || y1 > net.Height {
			t.Errorf("%s lies outside the view box %gx%g", n.Name, net.Width, net.Height)
		}
	}
}

func TestSeparateLabels(t *testing.T) {
	// Ten nodes on top of each other must end with no label overlapping.
	net := &Network{}
	for i := 0; i < 10; i++ {
		net.Nodes = append(net.Nodes, &NetNode{ID: string(rune('a' + i)), Name: "Same Place Name", X: 100, Y: 100, R: 6, LW: 120, LH: labelHeight})
	}
	net.separateLabels()
	if net.LabelsOverlap() {
		t.Fatal("labels still overlap")
	}
}

func TestEmptyGraph(t *testing.T) {
	st, err := graph.Open("memstore", "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r, err := Build(context.Background(), st.QuadStore(), lib(t), Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	if !r.Empty || len(r.Pages) != 0 {
		t.Fatalf("empty graph: Empty=%v, %d pages", r.Empty, len(r.Pages))
	}
	dir := t.TempDir()
	if err := r.WriteDir(context.Background(), dir, st.Export); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"index.html", "report.md"} {
		b, _ := os.ReadFile(filepath.Join(dir, f))
		if !bytes.Contains(b, []byte("The graph is empty")) {
			t.Errorf("%s does not say the graph is empty", f)
		}
	}
	ents := readCSV(t, filepath.Join(dir, "entities.csv"), []string{"id", "name", "type", "aliases", "mentions", "articles"})
	if len(ents) != 0 {
		t.Errorf("entities.csv of an empty graph has %d rows", len(ents))
	}
}

func TestUnknownEntity(t *testing.T) {
	const missing = "Nobody Quite Like This Name"
	r, dir := demoReport(t, Options{Entities: []string{missing}})
	if len(r.Missing) != 1 || r.Missing[0] != missing || len(r.Pages) != 0 {
		t.Fatalf("missing %v, %d pages", r.Missing, len(r.Pages))
	}
	for _, f := range []string{"index.html", "report.md"} {
		b, _ := os.ReadFile(filepath.Join(dir, f))
		if !bytes.Contains(b, []byte("Not found in the graph: "+missing)) {
			t.Errorf("%s does not name the unknown entity", f)
		}
	}
	if _, err := BuildEntityPage(context.Background(), demoStore(t).QuadStore(), lib(t), missing); !errors.Is(err, ErrUnknownEntity) {
		t.Errorf("BuildEntityPage(%q) = %v, want ErrUnknownEntity", missing, err)
	}
}

func TestRequestedEntityBySlug(t *testing.T) {
	st := demoStore(t)
	r, err := Build(context.Background(), st.QuadStore(), lib(t), Options{Top: 1, Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	top := r.Pages[0].Entity
	p, err := BuildEntityPage(context.Background(), st.QuadStore(), lib(t), Slug(top.ID))
	if err != nil {
		t.Fatalf("page by slug %q: %v", Slug(top.ID), err)
	}
	if p.Entity.ID != top.ID || len(p.Articles) == 0 || len(p.CoMentions) == 0 {
		t.Fatalf("page of %s: id %s, %d articles, %d co-mentions", top.ID, p.Entity.ID, len(p.Articles), len(p.CoMentions))
	}
	var buf bytes.Buffer
	if err := WriteEntityPageHTML(&buf, p, "/reports/"); err != nil {
		t.Fatal(err)
	}
	parseHTML(t, "server page", buf.Bytes())
	checkCitations(t, "server page", buf.Bytes(), false)
	if !strings.Contains(buf.String(), `href="/reports/`) {
		t.Error("server page has no link to another entity's page")
	}
}
