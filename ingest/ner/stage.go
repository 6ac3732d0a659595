package ner

import (
	"sort"

	"github.com/newsgraph/newsgraph"
)

// Stage is the pipeline stage that tags named-entity mentions.
type Stage struct {
	m *Model
}

// New returns the ner stage over the embedded model.
func New() (*Stage, error) {
	m, err := Load()
	if err != nil {
		return nil, err
	}
	return &Stage{m: m}, nil
}

// NewWithModel returns the ner stage over m.
func NewWithModel(m *Model) *Stage { return &Stage{m: m} }

// Name is "ner".
func (*Stage) Name() string { return "ner" }

// Process tags doc.Tokens sentence by sentence and appends the mentions
// found outside doc.Ignored to doc.Mentions, kept in order of Start.
func (s *Stage) Process(doc *newsgraph.Document) error {
	before := len(doc.Mentions)
	for _, m := range s.m.Tag(doc.Tokens, doc.Text) {
		if !doc.IsIgnored(m.Span) {
			doc.Mentions = append(doc.Mentions, m)
		}
	}
	if before > 0 && len(doc.Mentions) > before {
		sort.SliceStable(doc.Mentions, func(i, j int) bool { return doc.Mentions[i].Start < doc.Mentions[j].Start })
	}
	return nil
}
