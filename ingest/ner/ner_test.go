package ner

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest/segment"
)

func TestShapeAndCaseFeatures(t *testing.T) {
	f := &featurizer{}
	a := f.tokenInfo("Berlin", false)
	b := f.tokenInfo("Rome", false)
	c := f.tokenInfo("berlin", false)
	if a.short != b.short {
		t.Error("Berlin and Rome should share the collapsed shape Xx")
	}
	if a.shape == b.shape {
		t.Error("Berlin (Xxxxx) and Rome (Xxxx) long shapes should differ")
	}
	if a.lower != c.lower || a.caseF == c.caseF {
		t.Error("Berlin/berlin: same lower form, different case class")
	}
	if f.tokenInfo("U.S.", false).short != f.tokenInfo("U.K.", false).short {
		t.Error("U.S. and U.K. should share shape X.X.")
	}
	if f.tokenInfo("NATO", true).caseF != caseUpperInit || f.tokenInfo("The", true).caseF != caseTitleInit {
		t.Error("sentence-initial case classes wrong")
	}
	if f.tokenInfo("2,500", false).short != f.tokenInfo("7,000", false).short {
		t.Error("numbers with commas should share a shape")
	}
}

func TestStaticFeaturesDependOnContext(t *testing.T) {
	f := &featurizer{}
	f.prepare([]string{"in", "Berlin", "today"})
	x := append([]uint64(nil), f.static[staticFeatures:2*staticFeatures]...)
	f.prepare([]string{"Mr", "Berlin", "said"})
	y := f.static[staticFeatures : 2*staticFeatures]
	same := 0
	for i := range x {
		if x[i] == y[i] {
			same++
		}
	}
	if same == len(x) || same < 10 {
		t.Errorf("%d of %d features shared; want the word features shared and the context ones not", same, len(x))
	}
	for _, h := range x {
		if h == 0 {
			t.Fatal("feature hash 0 is reserved for empty slots")
		}
	}
}

func TestGazetteer(t *testing.T) {
	g, err := parseGazetteer([]byte("# c\nF Jane\nP New Zealand\nP Berlin\n"))
	if err != nil {
		t.Fatal(err)
	}
	f := &featurizer{gaz: g}
	words := []string{"Jane", "flew", "to", "New", "Zealand", "and", "berlin"}
	f.prepare(words)
	if !f.info[0].first || f.info[1].first {
		t.Error("first-name flags wrong")
	}
	if f.info[3].place != 1 || f.info[4].place != 2 || f.info[6].place != 0 {
		t.Errorf("place flags %d %d %d, want 1 2 0 (lower-case berlin is no name)", f.info[3].place, f.info[4].place, f.info[6].place)
	}
	if _, err := parseGazetteer([]byte("X bad\n")); err == nil {
		t.Error("bad gazetteer line accepted")
	}
}

func TestFixPersonTitles(t *testing.T) {
	got := fixPersonTitles([]string{"President", "Jane", "Doe", "spoke"}, []string{"B-PERSON", "I-PERSON", "I-PERSON", "O"})
	want := "O B-PERSON I-PERSON O"
	if strings.Join(got, " ") != want {
		t.Errorf("got %v want %s", got, want)
	}
}

func tagText(t *testing.T, m *Model, text string) map[string]newsgraph.EntityType {
	t.Helper()
	toks := segment.Tokenize(text, segment.Sentences(text, nil))
	out := map[string]newsgraph.EntityType{}
	for _, mn := range m.Tag(toks, text) {
		if mn.Source != "ner" || mn.Entity != -1 || text[mn.Start:mn.End] != mn.Text {
			t.Errorf("bad mention %+v", mn)
		}
		out[mn.Text] = mn.Type
	}
	return out
}

func TestTagInventedSentences(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	got := tagText(t, m, "Prime Minister Jane Doe met Acme Corp executives in Berlin on Monday.")
	for name, typ := range map[string]newsgraph.EntityType{"Jane Doe": newsgraph.Person, "Acme Corp": newsgraph.Org, "Berlin": newsgraph.GPE} {
		if got[name] != typ {
			t.Errorf("%q: got %q, want %q (all: %v)", name, got[name], typ, got)
		}
	}
	got = tagText(t, m, "The United Nations said on Tuesday that John Smith had left Kenya.")
	for name, typ := range map[string]newsgraph.EntityType{"United Nations": newsgraph.Org, "John Smith": newsgraph.Person, "Kenya": newsgraph.GPE} {
		if got[name] != typ {
			t.Errorf("%q: got %q, want %q (all: %v)", name, got[name], typ, got)
		}
	}
}

func TestMentionTrimsPossessive(t *testing.T) {
	text := "Kenya's army"
	toks := segment.Tokenize(text, segment.Sentences(text, nil))
	ms := appendMentions(nil, []int{5, 6, 0}, toks, text)
	if len(ms) != 1 || ms[0].Text != "Kenya" {
		t.Errorf("got %+v", ms)
	}
}

func TestRoundTrip(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if m2.Features() != m.Features() || m2.scale != m.scale {
		t.Fatalf("features %d/%d scale %g/%g", m2.Features(), m.Features(), m2.scale, m.scale)
	}
	k1, r1 := m.sortedFeatures()
	k2, r2 := m2.sortedFeatures()
	for i := range k1 {
		if k1[i] != k2[i] {
			t.Fatalf("feature %d: %x vs %x", i, k1[i], k2[i])
		}
		a := m.weights[int(r1[i])*nClasses : int(r1[i]+1)*nClasses]
		b := m2.weights[int(r2[i])*nClasses : int(r2[i]+1)*nClasses]
		for c := range a {
			if a[c] != b[c] {
				t.Fatalf("feature %x class %d: %d vs %d", k1[i], c, a[c], b[c])
			}
		}
	}
	if _, err := Read(bytes.NewReader([]byte("not gzip"))); err == nil {
		t.Error("garbage accepted as a model")
	}
}

func TestTrainLearnsToyData(t *testing.T) {
	var sents []Sentence
	names := []string{"Alice", "Bob", "Carol", "Dave"}
	places := []string{"Oslo", "Lima", "Quito", "Hanoi"}
	for _, n := range names {
		for _, p := range places {
			sents = append(sents, Sentence{
				Words:  []string{n, "Smith", "visited", p, "."},
				Labels: []string{"B-PERSON", "I-PERSON", "O", "B-GPE", "O"},
			})
		}
	}
	m, err := Train(sents, TrainOptions{Epochs: 5, Prune: 0.01})
	if err != nil {
		t.Fatal(err)
	}
	ev := Evaluate(m, sents)
	if f := ev["ALL"].F1(); f < 0.99 {
		t.Errorf("training-set F1 %.2f on toy data", f)
	}
	if _, err := Train([]Sentence{{Words: []string{"a"}, Labels: []string{"B-FOO"}}}, TrainOptions{}); err == nil {
		t.Error("unknown label accepted")
	}
}

func TestStage(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	doc := newsgraph.NewDocument(newsgraph.Article{ID: "t", Text: "Photo: John Smith in Paris.\nJohn Smith visited Paris on Monday."})
	doc.Ignored = []newsgraph.Span{{Start: 0, End: 27}}
	mon := strings.Index(doc.Text, "Monday")
	doc.Mentions = []newsgraph.Mention{{Span: newsgraph.Span{Start: mon, End: mon + 6}, Text: "Monday", Source: "dates", Entity: -1}}
	if err := segment.New().Process(doc); err != nil {
		t.Fatal(err)
	}
	if err := st.Process(doc); err != nil {
		t.Fatal(err)
	}
	var ner []string
	for i, m := range doc.Mentions {
		if i > 0 && m.Start < doc.Mentions[i-1].Start {
			t.Error("mentions out of order")
		}
		if m.Start < 27 {
			t.Errorf("mention %q inside ignored span", m.Text)
		}
		if m.Source == "ner" {
			ner = append(ner, m.Text)
		}
	}
	if strings.Join(ner, "|") != "John Smith|Paris" {
		t.Errorf("ner mentions %q", ner)
	}
}

var benchText = strings.Repeat("Prime Minister Jane Doe met Acme Corp executives in Berlin on Monday, "+
	"and the United Nations said 2,500 troops would stay in northern Kenya until March. ", 100)

func BenchmarkTag(b *testing.B) {
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	toks := segment.Tokenize(benchText, segment.Sentences(benchText, nil))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Tag(toks, benchText)
	}
	b.ReportMetric(float64(len(toks)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Read(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}
