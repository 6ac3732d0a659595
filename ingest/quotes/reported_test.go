package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

type rwant struct{ text, speaker, cue string }

func checkReported(t *testing.T, doc *newsgraph.Document, wants ...rwant) {
	t.Helper()
	got := Reported(doc)
	if len(got) != len(wants) {
		for _, q := range got {
			t.Logf("got %q by %q (%s)", q.Text, q.Speaker, q.Cue)
		}
		t.Fatalf("got %d reported statements, want %d", len(got), len(wants))
	}
	for i, w := range wants {
		q := got[i]
		if q.Text != w.text || q.Speaker != w.speaker || q.Cue != w.cue || q.Kind != "indirect" {
			t.Errorf("statement %d: %q by %q (%s, %s), want %q by %q (%s)", i, q.Text, q.Speaker, q.Cue, q.Kind, w.text, w.speaker, w.cue)
		}
		if doc.Text[q.Start:q.End] != q.Text {
			t.Errorf("statement %d: span %q is not its text", i, doc.Text[q.Start:q.End])
		}
		if q.Evidence == "" {
			t.Errorf("statement %d: no evidence", i)
		}
	}
}

func TestReportedThat(t *testing.T) {
	doc := mkDoc(`Jane Okafor said on Tuesday that the bridge would reopen in May. Tomas Vell told reporters that tolls were not going up.`, jane, tomas)
	checkReported(t, doc,
		rwant{"the bridge would reopen in May", "Jane Okafor", "said"},
		rwant{"tolls were not going up", "Tomas Vell", "told"})
	if q := Reported(doc); len(q) > 0 && (q[0].Date != "2024-03-05" || !q[0].DateIsDefault) {
		t.Errorf("date %q default %v", q[0].Date, q[0].DateIsDefault)
	}
}

func TestReportedWithPronounAndDenial(t *testing.T) {
	doc := mkDoc("Mira Santos spoke to the Daily Lantern.\nShe denied that the port had been sold.\n", mira, press)
	checkReported(t, doc, rwant{"the port had been sold", "Mira Santos", "denied"})
}

func TestAccordingToWithoutMarks(t *testing.T) {
	doc := mkDoc(`According to the Harbor Authority, about 40 ships were delayed. Freight rates rose sharply, according to the Daily Lantern.`, agency, press)
	checkReported(t, doc,
		rwant{"about 40 ships were delayed", "Harbor Authority", "according to"},
		rwant{"Freight rates rose sharply", "Daily Lantern", "according to"})
}

func TestReportedNeverHoldsADirectQuote(t *testing.T) {
	// The reported part is (partly) in quote marks: a direct quotation,
	// not reported speech. Direct quotes are never reported.
	doc := mkDoc(`Jane Okafor said that the plan had "significantly reduced costs". "We are ready," Tomas Vell said. According to Vell, "the port is open".`, jane, tomas)
	checkReported(t, doc)
	if n := len(Find(doc)); n != 3 {
		t.Errorf("got %d direct quotes, want 3", n)
	}
}

func TestReportedIsPrecise(t *testing.T) {
	// No "that" clause, a relative "that", a cue used as a noun: nothing.
	doc := mkDoc(`Jane Okafor said the port was open. The ship that Vell said was lost has returned. Tomas Vell denied claims that he had resigned.`, jane, tomas)
	checkReported(t, doc)
}

func TestStageKeepsKindsApart(t *testing.T) {
	doc := mkDoc(`"The port is open," Jane Okafor said. Tomas Vell said that the port was closed.`, jane, tomas)
	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	x := doc.Extraction()
	if len(x.Quotes) != 1 || x.Quotes[0].Kind != "direct" || len(x.Reported) != 1 || x.Reported[0].Kind != "indirect" {
		t.Fatalf("quotes %+v, reported %+v", x.Quotes, x.Reported)
	}
}

func TestReportedInRelativeClause(t *testing.T) {
	doc := mkDoc(`The Harbor Authority, which announced last week that it was suspending its attacks, did not comment.`, agency)
	checkReported(t, doc, rwant{"it was suspending its attacks", "Harbor Authority", "announced"})
}
