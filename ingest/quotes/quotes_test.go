package quotes

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// ent is an entity of a hand-made test document: every occurrence of its
// name or aliases in the text becomes a mention.
type ent struct {
	name  string
	typ   newsgraph.EntityType
	alias []string
	roles []string
}

func mkDoc(text string, ents ...ent) *newsgraph.Document {
	doc := newsgraph.NewDocument(newsgraph.Article{ID: "t", Text: text, Published: "2024-03-05"})
	var ms []newsgraph.Mention
	for i, e := range ents {
		doc.Entities = append(doc.Entities, newsgraph.Entity{Name: e.name, Type: e.typ, Aliases: e.alias, Roles: e.roles})
		for _, n := range append([]string{e.name}, e.alias...) {
			for from := 0; ; {
				k := strings.Index(text[from:], n)
				if k < 0 {
					break
				}
				k += from
				ms = append(ms, newsgraph.Mention{Span: newsgraph.Span{Start: k, End: k + len(n)}, Text: n, Type: e.typ, Entity: i})
				from = k + len(n)
			}
		}
	}
	// drop mentions nested in a longer one of the same entity
	var keep []newsgraph.Mention
	for _, m := range ms {
		inner := false
		for _, o := range ms {
			if o.Entity == m.Entity && o.Len() > m.Len() && o.Contains(m.Span) {
				inner = true
			}
		}
		if !inner {
			keep = append(keep, m)
		}
	}
	doc.Mentions = keep
	return doc
}

var (
	jane   = ent{name: "Jane Okafor", typ: newsgraph.Person, alias: []string{"Okafor"}, roles: []string{"Foreign Minister"}}
	tomas  = ent{name: "Tomas Vell", typ: newsgraph.Person, alias: []string{"Vell"}, roles: []string{"Defense Secretary"}}
	mira   = ent{name: "Mira Santos", typ: newsgraph.Person, alias: []string{"Santos"}}
	agency = ent{name: "Harbor Authority", typ: newsgraph.Org}
	roads  = ent{name: "Ministry of Roads", typ: newsgraph.Org, alias: []string{"ministry"}}
	osland = ent{name: "Osland", typ: newsgraph.GPE}
	press  = ent{name: "Daily Lantern", typ: newsgraph.Org}
)

type want struct {
	text, speaker, cue, org string
}

func check(t *testing.T, doc *newsgraph.Document, wants ...want) {
	t.Helper()
	got := Find(doc)
	if len(got) != len(wants) {
		for _, q := range got {
			t.Logf("got %q by %q (%s)", q.Text, q.Speaker, q.Cue)
		}
		t.Fatalf("got %d quotes, want %d", len(got), len(wants))
	}
	for i, w := range wants {
		q := got[i]
		if q.Text != w.text {
			t.Errorf("quote %d: text %q, want %q", i, q.Text, w.text)
		}
		if q.Speaker != w.speaker {
			t.Errorf("quote %d (%q): speaker %q, want %q", i, w.text, q.Speaker, w.speaker)
		}
		if w.cue != "" && q.Cue != w.cue {
			t.Errorf("quote %d (%q): cue %q, want %q", i, w.text, q.Cue, w.cue)
		}
		if q.SpeakerOrg != w.org {
			t.Errorf("quote %d (%q): speaker org %q, want %q", i, w.text, q.SpeakerOrg, w.org)
		}
		if doc.Text[q.Start:q.End] != q.Text && !strings.Contains(q.Text, " ") {
			t.Errorf("quote %d: span %q does not hold text %q", i, doc.Text[q.Start:q.End], q.Text)
		}
	}
}

func TestSpeakerAfterQuote(t *testing.T) {
	doc := mkDoc(`"The bridge will reopen in May," Jane Okafor said on Monday.`, jane)
	check(t, doc, want{"The bridge will reopen in May,", "Jane Okafor", "said", ""})
}

func TestInvertedCue(t *testing.T) {
	doc := mkDoc(`"We expect delays," said Okafor. “Tolls will not rise,” said the Harbor Authority in a statement.`, jane, agency)
	check(t, doc,
		want{"We expect delays,", "Jane Okafor", "said", ""},
		want{"Tolls will not rise,", "Harbor Authority", "said", ""})
}

func TestSpeakerBeforeQuote(t *testing.T) {
	doc := mkDoc(`Mira Santos told the Daily Lantern that the port "is not ready for winter."`, mira, press)
	check(t, doc, want{"is not ready for winter.", "Mira Santos", "told", ""})
}

func TestAccordingTo(t *testing.T) {
	doc := mkDoc(`The plan would "cut costs sharply," according to the Harbor Authority.`, agency)
	check(t, doc, want{"cut costs sharply,", "Harbor Authority", "according to", ""})
}

func TestAppositionSpeaker(t *testing.T) {
	doc := mkDoc(`"Work starts now," Mira Santos, spokesperson for the Harbor Authority, said in a post on X.`, mira, agency)
	check(t, doc, want{"Work starts now,", "Mira Santos", "said", ""})
}

func TestTitleBeforeName(t *testing.T) {
	doc := mkDoc(`"We are ready," Osland Foreign Minister Jane Okafor told reporters.`, jane, osland)
	check(t, doc, want{"We are ready,", "Jane Okafor", "told", ""})
}

func TestPronounResolvesToLastSpeaker(t *testing.T) {
	doc := mkDoc("Jane Okafor met Mira Santos on Friday.\n"+
		`"The talks went well," Okafor said. "We meet again in June," she added.`+"\n"+
		`“Nothing is settled,” he warned, a day after Tomas Vell arrived.`, jane, mira, tomas)
	check(t, doc,
		want{"The talks went well,", "Jane Okafor", "said", ""},
		want{"We meet again in June,", "Jane Okafor", "added", ""},
		want{"Nothing is settled,", "Jane Okafor", "warned", ""})
}

func TestPronounFirstMention(t *testing.T) {
	doc := mkDoc("Tomas Vell visited the harbor on Tuesday.\n"+`“It is a disgrace,” he said.`, tomas)
	check(t, doc, want{"It is a disgrace,", "Tomas Vell", "said", ""})
}

func TestDescriptionByRole(t *testing.T) {
	doc := mkDoc("Defense Secretary Tomas Vell spoke after Jane Okafor.\n"+
		`The defense chief said the decision "reflects our resolve."`, tomas, jane)
	check(t, doc, want{"reflects our resolve.", "Tomas Vell", "said", ""})
}

func TestStatementRefersToOrg(t *testing.T) {
	doc := mkDoc(`The Harbor Authority said in a statement that it "regrets the closure." `+
		`The statement noted that repairs would "take weeks."`+"\n"+
		`It called on residents "to stay calm."`, agency)
	check(t, doc,
		want{"regrets the closure.", "Harbor Authority", "said", ""},
		want{"take weeks.", "Harbor Authority", "noted", ""},
		want{"to stay calm.", "Harbor Authority", "called on", ""})
}

func TestUnattributedWithOrg(t *testing.T) {
	doc := mkDoc(`"The ships will leave," a senior Harbor Authority official told reporters. `+
		`"But we won't say when," the official said.`+"\n"+
		`Officials said the move was "overdue."`, agency)
	check(t, doc,
		want{"The ships will leave,", newsgraph.Unattributed, "told", "Harbor Authority"},
		want{"But we won't say when,", newsgraph.Unattributed, "said", "Harbor Authority"},
		want{"overdue.", newsgraph.Unattributed, "said", ""})
}

func TestPossessiveSpokespersonUnattributed(t *testing.T) {
	doc := mkDoc(`The closure drew criticism, with Jane Okafor's spokesperson describing it as "reckless."`, jane)
	check(t, doc, want{"reckless.", newsgraph.Unattributed, "describing", ""})
}

func TestMembersOfOrgUnattributed(t *testing.T) {
	doc := mkDoc(`Around 40 members of the Harbor Authority signed a letter, calling the plan a "mistake" for the city.`, agency)
	check(t, doc, want{"mistake", newsgraph.Unattributed, "calling", "Harbor Authority"})
}

func TestContinuationParagraph(t *testing.T) {
	doc := mkDoc("“The first phase is done,” Jane Okafor said in a statement.\n"+
		"“The second phase starts next year and will cost more.”\n"+
		"Traffic was light on Monday.", jane)
	check(t, doc,
		want{"The first phase is done,", "Jane Okafor", "said", ""},
		want{"The second phase starts next year and will cost more.", "Jane Okafor", "said", ""})
}

func TestMultiParagraphQuote(t *testing.T) {
	text := "Mira Santos said:\n“The port is old. It needs work.\n“We will start in spring.”\nShips waited offshore."
	doc := mkDoc(text, mira)
	got := Find(doc)
	if len(got) != 1 {
		t.Fatalf("got %d quotes, want 1: %+v", len(got), got)
	}
	q := got[0]
	if q.Text != "The port is old. It needs work. We will start in spring." {
		t.Errorf("text %q", q.Text)
	}
	if q.Speaker != "Mira Santos" {
		t.Errorf("speaker %q", q.Speaker)
	}
	if !strings.HasPrefix(text[q.Start:], "The port") || !strings.HasSuffix(text[:q.End], "spring.") {
		t.Errorf("span %q", text[q.Start:q.End])
	}
}

func TestNestedSingleQuotes(t *testing.T) {
	doc := mkDoc(`“They told us ‘no entry’ at the gate,” Okafor said.`, jane)
	check(t, doc, want{"They told us ‘no entry’ at the gate,", "Jane Okafor", "said", ""})
}

func TestMixedMarks(t *testing.T) {
	doc := mkDoc(`“Prices will fall," Okafor said.`, jane)
	check(t, doc, want{"Prices will fall,", "Jane Okafor", "said", ""})
}

func TestPartialQuotesShareLaterCue(t *testing.T) {
	doc := mkDoc("Jane Okafor outlined the plan.\n"+`A plan is due for a “careful and slow” reopening and “full service by June,” she said.`, jane)
	got := Find(doc)
	if len(got) != 2 || got[0].Speaker != "Jane Okafor" || got[1].Speaker != "Jane Okafor" || got[0].Cue != "said" {
		t.Fatalf("partial quotes: %+v", got)
	}
}

func TestSpeakerInPreviousSentence(t *testing.T) {
	doc := mkDoc("Mira Santos said on Tuesday:\n“No ship will be turned away.”", mira)
	check(t, doc, want{"No ship will be turned away.", "Mira Santos", "said", ""})
}

func TestCoordinatedCue(t *testing.T) {
	doc := mkDoc(`The Harbor Authority rejected the report and said in a letter that "the figures are wrong."`, agency)
	check(t, doc, want{"the figures are wrong.", "Harbor Authority", "said", ""})
}

func TestParticipleCueTakesSentenceSubject(t *testing.T) {
	doc := mkDoc(`The Ministry of Roads welcomed the deal on Friday, stressing the need for a "clear and fair" timetable.`, roads)
	check(t, doc, want{"clear and fair", "Ministry of Roads", "stressing", ""})
}

func TestScareQuoteWithoutCue(t *testing.T) {
	doc := mkDoc(`On Monday, Osland closed the border after a wave of "organized smuggling" at night.`, osland)
	check(t, doc, want{"organized smuggling", "Osland", "", ""})
}

func TestNamesAndTitlesAreNotQuotes(t *testing.T) {
	doc := mkDoc(`The so-called "Blue Line" runs north. A film titled "Harbor Nights" opened, and the group known as "The Wardens" cheered.`)
	if got := Find(doc); len(got) != 0 {
		t.Fatalf("got %+v, want no quotes", got)
	}
}

func TestQuoteDate(t *testing.T) {
	doc := mkDoc(`"We are done," Okafor said on Monday.`+"\n"+`"More soon," Vell said.`, jane, tomas)
	doc.Dates = []newsgraph.Date{{Text: "Monday", Value: "2024-03-04", Start: strings.Index(doc.Text, "Monday"), End: strings.Index(doc.Text, "Monday") + 6}}
	got := Find(doc)
	if len(got) != 2 {
		t.Fatalf("got %d quotes", len(got))
	}
	if got[0].Date != "2024-03-04" || got[0].DateIsDefault {
		t.Errorf("stated date: %q default=%v", got[0].Date, got[0].DateIsDefault)
	}
	if got[1].Date != "2024-03-05" || !got[1].DateIsDefault {
		t.Errorf("default date: %q default=%v", got[1].Date, got[1].DateIsDefault)
	}
}

func TestIgnoredRegionsSkipped(t *testing.T) {
	text := `"Keep it civil," the moderators ask.` + "\n" + `"Fine," Okafor said.`
	doc := mkDoc(text, jane)
	doc.Ignored = []newsgraph.Span{{Start: 0, End: strings.Index(text, "\n")}}
	check(t, doc, want{"Fine,", "Jane Okafor", "said", ""})
}

func TestStageName(t *testing.T) {
	st := New()
	if st.Name() != "quotes" {
		t.Fatalf("name %q", st.Name())
	}
	doc := mkDoc(`"Yes," Okafor said.`, jane)
	if err := st.Process(doc); err != nil || len(doc.Quotes) != 1 || doc.Quotes[0].Kind != "direct" {
		t.Fatalf("process: %v %+v", err, doc.Quotes)
	}
}

func TestSplitSentences(t *testing.T) {
	got := splitSentences("Maj. Gen. Ann Lee spoke. \"Go now.\" She left.\nNext line")
	var parts []string
	text := "Maj. Gen. Ann Lee spoke. \"Go now.\" She left.\nNext line"
	for _, s := range got {
		parts = append(parts, text[s.Start:s.End])
	}
	want := []string{"Maj. Gen. Ann Lee spoke.", "\"Go now.\"", "She left.", "Next line"}
	if strings.Join(parts, "|") != strings.Join(want, "|") {
		t.Fatalf("sentences %q, want %q", parts, want)
	}
}

func FuzzQuotes(f *testing.F) {
	f.Add(`"A," he said. “B” and 'c' “unclosed`)
	f.Add("“x\n“y”\n\"z")
	f.Add(`a "b" c, said the official of Harbor Authority.`)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := mkDoc(text, agency, jane)
		for _, q := range Find(doc) {
			if q.Start < 0 || q.End > len(text) || q.Start > q.End {
				t.Fatalf("bad span %d-%d in %q", q.Start, q.End, text)
			}
			if q.Speaker == "" {
				t.Fatalf("empty speaker for %q", q.Text)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 40; i++ {
		sb.WriteString(`Jane Okafor met Mira Santos. "The talks went well," Okafor said. "We meet again," she added. `)
		sb.WriteString("The Harbor Authority said in a statement that it \"regrets the closure.\"\n")
	}
	doc := mkDoc(sb.String(), jane, mira, agency)
	b.SetBytes(int64(len(doc.Text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(doc)
	}
}

// "X continued" and "X posted on X" are cues like "said".
func TestContinuedAndPostedCues(t *testing.T) {
	doc := mkDoc(`"The port reopens Monday," Mira Santos continued. `+
		`Jane Okafor posted on X: "Ships are already waiting."`, mira, jane)
	check(t, doc,
		want{"The port reopens Monday,", "Mira Santos", "continued", ""},
		want{"Ships are already waiting.", "Jane Okafor", "posted", ""})
}
