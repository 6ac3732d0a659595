package server

import (
	"context"
	"errors"

	"github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/queries"
)

// Library adapts newsgraph's canned-query library to Queries, mapping
// its errors to the server's: queries.ErrNotFound to ErrUnknownQuery or
// ErrUnknownEntity, queries.ErrBadParam to ErrBadParam. Timeouts already
// match context.DeadlineExceeded.
func Library(lib *queries.Library) Queries {
	return libraryQueries{lib}
}

type libraryQueries struct{ lib *queries.Library }

func (l libraryQueries) List() []QueryInfo {
	list := l.lib.List()
	out := make([]QueryInfo, 0, len(list))
	for _, q := range list {
		info := QueryInfo{Name: q.Name, Description: q.Description, Params: make([]ParamInfo, 0, len(q.Params))}
		for _, p := range q.Params {
			desc := p.Description
			if p.Type != "" {
				desc = "(" + p.Type + ") " + desc
			}
			info.Params = append(info.Params, ParamInfo{Name: p.Name, Description: desc, Required: p.Required, Default: p.Default})
		}
		out = append(out, info)
	}
	return out
}

func (l libraryQueries) Run(ctx context.Context, qs graph.QuadStore, name string, args map[string]string) (*QueryResult, error) {
	res, err := l.lib.Run(ctx, qs, name, args)
	if err != nil {
		return nil, classify(err)
	}
	return &QueryResult{Params: res.Params, Rows: res.Rows, Truncated: res.Truncated}, nil
}

func (l libraryQueries) Source(ctx context.Context, qs graph.QuadStore, name string, args map[string]string) (string, error) {
	src, err := l.lib.Source(ctx, qs, name, args)
	if err != nil {
		return "", classify(err)
	}
	return src, nil
}

// classified is an error that also matches one of the server's sentinels.
type classified struct {
	err, kind error
}

func (c classified) Error() string   { return c.err.Error() }
func (c classified) Unwrap() []error { return []error{c.err, c.kind} }

func classify(err error) error {
	var nf *queries.NotFoundError
	switch {
	case errors.As(err, &nf) && nf.What == "query":
		return classified{err, ErrUnknownQuery}
	case errors.Is(err, queries.ErrNotFound):
		return classified{err, ErrUnknownEntity}
	case errors.Is(err, queries.ErrBadParam):
		return classified{err, ErrBadParam}
	}
	return err
}
