package dates

import (
	"regexp"
	"testing"
	"time"
)

// A normalised value: a year, month, day, or a range of them.
var valueForm = regexp.MustCompile(`^-?\d{4}(-\d{2}(-\d{2})?)?(/-?\d{4}(-\d{2}(-\d{2})?)?)?$|^-?\d{4}-W\d{2}$`)

// FuzzResolve: normalising any expression never panics, and a date it
// finds has a span inside the expression and a well-formed value.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{"Thursday", "last week", "Jan. 10", "next month", "in 2023", "the 1990s", "Feb 30", "March 2024 to May 2024", "99999999 BC", "yesterday morning"} {
		f.Add(s, false)
	}
	anchor := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, expr string, future bool) {
		d, ok := Resolve(expr, anchor, future)
		if !ok {
			return
		}
		if d.Start < 0 || d.End > len(expr) || d.Start > d.End {
			t.Fatalf("Resolve(%q): span [%d,%d) outside the expression", expr, d.Start, d.End)
		}
		if d.Value != "" && !valueForm.MatchString(d.Value) {
			t.Fatalf("Resolve(%q) = value %q, not a normalised date", expr, d.Value)
		}
	})
}
