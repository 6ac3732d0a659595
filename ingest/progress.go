package ingest

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"
)

// progressEvery is how often the progress line is redrawn.
const progressEvery = 250 * time.Millisecond

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// startProgress draws a progress line on w, in place, until the returned
// function is called, which clears it. When w is not a terminal it draws
// nothing. The share done is that of the input bytes read, measured
// against the total size of the inputs, which a goroutine adds up meanwhile.
func startProgress(w io.Writer, paths []string, st *runState, start time.Time) (stop func()) {
	if w == nil || !isTerminal(w) {
		return func() {}
	}
	totalKnown := make(chan struct{})
	go func() {
		defer close(totalKnown)
		st.bytesTotal.Store(inputBytes(paths))
	}()
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(progressEvery)
		defer t.Stop()
		for {
			select {
			case <-done:
				fmt.Fprint(w, "\r\x1b[K")
				return
			case <-t.C:
				known := false
				select {
				case <-totalKnown:
					known = true
				default:
				}
				fmt.Fprint(w, "\r\x1b[K"+progressLine(st, known, time.Since(start)))
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}

// progressLine renders the state of a run on one line.
func progressLine(st *runState, totalKnown bool, elapsed time.Duration) string {
	read, written, skipped := st.read.Load(), st.written.Load(), st.skipped.Load()
	rate := 0.0
	if elapsed > 0 {
		rate = float64(written) / elapsed.Seconds()
	}
	var b strings.Builder
	if total := st.bytesTotal.Load(); totalKnown && total > 0 {
		frac := float64(st.bytesDone.Load()) / float64(total)
		frac = min(max(frac, 0), 1)
		const width = 24
		n := int(frac * width)
		fmt.Fprintf(&b, "[%s%s] %3.0f%%  ", strings.Repeat("=", n), strings.Repeat(" ", width-n), frac*100)
	}
	fmt.Fprintf(&b, "%d read  %d done  %d skipped  %.1f articles/s", read, written, skipped, rate)
	return b.String()
}

// inputBytes adds up the sizes of the input files under paths.
func inputBytes(paths []string) int64 {
	var total int64
	add := func(p string) {
		if kindOf(p) == kindSidecar || kindOf(p) == kindOther {
			return
		}
		if fi, err := os.Stat(p); err == nil {
			total += fi.Size()
		}
	}
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !fi.IsDir() {
			add(p)
			continue
		}
		walkInputs(p, func(path string) error { add(path); return nil }, func(string, error) {})
	}
	return total
}
