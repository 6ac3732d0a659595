package main

import (
	"crypto/rand"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestIngestBadInput runs `newsgraph ingest` over a corpus of bad inputs
// mixed with good articles: every bad input is named with its reason, the
// rest of the batch goes on, the exit status says inputs were skipped,
// and the store holds exactly the articles that could be read.
func TestIngestBadInput(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 50 MB file and extracts a 10,000-quote article")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(in, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	good := relTestArticle(0)
	write("good.txt", []byte(good.Text))
	write("good.meta.json", []byte(`{"id":"good-one","published":"2024-03-01","source":"Test Wire"}`))

	write("empty.txt", nil)
	bin := make([]byte, 4096)
	_, _ = rand.Read(bin)
	bin[10] = 0
	write("binary.txt", bin)
	huge := []byte(strings.Repeat("The council met again on Tuesday and talked for hours. ", 50<<20/55+1))
	write("huge.txt", huge)
	write("latin1.txt", []byte("Caf\xe9 owners in the city said on Monday that prices rose.\n"))
	write("page.txt", []byte("<!DOCTYPE html><html><head><title>x</title></head><body><p>Hello</p></body></html>"))
	write("spanish.txt", []byte("El alcalde de la ciudad dijo el martes que el nuevo puente abrirá en marzo. \"Es un gran día\", afirmó.\n"))
	write("badmeta.txt", []byte(relTestArticle(1).Text))
	write("badmeta.meta.json", []byte(`{"id": "badmeta", "published": `))
	write("wrongtype.txt", []byte(relTestArticle(2).Text))
	write("wrongtype.meta.json", []byte(`{"id": 42}`))
	write("orphan.meta.json", []byte(`{"id":"orphan"}`))
	write("renamed.txt", []byte(relTestArticle(3).Text))
	write("renamed.meta.json", []byte(`{"id":"meta-id-wins","published":"March 3, 2024"}`))
	write("baddate.txt", []byte(relTestArticle(4).Text))
	write("baddate.meta.json", []byte(`{"id":"baddate","published":"sometime soon"}`))
	write("zz-dup.txt", []byte(relTestArticle(5).Text))
	write("zz-dup.meta.json", []byte(`{"id":"good-one"}`))
	a6, a7 := relTestArticle(6), relTestArticle(7)
	a6.ID, a7.ID = "jsonl-six", "jsonl-seven"
	lines := fmt.Sprintf("%s\n{\"id\": \"broken\", \"text\": \n%s\n{\"id\":\"notext\"}\n", mustJSON(t, a6), mustJSON(t, a7))
	write("z-batch.jsonl", []byte(lines))
	var q strings.Builder
	q.WriteString("Speakers lined up at the town hall on Friday.\n\n")
	for i := range 10000 {
		fmt.Fprintf(&q, "\"We need item %d fixed now,\" said %s.\n", i, relTestPeople[i%len(relTestPeople)])
	}
	write("quotes.txt", []byte(q.String()))
	write("quotes.meta.json", []byte(`{"id":"many-quotes","published":"2024-02-02"}`))

	db := filepath.Join(dir, "g.bolt")
	out, errs, err := relNgRun(t, "ingest", "--dbpath", db, in)
	var ee exitError
	if !errors.As(err, &ee) || ee.code != exitSkipped {
		t.Fatalf("ingest returned %v, want exit status %d (inputs skipped)\n%s\n%s", err, exitSkipped, out, errs)
	}
	wantSkips := map[string]string{
		"empty.txt":        "empty",
		"binary.txt":       "binary",
		"huge.txt":         "limit",
		"latin1.txt":       "UTF-8",
		"page.txt":         "HTML",
		"badmeta.txt":      "JSON",
		"wrongtype.txt":    `"id"`,
		"orphan.meta.json": "",
		"baddate.txt":      "date",
		"zz-dup.txt":       "duplicate",
		"z-batch.jsonl:2":  "JSON",
		"z-batch.jsonl:4":  "text",
	}
	for file, reason := range wantSkips {
		found := false
		for _, line := range strings.Split(out, "\n") {
			if strings.Contains(line, "skipped "+filepath.Join(in, file)+":") || strings.Contains(line, "skipped "+filepath.Join(in, file)+" ") {
				found = true
				if !strings.Contains(line, reason) {
					t.Errorf("skip of %s = %q, want a reason mentioning %q", file, line, reason)
				}
			}
		}
		if !found {
			t.Errorf("no skip line naming %s in summary:\n%s", file, out)
		}
	}
	if !strings.Contains(out, fmt.Sprintf("%d skipped", len(wantSkips))) {
		t.Errorf("summary does not count %d skips:\n%s", len(wantSkips), out)
	}
	got := relArticleQuadSet(t, db)
	var ids []string
	for id := range got {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	want := []string{"good-one", "jsonl-seven", "jsonl-six", "many-quotes", "meta-id-wins", "spanish"}
	if strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Errorf("store holds articles %v, want exactly %v\n%s", ids, want, out)
	}
}
