package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/gorilla/mux"

	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/report"
)

// reportPage builds the report page of the {entity} in the request path
// (a name, an alias, an IRI or an entity slug). It needs the canned-query
// library (Config.Queries built with Library).
func (s *Server) reportPage(w http.ResponseWriter, r *http.Request) (*report.EntityPage, bool) {
	qs, err := s.quadStore()
	if err != nil {
		s.fail(w, r, http.StatusServiceUnavailable, err)
		return nil, false
	}
	lq, ok := s.queries.(libraryQueries)
	if !ok {
		s.fail(w, r, http.StatusServiceUnavailable, errors.New("reports need newsgraph's canned-query library (server.Library)"))
		return nil, false
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
	defer cancel()
	entity := mux.Vars(r)["entity"]
	p, err := report.BuildEntityPage(ctx, qs, lq.lib, entity)
	switch {
	case errors.Is(err, report.ErrUnknownEntity):
		s.fail(w, r, http.StatusNotFound, fmt.Errorf("unknown entity %q: no report", entity))
		return nil, false
	case errors.Is(err, queries.ErrBadParam):
		s.fail(w, r, http.StatusBadRequest, err)
		return nil, false
	case err != nil:
		s.fail(w, r, statusFor(ctx, err), err)
		return nil, false
	}
	return p, true
}

// handleReportJSON serves GET /api/reports/{entity}: the data of the
// entity's report page as JSON.
func (s *Server) handleReportJSON() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if p, ok := s.reportPage(w, r); ok {
			s.respond(w, r, http.StatusOK, p)
		}
	})
}

// handleReportHTML serves GET /reports/{entity}: the entity's report page
// as self-contained HTML linking to the other entities' pages.
func (s *Server) handleReportHTML() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, ok := s.reportPage(w, r)
		if !ok {
			return
		}
		var buf bytes.Buffer
		if err := report.WriteEntityPageHTML(&buf, p, "/reports/"); err != nil {
			s.fail(w, r, http.StatusInternalServerError, err)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		_, _ = w.Write(buf.Bytes())
	})
}
