// Package pipeline runs the extraction stages, in order, over one
// newsgraph.Document, in the manner of a spaCy pipeline: every stage is a
// named component that reads what earlier stages left on the document and
// adds its own layer. Stages are pure functions of the document: none of
// them touches a store.
package pipeline

import (
	"fmt"

	"github.com/newsgraph/newsgraph"
)

// Stage is one named extraction component.
type Stage interface {
	Name() string
	Process(doc *newsgraph.Document) error
}

// Pipeline is an ordered list of stages.
type Pipeline struct {
	Stages []Stage
}

// New returns a pipeline of the given stages.
func New(stages ...Stage) *Pipeline { return &Pipeline{Stages: stages} }

// Names lists the stage names in order.
func (p *Pipeline) Names() []string {
	names := make([]string, len(p.Stages))
	for i, s := range p.Stages {
		names[i] = s.Name()
	}
	return names
}

// Run wraps the article in a document and runs every stage over it.
func (p *Pipeline) Run(a newsgraph.Article) (*newsgraph.Document, error) {
	doc := newsgraph.NewDocument(a)
	for _, s := range p.Stages {
		if err := s.Process(doc); err != nil {
			return nil, fmt.Errorf("article %s: stage %s: %w", a.ID, s.Name(), err)
		}
	}
	return doc, nil
}

// Func adapts a function to a Stage.
func Func(name string, f func(*newsgraph.Document) error) Stage { return funcStage{name, f} }

type funcStage struct {
	name string
	f    func(*newsgraph.Document) error
}

func (s funcStage) Name() string                          { return s.name }
func (s funcStage) Process(doc *newsgraph.Document) error { return s.f(doc) }
