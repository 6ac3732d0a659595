package gcpace

import (
	"math"
	"runtime/debug"
	"strings"
	"testing"
)

const gb = 1 << 30

func TestChoose(t *testing.T) {
	for _, c := range []struct {
		live, avail uint64
		percent     int
		limit       int64
	}{
		// 1M quads on a 24 GB machine: plenty, the cap holds.
		{1 * gb, 21 * gb, 400, 11*gb + gb/2},
		// Half of what is available is 3x the live heap.
		{1 * gb, 6 * gb, 300, 4 * gb},
		// 10M quads: half of what is available is less than the live
		// heap: Go's default stays.
		{9 * gb, 13 * gb, 100, 15*gb + gb/2},
		// Nothing available: the default, the limit at the live heap.
		{2 * gb, 0, 100, 2 * gb},
		{0, 8 * gb, 400, 4*gb + 1}, // a live heap of 0 counts as 1 byte
	} {
		p, l := Choose(c.live, c.avail)
		if p != c.percent || l != c.limit {
			t.Errorf("Choose(%d, %d) = %d, %d; want %d, %d", c.live, c.avail, p, l, c.percent, c.limit)
		}
	}
}

// restore puts the runtime's pace back as it was when the test started.
func restore(t *testing.T) {
	percent := debug.SetGCPercent(100)
	debug.SetGCPercent(percent)
	limit := debug.SetMemoryLimit(-1)
	t.Cleanup(func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	})
}

func TestSetChangesThePace(t *testing.T) {
	restore(t)
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	debug.SetGCPercent(100)
	debug.SetMemoryLimit(math.MaxInt64)
	p := Set()
	if p.Live == 0 {
		t.Errorf("Set measured no live heap: %+v", p)
	}
	if got := currentPercent(); got != p.Percent {
		t.Errorf("runtime GC percent %d, Set reported %d", got, p.Percent)
	}
	if p.Available == 0 {
		t.Skipf("memory available unknown here: %s", p)
	}
	want, limit := Choose(p.Live, p.Available)
	if want > 100 {
		if p.Percent != want || p.Limit != limit {
			t.Errorf("Set chose %d, limit %d; Choose says %d, %d", p.Percent, p.Limit, want, limit)
		}
		if got := debug.SetMemoryLimit(-1); got != limit {
			t.Errorf("runtime memory limit %d, want %d", got, limit)
		}
	} else if p.Percent != 100 || p.Limit != 0 {
		t.Errorf("Set changed the pace with too little memory: %s", p)
	}
	if !strings.Contains(p.String(), "GOGC=") {
		t.Errorf("String() = %q", p.String())
	}
}

func TestSetLeavesTheEnvironmentsChoice(t *testing.T) {
	restore(t)
	t.Setenv("GOGC", "150")
	debug.SetGCPercent(150)
	debug.SetMemoryLimit(math.MaxInt64)
	p := Set()
	if p.Percent != 150 || p.Limit != 0 || currentPercent() != 150 {
		t.Errorf("Set with GOGC=150 in the environment: %s, runtime %d", p, currentPercent())
	}
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("memory limit changed to %d", got)
	}
}
