package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph/queries"
)

// paramFlag collects repeated --param key=value flags.
type paramFlag map[string]string

func (p paramFlag) String() string { return fmt.Sprint(map[string]string(p)) }

func (p paramFlag) Set(v string) error {
	k, val, ok := strings.Cut(v, "=")
	if !ok || k == "" {
		return fmt.Errorf("want key=value, got %q", v)
	}
	p[k] = val
	return nil
}

func runQuery(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var sf storeFlags
	sf.register(fs)
	params := paramFlag{}
	fs.Var(params, "param", "a query parameter as key=value (repeatable)")
	list := fs.Bool("list", false, "list the canned queries and their parameters")
	gizmo := fs.Bool("gizmo", false, "print the bound Gizmo text (to paste into Cayley's UI) instead of running it")
	lib, err := queries.Load()
	if err != nil {
		return err
	}
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: newsgraph query [flags] NAME [--param key=value]...")
		fs.PrintDefaults()
		fmt.Fprintln(stderr, "\nqueries:")
		for _, q := range lib.List() {
			fmt.Fprintf(stderr, "  %-20s %s\n", q.Name, q.Description)
		}
	}
	// Allow flags after the query name: newsgraph query NAME --param k=v.
	var name string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		name, args = args[0], args[1:]
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *list {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(lib.List())
	}
	if name == "" && fs.NArg() > 0 {
		name = fs.Arg(0)
	}
	if name == "" {
		fs.Usage()
		return exitError{2, errors.New("query: no query name given")}
	}
	st, err := sf.open()
	if err != nil {
		return err
	}
	defer st.Close()
	if *gizmo {
		text, err := lib.Source(ctx, st.QuadStore(), name, params)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(stdout, text)
		return err
	}
	res, err := lib.Run(ctx, st.QuadStore(), name, params)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(res)
}
