package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

const chromiumPath = "/usr/bin/chromium"

// browser starts Debian's chromium headless with a fresh profile and
// returns a chromedp context, plus a function listing the JavaScript
// dialogs and uncaught exceptions the pages raised (Cayley's Visualize page
// turns every script error into an alert).
func browser(t *testing.T) (context.Context, func() []string) {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s not found (%v): the browser test must run in CI; install Debian's chromium package", chromiumPath, err)
		}
		t.Skipf("%s not found (%v): skipping the browser test; apt-get install chromium to run it", chromiumPath, err)
	}
	// Not t.TempDir: chromium's helpers may still be writing the profile
	// as the test ends, and TempDir's cleanup fails the test on that.
	profile, err := os.MkdirTemp("", "newsgraph-chromium-")
	if err != nil {
		t.Fatalf("profile dir: %v", err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 1200),
	}
	ctx, cancelTimeout := context.WithTimeout(context.Background(), 90*time.Second)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx, chromedp.WithErrorf(quietErrorf))
	t.Cleanup(func() {
		cancelBrowser()
		cancelAlloc()
		cancelTimeout()
		for i := 0; i < 10; i++ {
			if os.RemoveAll(profile) == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})

	var mu sync.Mutex
	var problems []string
	chromedp.ListenTarget(bctx, func(ev any) {
		switch e := ev.(type) {
		case *page.EventJavascriptDialogOpening:
			mu.Lock()
			problems = append(problems, "dialog: "+e.Message)
			mu.Unlock()
			go func() { _ = chromedp.Run(bctx, page.HandleJavaScriptDialog(true)) }()
		case *runtime.EventExceptionThrown:
			msg := e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				msg += " " + e.ExceptionDetails.Exception.Description
			}
			mu.Lock()
			problems = append(problems, "exception: "+msg)
			mu.Unlock()
		}
	})
	if err := chromedp.Run(bctx); err != nil {
		t.Fatalf("start %s: %v", chromiumPath, err)
	}
	return bctx, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), problems...)
	}
}

// quietErrorf logs chromedp's errors except its complaints about protocol
// events newer than its cdproto version knows (harmless, and one per
// request with current chromium).
func quietErrorf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if strings.Contains(msg, "could not unmarshal event") {
		return
	}
	log.Print("chromedp: " + msg)
}

// setEditor is the JavaScript that puts a query into the page's CodeMirror
// editor (cayley_main.js keeps it in the global `editor`).
func setEditor(q string) string {
	b, _ := json.Marshal(q)
	return "editor.setValue(" + string(b) + "); editor.getValue()"
}

// visualize runs q on Cayley's Visualize page at base and returns how many
// nodes and edges sigma drew, the number of canvases and a PNG screenshot.
func visualize(t *testing.T, ctx context.Context, problems func() []string, base, q string) (nodes, edges, canvases int, shot []byte) {
	t.Helper()
	var set string
	err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/ui/visualize"),
		chromedp.WaitVisible("#run_button", chromedp.ByID),
		chromedp.Poll(`typeof editor !== "undefined" && editor !== null && typeof sigma !== "undefined" && typeof group !== "undefined" && group !== null`, nil),
		chromedp.Evaluate(setEditor(q), &set),
		chromedp.Click("#run_button", chromedp.ByID),
		chromedp.Poll(`window.sigmaGraph !== undefined && sigmaGraph.graph.nodes().length > 0`, nil,
			chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Evaluate(`sigmaGraph.graph.nodes().length`, &nodes),
		chromedp.Evaluate(`sigmaGraph.graph.edges().length`, &edges),
		chromedp.Evaluate(`document.querySelectorAll("#visualize canvas").length`, &canvases),
		// Let ForceAtlas2 spread the nodes, then stop it for a still picture.
		chromedp.Sleep(1500*time.Millisecond),
		chromedp.Evaluate(`sigmaGraph.stopForceAtlas2(); sigmaGraph.refresh(); true`, nil),
		chromedp.Sleep(300*time.Millisecond),
		chromedp.FullScreenshot(&shot, 100), // quality 100: PNG
	)
	if err != nil {
		t.Fatalf("visualize page: %v (page problems: %v)", err, problems())
	}
	if set != q {
		t.Errorf("editor holds %q, want the query", set)
	}
	if p := problems(); len(p) > 0 {
		t.Errorf("page raised: %v", p)
	}
	return nodes, edges, canvases, shot
}

// nodePixels counts the pixels of the page's default node colours
// (sources #001B8A, targets #F09300) in a PNG screenshot.
func nodePixels(t *testing.T, shot []byte) (source, target int) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatalf("decode screenshot: %v", err)
	}
	source = countNear(img, 0x00, 0x1B, 0x8A)
	target = countNear(img, 0xF0, 0x93, 0x00)
	t.Logf("screenshot %v: %d source-colour and %d target-colour pixels", img.Bounds().Size(), source, target)
	return source, target
}

func TestBrowserVisualize(t *testing.T) {
	ctx, problems := browser(t)
	s, _ := newTestServer(t, nil)
	ts := httptest.NewServer(s)
	defer ts.Close()

	const q = `g.V().Tag("source").Out(["<http://example.test/knows>", "<http://example.test/memberOf>"]).Tag("target").All()`
	nodes, edges, canvases, shot := visualize(t, ctx, problems, ts.URL, q)
	// ann, bo, cy and the club; ann->bo, ann->cy, bo->club.
	if nodes != 4 || edges != 3 {
		t.Errorf("sigma graph has %d nodes and %d edges, want 4 and 3", nodes, edges)
	}
	if canvases == 0 {
		t.Errorf("no canvas drawn in #visualize")
	}
	// The nodes must be on screen, not just in sigma's model.
	if blue, orange := nodePixels(t, shot); blue < 20 || orange < 20 {
		t.Errorf("nodes not visible: %d source-colour and %d target-colour pixels", blue, orange)
	}
	saveScreenshot(t, "visualize.png", shot)
}

// TestBrowserVisualizeCannedQuery pastes a canned Visualize query's bound
// text, as served by /api/queries/{name}/gizmo, into the Visualize page.
func TestBrowserVisualizeCannedQuery(t *testing.T) {
	ctx, problems := browser(t)
	ts := httptest.NewServer(newLibraryServer(t))
	defer ts.Close()

	resp, err := http.Get(ts.URL + "/api/queries/viz-co-mentions/gizmo?entity=Lena+Vik")
	if err != nil {
		t.Fatal(err)
	}
	src, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("bound query: %d %v %s", resp.StatusCode, err, src)
	}
	nodes, edges, canvases, shot := visualize(t, ctx, problems, ts.URL, string(src))
	// Lena Vik and the three entities sharing an article with her.
	if nodes < 4 || edges < 3 || canvases == 0 {
		t.Errorf("sigma drew %d nodes, %d edges on %d canvases; want >= 4, >= 3, > 0", nodes, edges, canvases)
	}
	saveScreenshot(t, "visualize-canned.png", shot)
}

func TestBrowserQueryPage(t *testing.T) {
	ctx, problems := browser(t)
	s, _ := newTestServer(t, nil)
	ts := httptest.NewServer(s)
	defer ts.Close()

	const q = `g.V("<http://example.test/bo>").Out("<http://schema.org/name>").All()`
	var out string
	var shot []byte
	err := chromedp.Run(ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible("#run_button", chromedp.ByID),
		chromedp.Poll(`typeof editor !== "undefined" && editor !== null && typeof output_editor !== "undefined" && typeof group !== "undefined" && group !== null`, nil),
		chromedp.Evaluate(setEditor(q), nil),
		chromedp.Click("#run_button", chromedp.ByID),
		chromedp.Poll(`output_editor.getValue().indexOf('"result"') >= 0`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Evaluate(`output_editor.getValue()`, &out),
		chromedp.CaptureScreenshot(&shot),
	)
	if err != nil {
		t.Fatalf("query page: %v (page problems: %v)", err, problems())
	}
	var got struct {
		Result []map[string]any `json:"result"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output pane is not the JSON result (%v): %s", err, out)
	}
	if len(got.Result) != 1 || got.Result[0]["id"] != "Bo Larsen" {
		t.Errorf("output pane: %s", out)
	}
	if p := problems(); len(p) > 0 {
		t.Errorf("page raised: %v", p)
	}
	saveScreenshot(t, "query.png", shot)
}

// countNear counts pixels within a small distance of an RGB colour.
func countNear(img image.Image, r, g, b uint8) int {
	n := 0
	bd := img.Bounds()
	for y := bd.Min.Y; y < bd.Max.Y; y++ {
		for x := bd.Min.X; x < bd.Max.X; x++ {
			pr, pg, pb, _ := img.At(x, y).RGBA()
			if near(pr>>8, r) && near(pg>>8, g) && near(pb>>8, b) {
				n++
			}
		}
	}
	return n
}

func near(v uint32, want uint8) bool {
	d := int(v) - int(want)
	return d > -24 && d < 24
}

// saveScreenshot writes the PNG to the test's temp dir and copies it to
// /tmp for a person to look at.
func saveScreenshot(t *testing.T, name string, data []byte) {
	t.Helper()
	for _, p := range []string{filepath.Join(t.TempDir(), name), filepath.Join(os.TempDir(), name)} {
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Errorf("save screenshot: %v", err)
			continue
		}
		if !strings.HasPrefix(p, os.TempDir()+string(os.PathSeparator)+"Test") {
			t.Logf("screenshot saved to %s", p)
		}
	}
}
