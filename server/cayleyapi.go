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

	"github.com/cayleygraph/cayley/query"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/quad"
	"github.com/gorilla/mux"
	"github.com/julienschmidt/httprouter"

	"github.com/newsgraph/newsgraph/queries"

	// N-Quads, API v2's default read and write format.
	_ "github.com/cayleygraph/quad/nquads"
)

// The v1 endpoints below replicate Cayley 0.7.7's internal/http/query.go
// (which cannot be imported) over this server's handle: the response bodies
// have Cayley's shapes, {"result": [...]}, the shape JSON and {"error": ...}.
//
// They are served as text/plain, as Cayley's are (it never sets a type and
// Go sniffs text/plain): the UI's jQuery code calls JSON.parse on the
// response text, which breaks if jQuery has already parsed an
// application/json body into an object.
const contentTypeV1 = "text/plain; charset=utf-8"

func (s *Server) v1Respond(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		status = http.StatusInternalServerError
		buf.Reset()
		_ = json.NewEncoder(&buf).Encode(errorBody{fmt.Sprintf("encode result: %v", err)})
	}
	w.Header().Set("Content-Type", contentTypeV1)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// v1Fail answers a v1 error: 400 for a bad query (as Cayley does), 413 for
// an oversized body, 504 when the query timed out.
func (s *Server) v1Fail(w http.ResponseWriter, r *http.Request, ctx context.Context, err error) {
	code := http.StatusBadRequest
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		code = http.StatusRequestEntityTooLarge
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		code = http.StatusGatewayTimeout
		err = timeoutError(s.cfg.QueryTimeout)
	}
	s.v1Respond(w, code, errorBody{err.Error()})
}

// v1Limit reads ?limit=N: default DefaultV1Limit, capped at MaxLimit.
func (s *Server) v1Limit(r *http.Request) (int, error) {
	v := r.URL.Query().Get("limit")
	if v == "" {
		return min(DefaultV1Limit, s.cfg.MaxLimit), nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("limit must be a positive integer, got %q", v)
	}
	return min(n, s.cfg.MaxLimit), nil
}

// v1Session returns a fresh HTTP session of the named language over the
// store. Each request gets its own: sessions are not safe to share.
func (s *Server) v1Session(lang string) (query.HTTP, error) {
	l := query.GetLanguage(lang)
	if l == nil || l.HTTP == nil {
		return nil, fmt.Errorf("unknown query language %q (this server speaks gizmo)", lang)
	}
	qs, err := s.quadStore()
	if err != nil {
		return nil, err
	}
	return l.HTTP(qs), nil
}

// handleV1Query serves POST /api/v1/query/{lang}: the body is the query
// text, the answer {"result": [...]} with at most ?limit=N rows.
func (s *Server) handleV1Query() http.Handler {
	type result struct {
		Result []any `json:"result"`
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
		defer cancel()
		limit, err := s.v1Limit(r)
		if err != nil {
			s.v1Fail(w, r, ctx, err)
			return
		}
		ses, err := s.v1Session(mux.Vars(r)["lang"])
		if err != nil {
			s.v1Fail(w, r, ctx, err)
			return
		}
		body, err := io.ReadAll(r.Body)
		if err != nil {
			s.v1Fail(w, r, ctx, fmt.Errorf("read query: %w", err))
			return
		}
		it, err := ses.Execute(ctx, string(body), query.Options{Collation: query.JSON, Limit: limit})
		if err != nil {
			s.v1Fail(w, r, ctx, err)
			return
		}
		defer queries.Finish(it)
		var out []any
		for it.Next(ctx) {
			out = append(out, it.Result())
		}
		if err := it.Err(); err != nil {
			s.v1Fail(w, r, ctx, err)
			return
		}
		s.v1Respond(w, http.StatusOK, result{out})
	})
}

// handleV1Shape serves POST /api/v1/shape/{lang}: the query's shape (nodes
// and links) as Cayley's Query Shape page draws it.
//
// Cayley's session offers no way to interrupt ShapeOf, so on timeout the
// request answers 504 while the script may keep running in the background
// until it ends; building a shape does not iterate the store, so only a
// script that loops by itself can do that.
func (s *Server) handleV1Shape() http.Handler {
	type shapeResult struct {
		shape any
		err   error
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
		defer cancel()
		ses, err := s.v1Session(mux.Vars(r)["lang"])
		if err != nil {
			s.v1Fail(w, r, ctx, err)
			return
		}
		body, err := io.ReadAll(r.Body)
		if err != nil {
			s.v1Fail(w, r, ctx, fmt.Errorf("read query: %w", err))
			return
		}
		done := make(chan shapeResult, 1)
		go func() {
			defer func() {
				if v := recover(); v != nil {
					done <- shapeResult{err: fmt.Errorf("shape: panic: %v", v)}
				}
			}()
			sh, err := ses.ShapeOf(string(body))
			done <- shapeResult{sh, err}
		}()
		select {
		case <-ctx.Done():
			s.v1Fail(w, r, ctx, ctx.Err())
		case res := <-done:
			if errors.Is(res.err, query.ErrParseMore) {
				res.err = errors.New("incomplete query")
			}
			if res.err != nil {
				s.v1Fail(w, r, ctx, res.err)
				return
			}
			s.v1Respond(w, http.StatusOK, res.shape)
		}
	})
}

// handleV1Write answers the v1 write paths once requireWrites let the
// request through: 501, pointing at API v2. Cayley's UI cannot send a
// bearer token, so its Write page could never use these anyway, and v2's
// writer covers every format.
func (s *Server) handleV1Write() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusNotImplemented,
			errors.New("the v1 write API is not served here: POST N-Quads to /api/v2/write (or /api/v2/delete)"))
	})
}

// apiV2 returns Cayley's own API v2 over the handle, on an httprouter whose
// unmatched requests get this server's JSON errors. Its write routes exist
// only when writes are enabled, and even then requireWrites guards them.
func (s *Server) apiV2() http.Handler {
	rt := httprouter.New()
	rt.NotFound = s.handleNotFound()
	rt.MethodNotAllowed = s.handleMethodNotAllowed()
	rt.RedirectTrailingSlash = false
	rt.RedirectFixedPath = false
	if s.handle == nil || s.handle.QuadStore == nil {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			s.fail(w, r, http.StatusServiceUnavailable, errors.New("no graph store configured"))
		})
	}
	api := cayleyhttp.NewAPIv2(s.handle)
	api.SetReadOnly(!s.cfg.EnableWrites || s.cfg.WriteToken == "")
	api.SetQueryTimeout(s.cfg.QueryTimeout)
	api.SetQueryLimit(DefaultV1Limit)
	api.SetBatchSize(quad.DefaultBatch)
	api.RegisterOn(rt)
	return rt
}
