package bench

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

const sgml = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="7">
<DATE> 3-MAR-1987 09:18:21.26</DATE>
<TOPICS><D>grain</D></TOPICS>
<TEXT>&#2;
<TITLE>MILLERS &lt;ACME&gt; SEE LOWER OUTPUT</TITLE>
<DATELINE>    RIDGEPORT, March 3 - </DATELINE><BODY>Output fell 3 pct, the group's chairman, Jo Example, said.
` + "\xe9t\xe9" + ` Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="8">
<DATE>3-MAR-1987 09:19:00.00</DATE>
<TEXT TYPE="BRIEF">&#2;
<TITLE>BRIEF ONLY</TITLE>
</TEXT>
</REUTERS>
`

func TestParseReuters(t *testing.T) {
	as, err := ParseReuters([]byte(sgml), "x.sgm")
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 {
		t.Fatalf("got %d articles, want 1 (the brief has no body)", len(as))
	}
	a := as[0]
	if a.ID != "reuters-7" || a.Published != "1987-03-03" || a.Title != "MILLERS <ACME> SEE LOWER OUTPUT" || a.Source != ReutersSource {
		t.Fatalf("article %+v", a)
	}
	if !strings.HasPrefix(a.Text, "RIDGEPORT, March 3 - Output fell 3 pct") || !strings.Contains(a.Text, "été Reuter") || strings.ContainsAny(a.Text, "\x02\x03") {
		t.Fatalf("text %q", a.Text)
	}
	if _, err := ParseReuters([]byte("no records"), "bad.sgm"); err == nil || !strings.Contains(err.Error(), "bad.sgm") {
		t.Fatalf("want an error naming the file, got %v", err)
	}
	bad := strings.Replace(sgml, " 3-MAR-1987", "3-XYZ-19", 1)
	if _, err := ParseReuters([]byte(bad), "d.sgm"); err == nil || !strings.Contains(err.Error(), "NEWID=7") {
		t.Fatalf("want a bad date error naming the record, got %v", err)
	}
}

func TestReadBBC(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "tech"), 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, "tech", name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("001.txt", "Gadget sales rise\n\nSales rose, the firm said.\n\nMore text here.\n")
	write("002.txt", "Price in \xa3\n\nIt cost \xa35.\n")
	as, err := ReadBBC(dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 2 || as[0].ID != "bbc-tech-001" || as[0].Title != "Gadget sales rise" || !strings.HasPrefix(as[0].Text, "Sales rose") {
		t.Fatalf("articles %+v", as)
	}
	if as[1].Text != "It cost £5." {
		t.Fatalf("latin-1 text %q", as[1].Text)
	}
	if Words(as[:1]) != 8 {
		t.Fatalf("words %d", Words(as[:1]))
	}
	if got, _ := ReadBBC(dir, 1); len(got) != 1 {
		t.Fatalf("limit 1: %d", len(got))
	}
	write("003.txt", "Title only\n")
	if _, err := ReadBBC(dir, 0); err == nil || !strings.Contains(err.Error(), "003.txt") {
		t.Fatalf("want an error naming 003.txt, got %v", err)
	}
}

func TestSynthShape(t *testing.T) {
	g := &Synth{Seed: 3, Universe: 5000}
	mentions := map[string]int{}
	var ents, quotes, rels, claims int
	const n = 400
	for i := 0; i < n; i++ {
		x := g.Article(i)
		if err := graph.Check(x); err != nil {
			t.Fatalf("article %d: %v", i, err)
		}
		seen := map[string]bool{}
		for _, e := range x.Entities {
			if seen[e.ID] {
				t.Fatalf("article %d mentions %s twice", i, e.ID)
			}
			seen[e.ID] = true
			mentions[e.ID]++
		}
		ents += len(x.Entities)
		quotes += len(x.Quotes)
		rels += len(x.Relations)
		claims += len(x.Claims)
	}
	if a, b := g.Article(9), g.Article(9); a.Entities[0].ID != b.Entities[0].ID || a.Published != b.Published {
		t.Fatal("Article is not deterministic")
	}
	mean := func(k int) float64 { return float64(k) / n }
	if m := mean(ents); m < 9 || m > 15 {
		t.Errorf("entities per article %.1f, want about 12", m)
	}
	if m := mean(quotes); m < 2 || m > 4 {
		t.Errorf("quotes per article %.1f, want about 3", m)
	}
	if m := mean(rels); m < 1 || m > 3 {
		t.Errorf("relations per article %.1f, want about 2", m)
	}
	if m := mean(claims); m < 0.5 || m > 1.5 {
		t.Errorf("claims per article %.1f, want about 1", m)
	}
	// Zipf-like: the top entity is in many articles, most in one or two.
	top, once := 0, 0
	for _, c := range mentions {
		top = max(top, c)
		if c <= 2 {
			once++
		}
	}
	if top < n/10 || once < len(mentions)/2 {
		t.Errorf("popularity not skewed: top entity in %d of %d articles, %d of %d entities in <= 2", top, n, once, len(mentions))
	}
	names := map[string]int{}
	for k := 0; k < 5000; k++ {
		if j, dup := names[g.EntityName(k)]; dup {
			t.Fatalf("entities %d and %d share the name %q", j, k, g.EntityName(k))
		}
		names[g.EntityName(k)] = k
	}
}

func TestBuildSampleAndMeasure(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open("memstore", "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	g := &Synth{Seed: 1, Universe: 300}
	b, err := BuildSynthetic(ctx, st, g, 0, 5000, 20, nil)
	if err != nil {
		t.Fatal(err)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if b.Quads < 5000 || int64(b.Quads) != stats.Quads || b.Articles != stats.Articles {
		t.Fatalf("built %+v, store %+v", b, stats)
	}
	s, err := SampleStore(ctx, st, 5, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Popular) != 5 || len(s.Rare) == 0 || len(s.Articles) != 5 || len(s.Measures) == 0 {
		t.Fatalf("sample %+v", s)
	}
	if s.Popular[0] != g.EntityName(0) && s.Popular[0] != g.EntityName(1) {
		t.Errorf("most popular entity %q, want one of the first of the universe", s.Popular[0])
	}
	lib, err := queries.Load()
	if err != nil {
		t.Fatal(err)
	}
	ls, err := MeasureQueries(ctx, lib, st, s, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(ls) != len(lib.List()) {
		t.Fatalf("%d latencies for %d queries", len(ls), len(lib.List()))
	}
	rows := 0.0
	for _, l := range ls {
		if l.Errors > 0 {
			t.Errorf("%s: %d errors, first: %s", l.Query, l.Errors, l.FirstError)
		}
		if l.Runs != 4 || l.P50 <= 0 || l.P99 < l.P50 || l.Max < l.P99 {
			t.Errorf("%s: %+v", l.Query, l)
		}
		rows += l.MeanRows
	}
	if rows == 0 {
		t.Error("no query returned rows")
	}
}

func TestPercentile(t *testing.T) {
	var ds []time.Duration
	for i := 100; i >= 1; i-- {
		ds = append(ds, time.Duration(i))
	}
	if Percentile(ds, 50) != 50 || Percentile(ds, 99) != 99 || Percentile(ds, 100) != 100 || Percentile(nil, 50) != 0 {
		t.Fatalf("p50 %v p99 %v", Percentile(ds, 50), Percentile(ds, 99))
	}
}

// TestIngestRerunIsIdempotent ingests the same articles twice into bolt:
// the second run replaces each article with itself, so an interrupted
// ingest can simply be run again.
func TestIngestRerunIsIdempotent(t *testing.T) {
	ctx := context.Background()
	as := []newsgraph.Article{
		{ID: "t1", Published: "2024-05-02", Title: "Port reopens", Text: `RIDGEPORT, May 2 - The port of Ridgeport reopened on Thursday, Harbor Authority chief Anna Example said. "We are open for business," Example told reporters.`},
		{ID: "t2", Published: "2024-05-03", Title: "Talks", Text: `Foreign Minister Tom Sample met Anna Example in Ridgeport on Friday. "The talks went well," Sample said.`},
	}
	in, err := TempJSONL(t.TempDir(), "in", as)
	if err != nil {
		t.Fatal(err)
	}
	st, err := graph.Open("bolt", filepath.Join(t.TempDir(), "g.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r1, err := Ingest(ctx, st, []string{in}, 1, 0, false)
	if err != nil {
		t.Fatal(err)
	}
	if r1.Summary.Written != 2 || r1.Quads == 0 || r1.PeakRSS == 0 {
		t.Fatalf("first run %+v", r1)
	}
	r2, err := Ingest(ctx, st, []string{in}, 2, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	if r2.Quads != r1.Quads || r2.Summary.Replaced != 2 {
		t.Fatalf("rerun: %d quads (first run %d), %d replaced", r2.Quads, r1.Quads, r2.Summary.Replaced)
	}
}

func TestExtractOnly(t *testing.T) {
	as := []newsgraph.Article{{ID: "e1", Text: "Anna Example, the mayor of Ridgeport, said on Monday that the bridge would reopen."}}
	r, err := ExtractOnly(as)
	if err != nil {
		t.Fatal(err)
	}
	if r.Articles != 1 || r.Words != 14 || r.Failed != 0 || r.WordsPerSecond() <= 0 {
		t.Fatalf("%+v", r)
	}
}
