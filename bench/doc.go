// Package bench measures newsgraph at scale: it reads the benchmark
// corpora (Reuters-21578 SGML, the BBC news text files) into articles,
// generates synthetic extraction graphs shaped like real output to build
// stores of a million quads or more quickly, and times ingest, extraction
// and the canned queries (p50/p99) on the real store and query library.
//
// The corpora are read from where they lie (for example the shared
// corpora directory); nothing is copied. cmd/bench is the command that
// runs every measurement and prints a Markdown report.
package bench
