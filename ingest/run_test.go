package ingest

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest/pipeline"
)

// tagStage is a fake extraction stage: one entity named after the first
// word of the text; "FAIL" in the text is an error, "PANIC" a panic and
// "SLOW" a delay (so that later articles finish first).
func tagStage() pipeline.Stage {
	return pipeline.Func("tag", func(doc *newsgraph.Document) error {
		switch {
		case strings.Contains(doc.Text, "FAIL"):
			return errors.New("cannot tag")
		case strings.Contains(doc.Text, "PANIC"):
			panic("tagger bug")
		case strings.Contains(doc.Text, "SLOW"):
			time.Sleep(20 * time.Millisecond)
		}
		name := strings.Fields(doc.Text)[0]
		doc.Entities = append(doc.Entities, newsgraph.Entity{Name: name, Type: newsgraph.Person,
			Mentions: []newsgraph.Span{{Start: 0, End: len(name)}}})
		return nil
	})
}

// idResolver gives each entity name one ID for the whole run.
type idResolver struct {
	ids     map[string]string
	batches [][]string // doc ids per batch
}

func (r *idResolver) Resolve(docs []*newsgraph.Document) {
	if r.ids == nil {
		r.ids = map[string]string{}
	}
	var b []string
	for _, d := range docs {
		b = append(b, d.Article.ID)
		for i, e := range d.Entities {
			id, ok := r.ids[e.Name]
			if !ok {
				id = fmt.Sprintf("e%d", len(r.ids))
				r.ids[e.Name] = id
			}
			d.Entities[i].ID = id
		}
	}
	r.batches = append(r.batches, b)
}

// memWriter is an in-memory store: article id -> extraction.
type memWriter struct {
	mu      sync.Mutex
	order   []string
	docs    map[string]newsgraph.Extraction
	failOn  func(x newsgraph.Extraction) bool
	onWrite func(n int)
}

func (w *memWriter) WriteArticle(ctx context.Context, x newsgraph.Extraction) (WriteResult, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.failOn != nil && w.failOn(x) {
		return WriteResult{}, errors.New("disk full")
	}
	if w.docs == nil {
		w.docs = map[string]newsgraph.Extraction{}
	}
	_, replaced := w.docs[x.Doc]
	w.docs[x.Doc] = x
	w.order = append(w.order, x.Doc)
	if w.onWrite != nil {
		w.onWrite(len(w.order))
	}
	return WriteResult{Quads: 1 + len(x.Entities), Replaced: replaced}, nil
}

// corpus writes a JSONL file of n articles a0..a(n-1); texts[i] overrides
// the default text of article i.
func corpus(t testing.TB, n int, texts map[int]string) string {
	dir := t.TempDir()
	var b strings.Builder
	for i := range n {
		text := fmt.Sprintf("Name%d went to town.", i%7)
		if s, ok := texts[i]; ok {
			text = s
		}
		fmt.Fprintf(&b, `{"id":"a%d","text":%q}`+"\n", i, text)
	}
	path := filepath.Join(dir, "c.jsonl")
	write(t, dir, map[string]string{"c.jsonl": b.String()})
	return path
}

func TestRunOrderBatchesAndSkips(t *testing.T) {
	texts := map[int]string{3: "SLOW Name3 text", 10: "FAIL here", 11: "PANIC here", 12: "", 20: "SLOW again"}
	path := corpus(t, 40, texts)
	res := &idResolver{}
	w := &memWriter{}
	r := &Runner{Pipeline: pipeline.New(tagStage()), Resolver: res, Writer: w, Workers: 4, BatchSize: 8}
	sum, err := r.Run(context.Background(), []string{path})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for i := range 40 {
		if i != 10 && i != 11 && i != 12 {
			want = append(want, fmt.Sprintf("a%d", i))
		}
	}
	if got := strings.Join(w.order, ","); got != strings.Join(want, ",") {
		t.Errorf("write order\n got %s\nwant %s", got, strings.Join(want, ","))
	}
	var sizes []int
	var resolved []string
	for _, b := range res.batches {
		sizes = append(sizes, len(b))
		resolved = append(resolved, b...)
	}
	if fmt.Sprint(sizes) != "[8 8 8 8 5]" {
		t.Errorf("batch sizes %v", sizes)
	}
	if strings.Join(resolved, ",") != strings.Join(want, ",") {
		t.Errorf("resolve order %v", resolved)
	}
	if sum.Articles != 39 || sum.Written != 37 || sum.Quads != 74 || sum.Replaced != 0 {
		t.Errorf("summary %+v", sum)
	}
	reasons := map[string]string{}
	for _, s := range sum.Skipped {
		reasons[s.Path] = s.Reason
	}
	if len(sum.Skipped) != 3 ||
		!strings.Contains(reasons[path+":11"], "extraction: article a10: stage tag: cannot tag") ||
		!strings.Contains(reasons[path+":12"], "panic: tagger bug") ||
		!strings.Contains(reasons[path+":13"], "no text") {
		t.Errorf("skips %v", sum.Skipped)
	}
	// Entity IDs are shared across batches: Name0 in a0 (batch 1) and a35 (batch 5).
	if a, b := w.docs["a0"].Entities[0].ID, w.docs["a35"].Entities[0].ID; a == "" || a != b {
		t.Errorf("entity ids across batches: %q %q", a, b)
	}
	s := sum.String()
	if !strings.Contains(s, "39 articles read, 37 written, 74 quads, 3 skipped") || !strings.Contains(s, "skipped "+path+":11: extraction") {
		t.Errorf("String:\n%s", s)
	}
}

func TestRunReplacedAndWriteErrors(t *testing.T) {
	path := corpus(t, 10, map[int]string{4: "Broken story"})
	w := &memWriter{failOn: func(x newsgraph.Extraction) bool { return x.Entities[0].Name == "Broken" }}
	w.docs = map[string]newsgraph.Extraction{"a1": {}}
	r := &Runner{Pipeline: pipeline.New(tagStage()), Writer: w, Workers: 2, BatchSize: 3}
	sum, err := r.Run(context.Background(), []string{path})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Written != 9 || sum.Replaced != 1 || len(sum.Skipped) != 1 || sum.Skipped[0].Path != path+":5" ||
		sum.Skipped[0].Reason != "write: disk full" {
		t.Errorf("summary %+v", sum)
	}

	// A store that keeps failing stops the run.
	w = &memWriter{failOn: func(newsgraph.Extraction) bool { return true }}
	r.Writer = w
	sum, err = r.Run(context.Background(), []string{corpus(t, 200, nil)})
	if err == nil || !strings.Contains(err.Error(), "5 writes failed in a row") {
		t.Errorf("err %v", err)
	}
	if len(sum.Skipped) != MaxWriteFailures {
		t.Errorf("skips %d", len(sum.Skipped))
	}
}

func TestRunCancel(t *testing.T) {
	path := corpus(t, 2000, nil)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := &memWriter{onWrite: func(n int) {
		if n == 50 {
			cancel()
		}
	}}
	before := runtime.NumGoroutine()
	r := &Runner{Pipeline: pipeline.New(tagStage()), Writer: w, Workers: 3, BatchSize: 16}
	sum, err := r.Run(ctx, []string{path})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v", err)
	}
	if sum.Written < 50 || sum.Written > 64 || len(w.order) != sum.Written {
		t.Errorf("written %d after cancel at 50 (store has %d)", sum.Written, len(w.order))
	}
	if sum.Articles >= 2000 {
		t.Errorf("reading did not stop: %d articles read", sum.Articles)
	}
	// Every goroutine of the run has ended.
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines left running (%d before)", n, before)
	}
}

func TestExtract(t *testing.T) {
	path := corpus(t, 30, map[int]string{0: "SLOW first", 7: "FAIL"})
	var got []string
	sum, err := Extract(context.Background(), []string{path}, pipeline.New(tagStage()), &idResolver{},
		func(x newsgraph.Extraction) error {
			if x.Entities[0].ID == "" {
				t.Errorf("%s not resolved", x.Doc)
			}
			got = append(got, x.Doc)
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 29 || got[0] != "a0" || got[7] != "a8" || got[28] != "a29" || sum.Written != 29 || len(sum.Skipped) != 1 {
		t.Errorf("got %v, summary %+v", got, sum)
	}

	// An output error stops the run and is returned.
	stop := errors.New("broken pipe")
	n := 0
	_, err = Extract(context.Background(), []string{path}, pipeline.New(tagStage()), nil, func(newsgraph.Extraction) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("err %v after %d outputs", err, n)
	}
}

func TestRunNeedsPipelineAndWriter(t *testing.T) {
	if _, err := (&Runner{Pipeline: pipeline.New()}).Run(context.Background(), nil); err == nil {
		t.Error("no writer: want an error")
	}
	if _, err := (&Runner{Writer: &memWriter{}}).Run(context.Background(), nil); err == nil {
		t.Error("no pipeline: want an error")
	}
}

func TestProgressLine(t *testing.T) {
	st := &runState{}
	st.read.Store(10)
	st.written.Store(8)
	st.skipped.Store(1)
	st.bytesTotal.Store(1000)
	st.bytesDone.Store(500)
	got := progressLine(st, true, 2*time.Second)
	want := "[============            ]  50%  10 read  8 done  1 skipped  4.0 articles/s"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if got := progressLine(st, false, 2*time.Second); strings.Contains(got, "[") {
		t.Errorf("bar drawn before the total is known: %q", got)
	}
	// A non-terminal gets nothing.
	var b strings.Builder
	stop := startProgress(&b, nil, st, time.Now())
	time.Sleep(2 * progressEvery)
	stop()
	if b.Len() != 0 {
		t.Errorf("progress written to a non-terminal: %q", b.String())
	}
}

func BenchmarkRun(b *testing.B) {
	texts := map[int]string{}
	for i := range 1000 {
		texts[i] = strings.Repeat(fmt.Sprintf("Name%d spoke to reporters in the capital on Tuesday. ", i%13), 40)
	}
	path := corpus(b, 1000, texts)
	work := pipeline.Func("work", func(doc *newsgraph.Document) error {
		// Tokenise, as a light real stage would.
		for i, f := range strings.Fields(doc.Text) {
			doc.Tokens = append(doc.Tokens, newsgraph.Token{Text: f, Start: i})
		}
		return nil
	})
	b.ResetTimer()
	for range b.N {
		r := &Runner{Pipeline: pipeline.New(work, tagStage()), Resolver: &idResolver{}, Writer: &memWriter{}}
		sum, err := r.Run(context.Background(), []string{path})
		if err != nil || sum.Written != 1000 {
			b.Fatal(sum, err)
		}
	}
	b.ReportMetric(float64(b.N*1000)/b.Elapsed().Seconds(), "articles/s")
}
