package newsgraph

import "time"

// Document is the one object the extraction stages annotate in turn, in the
// manner of a spaCy Doc: each stage reads what earlier stages left and adds
// its own layer. Offsets are byte offsets into Text, which is the article
// text exactly as read, so that every span can be traced back to the file.
type Document struct {
	Article Article
	Text    string // == Article.Text

	// Anchor is the date relative expressions are resolved against: the
	// publication date, else one read from a dateline. HasAnchor is false
	// when neither is known.
	Anchor    time.Time
	HasAnchor bool
	Dateline  string // place named in the dateline, if any

	Ignored   []Span     // boilerplate: captions, comment policies, "Related Content"
	Sentences []Span     // sentence boundaries, in order, outside Ignored
	Tokens    []Token    // tokens in order
	Mentions  []Mention  // entity mentions in order of Start
	Entities  []Entity   // entities of this article; Mention.Entity indexes here
	Dates     []Date     // normalised date expressions
	Quotes    []Quote    // statements
	Relations []Relation // relations between entities; attacks with no named actor have no Subject
	Claims    []Claim    // numeric claims
}

// Token is one word or punctuation mark.
type Token struct {
	Text     string
	Start    int
	End      int
	Sentence int // index into Document.Sentences
}

// Mention is one occurrence of an entity name in the text.
type Mention struct {
	Span
	Text   string     // Text[Start:End]
	Type   EntityType // type as tagged
	Entity int        // index into Document.Entities, -1 before grouping
	Source string     // which component found it: "ner", "gazetteer", "acronym", ...
}

// NewDocument wraps an article for the pipeline.
func NewDocument(a Article) *Document {
	return &Document{Article: a, Text: a.Text}
}

// IsIgnored reports whether s overlaps a boilerplate region.
func (d *Document) IsIgnored(s Span) bool {
	for _, ig := range d.Ignored {
		if ig.Overlaps(s) {
			return true
		}
	}
	return false
}

// SentenceAt returns the index of the sentence containing byte offset off,
// or -1.
func (d *Document) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case off < d.Sentences[m].Start:
			hi = m
		case off >= d.Sentences[m].End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// Extraction returns the document's annotations in the extraction.v1 form.
func (d *Document) Extraction() Extraction {
	a := d.Article
	pub := a.Published
	if pub == "" && d.HasAnchor {
		pub = d.Anchor.Format("2006-01-02")
	}
	x := Extraction{
		Doc: a.ID, Published: pub, Title: a.Title, Source: a.Source, URL: a.URL,
		Byline: a.Byline, Dateline: d.Dateline,
		Entities: d.Entities, Dates: d.Dates, Claims: d.Claims,
	}
	for _, q := range d.Quotes {
		if q.Kind == "indirect" {
			x.Reported = append(x.Reported, q)
		} else {
			x.Quotes = append(x.Quotes, q)
		}
	}
	for _, r := range d.Relations {
		if r.Subject == "" {
			x.Events = append(x.Events, r)
		} else {
			x.Relations = append(x.Relations, r)
		}
	}
	if x.Entities == nil {
		x.Entities = []Entity{}
	}
	if x.Quotes == nil {
		x.Quotes = []Quote{}
	}
	if x.Dates == nil {
		x.Dates = []Date{}
	}
	if x.Relations == nil {
		x.Relations = []Relation{}
	}
	return x
}
