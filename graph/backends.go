package graph

import (
	// Every backend Cayley 0.7.7 registers under Go >= 1.21 without cgo:
	// bolt, bbolt, btree, leveldb (graph/kv/all), memstore, postgres,
	// cockroach and mysql. sqlite (graph/sql/sqlite) is left out: it needs
	// cgo and adds about a minute and a half to a clean build, for nothing
	// bolt does not already give a single-file store.
	_ "github.com/cayleygraph/cayley/graph/kv/all"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach"
	_ "github.com/cayleygraph/cayley/graph/sql/mysql"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
)
