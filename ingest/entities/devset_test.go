package entities_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest/boilerplate"
	"github.com/newsgraph/newsgraph/ingest/dates"
	"github.com/newsgraph/newsgraph/ingest/entities"
	"github.com/newsgraph/newsgraph/ingest/ner"
	"github.com/newsgraph/newsgraph/ingest/pipeline"
	"github.com/newsgraph/newsgraph/ingest/resolve"
	"github.com/newsgraph/newsgraph/ingest/segment"
)

// TestDevSet runs the stages up to entities, then the resolver, over the
// demo articles and writes extraction.v1 JSON Lines to $NEWSGRAPH_DEV_OUT
// for the scorer. It is skipped unless that variable is set.
func TestDevSet(t *testing.T) {
	out := os.Getenv("NEWSGRAPH_DEV_OUT")
	if out == "" {
		t.Skip("set NEWSGRAPH_DEV_OUT=file.jsonl to run over data/articles")
	}
	files, _ := filepath.Glob("../../data/articles/*.txt")
	if len(files) == 0 {
		t.Skip("no articles")
	}
	ents, err := entities.New()
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New(boilerplate.New(), segment.New(), dates.New(), ents)
	if tagger, err := ner.New(); err != nil {
		t.Logf("running without the tagger: %v", err)
	} else if os.Getenv("NEWSGRAPH_NO_NER") == "" {
		p = pipeline.New(boilerplate.New(), segment.New(), dates.New(), tagger, ents)
	}
	var docs []*newsgraph.Document
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := newsgraph.Article{ID: strings.TrimSuffix(filepath.Base(f), ".txt"), Text: string(text)}
		if meta, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".meta.json"); err == nil {
			if err := json.Unmarshal(meta, &a); err != nil {
				t.Fatal(err)
			}
			a.Text = string(text)
		}
		doc, err := p.Run(a)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	resolve.New(resolve.DefaultAliases()).Resolve(docs)
	var b strings.Builder
	for _, d := range docs {
		line, err := json.Marshal(d.Extraction())
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
