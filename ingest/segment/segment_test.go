package segment

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func sentenceTexts(text string, ignored []newsgraph.Span) []string {
	var out []string
	for _, s := range Sentences(text, ignored) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "The cat sat. The dog ran! Did it? Yes.",
			[]string{"The cat sat.", "The dog ran!", "Did it?", "Yes."}},
		{"titles", "Mr. Smith met Dr. Jones and Gen. Brown. Sen. Green left.",
			[]string{"Mr. Smith met Dr. Jones and Gen. Brown.", "Sen. Green left."}},
		{"acronym inside", "The U.S. Army and the U.N. Security Council met.",
			[]string{"The U.S. Army and the U.N. Security Council met."}},
		{"acronym at end", "Troops stay in the U.S. The talks begin soon.",
			[]string{"Troops stay in the U.S.", "The talks begin soon."}},
		{"months", "It began on Aug. 7 and ended Sept. 3, 2023. Then it rained.",
			[]string{"It began on Aug. 7 and ended Sept. 3, 2023.", "Then it rained."}},
		{"initials", "J. R. Smith wrote it. He left.",
			[]string{"J. R. Smith wrote it.", "He left."}},
		{"decimals", "Growth was 2.5 percent. Prices rose.",
			[]string{"Growth was 2.5 percent.", "Prices rose."}},
		{"company", "She joined Acme Corp. in May. Widget Inc. The firm grew.",
			[]string{"She joined Acme Corp. in May.", "Widget Inc.", "The firm grew."}},
		{"number sign", "He lives at No. 5 Main St. in town.",
			[]string{"He lives at No. 5 Main St. in town."}},
		{"ellipsis", "We waited... and waited. Nothing… Then rain.",
			[]string{"We waited... and waited.", "Nothing…", "Then rain."}},
		{"closing quotes", `He said "we will win." They cheered. “It is over.” She left.`,
			[]string{`He said "we will win."`, "They cheered.", "“It is over.”", "She left."}},
		{"quote continues", `"Is it over?" he asked.`,
			[]string{`"Is it over?" he asked.`}},
		{"lines", "Headline Without Period\nBy Jane Roe\n\nFirst paragraph here.\nSecond one",
			[]string{"Headline Without Period", "By Jane Roe", "First paragraph here.", "Second one"}},
		{"crlf", "One.\r\nTwo.", []string{"One.", "Two."}},
		{"nbsp", "The\u00a0US acted.\u00a0Then it\u00a0stopped.", []string{"The\u00a0US acted.", "Then it\u00a0stopped."}},
		{"empty", "  \n\n ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sentenceTexts(tc.text, nil)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestSentencesIgnored(t *testing.T) {
	text := "Keep this. Photo: caption text. Keep that."
	i := strings.Index(text, "Photo")
	j := strings.Index(text, "Keep that")
	got := sentenceTexts(text, []newsgraph.Span{{Start: i, End: j}})
	want := []string{"Keep this.", "Keep that."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q want %q", got, want)
	}
	// An ignored span in mid-sentence cuts the sentence in two.
	text = "Alpha beta [AD] gamma delta."
	i = strings.Index(text, "[AD]")
	got = sentenceTexts(text, []newsgraph.Span{{Start: i, End: i + 4}, {Start: -3, End: 0}, {Start: 100, End: 200}})
	want = []string{"Alpha beta", "gamma delta."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q want %q", got, want)
	}
}

func tokenTexts(text string) []string {
	var out []string
	for _, tk := range Tokenize(text, Sentences(text, nil)) {
		out = append(out, tk.Text)
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Roughly 2,500 troops, 2.5 percent.", []string{"Roughly", "2,500", "troops", ",", "2.5", "percent", "."}},
		{"Iran-backed groups met al-Rashidi.", []string{"Iran-backed", "groups", "met", "al-Rashidi", "."}},
		{"Iraq's army and the officials’ plan", []string{"Iraq", "'s", "army", "and", "the", "officials’", "plan"}},
		{"Ahmad Shia’ Karim and O'Brien", []string{"Ahmad", "Shia’", "Karim", "and", "O'Brien"}},
		{"The U.S. military’s role", []string{"The", "U.S.", "military", "’s", "role"}},
		{"U.S.-Iraq talks", []string{"U.S.-Iraq", "talks"}},
		{"Mr. Smith, Gen. Brown and J. R. Doe", []string{"Mr.", "Smith", ",", "Gen.", "Brown", "and", "J.", "R.", "Doe"}},
		{`He said “it isn’t over” (really) "yes"`, []string{"He", "said", "“", "it", "isn’t", "over", "”", "(", "really", ")", `"`, "yes", `"`}},
		{"Daesh/ISIS at 5:30 p.m. on Aug. 7-8", []string{"Daesh", "/", "ISIS", "at", "5", ":", "30", "p.m.", "on", "Aug.", "7-8"}},
		{"The\u00a0US\u00a0acted", []string{"The", "US", "acted"}},
		{"AT&T paid $5m – a lot...", []string{"AT&T", "paid", "$", "5m", "–", "a", "lot", "..."}},
		{"‘Yes,’ she said", []string{"‘", "Yes", ",", "’", "she", "said"}},
		{"Café Zürich", []string{"Café", "Zürich"}},
	}
	for _, tc := range tests {
		got := tokenTexts(tc.text)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Tokenize(%q)\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

func TestTokenSentenceIndex(t *testing.T) {
	text := "One two. Three four.\nFive"
	sents := Sentences(text, nil)
	toks := Tokenize(text, sents)
	want := []int{0, 0, 0, 1, 1, 1, 2}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens, want %d: %v", len(toks), len(want), toks)
	}
	for i, tk := range toks {
		if tk.Sentence != want[i] {
			t.Errorf("token %q sentence %d, want %d", tk.Text, tk.Sentence, want[i])
		}
		if text[tk.Start:tk.End] != tk.Text {
			t.Errorf("token %q offsets [%d,%d) give %q", tk.Text, tk.Start, tk.End, text[tk.Start:tk.End])
		}
	}
}

func TestStage(t *testing.T) {
	doc := newsgraph.NewDocument(newsgraph.Article{ID: "x", Text: "Skip me. Keep me."})
	doc.Ignored = []newsgraph.Span{{Start: 0, End: 9}}
	st := New()
	if st.Name() != "segment" {
		t.Errorf("Name = %q", st.Name())
	}
	if err := st.Process(doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Sentences) != 1 || doc.Text[doc.Sentences[0].Start:doc.Sentences[0].End] != "Keep me." {
		t.Errorf("sentences %v", doc.Sentences)
	}
	if len(doc.Tokens) != 3 || doc.Tokens[0].Text != "Keep" {
		t.Errorf("tokens %v", doc.Tokens)
	}
}

// checkInvariants verifies that spans and tokens lie in range, in order,
// without overlap, outside ignored spans, and tokens inside their sentence.
func checkInvariants(t *testing.T, text string, ignored []newsgraph.Span) {
	sents := Sentences(text, ignored)
	prev := 0
	for _, s := range sents {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("bad sentence %v after %d in %q", s, prev, text)
		}
		for _, ig := range ignored {
			if ig.Overlaps(s) {
				t.Fatalf("sentence %v overlaps ignored %v", s, ig)
			}
		}
		prev = s.End
	}
	prev = 0
	for _, tk := range Tokenize(text, sents) {
		if tk.Start < prev || tk.End <= tk.Start || tk.Sentence < 0 || tk.Sentence >= len(sents) ||
			!sents[tk.Sentence].Contains(newsgraph.Span{Start: tk.Start, End: tk.End}) || text[tk.Start:tk.End] != tk.Text {
			t.Fatalf("bad token %+v after %d in %q", tk, prev, text)
		}
		prev = tk.End
	}
}

func TestInvariantsInvalidUTF8(t *testing.T) {
	for _, s := range []string{"\xff\xfe. A\xc3", "Mr.\x80 U.S.\xe2\x80", "'s", "’", "a’", "U.S.-", "1,", ".", "...", "\u00a0"} {
		checkInvariants(t, s, nil)
	}
}

func FuzzSegment(f *testing.F) {
	f.Add("Mr. Smith went to Washington. He said “no.” \n\nU.S.-Iraq 2,500 troops’ 's", 3, 9)
	f.Add("\xff\xfe. A\xc3 ... ‘x’", 0, 1)
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		var ig []newsgraph.Span
		if a >= 0 && b > a && b <= len(text) {
			ig = append(ig, newsgraph.Span{Start: a, End: b})
		}
		checkInvariants(t, text, ig)
	})
}

func BenchmarkSegment(b *testing.B) {
	para := `WASHINGTON (Reuters) - Mr. Jane Roe, the U.S. envoy, said on Aug. 7 that roughly 2,500 troops “will stay.” Iran-backed groups struck twice; officials’ plans changed. `
	text := strings.Repeat(para+"\n", 200)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	var n int
	for i := 0; i < b.N; i++ {
		n += len(Tokenize(text, Sentences(text, nil)))
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}
