package report

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

const chromiumPath = "/usr/bin/chromium"

var updateSample = flag.Bool("update-sample", false, "rewrite docs/sample-report from the demo articles (with the browser test's screenshot)")

// labelCheck measures the network picture in the browser: how many nodes
// it draws and which label boxes (as rendered) overlap.
const labelCheck = `(() => {
  const svg = document.querySelector("svg#network");
  if (!svg) { return JSON.stringify({nodes: 0, labels: 0, overlaps: ["no svg#network"]}); }
  const labels = Array.from(svg.querySelectorAll("text.label"));
  const boxes = labels.map(l => { const r = l.getBoundingClientRect(); return {t: l.textContent, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom}; });
  const overlaps = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      const ox = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const oy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (ox > 0.5 && oy > 0.5) { overlaps.push(a.t + " / " + b.t); }
    }
  }
  return JSON.stringify({nodes: svg.querySelectorAll("circle.node").length, labels: labels.length, overlaps: overlaps});
})()`

func TestBrowserNetwork(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s not found (%v): the browser test must run in CI; install Debian's chromium package", chromiumPath, err)
		}
		t.Skipf("%s not found (%v): skipping the browser test; apt-get install chromium to run it", chromiumPath, err)
	}
	_, dir := demoReport(t, Options{})
	if *updateSample {
		dir = filepath.Join("..", "docs", "sample-report")
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
		st := demoStore(t)
		r, err := Build(context.Background(), st.QuadStore(), lib(t), Options{Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		if err := r.WriteDir(context.Background(), dir, st.Export); err != nil {
			t.Fatal(err)
		}
	}
	abs, err := filepath.Abs(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}

	// Not t.TempDir: chromium's helpers may still write the profile as the
	// test ends, and TempDir's cleanup fails the test on that.
	profile, err := os.MkdirTemp("", "newsgraph-report-chromium-")
	if err != nil {
		t.Fatal(err)
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
	bctx, cancelBrowser := chromedp.NewContext(actx, chromedp.WithErrorf(func(format string, args ...any) {
		if msg := fmt.Sprintf(format, args...); !strings.Contains(msg, "could not unmarshal event") {
			t.Log(msg)
		}
	}))
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

	var raw string
	var png []byte
	if err := chromedp.Run(bctx,
		chromedp.Navigate("file://"+abs),
		chromedp.WaitVisible("svg#network", chromedp.ByQuery),
		chromedp.Evaluate(labelCheck, &raw),
		chromedp.Screenshot("svg#network", &png, chromedp.ByQuery),
	); err != nil {
		t.Fatalf("open %s in chromium: %v", abs, err)
	}
	var got struct {
		Nodes, Labels int
		Overlaps      []string
	}
	if err := json.Unmarshal([]byte(raw), &got); err != nil {
		t.Fatalf("label check %q: %v", raw, err)
	}
	if got.Nodes <= 5 || got.Labels != got.Nodes {
		t.Errorf("network draws %d nodes and %d labels; want more than 5 nodes, one label each", got.Nodes, got.Labels)
	}
	if len(got.Overlaps) > 0 {
		t.Errorf("%d pairs of labels overlap as rendered: %v", len(got.Overlaps), got.Overlaps)
	}
	if len(png) < 1000 || string(png[1:4]) != "PNG" {
		t.Fatalf("screenshot is not a PNG (%d bytes)", len(png))
	}
	out := filepath.Join(dir, "network.png")
	if err := os.WriteFile(out, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d nodes, no overlapping labels; screenshot %s (%d bytes)", got.Nodes, out, len(png))
}
