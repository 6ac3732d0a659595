package queries

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/graph"
)

// pgDatabase is the database the queries tests use on the Postgres server
// of NEWSGRAPH_TEST_POSTGRES: their own, so that they never collide with
// the graph package's tests, which clear the database they are given
// while go test runs packages in parallel.
const pgDatabase = "newsgraph_test_queries"

// fixtureStores is the fixture on every backend the query tests run on:
// memstore always, and Postgres (written through graph.Store, as ingest
// does) when NEWSGRAPH_TEST_POSTGRES holds a connection string.
func fixtureStores(t *testing.T) map[string]cgraph.QuadStore {
	t.Helper()
	out := map[string]cgraph.QuadStore{"memstore": fixtureStore(t), "mirror with aggregates": aggregatedFixture(t)}
	base := os.Getenv("NEWSGRAPH_TEST_POSTGRES")
	if base == "" {
		t.Log("postgres variant skipped: NEWSGRAPH_TEST_POSTGRES is not set")
		return out
	}
	addr, err := freshDatabase(base, pgDatabase)
	if err != nil {
		t.Fatalf("postgres fixture: %v", err)
	}
	st, err := graph.Open("postgres", addr)
	if err != nil {
		t.Fatalf("postgres fixture: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.WriteArticles(context.Background(), fixtureExtractions()); err != nil {
		t.Fatalf("postgres fixture: %v", err)
	}
	out["postgres"] = st.QuadStore()
	return out
}

// freshDatabase creates (or empties) database name on the server of the
// connection string base and returns a connection string for it.
func freshDatabase(base, name string) (string, error) {
	u, err := url.Parse(base)
	if err != nil {
		return "", fmt.Errorf("NEWSGRAPH_TEST_POSTGRES: %w", err)
	}
	admin, err := sql.Open("postgres", base)
	if err != nil {
		return "", fmt.Errorf("connect to %s: %w", u.Redacted(), err)
	}
	defer admin.Close()
	var exists bool
	if err := admin.QueryRow(`SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, name).Scan(&exists); err != nil {
		return "", fmt.Errorf("look up database %s: %w", name, err)
	}
	if !exists {
		if _, err := admin.Exec(`CREATE DATABASE ` + name); err != nil {
			return "", fmt.Errorf("create database %s: %w", name, err)
		}
	}
	u.Path = "/" + name
	db, err := sql.Open("postgres", u.String())
	if err != nil {
		return "", fmt.Errorf("connect to database %s: %w", name, err)
	}
	defer db.Close()
	if _, err := db.Exec(`DROP TABLE IF EXISTS quads, nodes CASCADE`); err != nil {
		return "", fmt.Errorf("empty database %s: %w", name, err)
	}
	return u.String(), nil
}
