// Package gcpace sets how often the Go garbage collector runs in a
// process that holds a large heap for its whole life: newsgraph's
// memstore mirror, about 0.8 GB per million quads of small, pointer-rich
// objects.
//
// With Go's default pace (GOGC=100) a collection starts each time the
// heap has grown by as much as is live, and every collection marks the
// whole mirror. A query allocating a few MB per run then meets a
// collection every few hundred runs, and the runs that meet one are slowed
// two to four times by the marking work sharing the cores: that, not the
// queries themselves, made most of the slow tail measured at a million
// quads (docs/scale.md). Set lets the heap grow by up to MaxPercent of the
// live heap between collections when the machine has the memory for it,
// so that collections are rarer, and sets a soft memory limit of the live
// heap plus that budget.
package gcpace

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
)

// MaxPercent is the largest GC percent Set chooses: the heap may grow by
// four times what is live between collections.
const MaxPercent = 400

// Pace is what Set measured and decided.
type Pace struct {
	// Live is the live heap after a collection, Available the memory the
	// system had available for the process (0 when unknown).
	Live, Available uint64
	// Percent is the GC percent in force after Set; Limit the soft memory
	// limit Set gave the runtime (0: unchanged).
	Percent int
	Limit   int64
	// Why says how the pace was chosen.
	Why string
}

// String describes p in one line for a log.
func (p Pace) String() string {
	s := fmt.Sprintf("garbage collector: GOGC=%d (%s; live heap %s", p.Percent, p.Why, size(p.Live))
	if p.Available > 0 {
		s += ", memory available " + size(p.Available)
	}
	if p.Limit > 0 {
		s += ", soft limit " + size(uint64(p.Limit))
	}
	return s + ")"
}

// Set collects garbage, measures the live heap and the memory available
// and chooses the pace (see Choose). It changes nothing when GOGC or
// GOMEMLIMIT is set in the environment (the operator's choice stands) or
// when the memory available cannot be read.
func Set() Pace {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	p := Pace{Live: ms.HeapAlloc, Percent: currentPercent()}
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		p.Why = "GOGC or GOMEMLIMIT set in the environment"
		return p
	}
	avail, err := available()
	if err != nil {
		p.Why = fmt.Sprintf("default kept: memory available unknown: %v", err)
		return p
	}
	p.Available = avail
	percent, limit := Choose(p.Live, avail)
	if percent <= p.Percent {
		p.Why = "default kept: too little memory available to collect less often"
		return p
	}
	debug.SetGCPercent(percent)
	debug.SetMemoryLimit(limit)
	p.Percent, p.Limit = percent, limit
	p.Why = "half the memory available, at most 4x the live heap, for garbage between collections"
	return p
}

// Choose is the pace for a live heap of live bytes when avail bytes are
// available: half of avail is the budget for garbage between
// collections, and the heap may grow by MaxPercent of live at most. It
// returns the GC percent (100, Go's default, when the budget is less than
// live) and a soft memory limit of live plus the budget: the percent sets
// the pace, the limit only acts if the live heap grows far beyond what it
// was (the runtime then collects more often instead of running out of
// memory).
func Choose(live, avail uint64) (percent int, limit int64) {
	live = max(live, 1)
	budget := avail / 2
	percent = MaxPercent
	if budget < live*MaxPercent/100 {
		percent = max(int(budget*100/live), 100)
	}
	return percent, int64(live + budget)
}

// currentPercent reads the runtime's GC percent (SetGCPercent returns the
// previous value; setting it back leaves it as it was).
func currentPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// available is the memory the system can still give this process:
// MemAvailable from /proc/meminfo, capped by what is left under a cgroup
// v2 memory limit when there is one.
func available() (uint64, error) {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0, err
	}
	defer f.Close()
	var avail uint64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemAvailable:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				return 0, fmt.Errorf("/proc/meminfo: MemAvailable %q: %w", rest, err)
			}
			avail = kb << 10
		}
	}
	if err := sc.Err(); err != nil {
		return 0, fmt.Errorf("/proc/meminfo: %w", err)
	}
	if avail == 0 {
		return 0, fmt.Errorf("/proc/meminfo has no MemAvailable")
	}
	if max, cur, ok := cgroupMemory(); ok && max > cur && max-cur < avail {
		avail = max - cur
	}
	return avail, nil
}

// cgroupMemory reads the cgroup v2 memory limit and use of this process's
// cgroup; ok is false when there is no limit.
func cgroupMemory() (max, cur uint64, ok bool) {
	read := func(name string) (uint64, bool) {
		b, err := os.ReadFile("/sys/fs/cgroup/" + name)
		if err != nil {
			return 0, false
		}
		v, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64)
		return v, err == nil
	}
	max, ok1 := read("memory.max")
	cur, ok2 := read("memory.current")
	return max, cur, ok1 && ok2
}

func size(b uint64) string {
	return fmt.Sprintf("%.1f GB", float64(b)/(1<<30))
}
