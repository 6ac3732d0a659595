package server

import (
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"net/http"
	"runtime/debug"
	"strings"
	"time"
)

// statusRecorder remembers the status and size of a response, and keeps
// a copy of its body when body is set.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int64
	body   *bytes.Buffer
}

func (rec *statusRecorder) WriteHeader(code int) {
	if rec.status == 0 {
		rec.status = code
	}
	rec.ResponseWriter.WriteHeader(code)
}

func (rec *statusRecorder) Write(p []byte) (int, error) {
	if rec.status == 0 {
		rec.status = http.StatusOK
	}
	n, err := rec.ResponseWriter.Write(p)
	rec.bytes += int64(n)
	if rec.body != nil {
		rec.body.Write(p[:n])
	}
	return n, err
}

// Flush lets handlers that stream (API v2 reads) flush through the recorder.
func (rec *statusRecorder) Flush() {
	if f, ok := rec.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// logRequests logs method, path, status, size and duration of every request.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		s.log.Printf("%s %s %d %dB %s", r.Method, r.URL.Path, rec.status, rec.bytes, time.Since(start).Round(time.Microsecond))
	})
}

// recoverPanics turns a panic in a handler into a logged 500 JSON error.
// http.ErrAbortHandler is re-raised, as net/http expects.
func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if err, ok := v.(error); ok && errors.Is(err, http.ErrAbortHandler) {
				panic(v)
			}
			s.log.Printf("server: panic serving %s %s: %v\n%s", r.Method, r.URL.Path, v, debug.Stack())
			if rec, ok := w.(*statusRecorder); ok && rec.status != 0 {
				return // headers already sent: nothing sensible left to write
			}
			s.fail(w, r, http.StatusInternalServerError, fmt.Errorf("panic: %v", v))
		}()
		next.ServeHTTP(w, r)
	})
}

// limitBody caps every request body at Config.MaxBodyBytes; reading past it fails
// with *http.MaxBytesError (answered as 413 where bodies are read).
func (s *Server) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body != nil {
			limit := s.cfg.MaxBodyBytes
			if r.URL.Path == articlesPath {
				limit = s.cfg.MaxArticlesBytes
			}
			r.Body = http.MaxBytesReader(w, r.Body, limit)
		}
		next.ServeHTTP(w, r)
	})
}

// requireWrites guards a write endpoint: 403 unless writes are enabled, a
// token is configured and the request carries "Authorization: Bearer
// <token>" matching it (compared in constant time).
func (s *Server) requireWrites(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.cfg.EnableWrites || s.cfg.WriteToken == "" {
			s.fail(w, r, http.StatusForbidden, errors.New("writes are disabled on this server (read-only)"))
			return
		}
		if !tokenMatches(r.Header.Get("Authorization"), s.cfg.WriteToken) {
			s.fail(w, r, http.StatusForbidden, errors.New("write refused: missing or wrong bearer token"))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// tokenMatches reports whether an Authorization header value is "Bearer
// <want>". Both sides are hashed first so the comparison takes the same
// time whatever their lengths.
func tokenMatches(header, want string) bool {
	const prefix = "bearer "
	if len(header) < len(prefix) || !strings.EqualFold(header[:len(prefix)], prefix) {
		return false
	}
	got := sha256.Sum256([]byte(strings.TrimSpace(header[len(prefix):])))
	exp := sha256.Sum256([]byte(want))
	return subtle.ConstantTimeCompare(got[:], exp[:]) == 1
}
