package ingest

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest/pipeline"
	"github.com/newsgraph/newsgraph/ingest/resolve"
)

// Outcomes of one article handed to a Service.
const (
	StatusWritten  = "written"  // new to the store
	StatusReplaced = "replaced" // replaced an earlier version
	StatusRejected = "rejected" // not written; Reason says why
)

// ArticleResult is what a Service did with one article.
type ArticleResult struct {
	ID     string // the article id as given (or as normalised)
	Status string // StatusWritten, StatusReplaced or StatusRejected
	Reason string // why it was rejected
	Quads  int    // quads the article has in the store after writing
}

// Service ingests articles handed to it one request at a time, for a
// long-running process such as the HTTP server: each article is checked
// with the rules of the file reader (text, id, date), extracted by the
// pipeline, resolved against everything the store and earlier requests
// hold, and written in its own transaction (Store.WriteArticle), exactly
// as `newsgraph ingest` does. Calls are serialised: one request writes at
// a time.
type Service struct {
	mu       sync.Mutex
	pipeline *pipeline.Pipeline
	resolver *resolve.Resolver
	store    *graph.Store
}

// NewService builds a Service writing to st, seeding the resolver with the
// entities the store already holds so new articles join existing nodes.
func NewService(ctx context.Context, st *graph.Store, p *pipeline.Pipeline, r *resolve.Resolver) (*Service, error) {
	if st == nil || p == nil || r == nil {
		return nil, errors.New("ingest service: store, pipeline and resolver are required")
	}
	ents, err := st.Entities(ctx)
	if err != nil {
		return nil, fmt.Errorf("ingest service: reading known entities: %w", err)
	}
	for _, e := range ents {
		r.Add(e.ID, e.Name, e.Type, e.Aliases)
	}
	return &Service{pipeline: p, resolver: r, store: st}, nil
}

// CheckArticle applies the reader's rules to an article that did not come
// from a file (id required, text checked, published date normalised) and
// returns it normalised, or the reason it is refused. path names its
// origin in messages.
func CheckArticle(a newsgraph.Article, path string) (newsgraph.Article, string) {
	text, reason := checkText([]byte(a.Text), false)
	if reason != "" {
		return newsgraph.Article{}, reason
	}
	m := meta{ID: a.ID, Title: a.Title, Source: a.Source, URL: a.URL, Published: a.Published, Byline: a.Byline}
	out, reason := m.article(path, text)
	if reason != "" {
		return newsgraph.Article{}, reason
	}
	if out.ID == "" {
		return newsgraph.Article{}, `no "id"`
	}
	return out, ""
}

// IngestArticles checks, extracts, resolves and writes arts, one
// transaction per article, and returns one result per input in order. An
// article given twice in one call is rejected the second time. When ctx
// is cancelled the articles not yet written are rejected; none is ever
// half-written.
func (s *Service) IngestArticles(ctx context.Context, arts []newsgraph.Article) []ArticleResult {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]ArticleResult, len(arts))
	docs := make([]*newsgraph.Document, 0, len(arts))
	idx := make([]int, 0, len(arts))
	seen := make(map[string]int, len(arts))
	for i, a := range arts {
		path := a.Path
		if path == "" {
			path = fmt.Sprintf("article %d", i+1)
		}
		out[i] = ArticleResult{ID: a.ID, Status: StatusRejected}
		ca, reason := CheckArticle(a, path)
		if reason != "" {
			out[i].Reason = reason
			continue
		}
		out[i].ID = ca.ID
		if j, dup := seen[ca.ID]; dup {
			out[i].Reason = fmt.Sprintf("duplicate id %q: already given as article %d", ca.ID, j+1)
			continue
		}
		seen[ca.ID] = i
		if err := ctx.Err(); err != nil {
			out[i].Reason = "cancelled: " + err.Error()
			continue
		}
		doc, err := runPipeline(s.pipeline, ca)
		if err != nil {
			out[i].Reason = "extraction: " + err.Error()
			continue
		}
		docs = append(docs, doc)
		idx = append(idx, i)
	}
	if len(docs) > 0 {
		s.resolver.Resolve(docs)
	}
	for k, doc := range docs {
		i := idx[k]
		if err := ctx.Err(); err != nil {
			out[i].Reason = "cancelled before writing: " + err.Error()
			continue
		}
		res, err := s.store.WriteArticle(ctx, doc.Extraction())
		if err != nil {
			out[i].Reason = "write: " + err.Error()
			continue
		}
		out[i].Quads = res.Quads
		out[i].Status = StatusWritten
		if res.Replaced {
			out[i].Status = StatusReplaced
		}
	}
	return out
}
