package main

import (
	"context"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/server"
)

// newIngester builds the extractor behind POST /api/articles: the same
// pipeline, resolver seeding and per-article transaction as `ingest`.
func newIngester(ctx context.Context, st *graph.Store, ef *extractFlags) (server.Ingester, error) {
	p, res, err := ef.extractor()
	if err != nil {
		return nil, err
	}
	svc, err := ingest.NewService(ctx, st, p, res)
	if err != nil {
		return nil, err
	}
	return server.IngesterFunc(func(ctx context.Context, arts []newsgraph.Article) []server.ArticleResult {
		got := svc.IngestArticles(ctx, arts)
		out := make([]server.ArticleResult, len(got))
		for i, g := range got {
			out[i] = server.ArticleResult{ID: g.ID, Status: g.Status, Reason: g.Reason, Quads: g.Quads}
		}
		return out
	}), nil
}
