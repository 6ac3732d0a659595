package server

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/gorilla/mux"
)

// Cayley's UI (templates/ and static/) is served from the Cayley module's
// own files on disk, never copied into this repository.
const (
	cayleyModule         = "github.com/cayleygraph/cayley"
	cayleyDefaultVersion = "v0.7.7"
)

// uiPages are the pages of Cayley's UI: /ui/<page> renders <page>.html.
var uiPages = map[string]bool{"query": true, "query_shape": true, "visualize": true, "write": true}

type cayleyUI struct {
	dir    string
	tmpl   *template.Template
	static http.Handler
}

// LocateCayleyUI returns the Cayley module directory whose templates/ and
// static/ the UI is served from. It tries, in order: explicit (a Config
// field or --cayley-ui flag; when set, it must be right), the directory of a
// Cayley source file as recorded in this binary, and
// $GOMODCACHE/github.com/cayleygraph/cayley@<version> (GOMODCACHE from the
// environment, else $GOPATH/pkg/mod, else `go env GOMODCACHE`).
func LocateCayleyUI(explicit string) (string, error) {
	if explicit != "" {
		if err := checkUIDir(explicit); err != nil {
			return "", fmt.Errorf("cayley UI directory %s: %w", explicit, err)
		}
		return explicit, nil
	}
	var tried []string
	// A Cayley function's source file, e.g.
	// /root/go/pkg/mod/github.com/cayleygraph/cayley@v0.7.7/graph/quadwriter.go,
	// or with -trimpath github.com/cayleygraph/cayley@v0.7.7/graph/quadwriter.go.
	var rel string
	if fn := runtime.FuncForPC(reflect.ValueOf(graph.NewQuadWriter).Pointer()); fn != nil {
		file, _ := fn.FileLine(fn.Entry())
		if dir, ok := moduleRoot(file); ok {
			if filepath.IsAbs(dir) {
				if checkUIDir(dir) == nil {
					return dir, nil
				}
				tried = append(tried, dir)
			} else {
				rel = dir
			}
		}
	}
	if rel == "" {
		rel = cayleyModule + "@" + cayleyVersion()
	}
	for _, cache := range modCaches() {
		dir := filepath.Join(cache, filepath.FromSlash(rel))
		if checkUIDir(dir) == nil {
			return dir, nil
		}
		tried = append(tried, dir)
	}
	return "", fmt.Errorf("Cayley's UI files (templates/, static/) not found (tried %s); "+
		"download the module (go mod download %s@%s) or pass its directory with --cayley-ui",
		strings.Join(tried, ", "), cayleyModule, cayleyVersion())
}

// moduleRoot cuts a source file path after the ".../cayley@version" element.
func moduleRoot(file string) (string, bool) {
	file = filepath.ToSlash(file)
	i := strings.Index(file, cayleyModule+"@")
	if i < 0 {
		return "", false
	}
	rest := file[i+len(cayleyModule)+1:]
	j := strings.IndexByte(rest, '/')
	if j < 0 {
		return "", false
	}
	return filepath.FromSlash(file[:i+len(cayleyModule)+1+j]), true
}

// cayleyVersion is the Cayley version this binary was built with.
func cayleyVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, m := range bi.Deps {
			if m.Path == cayleyModule {
				if m.Replace != nil {
					m = m.Replace
				}
				if m.Version != "" {
					return m.Version
				}
			}
		}
	}
	return cayleyDefaultVersion
}

// modCaches lists candidate Go module cache directories, best first.
func modCaches() []string {
	var out []string
	if c := os.Getenv("GOMODCACHE"); c != "" {
		out = append(out, c)
	}
	if gp := os.Getenv("GOPATH"); gp != "" {
		for _, p := range filepath.SplitList(gp) {
			out = append(out, filepath.Join(p, "pkg", "mod"))
		}
	} else if home, err := os.UserHomeDir(); err == nil {
		out = append(out, filepath.Join(home, "go", "pkg", "mod"))
	}
	if b, err := exec.Command("go", "env", "GOMODCACHE").Output(); err == nil {
		if c := strings.TrimSpace(string(b)); c != "" {
			out = append(out, c)
		}
	}
	return out
}

func checkUIDir(dir string) error {
	for _, sub := range []string{"templates", "static"} {
		fi, err := os.Stat(filepath.Join(dir, sub))
		if err != nil {
			return fmt.Errorf("no %s/ directory: %w", sub, err)
		}
		if !fi.IsDir() {
			return fmt.Errorf("%s is not a directory", filepath.Join(dir, sub))
		}
	}
	return nil
}

// loadCayleyUI parses every template of dir/templates (each named by its
// file name, as Cayley does) and prepares the static file server.
func loadCayleyUI(dir string) (*cayleyUI, error) {
	tmpl, err := template.ParseGlob(filepath.Join(dir, "templates", "*"))
	if err != nil {
		return nil, fmt.Errorf("parse Cayley UI templates in %s: %w", dir, err)
	}
	for page := range uiPages {
		if tmpl.Lookup(page+".html") == nil {
			return nil, fmt.Errorf("Cayley UI templates in %s: no %s.html", dir, page)
		}
	}
	fs := http.FileServer(http.Dir(filepath.Join(dir, "static")))
	return &cayleyUI{dir: dir, tmpl: tmpl, static: http.StripPrefix("/static", fs)}, nil
}

func (s *Server) uiUnavailable(w http.ResponseWriter, r *http.Request) {
	s.fail(w, r, http.StatusServiceUnavailable, fmt.Errorf("Cayley's web UI is not available: %v; "+
		"start the server with --cayley-ui DIR (Config.CayleyUIDir), DIR being the %s module directory that holds templates/ and static/",
		s.uiErr, cayleyModule+"@"+cayleyVersion()))
}

// handleUIPage renders one page of Cayley's UI; page "" takes it from the
// {page} path variable.
func (s *Server) handleUIPage(page string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.ui == nil {
			s.uiUnavailable(w, r)
			return
		}
		p := page
		if p == "" {
			p = mux.Vars(r)["page"]
		}
		if !uiPages[p] {
			s.fail(w, r, http.StatusNotFound, fmt.Errorf("no UI page %q", p))
			return
		}
		var buf bytes.Buffer
		if err := s.ui.tmpl.ExecuteTemplate(&buf, p+".html", nil); err != nil {
			s.fail(w, r, http.StatusInternalServerError, fmt.Errorf("render UI page %s: %w", p, err))
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(buf.Bytes())
	})
}

// handleStatic serves Cayley's static/ files; directory listings are not
// served.
func (s *Server) handleStatic() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.ui == nil {
			s.uiUnavailable(w, r)
			return
		}
		if strings.HasSuffix(r.URL.Path, "/") {
			s.fail(w, r, http.StatusNotFound, errors.New("directory listings are not served"))
			return
		}
		s.ui.static.ServeHTTP(w, r)
	})
}
