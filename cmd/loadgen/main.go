// Command loadgen drives a newsgraph server on a loopback address with
// concurrent clients over its canned queries and prints request count,
// errors and latency percentiles. It exits 1 when any request failed.
//
//	loadgen -url http://127.0.0.1:8080 -clients 200 -duration 60s
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"time"

	"github.com/newsgraph/newsgraph/loadgen"
)

func main() {
	base := flag.String("url", "http://127.0.0.1:8080", "server base URL (loopback only)")
	clients := flag.Int("clients", 50, "concurrent clients")
	dur := flag.Duration("duration", 10*time.Second, "length of the run")
	maxReq := flag.Int("max-requests", 0, "stop after this many requests (0: no cap)")
	table := flag.Bool("table", true, "also print a Markdown table per query")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	res, err := loadgen.Run(ctx, loadgen.Config{BaseURL: *base, Clients: *clients, Duration: *dur, MaxRequests: *maxReq})
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(2)
	}
	fmt.Println(res)
	if *table {
		fmt.Print("\n", res.Table())
	}
	if res.Errors > 0 {
		os.Exit(1)
	}
}
