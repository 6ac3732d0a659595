package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// write creates files under dir: name -> content.
func write(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// readAll reads paths and returns the articles and skips.
func readAll(t *testing.T, paths ...string) ([]newsgraph.Article, []Skip) {
	t.Helper()
	var arts []newsgraph.Article
	skips, err := Read(paths, func(a newsgraph.Article) error {
		arts = append(arts, a)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return arts, skips
}

// skipFor returns the reason of the skip whose path ends with suffix.
func skipFor(skips []Skip, suffix string) (string, bool) {
	for _, s := range skips {
		if strings.HasSuffix(s.Path, suffix) {
			return s.Reason, true
		}
	}
	return "", false
}

func ids(arts []newsgraph.Article) []string {
	var out []string
	for _, a := range arts {
		out = append(out, a.ID)
	}
	return out
}

const body = "The council met on Tuesday to discuss the budget.\nIt adjourned without a vote.\n"

func TestReadTextWithSidecar(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"a.txt":       body,
		"a.meta.json": `{"id":"story-1","title":" Council meets ","source":"Daily Planet","url":"https://example.org/1","published":"2024-03-05T23:30:00-05:00","byline":"Lois Lane"}`,
	})
	arts, skips := readAll(t, dir)
	if len(skips) != 0 || len(arts) != 1 {
		t.Fatalf("got %d articles, skips %v", len(arts), skips)
	}
	a := arts[0]
	want := newsgraph.Article{ID: "story-1", Title: "Council meets", Source: "Daily Planet", URL: "https://example.org/1",
		Published: "2024-03-05", Byline: "Lois Lane", Text: body, Path: filepath.Join(dir, "a.txt")}
	if a != want {
		t.Errorf("got %+v\nwant %+v", a, want)
	}
}

func TestReadTextWithoutSidecar(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"headline.txt": "Council approves new budget after long debate\n\n" + body,
		"lead.txt":     body,
	})
	arts, _ := readAll(t, dir)
	if len(arts) != 2 {
		t.Fatalf("got %v", ids(arts))
	}
	if arts[0].ID != "headline" || arts[0].Title != "Council approves new budget after long debate" {
		t.Errorf("headline: got id %q title %q", arts[0].ID, arts[0].Title)
	}
	if arts[1].ID != "lead" || arts[1].Title != "" || arts[1].Published != "" || arts[1].Source != "" {
		t.Errorf("lead: got %+v", arts[1])
	}
}

func TestReadJSONForms(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"one.json":  `{"id":"x1","title":"T","published":"Jan 2, 2006","text":"Some text here."}`,
		"many.json": `[{"text":"First."},{"id":"named","text":"Second."},{"text":"Third.","published":"March 4, 2021"}]`,
		"lines.jsonl": `{"text":"Line one."}` + "\n\n" +
			`{"id":"l2","text":"Line two."` + "\n" + // broken
			`{"id":"l3","text":"Line three.","source":"Wire"}` + "\r\n",
	})
	arts, skips := readAll(t, dir)
	got := strings.Join(ids(arts), ",")
	if want := "lines-1,l3,many-1,named,many-3,x1"; got != want {
		t.Errorf("ids %s, want %s", got, want)
	}
	if arts[0].Path != filepath.Join(dir, "lines.jsonl")+":1" || arts[1].Path != filepath.Join(dir, "lines.jsonl")+":4" {
		t.Errorf("jsonl paths %q %q", arts[0].Path, arts[1].Path)
	}
	if arts[4].Published != "2021-03-04" || arts[5].Published != "2006-01-02" {
		t.Errorf("dates %q %q", arts[4].Published, arts[5].Published)
	}
	if arts[1].Source != "Wire" || arts[1].Text != "Line three." {
		t.Errorf("l3: %+v", arts[1])
	}
	r, ok := skipFor(skips, "lines.jsonl:3")
	if !ok || !strings.Contains(r, "invalid JSON") {
		t.Errorf("broken line: skips %v", skips)
	}
	if len(skips) != 1 {
		t.Errorf("want 1 skip, got %v", skips)
	}
}

func TestReadBadInputs(t *testing.T) {
	dir := t.TempDir()
	huge := strings.Repeat("All work and no play makes a dull story.\n", MaxTextBytes/40+10)
	write(t, dir, map[string]string{
		"empty.txt":           "",
		"blank.txt":           "  \n\n ",
		"binary.txt":          "PK\x03\x04\x00\x00binary",
		"control.txt":         strings.Repeat("\x01\x02\x03a", 100),
		"latin1.txt":          "Caf\xe9 society returns.\n",
		"page.txt":            "<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>Hi</p></body></html>",
		"fragment.txt":        "<div><p>One</p><p>Two</p><p>Three</p><br></div>",
		"huge.txt":            huge,
		"badside.txt":         body,
		"badside.meta.json":   `{"id": "x",`,
		"baddate.txt":         body,
		"baddate.meta.json":   `{"published":"yesterday"}`,
		"orphan.meta.json":    `{"id":"orphan"}`,
		"notes.md":            "ignored in directories",
		"empty.jsonl":         "\n\n",
		"notext.jsonl":        `{"id":"n1","title":"no text"}` + "\n" + `{"id":"n2","text":"   "}` + "\n",
		"badutf.jsonl":        "{\"text\":\"ok\xff\"}\n",
		"typed.json":          `[{"id":7,"text":"numeric id"},{"id":"fine","text":"Fine."}]`,
		"trunc.json":          `[{"id":"t1","text":"One."},{"id":"t2","te`,
		"scalar.json":         `42`,
		"badutf.json":         "{\"text\":\"caf\xe9\"}",
		"ok.txt":              body,
		"sub/.hidden/h.txt":   body,
		"sub/deep/nested.txt": body,
	})
	arts, skips := readAll(t, dir)
	if got := strings.Join(ids(arts), ","); got != "ok,sub/deep/nested,t1,fine" {
		t.Errorf("ids %s", got)
	}
	cases := map[string]string{
		"empty.txt":           "empty file",
		"blank.txt":           "empty file",
		"binary.txt":          "binary data (NUL byte",
		"control.txt":         "mostly control characters",
		"latin1.txt":          "invalid UTF-8 at byte 3",
		"page.txt":            "HTML page: extract the article text first",
		"fragment.txt":        "HTML page",
		"huge.txt":            "larger than the 5 MB limit",
		"badside.txt":         "sidecar badside.meta.json: invalid JSON",
		"baddate.txt":         `published "yesterday" is not a date`,
		"orphan.meta.json":    "sidecar without its text file orphan.txt",
		"empty.jsonl":         "empty file",
		"notext.jsonl:1":      `record has no "text" field`,
		"notext.jsonl:2":      "no text",
		"badutf.jsonl:1":      "invalid UTF-8",
		"typed.json#1":        `field "id" must be a string`,
		"trunc.json#2":        "rest of file not read",
		"scalar.json":         "not a JSON object or array",
		"badutf.json":         "invalid UTF-8",
		"notes.md":            "",
		"sub/.hidden/h.txt":   "",
		"sub/deep/nested.txt": "",
	}
	for suffix, want := range cases {
		r, ok := skipFor(skips, suffix)
		if want == "" {
			if ok {
				t.Errorf("%s: unexpected skip %q", suffix, r)
			}
			continue
		}
		if !ok || !strings.Contains(r, want) {
			t.Errorf("%s: skip reason %q (found %v), want it to contain %q", suffix, r, ok, want)
		}
	}
	for _, s := range skips {
		if !strings.HasPrefix(s.Path, dir) {
			t.Errorf("skip does not name its file: %v", s)
		}
	}
}

func TestReadDuplicateIDs(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"b/x.txt":       body,
		"b/x.meta.json": `{"id":"story"}`,
		"c.meta.json":   `{"id":"story"}`,
		"c.txt":         body,
		"story.txt":     body,
		"d.jsonl":       `{"id":"dup","text":"x"}` + "\n" + `{"id":"dup","text":"y"}` + "\n",
		// Same file name in other folders: ids keep the folder.
		"e/story.txt": body,
		"f/story.txt": body,
	})
	arts, skips := readAll(t, dir)
	if got := strings.Join(ids(arts), ","); got != "story,dup,e/story,f/story" {
		t.Errorf("ids %s", got)
	}
	first := filepath.Join(dir, "b", "x.txt")
	for _, later := range []string{"/c.txt", "/story.txt"} {
		r, ok := skipFor(skips, later)
		if !ok || !strings.Contains(r, `duplicate id "story"`) || !strings.Contains(r, first) {
			t.Errorf("%s: %q", later, r)
		}
	}
	if r, ok := skipFor(skips, "d.jsonl:2"); !ok || !strings.Contains(r, "d.jsonl:1") {
		t.Errorf("jsonl dup: %q", r)
	}
	if len(skips) != 3 {
		t.Errorf("skips %v", skips)
	}
}

func TestReadExplicitPaths(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"a.txt": body, "a.meta.json": `{"id":"A"}`, "notes.md": "x", "b.txt": body,
	})
	p := func(n string) string { return filepath.Join(dir, n) }
	// The sidecar named explicitly stands for its text; reading the same
	// file twice is not a duplicate.
	arts, skips := readAll(t, p("b.txt"), p("a.meta.json"), p("a.txt"), p("notes.md"), p("missing.txt"))
	if got := strings.Join(ids(arts), ","); got != "b,A" {
		t.Errorf("ids %s", got)
	}
	if r, ok := skipFor(skips, "notes.md"); !ok || !strings.Contains(r, "unknown file type") {
		t.Errorf("notes.md: %q", r)
	}
	if r, ok := skipFor(skips, "missing.txt"); !ok || !strings.Contains(r, "no such file") {
		t.Errorf("missing: %q", r)
	}
	if len(skips) != 2 {
		t.Errorf("skips %v", skips)
	}
}

func TestReadBOMAndCallbackError(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"a.txt": "\ufeffHello world.\n", "b.txt": body, "c.json": "\ufeff{\"text\":\"x\"}"})
	stop := errors.New("stop")
	n := 0
	_, err := Read([]string{dir}, func(a newsgraph.Article) error {
		n++
		if a.ID == "a" && a.Text != "Hello world.\n" {
			t.Errorf("BOM kept: %q", a.Text)
		}
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("err %v after %d articles, want stop after 1", err, n)
	}
	arts, skips := readAll(t, filepath.Join(dir, "c.json"))
	if len(arts) != 1 || len(skips) != 0 {
		t.Errorf("BOM json: %v %v", arts, skips)
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"x.jsonl": `{"text":"a"}` + "\nnot json\n" + `{"text":"b"}` + "\n",
		"e.txt":   "",
	})
	arts, err := ReadFile(filepath.Join(dir, "x.jsonl"))
	if len(arts) != 2 || err == nil || !strings.Contains(err.Error(), "x.jsonl:2: invalid JSON") {
		t.Errorf("got %d articles, err %v", len(arts), err)
	}
	arts, err = ReadFile(filepath.Join(dir, "e.txt"))
	if len(arts) != 0 || err == nil || !strings.Contains(err.Error(), "e.txt: empty file") {
		t.Errorf("got %d articles, err %v", len(arts), err)
	}
}

func TestNormalizeDate(t *testing.T) {
	for in, want := range map[string]string{
		"":                                "",
		"2024-01-25":                      "2024-01-25",
		" 2024-01-25 ":                    "2024-01-25",
		"2024-01-25T23:59:00+03:00":       "2024-01-25",
		"2024-01-25T10:00:00.123Z":        "2024-01-25",
		"2024-01-25 08:12":                "2024-01-25",
		"Jan 25, 2024":                    "2024-01-25",
		"Jan. 25, 2024":                   "2024-01-25",
		"January 25, 2024":                "2024-01-25",
		"Sept. 5, 2023":                   "2023-09-05",
		"25 January 2024":                 "2024-01-25",
		"Thu, 25 Jan 2024 08:00:00 +0000": "2024-01-25",
	} {
		got, err := NormalizeDate(in)
		if err != nil || got != want {
			t.Errorf("NormalizeDate(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"yesterday", "2024-13-01", "25/01/2024", "0001-01-01"} {
		if got, err := NormalizeDate(bad); err == nil {
			t.Errorf("NormalizeDate(%q) = %q, want an error", bad, got)
		}
	}
}

func TestHeadline(t *testing.T) {
	rest := "\n\nBody text follows here."
	for in, want := range map[string]string{
		"Council approves new budget after long debate":                  "Council approves new budget after long debate",
		"Rebels, army agree to ceasefire in north":                       "Rebels, army agree to ceasefire in north",
		"Will the talks succeed?":                                        "Will the talks succeed?",
		"$1m payoff for former bank boss":                                "$1m payoff for former bank boss",
		"eBay profits rise again this year":                              "eBay profits rise again this year",
		"By Jane Doe":                                                    "",
		"The council met on Tuesday to discuss the budget.":              "",
		"PARIS (Reuters) - Ministers met on Tuesday":                     "",
		"LONDON, England — Ministers met":                                "",
		"A man walks past a shop in the capital. Photo: Agency":          "",
		"BREAKING NEWS UPDATE":                                           "",
		"Updated at 08:12 pm today":                                      "",
		"short":                                                          "",
		"lowercase start is not a headline here":                         "",
		"Read the full story at https://example.org/news/story":          "",
		strings.Repeat("Word ", 25):                                      "",
		"Minister says talks will resume next week, despite objections:": "",
	} {
		if got := Headline(in + rest); got != want {
			t.Errorf("Headline(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Headline("A single line only"); got != "" {
		t.Errorf("one-line text taken as headline: %q", got)
	}
}

func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"Hello."}` + "\n" + `{"text":"x"}`))
	f.Add([]byte("{\"text\":\"\xff\"}\n\x00\n[1,2]\n"))
	f.Add([]byte(`{"id":"a","text":"x","published":"2024-02-30"}`))
	dir := f.TempDir()
	path := filepath.Join(dir, "fuzz.jsonl")
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		skips, err := Read([]string{path}, func(a newsgraph.Article) error {
			if a.Text == "" || a.ID == "" || !strings.HasPrefix(a.Path, path+":") {
				t.Errorf("bad article %+v", a)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range skips {
			if !strings.HasPrefix(s.Path, path) || s.Reason == "" {
				t.Errorf("skip does not name the file or a reason: %+v", s)
			}
		}
	})
}

func FuzzReadText(f *testing.F) {
	f.Add([]byte("Headline here for you\n\nBody."), []byte(`{"id":"x","published":"Jan 2, 2006"}`))
	f.Add([]byte("<html>"), []byte(`{`))
	f.Add([]byte("\xef\xbb\xbf\xff"), []byte(`[]`))
	dir := f.TempDir()
	path := filepath.Join(dir, "fuzz.txt")
	side := filepath.Join(dir, "fuzz.meta.json")
	f.Fuzz(func(t *testing.T, text, meta []byte) {
		if err := os.WriteFile(path, text, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(side, meta, 0o644); err != nil {
			t.Fatal(err)
		}
		arts, err := ReadFile(path)
		if err != nil {
			if !strings.Contains(err.Error(), path) {
				t.Errorf("error does not name the file: %v", err)
			}
			return
		}
		if len(arts) != 1 || arts[0].Text == "" {
			t.Errorf("got %v", arts)
		}
	})
}
