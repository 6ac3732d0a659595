package graph

import (
	"bytes"
	"log"
	"os"
	"strings"
	"testing"
)

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"var/newsgraph.bolt": "var/newsgraph.bolt",
		"postgres://newsgraph:s3cret@db:5432/newsgraph?sslmode=disable":  "postgres://newsgraph:xxxxx@db:5432/newsgraph?sslmode=disable",
		"postgres://db/newsgraph?user=u&password=s3cret&sslmode=disable": "postgres://db/newsgraph?user=u&password=xxxxx&sslmode=disable",
		"host=db user=u password='s3cret' dbname=x":                      "host=db user=u password=xxxxx dbname=x",
		"host=db password=s3cret":                                        "host=db password=xxxxx",
		"open postgres://a:b@h/x failed; retry postgres://c:d@h/y":       "open postgres://a:xxxxx@h/x failed; retry postgres://c:xxxxx@h/y",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

// An error opening a SQL store does not print the password it was given.
func TestOpenErrorHidesPassword(t *testing.T) {
	var logged bytes.Buffer
	log.SetOutput(&logged)
	defer log.SetOutput(os.Stderr)
	_, err := Open("postgres", "postgres://u:s3cret@127.0.0.1:1/none?sslmode=disable&connect_timeout=1")
	if err == nil {
		t.Skip("a server answered on port 1")
	}
	if strings.Contains(err.Error(), "s3cret") {
		t.Errorf("error shows the password: %v", err)
	}
	if strings.Contains(logged.String(), "s3cret") || !strings.Contains(logged.String(), "xxxxx") {
		t.Errorf("Cayley's log, want the address with its password hidden:\n%s", logged.String())
	}
}
