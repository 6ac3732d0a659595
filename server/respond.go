package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

const contentTypeJSON = "application/json; charset=utf-8"

// errorBody is the JSON shape of every error the server itself writes.
type errorBody struct {
	Error string `json:"error"`
}

// respond writes v as JSON with the given status. It encodes into a buffer
// first so an encoding failure still yields a clean 500.
func (s *Server) respond(w http.ResponseWriter, r *http.Request, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		s.log.Printf("server: %s %s: encode response: %v", r.Method, r.URL.Path, err)
		status = http.StatusInternalServerError
		buf.Reset()
		_ = json.NewEncoder(&buf).Encode(errorBody{"internal server error"})
	}
	w.Header().Set("Content-Type", contentTypeJSON)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// fail writes {"error": msg} with status. A 5xx is logged with its full
// error; the client gets the message for 4xx and a generic text for 500.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, err error) {
	msg := err.Error()
	if status >= 500 {
		s.log.Printf("server: %s %s: %d: %v", r.Method, r.URL.Path, status, err)
		if status == http.StatusInternalServerError {
			msg = "internal server error"
		}
	}
	s.respond(w, r, status, errorBody{msg})
}

// statusFor maps an error from a query run to an HTTP status.
func statusFor(ctx context.Context, err error) int {
	var tooBig *http.MaxBytesError
	switch {
	case errors.Is(err, ErrUnknownQuery), errors.Is(err, ErrUnknownEntity):
		return http.StatusNotFound
	case errors.Is(err, ErrBadParam):
		return http.StatusBadRequest
	case errors.As(err, &tooBig):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, context.DeadlineExceeded), errors.Is(ctx.Err(), context.DeadlineExceeded):
		return http.StatusGatewayTimeout
	}
	return http.StatusInternalServerError
}

// timeoutError names the limit that a query ran into.
func timeoutError(d fmt.Stringer) error {
	return fmt.Errorf("query timed out after %s", d)
}

func (s *Server) handleNotFound() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusNotFound, fmt.Errorf("no route for %s %s", r.Method, r.URL.Path))
	})
}

func (s *Server) handleMethodNotAllowed() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusMethodNotAllowed, fmt.Errorf("method %s not allowed on %s", r.Method, r.URL.Path))
	})
}
