package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/server"
)

const demoArticles = "../../data/articles"

// newsgraph runs the command line in-process and returns stdout, stderr
// and the error run returned.
func runCmd(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, &out, &errb)
	return out.String(), errb.String(), err
}

// ingestDemo ingests the bundled articles into a fresh bolt store.
func ingestDemo(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "demo.bolt")
	out, errs, err := runCmd(t, "ingest", "--dbpath", db, demoArticles)
	if err != nil {
		t.Fatalf("ingest: %v\n%s\n%s", err, out, errs)
	}
	if !strings.Contains(out, "5 written") {
		t.Fatalf("ingest summary = %q, want 5 articles written", out)
	}
	return db
}

// demoArgs gives every canned query parameters that have answers in the
// demo graph. A query missing here fails TestEveryCannedQueryOnDemoGraph.
var demoArgs = map[string]map[string]string{
	"entities":            {"q": "sudani"},
	"entity":              {"entity": "Sudani"},
	"statements-by":       {"entity": "Lloyd Austin"},
	"statements-about":    {"entity": "HMC"},
	"quotes-by-org":       {"entity": "Pentagon"},
	"co-mentions":         {"entity": "Daesh"},
	"articles-mentioning": {"entity": "ISIS"},
	"timeline":            {"entity": "Iraq"},
	"roles":               {"entity": "Patrick Ryder"},
	"attacks-on":          {"entity": "Kataib Hezbollah"},
	"strikes-by":          {"entity": "U.S."},
	"path":                {"from": "Lloyd Austin", "to": "Kataib Hezbollah"},
	"claims":              {"measure": "troops"},
	"viz-co-mentions":     {"entity": "Iraq"},
	"viz-quotes":          {},
	"viz-attacks":         {},
	"viz-article":         {"article": "aa-us-iraq-talks"},
}

func TestEveryCannedQueryOnDemoGraph(t *testing.T) {
	db := ingestDemo(t)
	st, err := graph.Open("bolt", db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	lib, err := queries.Load()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, q := range lib.List() {
		args, ok := demoArgs[q.Name]
		if !ok {
			t.Errorf("canned query %s has no demo parameters in this test", q.Name)
			continue
		}
		res, err := lib.Run(ctx, st.QuadStore(), q.Name, args)
		if err != nil {
			t.Errorf("%s %v: %v", q.Name, args, err)
			continue
		}
		if len(res.Rows) == 0 {
			t.Errorf("%s %v: no rows from the demo graph", q.Name, args)
		}
		if strings.HasPrefix(q.Name, "viz-") || q.Name == "path" {
			for _, r := range res.Rows {
				if r["source"] == nil || r["target"] == nil {
					t.Errorf("%s: row without source/target for Cayley's Visualize page: %v", q.Name, r)
					break
				}
			}
		}
	}

	// Specific answers a reader of the articles expects.
	res, err := lib.Run(ctx, st.QuadStore(), "statements-by", map[string]string{"entity": "Lloyd Austin"})
	if err != nil {
		t.Fatal(err)
	}
	if !anyRow(res.Rows, "text", "HMC will enable the transition") {
		t.Errorf("statements-by Lloyd Austin lacks his HMC statement: %v", res.Rows)
	}
	for _, r := range res.Rows {
		if r["speaker"] != "Lloyd Austin" || r["article_id"] == "" || r["published"] == "" {
			t.Errorf("statements-by row lacks speaker, article or date: %v", r)
		}
	}
	// Spelling variants of one person resolve to one node.
	var ids []any
	for _, name := range []string{"Sudani", "Mohammed Shia al Sudani", "Mohammed Shia’ al-Sudani", "mohammed shia al-sudani"} {
		res, err := lib.Run(ctx, st.QuadStore(), "entity", map[string]string{"entity": name})
		if err != nil {
			t.Fatalf("entity %q: %v", name, err)
		}
		ids = append(ids, res.Rows[0]["entity"])
	}
	for _, id := range ids[1:] {
		if id != ids[0] {
			t.Errorf("spellings of one name resolve to different nodes: %v", ids)
		}
	}
	// ISIS, Daesh and Islamic State are one node, mentioned in every article.
	res, err = lib.Run(ctx, st.QuadStore(), "articles-mentioning", map[string]string{"entity": "Daesh"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 5 {
		t.Errorf("articles mentioning Daesh/ISIS = %d, want all 5", len(res.Rows))
	}
	// Attacks on a base whose attackers the article does not name.
	res, err = lib.Run(ctx, st.QuadStore(), "attacks-on", map[string]string{"entity": "al-Asad Airbase"})
	if err != nil {
		t.Fatal(err)
	}
	if !anyRow(res.Rows, "evidence", "missile attacks on the al-Asad Airbase") {
		t.Errorf("attacks-on al-Asad Airbase lacks the missile attacks: %v", res.Rows)
	}
	if _, err := lib.Run(ctx, st.QuadStore(), "entity", map[string]string{"entity": "Nobody Atall"}); !errors.Is(err, queries.ErrNotFound) {
		t.Errorf("unknown entity: err = %v, want ErrNotFound", err)
	}
}

// On the demo graph every canned query gives the same rows from a mirror
// keeping aggregates for every entity as from the store itself.
func TestCannedQueriesSameFromAggregates(t *testing.T) {
	db := ingestDemo(t)
	st, err := graph.Open("bolt", db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	m, err := graph.MirrorWithOptions(ctx, st, graph.MirrorOptions{AggregateMinArticles: 1, HeadRows: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	lib, err := queries.Load()
	if err != nil {
		t.Fatal(err)
	}
	type run struct {
		query string
		args  map[string]string
	}
	var runs []run
	for _, q := range lib.List() {
		runs = append(runs, run{q.Name, demoArgs[q.Name]})
	}
	for _, e := range []string{"Iraq", "Sudani", "Lloyd Austin", "Daesh", "Kataib Hezbollah", "al-Asad Airbase"} {
		for _, q := range []string{"entity", "co-mentions", "viz-co-mentions", "statements-by", "statements-about",
			"timeline", "roles", "strikes-by", "attacks-on", "articles-mentioning", "quotes-by-org", "viz-quotes", "viz-attacks"} {
			runs = append(runs, run{q, map[string]string{"entity": e}})
			if q != "entity" && q != "roles" {
				runs = append(runs, run{q, map[string]string{"entity": e, "limit": "2"}})
			}
		}
		runs = append(runs, run{"timeline", map[string]string{"entity": e, "from": "2024-01-20", "limit": "3"}},
			run{"articles-mentioning", map[string]string{"entity": e, "to": "2024-01-31", "limit": "1"}})
	}
	for _, q := range []map[string]string{{"q": "iraq"}, {"q": "al"}, {"q": "a", "limit": "5"}, {"type": "ORG"}, {}} {
		runs = append(runs, run{"entities", q})
	}
	for _, q := range []map[string]string{{}, {"limit": "2"}, {"measure": "troops"}, {"measure": "a", "limit": "3"}} {
		runs = append(runs, run{"claims", q})
	}
	for _, r := range runs {
		want, err := lib.Run(ctx, st.QuadStore(), r.query, r.args)
		if err != nil {
			t.Fatalf("%s %v on the store: %v", r.query, r.args, err)
		}
		got, err := lib.Run(ctx, m.QuadStore(), r.query, r.args)
		if err != nil {
			t.Fatalf("%s %v on the mirror: %v", r.query, r.args, err)
		}
		if !reflect.DeepEqual(got.Rows, want.Rows) {
			t.Errorf("%s %v:\nmirror with aggregates %v\nstore                  %v", r.query, r.args, got.Rows, want.Rows)
		}
	}
}

func anyRow(rows []map[string]any, key, substr string) bool {
	for _, r := range rows {
		if s, _ := r[key].(string); strings.Contains(s, substr) {
			return true
		}
	}
	return false
}

func TestReingestReplacesInsteadOfDuplicating(t *testing.T) {
	db := ingestDemo(t)
	count := func() int64 {
		st, err := graph.Open("bolt", db)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		s, err := st.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return s.Quads
	}
	before := count()
	out, errs, err := runCmd(t, "ingest", "--dbpath", db, demoArticles)
	if err != nil {
		t.Fatalf("second ingest: %v\n%s", err, errs)
	}
	if !strings.Contains(out, "5 written") {
		t.Errorf("second ingest summary = %q", out)
	}
	if after := count(); after != before {
		t.Errorf("quads after re-ingest = %d, want %d (unchanged)", after, before)
	}
}

func TestExtractPrintsContract(t *testing.T) {
	out, errs, err := runCmd(t, "extract", demoArticles)
	if err != nil {
		t.Fatalf("extract: %v\n%s", err, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 {
		t.Fatalf("extract printed %d lines, want 5", len(lines))
	}
	for _, l := range lines {
		var x newsgraph.Extraction
		if err := json.Unmarshal([]byte(l), &x); err != nil {
			t.Fatalf("extract line is not an extraction: %v", err)
		}
		if x.Doc == "" || x.Published == "" || len(x.Entities) == 0 {
			t.Errorf("extraction of %q lacks doc, date or entities", x.Doc)
		}
		for _, e := range x.Entities {
			if !strings.HasPrefix(e.ID, graph.EntityBase) || !e.Type.Valid() {
				t.Errorf("%s: entity %q has id %q type %q", x.Doc, e.Name, e.ID, e.Type)
			}
		}
	}
}

func TestIngestReportsSkippedFiles(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join(demoArticles, "aa-us-iraq-talks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", good)
	write("empty.txt", nil)
	write("broken.jsonl", []byte("{\"id\":\"a\",\"text\":\"Jane Doe said hello.\"}\n{not json\n"))
	out, _, err := runCmd(t, "ingest", "--dbpath", filepath.Join(dir, "s.bolt"), dir)
	if exitCode(err) != exitSkipped {
		t.Fatalf("exit status %d (%v), want %d for a batch with skipped inputs", exitCode(err), err, exitSkipped)
	}
	for _, want := range []string{"2 written", "empty.txt", "broken.jsonl:2"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
}

func TestHTTPOverDemoGraph(t *testing.T) {
	db := ingestDemo(t)
	st, err := graph.Open("bolt", db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	lib, err := queries.Load()
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(server.New(server.Config{Handle: st.Handle(), Queries: server.Library(lib)}))
	defer ts.Close()

	get := func(path string) (int, map[string]any) {
		resp, err := http.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var body map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
			t.Fatalf("GET %s: body is not JSON: %v", path, err)
		}
		return resp.StatusCode, body
	}
	code, body := get("/api/queries/statements-by?entity=" + url.QueryEscape("Lloyd Austin"))
	if code != 200 {
		t.Fatalf("statements-by: %d %v", code, body)
	}
	if rows, _ := body["rows"].([]any); len(rows) < 2 {
		t.Errorf("statements-by Lloyd Austin over HTTP: %d rows, want his statements", len(rows))
	}
	if code, body := get("/api/queries/entity?entity=Nobody%20Atall"); code != 404 {
		t.Errorf("unknown entity: %d %v, want 404", code, body)
	}
	if code, _ := get("/healthz"); code != 200 {
		t.Errorf("healthz: %d", code)
	}
}

// serve refuses a negative aggregate threshold before it opens a store.
func TestServeRefusesNegativeAggregateMin(t *testing.T) {
	_, _, err := runCmd(t, "serve", "--aggregate-min", "-1", "--dbpath", filepath.Join(t.TempDir(), "never.bolt"))
	if err == nil || !strings.Contains(err.Error(), "--aggregate-min -1") {
		t.Fatalf("serve --aggregate-min -1: %v, want a refusal naming the flag", err)
	}
}

// serve refuses a query slot count that would let no query run, before
// it opens a store.
func TestServeRefusesNoQuerySlots(t *testing.T) {
	_, _, err := runCmd(t, "serve", "--max-queries", "0", "--dbpath", filepath.Join(t.TempDir(), "never.bolt"))
	if err == nil || !strings.Contains(err.Error(), "--max-queries 0") {
		t.Fatalf("serve --max-queries 0: %v, want a refusal naming the flag", err)
	}
}
