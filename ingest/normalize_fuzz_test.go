package ingest

import (
	"testing"
	"time"
)

// FuzzNormalizeDate: any string either fails with an error or becomes a
// real calendar date YYYY-MM-DD in range, which normalises to itself.
func FuzzNormalizeDate(f *testing.F) {
	for _, s := range []string{"", "2024-01-25", "Jan. 2, 2006", "Sept. 3, 2024", "2024-01-25T23:30:00-05:00", "Mon, 02 Jan 2006 15:04:05 MST", "0000-00-00", "9999-12-31", "2 January 2006", "January. 2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, err := NormalizeDate(s)
		if err != nil || out == "" {
			return
		}
		d, perr := time.Parse("2006-01-02", out)
		if perr != nil {
			t.Fatalf("NormalizeDate(%q) = %q, not YYYY-MM-DD", s, out)
		}
		if d.Year() < 1800 || d.Year() > 2200 {
			t.Fatalf("NormalizeDate(%q) = %q, year out of range", s, out)
		}
		if again, err := NormalizeDate(out); err != nil || again != out {
			t.Fatalf("NormalizeDate(%q) = %q, but that normalises to %q, %v", s, out, again, err)
		}
	})
}
