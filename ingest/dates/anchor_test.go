package dates

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest/pipeline"
)

func TestParsePublished(t *testing.T) {
	for in, want := range map[string]string{
		"2024-01-25":                    "2024-01-25",
		" 2024-01-25 ":                  "2024-01-25",
		"2024-01-25T23:30:00-05:00":     "2024-01-25", // the day where it was published
		"2024-01-25T08:12:00Z":          "2024-01-25",
		"Thu, 25 Jan 2024 08:12:00 GMT": "2024-01-25",
		"January 25, 2024":              "2024-01-25",
		"Jan. 25, 2024":                 "2024-01-25",
	} {
		got, err := ParsePublished(in)
		if err != nil || fmtDay(got) != want {
			t.Errorf("ParsePublished(%q) = %s, %v; want %s", in, fmtDay(got), err, want)
		}
	}
	for _, bad := range []string{"", "yesterday", "2024-13-01", "25/01/2024x"} {
		if _, err := ParsePublished(bad); err == nil || !strings.Contains(err.Error(), "published date") {
			t.Errorf("ParsePublished(%q): want a published-date error, got %v", bad, err)
		}
	}
}

func TestAnchor(t *testing.T) {
	tests := []struct {
		published, text, want string // want "" means no anchor
	}{
		{"2024-01-24", "WASHINGTON, Jan. 25 (Reuters) - Talks began.", "2024-01-24"},
		{"", "WASHINGTON, Jan. 25, 2024 (Reuters) - Talks began.", "2024-01-25"},
		{"", "January 25, 2024 | Talks began on Thursday.", "2024-01-25"},
		{"", "Kyiv, Ukraine, March 3, 2022 — Shelling went on.", "2022-03-03"},
		{"", "Published: January 25, 2024\nTalks began.", "2024-01-25"},
		// no year: the year that puts the dateline on or after the latest full date
		{"", "A photo of the minister on Nov. 5, 2023.\nJan. 25 (UPI) — Talks will begin.", "2024-01-25"},
		{"", "Dec. 2 (AP) — The vote of Nov. 5, 2023 was confirmed.", "2023-12-02"},
		{"", "Jan. 25 (UPI) — Talks will begin soon.", ""},
		{"", "Talks began on Jan. 25, 2024, officials said.", ""}, // not a dateline
		{"", "", ""},
		{"not a date", "WASHINGTON, Jan. 25, 2024 (AP) - text", "2024-01-25"},
	}
	for _, tc := range tests {
		got, ok := Anchor(newsgraph.Article{Published: tc.published}, tc.text)
		g := ""
		if ok {
			g = fmtDay(got)
		}
		if g != tc.want {
			t.Errorf("Anchor(%q, %q) = %q, want %q", tc.published, tc.text, g, tc.want)
		}
	}
}

func TestStage(t *testing.T) {
	var _ pipeline.Stage = New()
	if New().Name() != "dates" {
		t.Errorf("name %q", New().Name())
	}
	text := "Jan. 25 (UPI) — Talks began on Thursday. On Thursday the minister, pictured on Nov. 5, 2023, spoke."
	a := newsgraph.Article{ID: "x", Text: text}
	doc, err := pipeline.New(New()).Run(a)
	if err != nil {
		t.Fatal(err)
	}
	if !doc.HasAnchor || fmtDay(doc.Anchor) != "2024-01-25" {
		t.Errorf("anchor %v %v, want 2024-01-25 from the dateline", doc.Anchor, doc.HasAnchor)
	}
	if got, want := summary(doc.Dates), "Jan. 25=2024-01-25; Thursday=2024-01-25; Nov. 5, 2023=2023-11-05"; got != want {
		t.Errorf("dates %s, want %s", got, want)
	}
	// ignored spans are skipped; a published date wins over the dateline
	a.Published = "2024-01-26"
	doc = newsgraph.NewDocument(a)
	doc.Ignored = []newsgraph.Span{{Start: strings.Index(text, "pictured"), End: len(text)}}
	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	if got, want := summary(doc.Dates), "Jan. 25=2024-01-25; Thursday=2024-01-25"; got != want || fmtDay(doc.Anchor) != "2024-01-26" {
		t.Errorf("dates %s anchor %s, want %s anchor 2024-01-26", got, fmtDay(doc.Anchor), want)
	}
	// a bad published date is an error naming the article
	a.Published, a.Path = "someday", "data/x.meta.json"
	err = New().Process(newsgraph.NewDocument(a))
	if err == nil || !strings.Contains(err.Error(), "data/x.meta.json") || !strings.Contains(err.Error(), "someday") {
		t.Errorf("bad published date: got error %v", err)
	}
	// no anchor at all: explicit dates only
	doc = newsgraph.NewDocument(newsgraph.Article{ID: "y", Text: "Talks began on Thursday, after the March 3, 2021 accord."})
	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	if doc.HasAnchor || summary(doc.Dates) != "March 3, 2021=2021-03-03" {
		t.Errorf("no anchor: HasAnchor=%v dates %s", doc.HasAnchor, summary(doc.Dates))
	}
}
