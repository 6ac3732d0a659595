package quotes

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// Attribution patterns read on unseen wire news (Reuters-style market and
// business copy), third round; invented names throughout.

var (
	lisbon  = ent{name: "Porto Vell", typ: newsgraph.GPE}
	bank    = ent{name: "Acme Bank", typ: newsgraph.Org}
	workers = ent{name: "United Dock And Harbor Workers", typ: newsgraph.Org}
)

func TestAnonymousMarketSpeakers(t *testing.T) {
	// Dealers, brokers and traders are people: an indefinite one is an
	// anonymous speaker, and a place or bank after "in/at/with" is only
	// where they work.
	doc := mkDoc(`"Prices will hold," one broker said.`+"\n"+
		`"There was a little selling," an oil trader in Porto Vell said.`+"\n"+
		`"You never know," a dealer with Acme Bank said.`+"\n"+
		`"Rates will stay," the Acme Bank dealer said.`, lisbon, bank)
	check(t, doc,
		want{"Prices will hold,", newsgraph.Unattributed, "said", ""},
		want{"There was a little selling,", newsgraph.Unattributed, "said", "Porto Vell"},
		want{"You never know,", newsgraph.Unattributed, "said", "Acme Bank"},
		want{"Rates will stay,", newsgraph.Unattributed, "said", "Acme Bank"})
}

func TestClauseWordInsideNameBeforeCue(t *testing.T) {
	// "And" inside an organisation's name does not end the subject.
	doc := mkDoc(`The United Dock And Harbor Workers said that its members would strike on Monday.`, workers)
	got := Reported(doc)
	if len(got) != 1 || got[0].Speaker != "United Dock And Harbor Workers" {
		t.Fatalf("got %+v", got)
	}
}

func TestPossessiveBeforeTitleCaseQuoteIsAName(t *testing.T) {
	// its "Bright Star" drug names a product; nobody said it.
	doc := mkDoc(`Acme Bank said its "Bright Star" fund had grown.`, bank)
	if got := Find(doc); len(got) != 0 {
		t.Fatalf("got %+v", got)
	}
	// but his "Nazi" comment quotes a word he used
	doc = mkDoc(`Tomas Vell should "stick to his guns" over his "Traitor" comment, Jane Okafor has insisted.`, tomas, jane)
	check(t, doc,
		want{"stick to his guns", "Jane Okafor", "insisted", ""},
		want{"Traitor", "Jane Okafor", "insisted", ""})
}

func TestAppositionWithoutPersonNounKeepsCue(t *testing.T) {
	// `Doe, a veteran of three campaigns, said, "..."`: the name before
	// the apposition speaks, and the cue is kept.
	doc := mkDoc(`Jane Okafor, a veteran of three campaigns, said, "We will win."`, jane)
	check(t, doc, want{"We will win.", "Jane Okafor", "said", ""})
}

func TestPronounAfterOneDealer(t *testing.T) {
	// A sentence opening with "One dealer ..." makes "he" that anonymous
	// dealer, not the person named before.
	doc := mkDoc(`Tomas Vell said rates would stay.`+"\n"+`One dealer for an Osland bank noted the dollar fell. "They were regarded as negative," he said.`, tomas, osland)
	check(t, doc, want{"They were regarded as negative,", newsgraph.Unattributed, "said", "Osland"})
}

func TestToldIsNeverInverted(t *testing.T) {
	// `"...," Doe, from Acme, one of its founders, told the Daily Lantern`:
	// the words after "told" are the addressee.
	doc := mkDoc(`"We need more storage," Tomas Vell, from Acme Bank, one of the founders of the Harbor Authority, told the Daily Lantern.`, tomas, bank, agency, press)
	check(t, doc, want{"We need more storage,", "Tomas Vell", "told", ""})
}

func TestPersonOfFirmNamedLikeAPerson(t *testing.T) {
	// Firms named after people ("Ruiz Perez Securities") are often read
	// as people: "analyst Jane Doe of Ruiz Perez said" is Jane Doe's.
	firm := ent{name: "Carla Ruiz Perez", typ: newsgraph.Person}
	doc := mkDoc(`"The long range issue is who wins," analyst Mira Santos of Carla Ruiz Perez and Co said.`+"\n"+
		`Analyst Jane Okafor at Acme Bank said: "Rates will stay."`, mira, firm, jane, bank)
	check(t, doc,
		want{"The long range issue is who wins,", "Mira Santos", "said", ""},
		want{"Rates will stay.", "Jane Okafor", "said", ""})
}

func TestNicknameIsNoQuote(t *testing.T) {
	doc := mkDoc(`He told the Daily Lantern that Tomas "Tommy" Vell was arrested on Monday.`, tomas, press)
	if got := Find(doc); len(got) != 0 {
		t.Fatalf("got %+v", got)
	}
}

func TestDescriptionThenNameBeforeTold(t *testing.T) {
	// "the play's organiser in Osland, Jane Okafor, told ...": the name
	// in apposition speaks, not the place in the description.
	doc := mkDoc(`"I am outraged," the play's organiser in Osland, Jane Okafor, told the Daily Lantern.`, osland, jane, press)
	check(t, doc, want{"I am outraged,", "Jane Okafor", "told", ""})
}

func TestIndefiniteOpenerNamedInApposition(t *testing.T) {
	// "One woman, Jane Okafor, found ..." names her: "she" is Jane Okafor.
	doc := mkDoc(`One woman, Jane Okafor, found her sister in the square.`+"\n"+`"We threw ourselves into each other's arms," she told the Daily Lantern.`, jane, press)
	check(t, doc, want{"We threw ourselves into each other's arms,", "Jane Okafor", "told", ""})
}

func TestMinisterForTitleBeforeName(t *testing.T) {
	// "the minister for civil aviation Jane Okafor" is a title, not an
	// anonymous minister working for something.
	ngo := ent{name: "Jane Okafor", typ: newsgraph.Org}
	doc := mkDoc(`"The days of flying for the rich are over," the minister for civil aviation Jane Okafor said.`, ngo)
	check(t, doc, want{"The days of flying for the rich are over,", "Jane Okafor", "said", ""})
}

func TestPronounSkipsPossessiveAndObject(t *testing.T) {
	// "he" is the subject of the second clause, not the man whose trip is
	// mentioned first.
	ivo := ent{name: "Ivo Brandt", typ: newsgraph.Person, alias: []string{"Brandt"}}
	doc := mkDoc(`"I expect a positive response," Tomas Vell said.`+"\n"+
		`Osland made no concessions ahead of Vell's trip and Trade Secretary Ivo Brandt on Friday sought to calm fears.`+"\n"+
		`"We don't want a trade war," he said.`, tomas, osland, ivo)
	check(t, doc,
		want{"I expect a positive response,", "Tomas Vell", "said", ""},
		want{"We don't want a trade war,", "Ivo Brandt", "said", ""})
}

func TestPronounKeepsSourceAndIntroducedPerson(t *testing.T) {
	// "According to Vell, ..." and "the shape of Vell, who ..." keep Vell
	// as the one "he" refers to.
	ivo := ent{name: "Ivo Brandt", typ: newsgraph.Person, alias: []string{"Brandt"}}
	doc := mkDoc(`According to Vell, Brandt vowed to stay.`+"\n"+`"I said to Ivo that I trust him," he said.`+"\n"+
		`The guests included the shape of Tomas Vell, who plays Ivo Brandt on stage.`+"\n"+`"It was cold," he joked.`, tomas, ivo)
	check(t, doc,
		want{"I said to Ivo that I trust him,", "Tomas Vell", "said", ""},
		want{"It was cold,", "Tomas Vell", "joked", ""})
}

func TestDatelinePlaceIsNoAntecedent(t *testing.T) {
	// "the union" is the organisation after the dateline, not a state
	// abbreviation the tagger read as an organisation.
	st := ent{name: "MX", typ: newsgraph.Org}
	doc := mkDoc(`PORTVILLE, MX., April 3 - The United Dock And Harbor Workers said its members would march.`+"\n"+
		`The union said it opposed the bid because "workers always get a raw deal."`, st, workers)
	check(t, doc, want{"workers always get a raw deal.", "United Dock And Harbor Workers", "said", ""})
}

func datesOf(doc *newsgraph.Document, pairs ...string) {
	for k := 0; k+1 < len(pairs); k += 2 {
		at := strings.Index(doc.Text, pairs[k])
		doc.Dates = append(doc.Dates, newsgraph.Date{Text: pairs[k], Value: pairs[k+1], Start: at, End: at + len(pairs[k])})
	}
}

func TestStatementDateIsTheAttributions(t *testing.T) {
	// A date in what was said is no statement date; a date next to the
	// cue, or opening the sentence, is.
	doc := mkDoc(`The Harbor Authority was closed yesterday because it was "unsafe and unsound," Jane Okafor said.`+"\n"+
		`Tomas Vell said the port is "unlikely" to open until 2027.`+"\n"+
		`On Tuesday, Mira Santos said: "We will appeal."`+"\n"+
		`"We will not resign," Vell told the Daily Lantern on Friday.`+"\n"+
		`Okafor has "the same passion" as when she was elected on May 3, Santos said.`+"\n"+
		`Okafor said Monday's drop was "a mini-crash."`+"\n"+
		`"We stay," Okafor said during Thursday's session.`+"\n"+
		`While in Osland earlier this month, Vell predicted the crop would be "as good as last year's."`+"\n"+
		`The plant closed last week, Okafor said, "for good."`, jane, tomas, mira, agency, press)
	datesOf(doc, "yesterday", "2024-03-04", "2027", "2027", "Tuesday", "2024-03-05", "Friday", "2024-03-01", "May 3", "2023-05-03", "Monday", "2024-03-04", "Thursday", "2024-02-29", "earlier this month", "2024-03", "last week", "2024-02-26/2024-03-03")
	got := Find(doc)
	if len(got) != 9 {
		t.Fatalf("got %+v", got)
	}
	for i, w := range []string{"", "", "2024-03-05", "2024-03-01", "2024-03-05", "", "2024-02-29", "2024-03", "2024-02-29"} {
		d := got[i].Date
		if got[i].DateIsDefault {
			d = ""
		}
		if d != w {
			t.Errorf("quote %d (%q): date %q, want %q", i, got[i].Text, d, w)
		}
	}
}

func TestStatementDateCarriesToTheSpeakersLaterQuotes(t *testing.T) {
	// "Doe said Thursday" in the lede dates Doe's later quotes; another
	// speaker's are not dated by it.
	doc := mkDoc(`Talks will start "in the coming days," Defense Secretary Tomas Vell said Thursday.`+"\n"+
		`"The talks reflect our commitment," Vell said in a statement.`+"\n"+
		`"We are ready," Jane Okafor said.`, tomas, jane)
	datesOf(doc, "Thursday", "2024-02-29")
	got := Find(doc)
	if len(got) != 3 {
		t.Fatalf("got %+v", got)
	}
	if got[1].Date != "2024-02-29" || got[1].DateIsDefault {
		t.Errorf("later quote of the same speaker: %q default=%v", got[1].Date, got[1].DateIsDefault)
	}
	if !got[2].DateIsDefault {
		t.Errorf("another speaker's quote dated %q", got[2].Date)
	}
}

func TestNestedQuestionBeforeCue(t *testing.T) {
	// The quotation ends with a nested one ("... 'Why?'"); the splitter
	// ends the sentence there, and "Vell said of ..." still attributes it.
	doc := mkDoc(`"I ask myself 'Why don't they understand?'" Vell said of the strategy.`, tomas)
	check(t, doc, want{"I ask myself 'Why don't they understand?'", "Tomas Vell", "said", ""})
}

func TestQuotedAsSaying(t *testing.T) {
	// The outlet that quotes is not the speaker.
	doc := mkDoc(`Tomas Vell spoke on Monday.`+"\n"+`"We shall confront any move," the Daily Lantern quoted him as saying.`+"\n"+
		`The Daily Lantern quoted Jane Okafor as saying: "The port is closed."`+"\n"+
		`It quoted Tomas Vell, who returned on Sunday, as saying "Osland will keep its position."`+"\n"+
		`Chief executive Mira Santos was quoted by the Daily Lantern as saying the airline could not remain "all-Osland".`, tomas, jane, press, mira)
	check(t, doc,
		want{"We shall confront any move,", "Tomas Vell", "quoted as saying", ""},
		want{"The port is closed.", "Jane Okafor", "quoted as saying", ""},
		want{"Osland will keep its position.", "Tomas Vell", "quoted as saying", ""},
		want{"all-Osland", "Mira Santos", "quoted as saying", ""})
}

func TestIndefiniteAgentNounAndDelegate(t *testing.T) {
	doc := mkDoc(`"We expected a higher offer," said one forecaster.`+"\n"+
		`"We are concerned," said Osland's delegate, Tomas Vell.`, tomas, osland)
	check(t, doc,
		want{"We expected a higher offer,", newsgraph.Unattributed, "said", ""},
		want{"We are concerned,", "Tomas Vell", "said", ""})
}

func TestWireCueForms(t *testing.T) {
	doc := mkDoc(`Tomas Vell spoke on Friday.`+"\n"+`This weekend he said that the estimates "remain about the same."`+"\n"+
		`"I wish for a solution," he was quoted as saying.`+"\n"+
		`Harbor Authority president Jane Okafor, speaking before the deal, said the economy was "in bad shape".`, tomas, jane, agency)
	check(t, doc,
		want{"remain about the same.", "Tomas Vell", "said", ""},
		want{"I wish for a solution,", "Tomas Vell", "quoted as saying", ""},
		want{"in bad shape", "Jane Okafor", "said", ""})
}

func TestSurnameWithoutMention(t *testing.T) {
	// "May" read as a month is no mention; the article's one person named
	// May is the speaker.
	may := ent{name: "Rick May", typ: newsgraph.Person}
	doc := mkDoc(`"Costs will rise," said analyst Rick May.`+"\n"+`"It has no key technology," May said.`, may)
	check(t, doc,
		want{"Costs will rise,", "Rick May", "said", ""},
		want{"It has no key technology,", "Rick May", "said", ""})
}

func TestAnonymousSpeakerContinues(t *testing.T) {
	// "he added" continues the anonymous employee; "adding" after an
	// attributed quotation in the same sentence keeps its speaker; "a
	// spokesman for Acme Bank" is anonymous, of Acme Bank.
	doc := mkDoc(`Staff wrote to Acme Bank chief executive Tomas Vell.`+"\n"+
		`"We are considering legal action," a senior Acme Bank employee told the Daily Lantern. "There has been no consultation," he added.`+"\n"+
		`"We thought they would offer a settlement," said a senior employee, adding "We had no idea."`+"\n"+
		`"Of course they are less profitable," said a spokesman for Acme Bank.`, bank, tomas, press)
	check(t, doc,
		want{"We are considering legal action,", newsgraph.Unattributed, "told", "Acme Bank"},
		want{"There has been no consultation,", newsgraph.Unattributed, "added", "Acme Bank"},
		want{"We thought they would offer a settlement,", newsgraph.Unattributed, "said", ""},
		want{"We had no idea.", newsgraph.Unattributed, "adding", ""},
		want{"Of course they are less profitable,", newsgraph.Unattributed, "said", "Acme Bank"})
}

func TestPluralPossessiveBeforeName(t *testing.T) {
	firm := ent{name: "Varga Securities", typ: newsgraph.Org}
	doc := mkDoc(`"Fund managers are selling," said Varga Securities' Mira Santos.`, firm, mira)
	check(t, doc, want{"Fund managers are selling,", "Mira Santos", "said", ""})
}

func TestPersonBeforeTwoAppositions(t *testing.T) {
	// "X president Jane Okafor, speaking in Port Lin, Osland state, said":
	// the place before the cue is where she spoke.
	portlin := ent{name: "Port Lin", typ: newsgraph.GPE}
	doc := mkDoc(`Harbor Authority president Jane Okafor, speaking in Port Lin, Osland state, said the port would stay public "because it belongs to all."`, agency, jane, portlin, osland)
	check(t, doc, want{"because it belongs to all.", "Jane Okafor", "said", ""})
}

func TestContinuedToIsNoCue(t *testing.T) {
	// "said the agency continued to ..." is Okafor's; "one major Osland
	// roaster" is anonymous.
	doc := mkDoc(`Acting Harbor Authority chairman Jane Okafor said the Harbor Authority continued to "closely monitor the firms."`+"\n"+
		`"It is a key test," said one major Osland roaster.`, jane, agency, osland)
	check(t, doc,
		want{"closely monitor the firms.", "Jane Okafor", "said", ""},
		want{"It is a key test,", newsgraph.Unattributed, "said", "Osland"})
}

func TestUnresolvedPronounKeepsCue(t *testing.T) {
	doc := mkDoc(`The port will close on Monday, a company spokesman said.`+"\n"+`"We are in an impossible situation," he told the Daily Lantern.`, press)
	check(t, doc, want{"We are in an impossible situation,", newsgraph.Unattributed, "told", ""})
}

func TestQuoteParagraphAfterReportedParagraph(t *testing.T) {
	// The paragraph before reports Vell's words in two sentences; the
	// quotation opening the next paragraph continues him.
	doc := mkDoc(`Osland's economy slowed last year.`+"\n"+`Tomas Vell said tea prices fell to half. World prices of rubber also fell.`+"\n"+`"There was also a decline in income from tourism."`, tomas, osland)
	check(t, doc, want{"There was also a decline in income from tourism.", "Tomas Vell", "said", ""})
}

func TestPartyEpithetIsThePersonJustNamed(t *testing.T) {
	dem := ent{name: "Osland Democrat", typ: newsgraph.Org}
	doc := mkDoc(`Senate committee chairman Tomas Vell said the drop gave "additional leverage".`+"\n"+`"They are making up their minds," the Osland Democrat told a conference.`, tomas, dem)
	check(t, doc,
		want{"additional leverage", "Tomas Vell", "said", ""},
		want{"They are making up their minds,", "Tomas Vell", "told", ""})
}

func TestPartyWordAloneIsNoEpithet(t *testing.T) {
	tory := ent{name: "Tory", typ: newsgraph.Org}
	doc := mkDoc(`Tomas Vell spoke on Monday.`+"\n"+`The Tory proposals are "quite closely modelled" on the Osland system.`, tomas, tory, osland)
	check(t, doc, want{"quite closely modelled", "Tory", "", ""})
}

func TestNameCutByHardWrap(t *testing.T) {
	// Wire copy wrapped at a fixed width cuts a name over a line break;
	// the mention runs over it and the speaker is the whole name, after
	// the cue as before it.
	walter := ent{name: "Walter Brindle", typ: newsgraph.Person, alias: []string{"Walter\nBrindle"}}
	doc := mkDoc("    \"He will be a strong leader,\" said Walter\nBrindle, director of research at the council.\n", walter)
	check(t, doc, want{"He will be a strong leader,", "Walter Brindle", "said", ""})
	doc = mkDoc("    The council met on Tuesday, and Walter\nBrindle said: \"We are ready.\"\n", walter)
	check(t, doc, want{"We are ready.", "Walter Brindle", "said", ""})
}

func TestYearRightAfterCueDatesTheQuote(t *testing.T) {
	// "she said in 2003" dates the statement; a year before the cue
	// ("as in 1997, he said") still dates only an event.
	doc := mkDoc(`"There were very few women then," Jane Okafor said in 2003. "It was hard."`+"\n"+
		`"Prices fell, as in 1997," Tomas Vell said.`, jane, tomas)
	got := Find(doc)
	if len(got) != 3 {
		t.Fatalf("got %+v", got)
	}
	if got[0].Date != "2003" || got[0].DateIsDefault {
		t.Errorf("stated year: %q default=%v", got[0].Date, got[0].DateIsDefault)
	}
	if got[2].Date != "2024-03-05" || !got[2].DateIsDefault {
		t.Errorf("event year: %q default=%v", got[2].Date, got[2].DateIsDefault)
	}
}
