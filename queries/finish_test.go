package queries

import (
	"bytes"
	"context"
	"errors"
	"runtime"
	"testing"
	"testing/fstest"
	"time"
)

// scriptsRunning counts the goroutines running a Gizmo script.
func scriptsRunning() int {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	return bytes.Count(buf, []byte("gizmo.(*results).Next.func1"))
}

// When Run gives up on a query (timeout, row cap), the script has stopped
// by the time Run returns: a script still reading a store the caller then
// closes would read unmapped memory (seen once in CI as a SIGSEGV in
// bolt). The script here is busy in one long native call (JSON.parse of a
// 2 MB text) when the timeout comes, so Cayley's Close alone returns
// while it still runs.
func TestRunReturnsOnlyWhenTheScriptHasStopped(t *testing.T) {
	lib, err := loadFS(fstest.MapFS{
		preludeFile: {Data: files0(t, preludeFile)},
		"parse.js": {Data: []byte(`// description: One long native call.
var s = "0";
while (s.length < 2000000) { s = s + "," + s; }
g.Emit({n: JSON.parse("[" + s + "]").length});
`)},
		"flood.js": {Data: []byte("// description: Emits forever.\nfor (var i = 0; ; i++) { g.Emit({i: i}); }\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	before := scriptsRunning()
	lib.Timeout = 100 * time.Millisecond
	_, err = lib.Run(context.Background(), fixtureStore(t), "parse", nil)
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("parse: error %v, want ErrTimeout", err)
	}
	if n := scriptsRunning(); n > before {
		t.Errorf("after a timeout %d scripts still run", n-before)
	}
	lib.Timeout = time.Minute
	lib.MaxRows = 3
	if res, err := lib.Run(context.Background(), fixtureStore(t), "flood", nil); err != nil || !res.Truncated {
		t.Fatalf("flood: %v, %v", res, err)
	}
	if n := scriptsRunning(); n > before {
		t.Errorf("after the row cap %d scripts still run", n-before)
	}
}
