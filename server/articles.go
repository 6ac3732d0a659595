package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// DefaultMaxArticlesBytes caps the body of POST /api/articles (the other
// routes keep MaxBodyBytes): room for a few dozen long articles.
const DefaultMaxArticlesBytes = 32 << 20

// Outcomes of one posted article.
const (
	ArticleWritten  = "written"
	ArticleReplaced = "replaced"
	ArticleRejected = "rejected"
)

// ArticleResult is what became of one posted article.
type ArticleResult struct {
	Line   int    `json:"line"`             // 1-based line (JSON Lines) or 1 for a single object
	ID     string `json:"id"`               // the article id, when one could be read
	Status string `json:"status"`           // ArticleWritten, ArticleReplaced or ArticleRejected
	Reason string `json:"reason,omitempty"` // why it was rejected
	Quads  int    `json:"quads,omitempty"`  // quads the article has after writing
}

// Ingester extracts and writes articles for POST /api/articles; the server
// itself never extracts. It returns one result per article, in order (the
// server fills in Line), and must never half-write an article.
type Ingester interface {
	IngestArticles(ctx context.Context, arts []newsgraph.Article) []ArticleResult
}

// IngesterFunc adapts a function to an Ingester.
type IngesterFunc func(ctx context.Context, arts []newsgraph.Article) []ArticleResult

// IngestArticles calls f.
func (f IngesterFunc) IngestArticles(ctx context.Context, arts []newsgraph.Article) []ArticleResult {
	return f(ctx, arts)
}

type articlesResponse struct {
	Results  []ArticleResult `json:"results"`
	Written  int             `json:"written"`
	Replaced int             `json:"replaced"`
	Rejected int             `json:"rejected"`
}

// handleArticles accepts one JSON article or JSON Lines of many (fields id,
// title, source, url, published, byline, text) and answers per article:
// written, replaced or rejected with the reason. A bad line is rejected on
// its own; the others go on.
func (s *Server) handleArticles() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			s.fail(w, r, http.StatusMethodNotAllowed, fmt.Errorf("method %s not allowed on %s: POST articles", r.Method, r.URL.Path))
			return
		}
		if s.cfg.Ingester == nil {
			s.fail(w, r, http.StatusServiceUnavailable, errors.New("this server has no article ingester configured"))
			return
		}
		body, err := io.ReadAll(r.Body)
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				s.fail(w, r, http.StatusRequestEntityTooLarge, fmt.Errorf("request body over %d bytes: post fewer articles at a time", tooBig.Limit))
				return
			}
			s.fail(w, r, http.StatusBadRequest, fmt.Errorf("reading request body: %w", err))
			return
		}
		arts, lines, results := parseArticles(body)
		if len(results) == 0 {
			s.fail(w, r, http.StatusBadRequest, errors.New("empty body: post one JSON article or JSON Lines of articles"))
			return
		}
		if len(arts) > 0 {
			got := s.cfg.Ingester.IngestArticles(r.Context(), arts)
			for k, i := range lines {
				res := ArticleResult{ID: arts[k].ID, Status: ArticleRejected, Reason: "ingester returned no result"}
				if k < len(got) {
					res = got[k]
				}
				res.Line = results[i].Line
				results[i] = res
			}
		}
		out := articlesResponse{Results: results}
		for _, res := range results {
			switch res.Status {
			case ArticleWritten:
				out.Written++
			case ArticleReplaced:
				out.Replaced++
			default:
				out.Rejected++
			}
		}
		s.respond(w, r, http.StatusOK, out)
	})
}

// parseArticles splits a body into articles. It returns the decoded
// articles, for each the index of its entry in results, and one result
// per article found (pre-filled as rejected for lines that do not decode).
func parseArticles(body []byte) ([]newsgraph.Article, []int, []ArticleResult) {
	var arts []newsgraph.Article
	var at []int
	var results []ArticleResult
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return nil, nil, nil
	}
	// One (possibly pretty-printed) JSON object.
	if trimmed[0] == '{' && json.Valid(trimmed) {
		a, reason := decodeArticle(trimmed)
		results = append(results, ArticleResult{Line: 1, ID: a.ID, Status: ArticleRejected, Reason: reason})
		if reason == "" {
			a.Path = "request body"
			arts, at = append(arts, a), append(at, 0)
		}
		return arts, at, results
	}
	for n, line := range bytes.Split(body, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		a, reason := decodeArticle(line)
		results = append(results, ArticleResult{Line: n + 1, ID: a.ID, Status: ArticleRejected, Reason: reason})
		if reason == "" {
			a.Path = "line " + strconv.Itoa(n+1)
			arts, at = append(arts, a), append(at, len(results)-1)
		}
	}
	return arts, at, results
}

// decodeArticle decodes one JSON object into an article, or says why not.
func decodeArticle(b []byte) (newsgraph.Article, string) {
	if !utf8.Valid(b) {
		return newsgraph.Article{}, "invalid UTF-8"
	}
	var a newsgraph.Article
	if err := json.Unmarshal(b, &a); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return newsgraph.Article{}, fmt.Sprintf("invalid JSON at byte %d: %v", se.Offset, se)
		case errors.As(err, &te):
			return newsgraph.Article{}, fmt.Sprintf("field %q must be a %s, not a JSON %s", te.Field, te.Type, te.Value)
		}
		return newsgraph.Article{}, "invalid JSON: " + err.Error()
	}
	return a, ""
}

// articlesPath is the route of article ingestion.
const articlesPath = "/api/articles"
