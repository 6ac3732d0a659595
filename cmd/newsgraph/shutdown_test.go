package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// TestServeDrainsOnSIGTERM starts `newsgraph serve`, sends slow queries,
// SIGTERMs it while they run, and checks that they complete, the process
// exits 0, and a restart finds the store intact.
func TestServeDrainsOnSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dir := t.TempDir()
	bin := buildNewsgraph(t, dir)
	var arts []newsgraph.Article
	for i := range 4 {
		arts = append(arts, relTestArticle(i))
	}
	in := filepath.Join(dir, "arts.jsonl")
	relWriteJSONL(t, in, arts)
	db := filepath.Join(dir, "g.bolt")
	if out, err := exec.Command(bin, "ingest", "--dbpath", db, in).CombinedOutput(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	before := storeQuadCount(t, db)

	srv := exec.Command(bin, "serve", "--dbpath", db, "--addr", "127.0.0.1:0", "--articles", "")
	srv.Dir = dir
	stdout, err := srv.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var logs strings.Builder
	srv.Stderr = &logs
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer srv.Process.Kill()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("no startup line: %v\n%s", err, logs.String())
	}
	base := strings.Fields(strings.TrimPrefix(line, "newsgraph serving on "))[0]

	// Slow queries: spin about a second, then answer.
	const slow = 3
	var wg sync.WaitGroup
	results := make([]string, slow)
	for i := range slow {
		wg.Add(1)
		go func() {
			defer wg.Done()
			script := fmt.Sprintf(`var t = new Date().getTime(); while (new Date().getTime() - t < 1200) {} g.Emit(%d)`, i)
			code, body, err := httpTry("POST", base+"/api/v1/query/gizmo", script)
			var res struct{ Result []int }
			if err != nil || code != 200 || json.Unmarshal(body, &res) != nil || len(res.Result) != 1 || res.Result[0] != i {
				results[i] = fmt.Sprintf("slow request %d: %d %s %v", i, code, body, err)
			}
		}()
	}
	time.Sleep(400 * time.Millisecond) // let them start
	if err := srv.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	for _, r := range results {
		if r != "" {
			t.Error(r)
		}
	}
	if err := srv.Wait(); err != nil {
		t.Errorf("serve exited with %v after SIGTERM, want status 0\n%s", err, logs.String())
	}
	if !strings.Contains(logs.String(), "draining") {
		t.Errorf("no drain in the log:\n%s", logs.String())
	}
	if after := storeQuadCount(t, db); after != before {
		t.Errorf("store has %d quads after restart, %d before", after, before)
	}
}
