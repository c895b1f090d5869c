// Package server serves dyad's HTTP API (JSON) over a dyad.Store, its
// metrics (Prometheus text format) and, when given, the dashboard's files.
// Input: requests; output: JSON documents, errors as {"error": "message"}
// with the status that fits (400 bad parameters, 401 and 403 token, 404,
// 405, 409, 413, 500, 503).
//
// The server is read-only unless a token is configured: POST /api/articles
// wants "Authorization: Bearer TOKEN" and is refused otherwise. Every
// response carries a strict Content-Security-Policy (no inline script, no
// framing), nosniff and no-referrer headers; bodies are limited; queries are
// parameterised by the store; each request has a time limit.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/coder"
)

// Default limits.
const (
	// DefaultMaxBody is the largest request body, in bytes, by default.
	DefaultMaxBody = 1 << 20
	// DefaultTimeout is the time limit of a request by default.
	DefaultTimeout = 10 * time.Second
)

// Options configure a Server.
type Options struct {
	// Token, when not "", lets requests that give it as a bearer token
	// post articles. With no token the server is read-only.
	Token string
	// Coder codes posted articles; nil refuses them.
	Coder *coder.Coder
	// Dashboard holds the dashboard's files, index.html at its root,
	// served at /; nil serves none.
	Dashboard fs.FS
	// Name returns the name of a country code ("Pakistan" for PAK), or ""
	// when it knows none; nil names nothing.
	Name func(code string) string
	// Capital returns the name of a country's capital, for public
	// diplomacy; nil knows none.
	Capital func(code string) (string, bool)
	// MaxBody limits a request body, in bytes; 0 means DefaultMaxBody.
	MaxBody int64
	// Timeout limits the time a request's store queries may take; 0 means
	// DefaultTimeout.
	Timeout time.Duration
	// Log receives the errors of failed requests; nil means slog.Default().
	Log *slog.Logger
}

// Server serves the API over a store. It is safe for concurrent use.
type Server struct {
	st      dyad.Store
	opts    Options
	mux     *http.ServeMux
	metrics *metrics
}

// csp allows the page's own scripts, styles, images and requests only: no
// inline script, no plugins, no framing.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// New returns a Server for st.
func New(st dyad.Store, opts Options) *Server {
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.Log == nil {
		opts.Log = slog.Default()
	}
	if opts.Name == nil {
		opts.Name = func(string) string { return "" }
	}
	s := &Server{st: st, opts: opts, mux: http.NewServeMux(), metrics: newMetrics()}
	routes := []struct {
		pattern string
		h       handler
	}{
		{"GET /api/events", s.events},
		{"GET /api/events/{id}", s.event},
		{"GET /api/relations", s.relations},
		{"GET /api/countries", s.countries},
		{"GET /api/countries/{iso3}/partners", s.partners},
		{"GET /api/places", s.places},
		{"GET /api/articles/{id}", s.article},
		{"POST /api/articles", s.postArticle},
		{"GET /healthz", s.health},
		{"GET /metrics", s.serveMetrics},
	}
	for _, rt := range routes {
		s.mux.Handle(rt.pattern, rt.h)
		// The same path with any other method: a JSON 405.
		method, path, _ := strings.Cut(rt.pattern, " ")
		s.mux.Handle(path, methodNotAllowed(method))
	}
	s.mux.Handle("/api/", handler(func(http.ResponseWriter, *http.Request) error {
		return errorf(http.StatusNotFound, "no such API endpoint")
	}))
	if opts.Dashboard != nil {
		files := http.FileServerFS(opts.Dashboard)
		s.mux.Handle("/", handler(func(w http.ResponseWriter, r *http.Request) error {
			if r.Method != http.MethodGet && r.Method != http.MethodHead {
				return methodNotAllowed(http.MethodGet)(w, r)
			}
			files.ServeHTTP(w, r)
			return nil
		}))
	} else {
		s.mux.Handle("/", handler(func(http.ResponseWriter, *http.Request) error {
			return errorf(http.StatusNotFound, "not found (this server has no dashboard)")
		}))
	}
	return s
}

// ServeHTTP serves a request: the safety headers, the time limit and the
// metrics, around the route.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	h := w.Header()
	h.Set("Content-Security-Policy", csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.Timeout)
	defer cancel()
	r = r.WithContext(ctx)
	s.mux.ServeHTTP(sw, r)
	// The mux records the pattern it routed to on the request.
	s.metrics.observe(r.Pattern, sw.status, time.Since(start))
	if sw.err != nil {
		s.opts.Log.Error("dyad serve", "method", r.Method, "path", r.URL.Path, "status", sw.status, "err", sw.err)
	}
}

// handler is a route that returns its error for ServeHTTP to write.
type handler func(w http.ResponseWriter, r *http.Request) error

// ServeHTTP writes the handler's error, if any, as JSON.
func (h handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	err := h(w, r)
	if err == nil {
		return
	}
	var he *httpError
	switch {
	case errors.As(err, &he):
	case errors.Is(err, context.DeadlineExceeded):
		he = &httpError{status: http.StatusServiceUnavailable, msg: "the query took too long"}
	default:
		he = &httpError{status: http.StatusInternalServerError, msg: "internal error"}
	}
	if sw, ok := w.(*statusWriter); ok && he.status >= 500 {
		sw.err = err
	}
	writeJSON(w, he.status, map[string]string{"error": he.msg})
}

// httpError is an error with the status and message a client gets.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

// errorf returns an error with status and a message for the client.
func errorf(status int, msg string) error { return &httpError{status: status, msg: msg} }

// methodNotAllowed answers a request whose path has a route for another
// method.
func methodNotAllowed(allow string) handler {
	return func(w http.ResponseWriter, r *http.Request) error {
		if allow == http.MethodGet {
			allow = "GET, HEAD"
		}
		w.Header().Set("Allow", allow)
		return errorf(http.StatusMethodNotAllowed, "method "+r.Method+" not allowed; use "+allow)
	}
}

// writeJSON writes v as the JSON response with status. The encoder
// escapes <, > and & (as \u003c ...), so no text served can close a script
// element or open markup even where JSON is read as HTML.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	// The status is written: an encoding error can only be logged by the
	// connection, which has failed.
	_ = json.NewEncoder(w).Encode(v)
}

// statusWriter records the status of a response, and the error behind a
// server failure.
type statusWriter struct {
	http.ResponseWriter
	status int
	wrote  bool
	err    error
}

func (w *statusWriter) WriteHeader(status int) {
	if !w.wrote {
		w.status, w.wrote = status, true
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	w.wrote = true
	return w.ResponseWriter.Write(b)
}

// Unwrap gives http.ResponseController the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (s *Server) health(w http.ResponseWriter, _ *http.Request) error {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	return nil
}
