// Package loadgen drives a running newsgraph server with concurrent
// clients over its canned queries and measures latency percentiles and
// errors. It only talks to loopback addresses: it is a test tool, not a
// way to load someone else's server.
package loadgen

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"
)

// Config is one load run.
type Config struct {
	BaseURL  string        // e.g. http://127.0.0.1:8080; must be loopback
	Clients  int           // concurrent clients
	Duration time.Duration // how long to run
	Paths    []string      // request paths (GET); empty means Plan's
	Timeout  time.Duration // per request; default 30s
	// MaxRequests stops the run early after this many requests (0: no cap).
	MaxRequests int
}

// Result sums a run up.
type Result struct {
	Requests int
	Errors   int // transport errors and non-200 answers
	ByStatus map[int]int
	P50, P90 time.Duration
	P99, Max time.Duration
	Elapsed  time.Duration
	Paths    int
	// FirstErrors lists up to 5 errors, for diagnosis.
	FirstErrors []string
	// ByQuery breaks the run down by canned query (the path's last
	// element before the query string), in name order.
	ByQuery []QueryStats
}

// QueryStats is the share of a run that went to one query.
type QueryStats struct {
	Query    string
	Requests int
	Errors   int
	// ErrorKinds counts errors by kind: "status 503", "status 504",
	// "transport" (no answer: refused, reset, client timeout).
	ErrorKinds map[string]int
	P50, P99   time.Duration
	Max        time.Duration
}

// queryOf names the query a request path runs: "/api/queries/timeline?x"
// gives "timeline".
func queryOf(p string) string {
	if i := strings.IndexByte(p, '?'); i >= 0 {
		p = p[:i]
	}
	return p[strings.LastIndexByte(p, '/')+1:]
}

// Table is the per-query breakdown as a Markdown table.
func (r Result) Table() string {
	var b strings.Builder
	b.WriteString("| query | requests | errors | error kinds | p50 ms | p99 ms | max ms |\n|---|---:|---:|---|---:|---:|---:|\n")
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d)/float64(time.Millisecond)) }
	for _, q := range r.ByQuery {
		kinds := []string{}
		for k, n := range q.ErrorKinds {
			kinds = append(kinds, fmt.Sprintf("%s: %d", k, n))
		}
		sort.Strings(kinds)
		fmt.Fprintf(&b, "| %s | %d | %d | %s | %s | %s | %s |\n", q.Query, q.Requests, q.Errors, strings.Join(kinds, ", "), ms(q.P50), ms(q.P99), ms(q.Max))
	}
	return b.String()
}

// String is a one-paragraph report.
func (r Result) String() string {
	rate := float64(r.Requests) / r.Elapsed.Seconds()
	s := fmt.Sprintf("%d requests over %d paths in %s (%.0f req/s), %d errors; latency p50 %s p90 %s p99 %s max %s; statuses %v",
		r.Requests, r.Paths, r.Elapsed.Round(time.Millisecond), rate, r.Errors,
		r.P50.Round(time.Microsecond), r.P90.Round(time.Microsecond), r.P99.Round(time.Microsecond), r.Max.Round(time.Microsecond), r.ByStatus)
	for _, e := range r.FirstErrors {
		s += "\n  error: " + e
	}
	return s
}

// CheckLoopback refuses a base URL whose host is not a loopback address.
func CheckLoopback(base string) error {
	u, err := url.Parse(base)
	if err != nil {
		return fmt.Errorf("base URL %q: %w", base, err)
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("base URL %q: only loopback addresses (127.0.0.1, ::1, localhost) are allowed", base)
	}
	return nil
}

// Plan lists request paths over every canned query the server offers:
// required entity parameters get names taken from its "entities" query,
// an "article" parameter an article IRI found through them.
func Plan(ctx context.Context, c *http.Client, base string, perQuery int) ([]string, error) {
	var list struct {
		Queries []struct {
			Name   string
			Params []struct {
				Name     string
				Required bool
			}
		}
	}
	if err := getJSON(ctx, c, base+"/api/queries", &list); err != nil {
		return nil, err
	}
	var ents struct{ Rows []map[string]any }
	if err := getJSON(ctx, c, base+"/api/queries/entities?limit=50", &ents); err != nil {
		return nil, err
	}
	var names []string
	for _, r := range ents.Rows {
		if n, ok := r["name"].(string); ok && n != "" {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return nil, errors.New("plan: the server's graph has no entities")
	}
	var articles []string
	for _, n := range names[:min(len(names), 5)] {
		var rows struct{ Rows []map[string]any }
		if err := getJSON(ctx, c, base+"/api/queries/articles-mentioning?entity="+url.QueryEscape(n), &rows); err != nil {
			continue
		}
		for _, r := range rows.Rows {
			for _, v := range r {
				if s, ok := v.(string); ok && strings.Contains(s, "/article/") {
					articles = append(articles, s)
				}
			}
		}
	}
	var paths []string
	for _, q := range list.Queries {
		for i := 0; i < perQuery; i++ {
			args := url.Values{}
			ok := true
			for j, p := range q.Params {
				if !p.Required {
					continue
				}
				switch {
				case p.Name == "article" && len(articles) > 0:
					args.Set(p.Name, articles[(i+j)%len(articles)])
				case p.Name == "article":
					ok = false
				default:
					args.Set(p.Name, names[(i*3+j)%len(names)])
				}
			}
			if !ok {
				break
			}
			p := "/api/queries/" + q.Name
			if len(args) > 0 {
				p += "?" + args.Encode()
			}
			paths = append(paths, p)
			if len(args) == 0 {
				break
			}
		}
	}
	return paths, nil
}

func getJSON(ctx context.Context, c *http.Client, u string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return fmt.Errorf("GET %s: %w", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: status %d", u, resp.StatusCode)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		return fmt.Errorf("GET %s: %w", u, err)
	}
	return nil
}

// Run drives the server with cfg.Clients clients for cfg.Duration, each
// cycling through the paths from its own offset.
func Run(ctx context.Context, cfg Config) (Result, error) {
	if err := CheckLoopback(cfg.BaseURL); err != nil {
		return Result{}, err
	}
	if cfg.Clients <= 0 || cfg.Duration <= 0 {
		return Result{}, errors.New("loadgen: clients and duration must be positive")
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	base := strings.TrimRight(cfg.BaseURL, "/")
	tr := &http.Transport{MaxIdleConns: cfg.Clients, MaxIdleConnsPerHost: cfg.Clients, IdleConnTimeout: 30 * time.Second}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: cfg.Timeout}
	paths := cfg.Paths
	if len(paths) == 0 {
		var err error
		if paths, err = Plan(ctx, client, base, 3); err != nil {
			return Result{}, fmt.Errorf("loadgen: %w", err)
		}
	}
	if len(paths) == 0 {
		return Result{}, errors.New("loadgen: no paths to request")
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.Duration)
	defer cancel()

	var (
		mu    sync.Mutex
		lats  []time.Duration
		perQ  = map[string][]time.Duration{}
		qs    = map[string]*QueryStats{}
		res   = Result{ByStatus: map[int]int{}, Paths: len(paths)}
		count int
		wg    sync.WaitGroup
	)
	start := time.Now()
	for c := range cfg.Clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := c; ctx.Err() == nil; i++ {
				mu.Lock()
				if cfg.MaxRequests > 0 && count >= cfg.MaxRequests {
					mu.Unlock()
					return
				}
				count++
				mu.Unlock()
				p := paths[i%len(paths)]
				t0 := time.Now()
				code, err := get(ctx, client, base+p)
				d := time.Since(t0)
				if ctx.Err() != nil && err != nil {
					return // cut off by the end of the run: not counted
				}
				mu.Lock()
				res.Requests++
				lats = append(lats, d)
				name := queryOf(p)
				q := qs[name]
				if q == nil {
					q = &QueryStats{Query: name, ErrorKinds: map[string]int{}}
					qs[name] = q
				}
				q.Requests++
				perQ[name] = append(perQ[name], d)
				if err != nil || code != http.StatusOK {
					res.Errors++
					q.Errors++
					if err != nil {
						q.ErrorKinds["transport"]++
					} else {
						q.ErrorKinds[fmt.Sprintf("status %d", code)]++
					}
					if len(res.FirstErrors) < 5 {
						res.FirstErrors = append(res.FirstErrors, fmt.Sprintf("GET %s: %d %v", p, code, err))
					}
				}
				if err == nil {
					res.ByStatus[code]++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	res.Elapsed = time.Since(start)
	sort.Slice(lats, func(i, j int) bool { return lats[i] < lats[j] })
	res.P50, res.P90, res.P99 = pct(lats, 50), pct(lats, 90), pct(lats, 99)
	if len(lats) > 0 {
		res.Max = lats[len(lats)-1]
	}
	for name, q := range qs {
		l := perQ[name]
		sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
		q.P50, q.P99, q.Max = pct(l, 50), pct(l, 99), l[len(l)-1]
		res.ByQuery = append(res.ByQuery, *q)
	}
	sort.Slice(res.ByQuery, func(i, j int) bool { return res.ByQuery[i].Query < res.ByQuery[j].Query })
	return res, nil
}

func get(ctx context.Context, c *http.Client, u string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return resp.StatusCode, err
	}
	return resp.StatusCode, nil
}

// pct is the p-th percentile of sorted durations (nearest rank).
func pct(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := (len(sorted)*p + 99) / 100
	return sorted[max(0, min(i, len(sorted))-1)]
}
