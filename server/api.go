package server

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"sort"

	"github.com/gorilla/mux"
)

type healthResponse struct {
	Status string `json:"status"`
	Quads  int64  `json:"quads"`
	Exact  bool   `json:"exact"`
}

// handleHealth reads one quad and the store's quad count; 503 when the
// store cannot be read.
func (s *Server) handleHealth() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		qs, err := s.quadStore()
		if err != nil {
			s.fail(w, r, http.StatusServiceUnavailable, err)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
		defer cancel()
		it := qs.QuadsAllIterator()
		it.Next(ctx)
		err = it.Err()
		it.Close()
		if err != nil {
			s.fail(w, r, http.StatusServiceUnavailable, fmt.Errorf("store unreadable: %w", err))
			return
		}
		st, err := qs.Stats(ctx, false)
		if err != nil {
			s.fail(w, r, http.StatusServiceUnavailable, fmt.Errorf("store stats: %w", err))
			return
		}
		s.respond(w, r, http.StatusOK, healthResponse{Status: "ok", Quads: st.Quads.Size, Exact: st.Quads.Exact})
	})
}

func (s *Server) handleListQueries() http.Handler {
	type listResponse struct {
		Queries []QueryInfo `json:"queries"`
		Count   int         `json:"count"`
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		list := s.queries.List()
		if list == nil {
			list = []QueryInfo{}
		}
		for i := range list {
			if list[i].Params == nil {
				list[i].Params = []ParamInfo{}
			}
		}
		s.respond(w, r, http.StatusOK, listResponse{Queries: list, Count: len(list)})
	})
}

type runResponse struct {
	Query     string           `json:"query"`
	Params    any              `json:"params"`
	Rows      []map[string]any `json:"rows"`
	Count     int              `json:"count"`
	Truncated bool             `json:"truncated"`
}

// handleRunQuery answers from the cache when it can (without waiting for
// an admission slot). Otherwise the first request for a (query,
// arguments) runs the query once admitted (see admit), and identical
// requests arriving while it runs wait for it, holding no slot, and
// repeat its response (X-Newsgraph-Cache: shared): a burst of one
// question costs one run. A client error (4xx) is repeated as it is. A
// server error (a timeout under load, a full queue) is not repeated at
// once: the waiters start one new run together, and repeat its response
// whatever it is; a leader whose client went away leaves nothing to
// repeat, and its waiters start a new run likewise.
func (s *Server) handleRunQuery() http.Handler {
	run := s.admit(s.runQuery())
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		args, err := queryArgs(r)
		if s.cache == nil || err != nil {
			run.ServeHTTP(w, r)
			return
		}
		key, v := cacheKey(mux.Vars(r)["name"], args), s.cfg.Version()
		for retried := false; ; {
			if out, ok := s.cache.get(key, v); ok {
				w.Header().Set("X-Newsgraph-Cache", "hit")
				s.respond(w, r, http.StatusOK, out)
				return
			}
			f, leader := s.cache.join(key, v)
			if leader {
				s.lead(run, w, r, key, v, f)
				return
			}
			select {
			case <-f.done:
			case <-r.Context().Done():
				return // the client went away
			}
			if f.resp != nil && (f.resp.status < 500 || retried) {
				w.Header().Set("X-Newsgraph-Cache", "shared")
				f.resp.write(w)
				return
			}
			if f.resp != nil {
				retried = true
			}
		}
	})
}

// lead runs the query of flight f for its waiters, recording the response
// it writes to w for them.
func (s *Server) lead(run http.Handler, w http.ResponseWriter, r *http.Request, key string, v uint64, f *flight) {
	rec := &statusRecorder{ResponseWriter: w, body: &bytes.Buffer{}}
	defer func() {
		resp := sharedFrom(rec)
		if r.Context().Err() != nil {
			resp = nil // an answer cut short by the client's leaving
		}
		s.cache.land(key, v, f, resp)
	}()
	run.ServeHTTP(rec, r)
}

func (s *Server) runQuery() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := mux.Vars(r)["name"]
		args, err := queryArgs(r)
		if err != nil {
			s.fail(w, r, http.StatusBadRequest, err)
			return
		}
		qs, err := s.quadStore()
		if err != nil {
			s.fail(w, r, http.StatusServiceUnavailable, err)
			return
		}
		var key string
		var version uint64
		if s.cache != nil {
			// Read before the query runs: a write during the run makes
			// the answer stale, and then it is stored under an old version.
			key, version = cacheKey(name, args), s.cfg.Version()
			if out, ok := s.cache.get(key, version); ok {
				w.Header().Set("X-Newsgraph-Cache", "hit")
				s.respond(w, r, http.StatusOK, out)
				return
			}
			w.Header().Set("X-Newsgraph-Cache", "miss")
		}
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
		defer cancel()
		res, err := s.queries.Run(ctx, qs, name, args)
		if err != nil {
			code := statusFor(ctx, err)
			if code == http.StatusGatewayTimeout {
				err = fmt.Errorf("query %q: %w", name, timeoutError(s.cfg.QueryTimeout))
			}
			s.fail(w, r, code, err)
			return
		}
		out := runResponse{Query: name, Params: args, Rows: []map[string]any{}}
		if res != nil {
			if res.Rows != nil {
				out.Rows = res.Rows
			}
			out.Truncated = res.Truncated
			if res.Params != nil {
				out.Params = res.Params
			}
		}
		out.Count = len(out.Rows)
		if s.cache != nil {
			s.cache.put(key, version, out)
		}
		s.respond(w, r, http.StatusOK, out)
	})
}

// handleQuerySource answers the Gizmo text a canned query would run with
// the given parameters, for pasting into Cayley's query page.
func (s *Server) handleQuerySource() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := mux.Vars(r)["name"]
		args, err := queryArgs(r)
		if err != nil {
			s.fail(w, r, http.StatusBadRequest, err)
			return
		}
		qs, err := s.quadStore()
		if err != nil {
			s.fail(w, r, http.StatusServiceUnavailable, err)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
		defer cancel()
		src, err := s.queries.Source(ctx, qs, name, args)
		if err != nil {
			s.fail(w, r, statusFor(ctx, err), err)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		_, _ = fmt.Fprint(w, src)
	})
}

// queryArgs returns the URL's query parameters, one value each; a repeated
// parameter is an error.
func queryArgs(r *http.Request) (map[string]string, error) {
	vals := r.URL.Query()
	args := make(map[string]string, len(vals))
	names := make([]string, 0, len(vals))
	for k := range vals {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		if len(vals[k]) > 1 {
			return nil, fmt.Errorf("parameter %q given %d times: %w", k, len(vals[k]), ErrBadParam)
		}
		args[k] = vals[k][0]
	}
	return args, nil
}
