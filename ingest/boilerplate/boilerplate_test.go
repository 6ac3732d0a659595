package boilerplate

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// ignored returns the ignored text of page, one string per span.
func ignored(t *testing.T, page string) []string {
	t.Helper()
	doc := newsgraph.NewDocument(newsgraph.Article{ID: "t", Text: page})
	doc.Ignored = []newsgraph.Span{{Start: 0, End: 3}} // an earlier stage's span is kept
	st := New()
	if st.Name() != "boilerplate" {
		t.Fatalf("name %q", st.Name())
	}
	if err := st.Process(doc); err != nil {
		t.Fatal(err)
	}
	if doc.Text != page {
		t.Fatal("text changed")
	}
	if len(doc.Ignored) == 0 || doc.Ignored[0].Start != 0 {
		t.Fatalf("earlier span lost: %v", doc.Ignored)
	}
	var out []string
	for i, s := range doc.Ignored[1:] {
		if s.Start < doc.Ignored[i].End {
			t.Errorf("spans overlap or are out of order: %v", doc.Ignored)
		}
		out = append(out, page[s.Start:s.End])
	}
	return out
}

func TestNewsPage(t *testing.T) {
	page := `Flood waters recede in river town
By Jane Doe
A resident walks through a flooded street in Riverton on May 3, 2024. Photo: Wire Agency/John Smith
License Photo
RIVERTON, Northland (Wire) - Flood waters began to recede on Friday, officials said.
Advertisement
"We welcome the help," Mayor Ann Lee said of the volunteers' comments on the relief effort.
Read more: Storm season starts early
Sign up for our daily newsletter to get the news in your inbox.
The river is expected to return to normal levels by Sunday.
CLICK HERE TO READ MORE FROM THE DAILY PLANET
Share this article
Facebook | Twitter | Email
Follow us on X for the latest updates.
Related Content
Updated: May 4, 2024 10:30 am ET
We use cookies to improve your experience on our site.
© 2024 Daily Planet Media. All rights reserved.
Comments
Daily Planet moderates all comments submitted on our website. We welcome comments that are relevant to the article.
To be approved for publication, your comments must follow our community guidelines.

We will not tolerate profanity, threats or personal attacks.
Comments are not edited: they are either approved or rejected.
Post a comment`
	got := ignored(t, page)
	want := []string{
		"License Photo",
		"Advertisement",
		"Read more: Storm season starts early",
		"Sign up for our daily newsletter to get the news in your inbox.",
		"CLICK HERE TO READ MORE FROM THE DAILY PLANET",
		"Share this article",
		"Facebook | Twitter | Email",
		"Follow us on X for the latest updates.",
		"Related Content",
		"Updated: May 4, 2024 10:30 am ET",
		"We use cookies to improve your experience on our site.",
		"© 2024 Daily Planet Media. All rights reserved.",
		page[strings.Index(page, "Comments\nDaily"):],
	}
	if strings.Join(got, "\n---\n") != strings.Join(want, "\n---\n") {
		t.Errorf("ignored:\n%s\n\nwant:\n%s", strings.Join(got, "\n---\n"), strings.Join(want, "\n---\n"))
	}
}

// Content that looks a little like boilerplate stays content.
func TestContentKept(t *testing.T) {
	page := `Related talks collapse as ministers walk out
The minister's comments were rejected by the opposition, which said the policy was not approved.
Updated figures released on Tuesday show 4,000 homes were damaged.
Posted to the capital in 2019, the envoy said the cookies were a gift.
Copyright lawsuits against the company have multiple since 2020.
Follow the money, the report says.
"We will not tolerate threats against our staff," the spokesman said.
Share prices fell 3% on the news.
Advertisement revenue at the broadcaster fell sharply last year.
An aid worker carries supplies. Photo by Ann Lee/Agency | AFP
The ministry declined to
comment.
A statement to be
published on April 6 follows.`
	if got := ignored(t, page); len(got) != 0 {
		t.Errorf("content ignored: %q", got)
	}
}

// A comment policy needs the reader addressed somewhere in the block;
// reported speech about comments is not a policy.
func TestCommentBlockNeedsPolicy(t *testing.T) {
	page := "Officials said comments posted online were removed.\nThe moderator approved the post."
	if got := ignored(t, page); len(got) != 0 {
		t.Errorf("ignored %q", got)
	}
	page = "Story text here.\n\nOur comment policy\nComments are moderated and may take time to appear. Please be respectful to other readers.\n"
	got := ignored(t, page)
	if len(got) != 1 || !strings.HasPrefix(got[0], "Our comment policy") || !strings.HasSuffix(got[0], "readers.") {
		t.Errorf("got %q", got)
	}
}

func TestFindOffsetsAndCRLF(t *testing.T) {
	page := "Body line one.\r\n  Advertisement  \r\nBody line two.\r\nRelated stories:\r\n"
	spans := Find(page)
	if len(spans) != 2 {
		t.Fatalf("spans %v", spans)
	}
	if page[spans[0].Start:spans[0].End] != "Advertisement" || page[spans[1].Start:spans[1].End] != "Related stories:" {
		t.Errorf("spans %v: %q %q", spans, page[spans[0].Start:spans[0].End], page[spans[1].Start:spans[1].End])
	}
}

func BenchmarkFind(b *testing.B) {
	page := strings.Repeat("The council met on Tuesday to discuss the budget, officials said.\nAdvertisement\n", 200)
	b.SetBytes(int64(len(page)))
	for range b.N {
		Find(page)
	}
}
