package server

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// recordingIngester remembers what it was handed and accepts every
// article whose text is not "bad".
type recordingIngester struct {
	mu   sync.Mutex
	got  []newsgraph.Article
	seen map[string]bool
}

func (ri *recordingIngester) IngestArticles(_ context.Context, arts []newsgraph.Article) []ArticleResult {
	ri.mu.Lock()
	defer ri.mu.Unlock()
	if ri.seen == nil {
		ri.seen = map[string]bool{}
	}
	out := make([]ArticleResult, len(arts))
	for i, a := range arts {
		ri.got = append(ri.got, a)
		switch {
		case a.Text == "bad":
			out[i] = ArticleResult{ID: a.ID, Status: ArticleRejected, Reason: "bad text"}
		case ri.seen[a.ID]:
			out[i] = ArticleResult{ID: a.ID, Status: ArticleReplaced, Quads: 3}
		default:
			out[i] = ArticleResult{ID: a.ID, Status: ArticleWritten, Quads: 3}
		}
		ri.seen[a.ID] = true
	}
	return out
}

func articleServer(t *testing.T, ing Ingester, mod func(*Config)) *Server {
	s, _ := newTestServer(t, func(c *Config) {
		c.EnableWrites, c.WriteToken, c.Ingester = true, "s3cret", ing
		if mod != nil {
			mod(c)
		}
	})
	return s
}

const auth = "Bearer s3cret"

func TestArticlesNeedToken(t *testing.T) {
	ri := &recordingIngester{}
	body := `{"id":"x1","text":"Some text."}`
	closed, _ := newTestServer(t, func(c *Config) { c.Ingester = ri; c.WriteToken = "s3cret" })
	wantJSONError(t, do(t, closed, "POST", "/api/articles", body, "Authorization", auth), 403, "disabled")
	s := articleServer(t, ri, nil)
	for _, h := range []string{"", "Bearer wrong", "Basic s3cret"} {
		wantJSONError(t, do(t, s, "POST", "/api/articles", body, "Authorization", h), 403, "token")
	}
	if len(ri.got) != 0 {
		t.Fatalf("refused requests reached the ingester: %v", ri.got)
	}
	wantJSONError(t, do(t, s, "GET", "/api/articles", "", "Authorization", auth), 405, "POST")
	noIngester, _ := newTestServer(t, func(c *Config) { c.EnableWrites, c.WriteToken = true, "s3cret" })
	wantJSONError(t, do(t, noIngester, "POST", "/api/articles", body, "Authorization", auth), 503, "ingester")
}

func TestArticlesJSONLines(t *testing.T) {
	ri := &recordingIngester{}
	s := articleServer(t, ri, nil)
	body := strings.Join([]string{
		`{"id":"a1","title":"T","source":"S","url":"http://x.test/1","published":"2024-05-01","byline":"B","text":"First."}`,
		`{"id":"a2", "text": broken`,
		``,
		`{"id":"a3","text":"bad"}`,
		`{"id":3,"text":"id is a number"}`,
		"{\"id\":\"a4\",\"text\":\"bad \xff utf8\"}",
		`{"id":"a1","text":"again"}`,
	}, "\n")
	r := do(t, s, "POST", "/api/articles", body, "Authorization", auth)
	if r.code != 200 {
		t.Fatalf("status %d: %s", r.code, r.body)
	}
	got := decode[articlesResponse](t, r)
	want := []struct {
		line   int
		status string
		reason string
	}{
		{1, ArticleWritten, ""},
		{2, ArticleRejected, "invalid JSON"},
		{4, ArticleRejected, "bad text"},
		{5, ArticleRejected, `"id"`},
		{6, ArticleRejected, "UTF-8"},
		{7, ArticleReplaced, ""},
	}
	if len(got.Results) != len(want) {
		t.Fatalf("%d results, want %d: %+v", len(got.Results), len(want), got.Results)
	}
	for i, w := range want {
		g := got.Results[i]
		if g.Line != w.line || g.Status != w.status || !strings.Contains(g.Reason, w.reason) {
			t.Errorf("result %d = %+v, want line %d %s %q", i, g, w.line, w.status, w.reason)
		}
	}
	if got.Written != 1 || got.Replaced != 1 || got.Rejected != 4 {
		t.Errorf("counts %d/%d/%d, want 1/1/4", got.Written, got.Replaced, got.Rejected)
	}
	if len(ri.got) != 3 {
		t.Fatalf("ingester got %d articles, want the 3 that decode", len(ri.got))
	}
	a := ri.got[0]
	if a.ID != "a1" || a.Title != "T" || a.Source != "S" || a.URL != "http://x.test/1" || a.Published != "2024-05-01" || a.Byline != "B" || a.Text != "First." {
		t.Errorf("fields not passed through: %+v", a)
	}
}

func TestArticlesSingleObjectAndLimits(t *testing.T) {
	ri := &recordingIngester{}
	s := articleServer(t, ri, func(c *Config) { c.MaxArticlesBytes = 200 })
	r := do(t, s, "POST", "/api/articles", "{\n  \"id\": \"p1\",\n  \"text\": \"Pretty.\"\n}\n", "Authorization", auth)
	if got := decode[articlesResponse](t, r); r.code != 200 || got.Written != 1 || got.Results[0].ID != "p1" {
		t.Errorf("pretty-printed object: %d %s", r.code, r.body)
	}
	wantJSONError(t, do(t, s, "POST", "/api/articles", " \n ", "Authorization", auth), 400, "empty")
	big := `{"id":"big","text":"` + strings.Repeat("x", 300) + `"}`
	wantJSONError(t, do(t, s, "POST", "/api/articles", big, "Authorization", auth), 413, "over 200 bytes")
	if len(ri.got) != 1 {
		t.Errorf("ingester got %d articles, want 1", len(ri.got))
	}
}
