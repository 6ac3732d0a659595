package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func runExport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var sf storeFlags
	sf.register(fs)
	out := fs.String("out", "-", "N-Quads file to write (- for standard output)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	st, err := sf.open()
	if err != nil {
		return err
	}
	defer st.Close()
	if *out == "-" {
		return st.Export(ctx, stdout)
	}
	// Write to a temporary file and rename, so a failed export never
	// leaves a half-written file under the requested name.
	tmp, err := os.CreateTemp(filepath.Dir(*out), ".export-*.nq")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := st.Export(ctx, tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("export to %s: %w", *out, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("export to %s: %w", *out, err)
	}
	if err := os.Rename(tmp.Name(), *out); err != nil {
		return fmt.Errorf("export to %s: %w", *out, err)
	}
	fmt.Fprintf(stderr, "exported to %s\n", *out)
	return nil
}

func runImport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var sf storeFlags
	sf.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return exitError{2, errors.New("import: want exactly one N-Quads file (- for standard input)")}
	}
	st, err := sf.open()
	if err != nil {
		return err
	}
	defer st.Close()
	var r io.Reader = os.Stdin
	name := fs.Arg(0)
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
		defer f.Close()
		r = f
	}
	n, err := st.ImportNamed(ctx, r, name)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "imported %d quads from %s\n", n, name)
	return nil
}
