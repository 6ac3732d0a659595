package server

import (
	"net/http"
)

// routes registers every route of the server. Middleware that must also see
// unmatched requests (logging, panic recovery, the body cap) wraps the
// router itself rather than going through mux's Use.
func (s *Server) routes() {
	r := s.router
	r.NotFoundHandler = s.handleNotFound()
	r.MethodNotAllowedHandler = s.handleMethodNotAllowed()

	r.Handle("/healthz", s.handleHealth()).Methods(http.MethodGet, http.MethodHead)

	// newsgraph's canned queries.
	r.Handle("/api/queries", s.handleListQueries()).Methods(http.MethodGet)
	r.Handle("/api/queries/{name}", s.handleRunQuery()).Methods(http.MethodGet)
	r.Handle("/api/queries/{name}/gizmo", s.handleQuerySource()).Methods(http.MethodGet)

	// Entity report pages (package report).
	r.Handle("/api/reports/{entity}", s.handleReportJSON()).Methods(http.MethodGet)
	r.Handle("/reports/{entity}", s.handleReportHTML()).Methods(http.MethodGet)

	// Cayley's v1 endpoints, as called by its UI. The write paths are
	// guarded for every method so none of them can slip through to a
	// broader route below.
	r.Handle("/api/v1/query/{lang}", s.admit(s.handleV1Query())).Methods(http.MethodPost)
	r.Handle("/api/v1/shape/{lang}", s.admit(s.handleV1Shape())).Methods(http.MethodPost)
	r.Handle("/api/v1/write", s.requireWrites(s.handleV1Write()))
	r.Handle("/api/v1/write/file/nquad", s.requireWrites(s.handleV1Write()))
	r.Handle("/api/v1/delete", s.requireWrites(s.handleV1Write()))

	// Article ingestion (extracted by the configured Ingester).
	r.Handle(articlesPath, s.requireWrites(s.handleArticles()))

	// Cayley's API v2 (read, formats, query; writes only when allowed).
	v2 := s.apiV2()
	r.Handle("/api/v2/write", s.requireWrites(v2))
	r.Handle("/api/v2/delete", s.requireWrites(v2))
	r.Handle("/api/v2/node/delete", s.requireWrites(v2))
	r.Handle("/api/v2/query", s.admit(v2))
	r.PathPrefix("/api/v2/").Handler(v2)

	// Cayley's web UI, from the Cayley module's own files.
	r.Handle("/", s.handleUIPage("query")).Methods(http.MethodGet, http.MethodHead)
	r.Handle("/ui/{page}", s.handleUIPage("")).Methods(http.MethodGet, http.MethodHead)
	r.PathPrefix("/static/").Handler(s.handleStatic()).Methods(http.MethodGet, http.MethodHead)

	s.handler = s.logRequests(s.recoverPanics(s.limitBody(r)))
}
