package queries

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

const (
	eJane    = graph.EntityBase + "jane-doe"
	eMary    = graph.EntityBase + "mary-doe"
	eAcme    = graph.EntityBase + "acme-corp"
	eFront   = graph.EntityBase + "northern-front"
	eFort    = graph.EntityBase + "fort-example"
	eWest    = graph.EntityBase + "westland"
	eRichard = graph.EntityBase + "richard-poe"
	eJohn    = graph.EntityBase + "john-roe"
	eEvil    = graph.EntityBase + "evil-ltd"
	aBase    = graph.ArticleBase
)

func run(t *testing.T, lib *Library, name string, args map[string]string) *Result {
	t.Helper()
	res, err := lib.Run(context.Background(), fixtureStore(t), name, args)
	if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return res
}

func TestLoadListsEveryQuery(t *testing.T) {
	lib := loadLib(t)
	want := []string{"articles-mentioning", "attacks-on", "claims", "co-mentions", "entities", "entity",
		"path", "quotes-by-org", "roles", "statements-about", "statements-by", "strikes-by", "timeline",
		"viz-article", "viz-attacks", "viz-co-mentions", "viz-quotes"}
	var got []string
	for _, q := range lib.List() {
		got = append(got, q.Name)
		if q.Description == "" {
			t.Errorf("%s: no description", q.Name)
		}
		if strings.HasPrefix(q.Name, "viz-") {
			src := lib.Prelude() + q.Text
			if !strings.Contains(q.Text, "source") || !strings.Contains(q.Text, "target") || !strings.Contains(src, "source_label") {
				t.Errorf("%s: Visualize needs the words source and target in the query text", q.Name)
			}
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("List() names = %v, want %v", got, want)
	}
	q, ok := lib.Get("statements-by")
	if !ok {
		t.Fatal("Get(statements-by) not found")
	}
	if len(q.Params) != 2 || q.Params[0].Name != "entity" || q.Params[0].Type != "entity" || !q.Params[0].Required ||
		q.Params[1].Name != "limit" || q.Params[1].Default != "50" || q.Params[1].Required {
		t.Errorf("statements-by params = %+v", q.Params)
	}
	b, err := json.Marshal(q)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"name":"entity","type":"entity","required":true`) || strings.Contains(string(b), "Text") {
		t.Errorf("Query JSON = %s", b)
	}
	if _, ok := lib.Get("no-such-query"); ok {
		t.Error("Get(no-such-query) found something")
	}
}

func TestMalformedHeaderIsLoadError(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"no-desc.js", "// param: x string -  An x.\ng.Emit({x: params.x});", "no-desc.js: header has no `// description:`"},
		{"bad-key.js", "// description: D.\n// parm: x string -  X.\ng.Emit({});", `bad-key.js:2: unknown header key "parm"`},
		{"short.js", "// description: D.\n// param: x string\ng.Emit({x: params.x});", "short.js:2: param line"},
		{"type.js", "// description: D.\n// param: x float -  X.\ng.Emit({x: params.x});", `type.js:2: param "x": unknown type "float"`},
		{"default.js", "// description: D.\n// param: n int(1..5) 9  N.\ng.Emit({n: params.n});", `default.js:2: param "n": bad default`},
		{"dup.js", "// description: D.\n// param: x string -  X.\n// param: x string -  X.\ng.Emit({x: params.x});", `dup.js:3: parameter "x" declared twice`},
		{"undeclared.js", "// description: D.\ng.Emit({x: params.y});", "undeclared.js: uses params.y"},
		{"unused.js", "// description: D.\n// param: x string -  X.\ng.Emit({});", `unused.js: parameter "x" is declared but never used`},
		{"prose.js", "// description: D.\n// Rows: a, b.\ng.Emit({});", "prose.js:2: header line"},
		{"Bad_Name.js", "// description: D.\ng.Emit({});", `Bad_Name.js: bad query name`},
		{"ent.js", "// description: D.\n// param: e entity someone  E.\ng.Emit({e: params.e});", "ent.js:2: param \"e\": an entity parameter cannot have a default"},
	}
	for _, c := range cases {
		fsys := fstest.MapFS{
			preludeFile: {Data: []byte("var P = {};")},
			c.name:      {Data: []byte(c.src)},
		}
		_, err := loadFS(fsys)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to contain %q", c.name, err, c.want)
		}
	}
}

// TestQueries checks each query's rows on the fixture.
func TestQueries(t *testing.T) {
	lib := loadLib(t)
	cases := []struct {
		query string
		args  map[string]string
		col   string
		want  []string
	}{
		{"entities", map[string]string{"q": "DOE"}, "entity", []string{eJane, eMary}},
		{"entities", map[string]string{"q": "doe"}, "match", []string{"exact", "exact"}},
		{"entities", map[string]string{"q": "west"}, "match", []string{"prefix"}},
		{"entities", map[string]string{"q": "front"}, "entity", []string{eFront}},
		{"entities", map[string]string{"q": "ampl"}, "match", []string{"substring"}},
		{"entities", map[string]string{"type": "org", "limit": "2"}, "entity", []string{eAcme, eEvil}},
		{"entities", map[string]string{"q": "acme"}, "articles", []string{"2"}},
		{"entities", map[string]string{"q": "acme"}, "mentions", []string{"3"}},
		{"entities", map[string]string{"q": "zzz"}, "entity", []string{}},
		{"statements-by", map[string]string{"entity": "Jane Doe"}, "text", []string{"Nobody was hurt at the plant.", "We are proud to open this plant near Fort Example."}},
		{"statements-by", map[string]string{"entity": "Jane Doe"}, "title", []string{"Rebels strike Fort Example", "Acme opens a plant near Fort Example"}},
		{"statements-by", map[string]string{"entity": "Jane Doe", "limit": "1"}, "date", []string{"2024-03-05"}},
		{"statements-by", map[string]string{"entity": "John Roe"}, "date_is_default", []string{"true"}},
		{"statements-about", map[string]string{"entity": "Northern Front"}, "speaker", []string{"Richard Poe"}},
		{"statements-about", map[string]string{"entity": "Jane Doe"}, "statement", []string{aBase + "a3/quote/1"}},
		{"quotes-by-org", map[string]string{"entity": "Acme"}, "via", []string{"role_in", "spokesperson_for", "speaker_organization", "role_in"}},
		{"quotes-by-org", map[string]string{"entity": "Acme"}, "statement", []string{aBase + "a2/quote/1", aBase + "a1/quote/2", aBase + "a1/quote/3", aBase + "a1/quote/1"}},
		{"co-mentions", map[string]string{"entity": "Jane Doe", "limit": "3"}, "entity", []string{eWest, eFort, eRichard}},
		{"co-mentions", map[string]string{"entity": "Jane Doe", "limit": "3"}, "articles", []string{"3", "2", "2"}},
		{"co-mentions", map[string]string{"entity": "Jane Doe", "type": "PERSON"}, "name", []string{"Richard Poe", "John Roe", "Mary Doe"}},
		{"articles-mentioning", map[string]string{"entity": "Westland"}, "article_id", []string{"a3", "a2", "a1"}},
		{"articles-mentioning", map[string]string{"entity": "Acme", "from": "2024-03-02"}, "article_id", []string{"a4"}},
		{"articles-mentioning", map[string]string{"entity": "Acme", "to": "2024-03-02"}, "mentions", []string{"2"}},
		{"timeline", map[string]string{"entity": "Richard Poe"}, "kind", []string{"statement", "statement", "met_with"}},
		{"timeline", map[string]string{"entity": "Richard Poe", "from": "2024-03-05"}, "date", []string{"2024-03-09", "2024-03-09"}},
		{"timeline", map[string]string{"entity": "Northern Front"}, "text", []string{"The Northern Front attacked Fort Example on Monday.", "NF rockets struck Westland on Tuesday."}},
		{"roles", map[string]string{"entity": "Jane Doe"}, "role", []string{"chief executive"}},
		{"roles", map[string]string{"entity": "Jane Doe"}, "articles", []string{"2"}},
		{"roles", map[string]string{"entity": "Richard Poe"}, "organization_name", []string{"Westland"}},
		{"roles", map[string]string{"entity": "John Roe"}, "kind", []string{"spokesperson_for"}},
		{"attacks-on", map[string]string{"entity": "Westland"}, "object", []string{eWest, eFort}},
		{"attacks-on", map[string]string{"entity": "Fort Example"}, "predicate", []string{"attacked"}},
		{"attacks-on", map[string]string{"entity": "Fort Example"}, "place_name", []string{"Westland"}},
		{"attacks-on", map[string]string{"entity": "Acme"}, "relation", []string{}},
		{"strikes-by", map[string]string{"entity": "NF"}, "date", []string{"2024-03-05", "2024-03-04"}},
		{"strikes-by", map[string]string{"entity": "Jane Doe"}, "relation", []string{}},
		{"claims", map[string]string{"measure": "JOB"}, "quantity", []string{"300", "250"}},
		{"claims", map[string]string{"measure": "JOB"}, "claimant_name", []string{"Jane Doe", "Richard Poe"}},
		{"claims", map[string]string{"measure": "troops"}, "claim", []string{}},
		{"path", map[string]string{"from": "John Roe", "to": "Northern Front"}, "target", []string{aBase + "a1", eFort, eFront}},
		{"path", map[string]string{"from": "John Roe", "to": "Northern Front"}, "edge", []string{"mentions", "mentions", "attacked"}},
		{"path", map[string]string{"from": "Richard Poe", "to": "Jane Doe"}, "edge", []string{"metWith"}},
		{"path", map[string]string{"from": "John Roe", "to": "Northern Front", "max_depth": "2"}, "target", []string{}},
		{"viz-co-mentions", map[string]string{"entity": "Jane Doe", "limit": "5"}, "target", []string{eWest, eFort, eRichard, eWest, eWest}},
		{"viz-co-mentions", map[string]string{"entity": "Jane Doe", "limit": "5"}, "source", []string{eJane, eJane, eJane, eFort, eRichard}},
		{"viz-quotes", map[string]string{"entity": "Jane Doe"}, "source", []string{eJane, eRichard}},
		{"viz-attacks", nil, "target", []string{eFort, eWest}},
		{"viz-article", map[string]string{"article": "a2", "limit": "4"}, "edge", []string{"attacked", "struck", "role_in", "mentions"}},
		{"viz-article", map[string]string{"article": aBase + "a2", "limit": "4"}, "target", []string{eFort, eWest, eWest, eFront}},
	}
	for backend, qs := range fixtureStores(t) {
		for _, c := range cases {
			res, err := lib.Run(context.Background(), qs, c.query, c.args)
			if err != nil {
				t.Errorf("%s: %s %v: %v", backend, c.query, c.args, err)
				continue
			}
			if got := col(res.Rows, c.col); !reflect.DeepEqual(got, c.want) {
				t.Errorf("%s: %s %v: column %s = %q, want %q", backend, c.query, c.args, c.col, got, c.want)
			}
		}
	}
}

func TestEntityProfile(t *testing.T) {
	res := run(t, loadLib(t), "entity", map[string]string{"entity": "acme corporation"})
	if len(res.Rows) != 1 {
		t.Fatalf("entity: %d rows, want 1", len(res.Rows))
	}
	r := res.Rows[0]
	want := map[string]any{"entity": eAcme, "name": "Acme Corp", "type": "ORG", "articles": int64(2), "mentions": int64(3),
		"statements": int64(0), "first_seen": "2024-03-01", "last_seen": "2024-03-12"}
	for k, v := range want {
		if !reflect.DeepEqual(r[k], v) {
			t.Errorf("entity %s = %#v, want %#v", k, r[k], v)
		}
	}
	if got := r["aliases"]; !reflect.DeepEqual(got, []any{"Acme", "Acme Corporation"}) {
		t.Errorf("aliases = %#v", got)
	}
	res = run(t, loadLib(t), "entity", map[string]string{"entity": "Jane Doe"})
	if got := res.Rows[0]["titles"]; !reflect.DeepEqual(got, []any{"chief executive"}) {
		t.Errorf("titles = %#v", got)
	}
}

func TestResolveEntity(t *testing.T) {
	qs := fixtureStore(t)
	ctx := context.Background()
	cases := map[string]string{
		"Jane Doe":        eJane,
		"jane   DOE":      eJane,
		"Ms. Doe":         eJane,
		"Doe":             eJane, // shared alias: Jane has more mentions than Mary
		"Mary Doe":        eMary,
		"the Acme Corp.":  eAcme,
		eFort:             eFort,
		"<" + eFort + ">": eFort,
		evilName:          eEvil,
	}
	for in, want := range cases {
		got, err := ResolveEntity(ctx, qs, in)
		if err != nil || got != want {
			t.Errorf("ResolveEntity(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"Nobody Atall", graph.EntityBase + "nobody", "<" + graph.EntityBase + "nobody>"} {
		_, err := ResolveEntity(ctx, qs, in)
		var nf *NotFoundError
		if !errors.Is(err, ErrNotFound) || !errors.As(err, &nf) || nf.Value != in {
			t.Errorf("ResolveEntity(%q) error = %v, want a NotFoundError with the value", in, err)
		}
	}
}

func TestRunErrors(t *testing.T) {
	lib := loadLib(t)
	qs := fixtureStore(t)
	ctx := context.Background()
	cases := []struct {
		query string
		args  map[string]string
		is    error
		want  string
	}{
		{"no-such", nil, ErrNotFound, `unknown query "no-such"`},
		{"statements-by", map[string]string{"entity": "Nobody Atall"}, ErrNotFound, `parameter entity: no entity matches "Nobody Atall"`},
		{"viz-article", map[string]string{"article": "zz9"}, ErrNotFound, `no article matches "zz9"`},
		{"viz-article", map[string]string{"article": eJane}, ErrNotFound, "no article matches"},
		{"statements-by", nil, ErrBadParam, "parameter entity: required"},
		{"statements-by", map[string]string{"entity": "  "}, ErrBadParam, "parameter entity: required"},
		{"statements-by", map[string]string{"entity": "Jane Doe", "limit": "ten"}, ErrBadParam, `parameter limit: "ten" is not an integer`},
		{"statements-by", map[string]string{"entity": "Jane Doe", "limit": "0"}, ErrBadParam, "out of range [1, 1000]"},
		{"statements-by", map[string]string{"entity": "Jane Doe", "limit": "1001"}, ErrBadParam, "out of range"},
		{"statements-by", map[string]string{"entity": "Jane Doe", "speaker": "x"}, ErrBadParam, "parameter speaker: query statements-by has no such parameter"},
		{"entities", map[string]string{"type": "planet"}, ErrBadParam, `"planet" is not an entity type`},
		{"timeline", map[string]string{"entity": "Jane Doe", "from": "2024-13-01"}, ErrBadParam, `parameter from: "2024-13-01" is not a date`},
		{"timeline", map[string]string{"entity": "Jane Doe", "to": "yesterday"}, ErrBadParam, "is not a date"},
		{"statements-by", map[string]string{"entity": "..."}, ErrBadParam, "no letters or digits"},
	}
	for _, c := range cases {
		_, err := lib.Run(ctx, qs, c.query, c.args)
		if !errors.Is(err, c.is) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %v: error %v, want %v containing %q", c.query, c.args, err, c.is, c.want)
		}
		if c.query != "no-such" {
			if _, err := lib.Source(ctx, qs, c.query, c.args); !errors.Is(err, c.is) {
				t.Errorf("Source %s %v: error %v, want %v", c.query, c.args, err, c.is)
			}
		}
	}
}

// TestBindingStaysAValue: hostile text reaches the query as a string and
// is never run as code.
func TestBindingStaysAValue(t *testing.T) {
	hostile := []string{
		evilName,
		`"); g.V().All(); //`,
		`\"}; g.V().All(); var x = {"a":"`,
		"</script><script>alert(1)</script>",
		"line\u2028sep\u2029para",
		"<http://schema.org/name>",
		"_:b1",
	}
	echo := fstest.MapFS{
		preludeFile: {Data: files0(t, preludeFile)},
		"echo.js":   {Data: []byte("// description: Echo a parameter.\n// param: s string required  Any text.\ng.Emit({s: params.s, n: g.V(str(params.s)).Count()});\n")},
	}
	lib, err := loadFS(echo)
	if err != nil {
		t.Fatal(err)
	}
	real := loadLib(t)
	qs := fixtureStore(t)
	ctx := context.Background()
	for _, h := range hostile {
		res, err := lib.Run(ctx, qs, "echo", map[string]string{"s": h})
		if err != nil {
			t.Errorf("echo %q: %v", h, err)
			continue
		}
		// Only the evil name exists in the graph, as a string (a name).
		wantN := "0"
		if h == evilName {
			wantN = "1"
		}
		if len(res.Rows) != 1 || res.Rows[0]["s"] != h || fmt.Sprint(res.Rows[0]["n"]) != wantN {
			t.Errorf("echo %q: rows %#v, want the text back as one string matching %s node", h, res.Rows, wantN)
		}
		src, err := lib.Source(ctx, qs, "echo", map[string]string{"s": h})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(src, "var params = {") || strings.Contains(src, "\u2028") || strings.Contains(src, "</script>") {
			t.Errorf("Source(%q) does not bind a safe JSON literal: %.120q", h, src)
		}
		for _, q := range []string{"entities", "claims", "statements-by"} {
			var args map[string]string
			switch q {
			case "entities":
				args = map[string]string{"q": h}
			case "claims":
				args = map[string]string{"measure": h}
			default:
				args = map[string]string{"entity": h}
			}
			res, err := real.Run(ctx, qs, q, args)
			if err != nil {
				if errors.Is(err, ErrNotFound) || errors.Is(err, ErrBadParam) {
					continue
				}
				t.Errorf("%s %q: %v", q, h, err)
				continue
			}
			for _, r := range res.Rows {
				if q == "statements-by" && r["speaker_id"] == eEvil {
					continue // the evil name does name an entity
				}
				if q == "entities" && r["entity"] == eEvil {
					continue
				}
				t.Errorf("%s %q: unexpected row %v", q, h, r)
			}
		}
	}
	// The evil name does resolve, as a value, to its entity.
	res, err := real.Run(ctx, qs, "statements-by", map[string]string{"entity": evilName})
	if err != nil || len(res.Rows) != 1 || res.Rows[0]["text"] != "Our name is </script> and \"quoted\"." {
		t.Errorf("statements-by evil name: %v, %v", res, err)
	}
}

func files0(t *testing.T, name string) []byte {
	b, err := files.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRowCapAndTimeout(t *testing.T) {
	lib := loadLib(t)
	lib.MaxRows = 2
	res := run(t, lib, "entities", nil)
	if len(res.Rows) != 2 || !res.Truncated {
		t.Errorf("MaxRows 2: %d rows, truncated %v; want 2, true", len(res.Rows), res.Truncated)
	}
	lib.MaxRows = 100000
	if lib.maxRows() != HardMaxRows {
		t.Errorf("maxRows() = %d, want the hard cap %d", lib.maxRows(), HardMaxRows)
	}
	res = run(t, loadLib(t), "entities", nil)
	if len(res.Rows) != 9 || res.Truncated {
		t.Errorf("default cap: %d rows, truncated %v; want 9, false", len(res.Rows), res.Truncated)
	}

	endless, err := loadFS(fstest.MapFS{
		preludeFile: {Data: files0(t, preludeFile)},
		"spin.js":   {Data: []byte("// description: Never ends.\nwhile (true) {}\n")},
		"flood.js":  {Data: []byte("// description: Emits forever.\nfor (var i = 0; ; i++) { g.Emit({i: i}); }\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	endless.Timeout = 200 * time.Millisecond
	start := time.Now()
	_, err = endless.Run(context.Background(), fixtureStore(t), "spin", nil)
	if !errors.Is(err, ErrTimeout) || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("spin: error %v, want ErrTimeout", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("spin took %v to be interrupted", d)
	}
	endless.MaxRows = 5
	res, err = endless.Run(context.Background(), fixtureStore(t), "flood", nil)
	if err != nil || len(res.Rows) != 5 || !res.Truncated {
		t.Errorf("flood: %v rows, err %v; want 5 rows, truncated", res, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := endless.Run(ctx, fixtureStore(t), "spin", nil); err == nil {
		t.Error("spin with a cancelled context: no error")
	}
}

func TestVisualizeRows(t *testing.T) {
	lib := loadLib(t)
	qs := fixtureStore(t)
	runs := map[string]map[string]string{
		"viz-co-mentions": {"entity": "Jane Doe"},
		"viz-quotes":      nil,
		"viz-attacks":     {"entity": "Fort Example"},
		"viz-article":     {"article": "a1"},
		"path":            {"from": "Mary Doe", "to": "Acme"},
	}
	for name, args := range runs {
		res, err := lib.Run(context.Background(), qs, name, args)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(res.Rows) == 0 || len(res.Rows) > 100 {
			t.Errorf("%s: %d rows, want 1..100", name, len(res.Rows))
		}
		for _, r := range res.Rows {
			for _, k := range []string{"source", "target", "source_label", "target_label", "source_color", "target_color"} {
				if s, _ := r[k].(string); s == "" {
					t.Errorf("%s: row %v has no %s", name, r, k)
				}
			}
			if strings.HasPrefix(r["source"].(string), "<") {
				t.Errorf("%s: source %v keeps IRI brackets", name, r["source"])
			}
		}
	}
}

// TestPreludeVocabulary: the prelude's predicates and classes are those
// of graph/vocab.go.
func TestPreludeVocabulary(t *testing.T) {
	lib, err := loadFS(fstest.MapFS{
		preludeFile: {Data: files0(t, preludeFile)},
		"vocab.js":  {Data: []byte("// description: Vocabulary.\nvar o = {};\nfor (var k in P) { o['P.' + k] = P[k]; }\nfor (var c in C) { o['C.' + c] = C[c]; }\ng.Emit(o);\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	res := run(t, lib, "vocab", nil)
	want := map[string]quad.IRI{
		"P.type": graph.PredType, "P.name": graph.PredName, "P.alias": graph.PredAlternateName, "P.key": graph.PredKey,
		"P.entityType": graph.PredEntityType, "P.jobTitle": graph.PredJobTitle, "P.identifier": graph.PredIdentifier,
		"P.headline": graph.PredHeadline, "P.datePublished": graph.PredDatePublished, "P.publisher": graph.PredPublisher,
		"P.url": graph.PredURL, "P.author": graph.PredAuthor, "P.dateline": graph.PredDateline, "P.mentions": graph.PredMentions,
		"P.mentionOf": graph.PredMentionOf, "P.mentionCount": graph.PredMentionCount, "P.mentionsDate": graph.PredMentionsDate,
		"P.text": graph.PredText, "P.speaker": graph.PredSpeaker, "P.speakerName": graph.PredSpeakerName,
		"P.speakerOrg": graph.PredSpeakerOrg, "P.isPartOf": graph.PredIsPartOf, "P.dateCreated": graph.PredDateCreated,
		"P.dateIsDefault": graph.PredDateDefault, "P.cue": graph.PredCue, "P.kind": graph.PredKind,
		"P.subject": graph.PredSubject, "P.object": graph.PredObject, "P.predicate": graph.PredRelation,
		"P.evidence": graph.PredEvidence, "P.startDate": graph.PredStartDate, "P.location": graph.PredLocation,
		"P.roleName": graph.PredRoleName, "P.measure": graph.PredMeasure, "P.quantity": graph.PredQuantity,
		"P.qualifier": graph.PredQualifier, "P.claimant": graph.PredClaimant, "P.claimantName": graph.PredClaimantName,
		"P.roleIn": graph.RelationPredicates["role_in"], "P.memberOf": graph.RelationPredicates["member_of"],
		"P.locatedIn": graph.RelationPredicates["located_in"], "P.attacked": graph.RelationPredicates["attacked"],
		"P.struck": graph.RelationPredicates["struck"], "P.metWith": graph.RelationPredicates["met_with"],
		"P.spokespersonFor": graph.RelationPredicates["spokesperson_for"], "P.leads": graph.RelationPredicates["leads"],
		"P.aggArticles": graph.PredAggArticles, "P.aggMentions": graph.PredAggMentions,
		"P.aggStatements": graph.PredAggStatements, "P.aggFirstSeen": graph.PredAggFirstSeen,
		"P.aggLastSeen": graph.PredAggLastSeen, "P.aggCoMentions": graph.PredAggCoMentions,
		"P.aggCoMentionPairs": graph.PredAggCoMentionPairs, "P.aggStatementsBy": graph.PredAggStatementsBy,
		"P.aggStatementsAbout": graph.PredAggStatementsAbout, "P.aggRelations": graph.PredAggRelations,
		"P.aggArticlesOf": graph.PredAggArticlesOf, "P.aggQuoteEdges": graph.PredAggQuoteEdges,
		"P.aggOrgQuotes": graph.PredAggOrgQuotes, "P.aggAttackEdges": graph.PredAggAttackEdges,
		"P.aggAttacksOn": graph.PredAggAttacksOn, "P.aggRoleGroups": graph.PredAggRoleGroups,
		"P.aggTimeline": graph.PredAggTimeline, "P.aggIndexedKey": graph.PredIndexedKey,
		"P.aggArticlesOfHead": graph.PredAggArticlesOfHead, "P.aggAttacksOnHead": graph.PredAggAttacksOnHead,
		"P.aggStrikesByHead": graph.PredAggStrikesByHead, "P.aggTimelineHead": graph.PredAggTimelineHead,
		"P.aggStatementsByHead": graph.PredAggStatementsByHead, "P.aggStatementsAboutHead": graph.PredAggStatementsAboutHead,
		"P.aggIndexedMeasure": graph.PredIndexedMeasure, "P.aggMeasureName": graph.PredMeasureName,
		"P.aggMeasureClaims": graph.PredMeasureClaims, "P.aggStatementRow": graph.PredAggStatementRow,
		"P.aggRelationRow": graph.PredAggRelationRow,
		"C.article":        graph.TypeArticle, "C.quotation": graph.TypeQuotation, "C.relation": graph.TypeRelation,
		"C.claim": graph.TypeClaim, "C.mention": graph.TypeMention,
	}
	got := res.Rows[0]
	for k, v := range got {
		w, ok := want[k]
		if !ok {
			t.Errorf("prelude %s = %v is not checked against graph/vocab.go", k, v)
		} else if v != w {
			t.Errorf("prelude %s = %v, want %v", k, v, w)
		}
	}
	for k := range want {
		if _, ok := got[k]; !ok {
			t.Errorf("prelude lacks %s", k)
		}
	}
}

func TestSourceIsRunnableText(t *testing.T) {
	lib := loadLib(t)
	qs := fixtureStore(t)
	src, err := lib.Source(context.Background(), qs, "statements-by", map[string]string{"entity": "Doe"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(src, `var params = {"entity":"`+eJane+`","limit":50};`) {
		t.Errorf("Source starts %.100q", src)
	}
	// The bound text runs as is (as when pasted into Cayley's UI).
	rows, _, err := runGizmo(context.Background(), qs, src, 10)
	if err != nil || len(rows) != 2 {
		t.Errorf("running Source text: %d rows, %v", len(rows), err)
	}
}
