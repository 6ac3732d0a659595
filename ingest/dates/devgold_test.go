package dates

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// The development gold lives outside the repository; the articles are
// copied into data/articles. TestDevGold scores the stage the way
// shared/eval/score scores dates: match on surface text (one contains the
// other after normalisation), value equal, one-to-one.
const (
	goldDir     = "/work/shared/eval/dev-gold"
	articlesDir = "../../data/articles"
)

var (
	reApos  = regexp.MustCompile("[\u2018\u2019\u02bc'`\u00b4]")
	reDash  = regexp.MustCompile(`[-\x{2010}-\x{2015}_/]`)
	reOther = regexp.MustCompile(`[^\w\s.&]`)
	reSpace = regexp.MustCompile(`\s+`)
)

// norm mirrors score's norm() for ASCII date text.
func norm(s string) string {
	s = strings.ToLower(s)
	s = reApos.ReplaceAllString(s, "")
	s = reDash.ReplaceAllString(s, " ")
	s = reOther.ReplaceAllString(s, " ")
	s = strings.ReplaceAll(s, ".", "")
	s = strings.TrimSpace(reSpace.ReplaceAllString(s, " "))
	return strings.TrimPrefix(s, "the ")
}

func TestDevGold(t *testing.T) {
	golds, _ := filepath.Glob(filepath.Join(goldDir, "*.json"))
	if len(golds) == 0 {
		t.Skipf("no dev gold in %s", goldDir)
	}
	var tp, np, ng int
	for _, gf := range golds {
		id := strings.TrimSuffix(filepath.Base(gf), ".json")
		var gold struct {
			Dates []newsgraph.Date `json:"dates"`
		}
		readJSON(t, gf, &gold)
		var meta newsgraph.Article
		readJSON(t, filepath.Join(articlesDir, id+".meta.json"), &meta)
		text, err := os.ReadFile(filepath.Join(articlesDir, id+".txt"))
		if err != nil {
			t.Fatalf("article for %s: %v", id, err)
		}
		meta.Text = string(text)
		doc := newsgraph.NewDocument(meta)
		if err := New().Process(doc); err != nil {
			t.Fatal(err)
		}
		used := make([]bool, len(doc.Dates))
		for _, g := range gold.Dates {
			hit := false
			for i, p := range doc.Dates {
				gt, pt := norm(g.Text), norm(p.Text)
				if used[i] || gt == "" || pt == "" || p.Value != g.Value ||
					!(strings.Contains(pt, gt) || strings.Contains(gt, pt)) {
					continue
				}
				used[i], hit = true, true
				break
			}
			if hit {
				tp++
			} else {
				t.Logf("%s: missed %q = %s", id, g.Text, g.Value)
			}
		}
		for i, p := range doc.Dates {
			if !used[i] {
				t.Logf("%s: extra %q = %s", id, p.Text, p.Value)
			}
		}
		np += len(doc.Dates)
		ng += len(gold.Dates)
	}
	prec, rec := float64(tp)/float64(max(np, 1)), float64(tp)/float64(max(ng, 1))
	f1 := 0.0
	if prec+rec > 0 {
		f1 = 2 * prec * rec / (prec + rec)
	}
	t.Logf("dev gold dates: tp=%d pred=%d gold=%d P=%.3f R=%.3f F1=%.3f", tp, np, ng, prec, rec, f1)
	if f1 < 0.85 {
		t.Errorf("dev gold date F1 %.3f < 0.85", f1)
	}
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
}
