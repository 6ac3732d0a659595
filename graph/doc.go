// Package graph is newsgraph's access to the Cayley graph database: it opens
// a store (Open, any backend Cayley 0.7.7 registers), defines the vocabulary
// every quad uses (vocab.go, Vocabulary), maps one article's Extraction to
// quads labelled with the article's IRI (Quads), writes an article in one
// transaction that replaces its previous version (WriteArticle,
// WriteArticles, DeleteArticle) and exports/imports N-Quads.
package graph
