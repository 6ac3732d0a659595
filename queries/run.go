package queries

import (
	"context"
	"errors"
	"fmt"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"
)

// Result is what a run returns.
type Result struct {
	Query  string           `json:"query"`
	Params map[string]any   `json:"params"` // as bound (entities as IRIs)
	Rows   []map[string]any `json:"rows"`
	// Truncated is true when the query produced more rows than the cap.
	Truncated bool `json:"truncated"`
}

func (l *Library) timeout() time.Duration {
	if l.Timeout > 0 {
		return l.Timeout
	}
	return DefaultTimeout
}

func (l *Library) maxRows() int {
	switch {
	case l.MaxRows <= 0:
		return DefaultMaxRows
	case l.MaxRows > HardMaxRows:
		return HardMaxRows
	}
	return l.MaxRows
}

func (l *Library) query(name string) (*Query, error) {
	q, ok := l.queries[name]
	if !ok {
		return nil, &NotFoundError{What: "query", Value: name}
	}
	return q, nil
}

// Source returns the named query with its parameters bound: the text Run
// executes, ready to paste into Cayley's query or Visualize page. Entity
// and article parameters are resolved in qs.
func (l *Library) Source(ctx context.Context, qs cgraph.QuadStore, name string, args map[string]string) (string, error) {
	q, err := l.query(name)
	if err != nil {
		return "", err
	}
	vals, err := bind(ctx, qs, q, args)
	if err != nil {
		return "", fmt.Errorf("query %s: %w", name, err)
	}
	return l.source(q, vals)
}

func (l *Library) source(q *Query, vals map[string]any) (string, error) {
	b, err := bindingText(vals)
	if err != nil {
		return "", fmt.Errorf("query %s: %w", q.Name, err)
	}
	return b + q.prelude + "\n" + q.Text, nil
}

// Run binds args to the named query and runs it on qs in a fresh Gizmo
// session, within the Library's timeout (or ctx's deadline, if sooner)
// and row cap. Errors match ErrNotFound, ErrBadParam or ErrTimeout where
// they apply.
func (l *Library) Run(ctx context.Context, qs cgraph.QuadStore, name string, args map[string]string) (*Result, error) {
	q, err := l.query(name)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, l.timeout())
	defer cancel()
	vals, err := bind(ctx, qs, q, args)
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", name, err)
	}
	text, err := l.source(q, vals)
	if err != nil {
		return nil, err
	}
	rows, truncated, err := runGizmo(ctx, qs, text, l.maxRows())
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, fmt.Errorf("query %s: %w after %v: %w", name, ErrTimeout, l.timeout(), err)
		}
		return nil, fmt.Errorf("query %s: %w", name, err)
	}
	return &Result{Query: name, Params: vals, Rows: rows, Truncated: truncated}, nil
}

// runGizmo runs text in a new session and collects up to max rows.
func runGizmo(ctx context.Context, qs cgraph.QuadStore, text string, max int) ([]map[string]any, bool, error) {
	ses := gizmo.NewSession(qs)
	it, err := ses.Execute(ctx, text, query.Options{Collation: query.Raw, Limit: max + 1})
	if err != nil {
		return nil, false, fmt.Errorf("compiling: %w", err)
	}
	defer Finish(it)
	rows := []map[string]any{}
	truncated := false
	for it.Next(ctx) {
		r, ok := it.Result().(*gizmo.Result)
		if !ok || r.Meta {
			continue
		}
		row := convertResult(qs, r)
		if row == nil {
			continue
		}
		if len(rows) == max {
			truncated = true
			break
		}
		rows = append(rows, row)
	}
	if err := it.Err(); err != nil {
		return nil, false, err
	}
	if err := ctx.Err(); err != nil {
		return nil, false, err
	}
	return rows, truncated, nil
}

// FinishWait bounds how long Finish waits for a script to stop.
var FinishWait = 10 * time.Second

// Finish closes a Gizmo iterator whose Next has been called and waits (at
// most FinishWait) until the script's goroutine has ended. Cayley's Close
// interrupts the script and cancels its iteration but returns at once; a
// script still reading a store that is then closed (a server shutting
// down after a timed-out query) reads unmapped memory and crashes the
// process.
func Finish(it query.Iterator) {
	it.Close()
	ctx, cancel := context.WithTimeout(context.Background(), FinishWait)
	defer cancel()
	for it.Next(ctx) {
	}
}

// convertResult turns one Gizmo result into a plain JSON row: tags of
// .All() results become their values, a g.Emit() object is kept.
func convertResult(qs cgraph.QuadStore, r *gizmo.Result) map[string]any {
	if r.Tags != nil {
		row := make(map[string]any, len(r.Tags))
		for k, ref := range r.Tags {
			if v := plainValue(qs.NameOf(ref)); v != nil {
				row[k] = v
			}
		}
		return row
	}
	switch v := r.Val.(type) {
	case map[string]any:
		return v
	case nil:
		return nil
	default:
		return map[string]any{"value": v}
	}
}

// plainValue is a quad value as plain JSON: IRIs without angle brackets.
func plainValue(v quad.Value) any {
	switch v := v.(type) {
	case nil:
		return nil
	case quad.IRI:
		return string(v)
	case quad.BNode:
		return v.String()
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case quad.Int:
		return int64(v)
	case quad.Float:
		return float64(v)
	case quad.Bool:
		return bool(v)
	case quad.Time:
		return time.Time(v).Format(time.RFC3339)
	}
	return quad.StringOf(v)
}
