package quotes

import "testing"

func TestDialogueAlternates(t *testing.T) {
	doc := mkDoc("\"Where is the ferry?\" asked Mira Santos.\n"+
		"\"Gone since noon. Are you staying?\" said Tomas Vell.\n"+
		"\"Then we wait.\"\n"+
		"\"Not I.\"\n", mira, tomas)
	check(t, doc,
		want{"Where is the ferry?", "Mira Santos", "asked", ""},
		want{"Gone since noon. Are you staying?", "Tomas Vell", "said", ""},
		want{"Then we wait.", "Mira Santos", "", ""},
		want{"Not I.", "Tomas Vell", "", ""})
}

func TestDialogueWithoutParagraphs(t *testing.T) {
	// Text without line breaks (as LitBank is read): adjacent quotations
	// are turns.
	doc := mkDoc(`"Is it late, Vell?" asked Santos. "Past nine." "Then go."`, mira, tomas)
	check(t, doc,
		want{"Is it late, Vell?", "Mira Santos", "asked", ""},
		want{"Past nine.", "Tomas Vell", "", ""},
		want{"Then go.", "Mira Santos", "", ""})
}

func TestVocativeNamesNextSpeaker(t *testing.T) {
	doc := mkDoc("Mira Santos and Tomas Vell waited by the gate.\n"+
		"\"Are you cold, Vell?\"\n"+
		"\"Not yet.\"\n", mira, tomas)
	got := Find(doc)
	if len(got) != 2 || got[1].Speaker != "Tomas Vell" {
		t.Fatalf("got %+v, want the second turn by Tomas Vell", got)
	}
}

func TestNewsContinuationIsNotDialogue(t *testing.T) {
	// News: a cued quote paragraph and an uncued one after it are the
	// same speaker, even with another speaker quoted earlier.
	doc := mkDoc("\"Tolls stay,\" Jane Okafor said.\n"+
		"\"We will build the bridge,\" Tomas Vell said.\n"+
		"\"There is no doubt about it.\"\n", jane, tomas)
	check(t, doc,
		want{"Tolls stay,", "Jane Okafor", "said", ""},
		want{"We will build the bridge,", "Tomas Vell", "said", ""},
		want{"There is no doubt about it.", "Tomas Vell", "said", ""})
}

func TestSplitQuoteKeepsSpeaker(t *testing.T) {
	doc := mkDoc(`"The port is open," said Santos, "but not for long."`, mira)
	check(t, doc,
		want{"The port is open,", "Mira Santos", "said", ""},
		want{"but not for long.", "Mira Santos", "said", ""})
}

func TestSpeakerBeforeAnyVerb(t *testing.T) {
	doc := mkDoc(`"Look at the tide," Santos began, pointing west.`, mira)
	check(t, doc, want{"Look at the tide,", "Mira Santos", "began", ""})
}

func TestActionBeatBeforeQuote(t *testing.T) {
	doc := mkDoc(`Tomas Vell shrugged. "It is not my bridge."`, tomas)
	check(t, doc, want{"It is not my bridge.", "Tomas Vell", "", ""})
}

func TestPronounAgreesInGender(t *testing.T) {
	// "she" skips Mr. Vell, the nearer person, for the woman named before.
	doc := mkDoc(`Mrs. Santos looked up from her letter. Mr. Vell left the room, and the door shut. "What an excellent father you have," said she.`, mira, tomas)
	check(t, doc, want{"What an excellent father you have,", "Mira Santos", "said", ""})
}

func TestAddresseeIsNotTheSpeaker(t *testing.T) {
	doc := mkDoc(`Tomas Vell shook his head. "It may be as you say, Santos," said his uncle.`, mira, tomas)
	got := Find(doc)
	if len(got) != 1 || got[0].Speaker == "Mira Santos" {
		t.Fatalf("got %+v: the person addressed cannot be the speaker", got)
	}
}
