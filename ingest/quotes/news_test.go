package quotes

import "testing"

// Attribution patterns read on unseen news (BBC), with invented names.

func TestRunOnMultiParagraphQuote(t *testing.T) {
	// Paragraphs of one quotation run into one line: the reopening mark
	// continues the quotation instead of pairing with the next one.
	doc := mkDoc(`Jane Okafor said: "The port is open. "Trade will recover by May." Tomas Vell disagreed.`, jane, tomas)
	got := Find(doc)
	if len(got) != 1 || got[0].Text != "The port is open. Trade will recover by May." || got[0].Speaker != "Jane Okafor" {
		t.Fatalf("got %+v", got)
	}
}

func TestTheCompanySaid(t *testing.T) {
	doc := mkDoc(`The Harbor Authority cut its forecast. "Sales will be lower than expected," the company said in a statement.`, agency)
	check(t, doc, want{"Sales will be lower than expected,", "Harbor Authority", "said", ""})
}

func TestCueWordAsNoun(t *testing.T) {
	// "pledges" after "new" is a noun: the subject speaks.
	doc := mkDoc(`Foreign Minister Jane Okafor attacked the Harbor Authority's six new pledges as "vacuous".`, jane, agency)
	check(t, doc, want{"vacuous", "Jane Okafor", "", ""})
}

func TestRelativeClauseBeforeCue(t *testing.T) {
	doc := mkDoc(`Tomas Vell, who leads the Harbor Authority, said: "We are ready."`, tomas, agency)
	check(t, doc, want{"We are ready.", "Tomas Vell", "said", ""})
}

func TestPronounSubjectBeforeParticiple(t *testing.T) {
	doc := mkDoc(`Jane Okafor spoke in Port Lin. She warned her party against complacency, saying: "It is a fight for the future."`, jane)
	check(t, doc, want{"It is a fight for the future.", "Jane Okafor", "saying", ""})
}

func TestSpeakerInNextShortSentence(t *testing.T) {
	// The splitter ends the sentence at `?"`; "Mr Vell pressed." is its
	// attribution, whatever the verb.
	doc := mkDoc(`"Not that I know of," Santos replied. "Did you ever sign the contract?" Mr Vell pressed.`, mira, tomas)
	check(t, doc,
		want{"Not that I know of,", "Mira Santos", "replied", ""},
		want{"Did you ever sign the contract?", "Tomas Vell", "pressed", ""})
}

func TestCueInSentenceBefore(t *testing.T) {
	doc := mkDoc(`Tomas Vell, speaking on the Daily Lantern radio show, also claimed that he had asked for a test. "I told the clinic to call the league."`, tomas, press)
	check(t, doc, want{"I told the clinic to call the league.", "Tomas Vell", "claimed", ""})
}

func TestToldTheBroadcaster(t *testing.T) {
	doc := mkDoc(`Jane Okafor told the Daily Lantern: "We will not resign." "It is absolutely not true," Tomas Vell told the Daily Lantern.`, jane, tomas, press)
	check(t, doc,
		want{"We will not resign.", "Jane Okafor", "told", ""},
		want{"It is absolutely not true,", "Tomas Vell", "told", ""})
}

func TestInvertedSpeakerWithApposition(t *testing.T) {
	doc := mkDoc(`"Jobs are growing slowly," said Mira Santos, a spokesperson for the Harbor Authority.`, mira, agency)
	check(t, doc, want{"Jobs are growing slowly,", "Mira Santos", "said", ""})
}

func TestPronounAfterLongGap(t *testing.T) {
	doc := mkDoc("Jane Okafor opened the bridge on Monday.\n"+
		"Traffic was light. Tolls were waived. The ferry kept running. Shops stayed shut. Rain fell.\n"+
		"\"It is a good day,\" she said.\n", jane)
	check(t, doc, want{"It is a good day,", "Jane Okafor", "said", ""})
}

func TestAppositionBeforeCue(t *testing.T) {
	doc := mkDoc(`Tomas Vell, assistant chief of the Harbor Authority, said: "Our response was proportionate."`, tomas, agency)
	check(t, doc, want{"Our response was proportionate.", "Tomas Vell", "said", ""})
}

func TestInvertedDescriptionThenName(t *testing.T) {
	doc := mkDoc(`"It will be a tragedy," said the chairman of the Harbor Authority, Foreign Minister Jane Okafor.`, jane, agency)
	check(t, doc, want{"It will be a tragedy,", "Jane Okafor", "said", ""})
}

func TestWhoHasSaid(t *testing.T) {
	doc := mkDoc(`Another critic is Mira Santos, who has said there is no need for such a "massive upheaval".`, mira)
	check(t, doc, want{"massive upheaval", "Mira Santos", "said", ""})
}

func TestPronounAfterAnonymousSubject(t *testing.T) {
	// "He" after "a spokesman for X" is the anonymous spokesman, not the
	// person named before.
	doc := mkDoc("Tomas Vell criticised the plan.\n"+
		"But a spokesman for the Harbor Authority defended the proposals. He said: \"The plan is sound.\"\n", tomas, agency)
	check(t, doc, want{"The plan is sound.", "UNATTRIBUTED", "said", "Harbor Authority"})
}

func TestSubjectInApposition(t *testing.T) {
	doc := mkDoc(`Mira Santos's uncle, Tomas Vell, told the Daily Lantern the sentence was too short, saying: "Nothing is worth five years."`, mira, tomas, press)
	check(t, doc, want{"Nothing is worth five years.", "Tomas Vell", "saying", ""})
}

func TestCommentsIsANoun(t *testing.T) {
	doc := mkDoc(`But the Harbor Authority has insisted Vell was speaking about adults and his comments were "a recognition of reality".`, tomas, agency)
	check(t, doc, want{"a recognition of reality", "Harbor Authority", "insisted", ""})
}

func TestPointsOut(t *testing.T) {
	doc := mkDoc(`"It is a lot easier being champion than training," points out former runner Mira Santos.`, mira)
	check(t, doc, want{"It is a lot easier being champion than training,", "Mira Santos", "points out", ""})
}

func TestStatementsAndPosts(t *testing.T) {
	doc := mkDoc(`In a statement, the Harbor Authority said: "The port is closed." Jane Okafor wrote on X: "We will reopen." The Harbor Authority issued a notice. "No ships will sail," it read.`, jane, agency)
	check(t, doc,
		want{"The port is closed.", "Harbor Authority", "said", ""},
		want{"We will reopen.", "Jane Okafor", "wrote", ""},
		want{"No ships will sail,", "Harbor Authority", "read", ""})
}

func TestEpithetSpeaker(t *testing.T) {
	// "the German", "the 24-year-old": an epithet for the person just named.
	doc := mkDoc(`Tomas Vell said his side had been unlucky. "We had chances," the German said.`, tomas)
	check(t, doc, want{"We had chances,", "Tomas Vell", "said", ""})
	doc = mkDoc(`Jane Okafor won in three sets. "I was nervous," the 24-year-old said.`, jane)
	check(t, doc, want{"I was nervous,", "Jane Okafor", "said", ""})
}

func TestOrgTitlePersonSubject(t *testing.T) {
	// The organisation opens the subject, but the person after the title
	// speaks.
	doc := mkDoc(`Harbor Authority foreign affairs spokesman Tomas Vell said the war had hit trust. "It did damage."`, agency, tomas)
	check(t, doc, want{"It did damage.", "Tomas Vell", "", ""})
}
