package dates

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

func ymd(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// summary renders dates as "text=value; ..." for compact comparison.
func summary(ds []newsgraph.Date) string {
	parts := make([]string, len(ds))
	for i, d := range ds {
		parts[i] = d.Text + "=" + d.Value
	}
	return strings.Join(parts, "; ")
}

func TestFind(t *testing.T) {
	// 2024-01-25 is a Thursday.
	const thu = "2024-01-25"
	tests := []struct {
		anchor, text, want string
	}{
		// "expected" without "to" looks forward; an earlier "said" does not decide
		{"2024-03-12", "He said the agency expected a decision by June.", "June=2024-06"},
		{"2024-03-12", "Sales fell more than expected in January, he said.", "January=2024-01"},
		// explicit dates
		{thu, "The deal was signed on Jan. 25, 2024, in the capital.", "Jan. 25, 2024=2024-01-25"},
		{thu, "It was signed on January 3 2022.", "January 3 2022=2022-01-03"},
		{thu, "Elections were held on 25 January 2023.", "25 January 2023=2023-01-25"},
		{thu, "The 4th of July parade.", "4th of July=2023-07-04"},
		{thu, "Filed 2023-11-05 and 11/5/2023 and 25/12/2023.", "2023-11-05=2023-11-05; 11/5/2023=2023-11-05; 25/12/2023=2023-12-25"},
		{thu, "Sept. 11, 2001 changed everything.", "Sept. 11, 2001=2001-09-11"},
		// a year is never read from the next line: "1600 GMT" is a time
		{"2005-02-20", "Saturday, 26 February\n\n1600 GMT", "Saturday, 26 February=2005-02-26"},
		{thu, "Kick-off: Feb. 3,\n2030 fans came.", "Feb. 3=2024-02-03"},
		{thu, "A meeting on Sept 4, 2019 and Feb. 3.", "Sept 4, 2019=2019-09-04; Feb. 3=2024-02-03"},
		// year inference for month and day
		{thu, "The strikes began after the Oct. 7 attack.", "Oct. 7=2023-10-07"},
		{thu, "The office said on Jan. 10 that it would act.", "Jan. 10=2024-01-10"},
		{thu, "Talks are due to start on Feb. 20.", "Feb. 20=2024-02-20"},
		{thu, "Talks will resume in December.", "December=2024-12"},
		{thu, "Talks were held in December.", "December=2023-12"},
		{"2024-01-05", "The vote was held on Dec. 28.", "Dec. 28=2023-12-28"},
		{"2024-03-16", "The firm asked the company to fix March 27 as the record date.", "March 27=2024-03-27"},
		{"2024-03-16", "Under the February 27 accord, the country will repay its debt.", "February 27=2024-02-27"},
		{"2023-12-28", "The vote will be held on Jan. 4.", "Jan. 4=2024-01-04"},
		// leap years
		{"2024-03-10", "The ballots were counted on Feb. 29.", "Feb. 29=2024-02-29"},
		{"2025-03-10", "The ballots were counted on Feb. 29.", "Feb. 29=2024-02-29"},
		{thu, "Nothing happened on Feb. 29, 2023.", ""},
		{thu, "It ended Feb. 29, 2020.", "Feb. 29, 2020=2020-02-29"},
		// months and years
		{thu, "following the December 2021 announcement", "December 2021=2021-12"},
		{thu, "In August, the two sides met.", "August=2023-08"},
		{thu, "attacks since mid-October by militias", "mid-October=2023-10"},
		{"2024-02-11", "He in late January presided over talks. In January, he said so.", "late January=2024-01; January=2024-01"},
		{thu, "They agreed to it last August.", "last August=2023-08"},
		{"2024-09-02", "They agreed to it last August.", "last August=2024-08"},
		{"2024-01-10", "They met last December.", "last December=2023-12"},
		{"2024-01-10", "They will meet next January.", "next January=2025-01"},
		{thu, "It was founded in April this year and closed in March last year.", "April this year=2024-04; March last year=2023-03"},
		{thu, "It was declared defeated in 2017 and 2019 respectively.", "2017=2017; 2019=2019"},
		{thu, "The group has been active since 2003.", "2003=2003"},
		{thu, "the killing in early 2020 and fighting in mid-2023", "early 2020=2020; mid-2023=2023"},
		{thu, "Prices rose between 2014 and 2017.", "2014=2014; 2017=2017"},
		{thu, "by the end of 2025", "2025=2025"},
		// ranges
		{thu, "the dialogue Aug. 7-8, and the meeting", "Aug. 7-8=2023-08-07/2023-08-08"},
		{thu, "held in Washington on August 7-8, 2023.", "August 7-8, 2023=2023-08-07/2023-08-08"},
		{thu, "The summit ran Dec. 30-Jan. 2, 2023.", "Dec. 30-Jan. 2, 2023=2022-12-30/2023-01-02"},
		{thu, "It ran Aug. 31-Sept. 2, 2023.", "Aug. 31-Sept. 2, 2023=2023-08-31/2023-09-02"},
		{thu, "The championships take place on 5-6 March 2022.", "5-6 March 2022=2022-03-05/2022-03-06"},
		// weekdays
		{thu, "Defense Secretary Lloyd Austin said Thursday.", "Thursday=2024-01-25"},
		{thu, "On Tuesday, the US carried out strikes.", "Tuesday=2024-01-23"},
		{thu, "The commission met on Friday.", "Friday=2024-01-19"},
		{thu, "The commission will meet on Friday.", "Friday=2024-01-26"},
		{thu, "Officials said the talks would begin Monday.", "Monday=2024-01-29"},
		{thu, "They met last Friday and will meet next Monday.", "last Friday=2024-01-19; next Monday=2024-01-29"},
		{thu, "He left last Thursday.", "last Thursday=2024-01-18"},
		{thu, "Strikes took place early Wednesday morning.", "early Wednesday morning=2024-01-24"},
		{thu, "during Saturday's session", "Saturday=2024-01-20"},
		{thu, "It happened on Thursday, Jan. 18, 2024.", "Thursday, Jan. 18, 2024=2024-01-18"},
		{"2024-01-22", "Parliament met on Monday.", "Monday=2024-01-22"},
		{"2024-01-22", "Parliament met on Sunday.", "Sunday=2024-01-21"},
		{"2024-01-01", "The attack came on Saturday.", "Saturday=2023-12-30"},
		// relative
		{thu, "He said today that he resigned yesterday and will speak tomorrow.", "today=2024-01-25; yesterday=2024-01-24; tomorrow=2024-01-26"},
		{thu, "This week, at least one man was killed.", "This week=2024-01-22/2024-01-25"},
		{"2024-01-24", "including one earlier this week targeting a base", "earlier this week=2024-01-22/2024-01-23"},
		{thu, "They met last week and will meet next week.", "last week=2024-01-15/2024-01-21; next week=2024-01-29/2024-02-04"},
		{thu, "He said earlier this month that troops should go.", "earlier this month=2024-01"},
		{thu, "It fell last month and rose last year.", "last month=2023-12; last year=2023"},
		{"2024-01-10", "It fell last month.", "last month=2023-12"},
		{thu, "It rose late last year and will rise next year.", "late last year=2023; next year=2025"},
		{thu, "Washington and Baghdad agreed last summer to talks.", "last summer=2023"},
		{"2024-10-01", "They agreed last summer.", "last summer=2024"},
		{thu, "He arrived two days ago; she left a year ago.", "two days ago=2024-01-23; a year ago=2023"},
		{thu, "They rallied over the weekend.", "the weekend=2024-01-20/2024-01-21"},
		{thu, "Troops left last night.", "last night=2024-01-24"},
		{thu, "The summer of 2022 was hot.", "The summer of 2022=2022"},
		// not dates
		{thu, "Around 2,500 troops remain, and 2024 troops were sent.", ""},
		{thu, "for a decade, in recent months, in the coming days", ""},
		{thu, "The company grew over the last year and the past week.", ""},
		{thu, "Theresa May said the protesters may march.", ""},
		{thu, "March organizers said rallies were planned.", ""},
		{thu, "Prime Minister May spoke. It was reviewed by May.", ""},
		{thu, "the Good Friday Agreement and the Sunday Times", ""},
		{thu, "He worked on a Friday night and every Sunday.", ""},
		{thu, "the fall of Mosul and the Arab Spring", ""},
		{thu, "the 10 years since the invasion", ""},
		{thu, "UN Resolution 2231 and 2,000 votes in 1500 homes", ""},
		{thu, "He read USA Today.", ""},
		{thu, "“Today, the threat is gone,” he said.", ""},
		{thu, "The score was 3-6, 6-4 at 5:30 pm.", ""},
		{thu, "She hosts Saturday Night Takeaway and the Thursday night show.", ""},
		{thu, "Party leaders announced support for the government plans on Monday evening.", "Monday evening=2024-01-22"},
		{thu, "The economy created fewer jobs than expected in December.", "December=2023-12"},
		{thu, "They were set to learn their fate by the end of February.", "February=2024-02"},
		{thu, "The government plans to vote on Monday.", "Monday=2024-01-29"},
		// hard-wrapped text: a single line break inside a paragraph does
		// not end the sentence, so the tense and a year run over it
		{"2024-04-10", "The new board held its first session\nin February and is expected to sit\nagain in June, the statement said.", "February=2024-02; June=2024-06"},
		{"2024-04-10", "The vote is set for May 2,\n2025, the head of the panel\nsaid in a report on\nthe plan.", "May 2,\n2025=2025-05-02"},
		{"2024-04-10", "He will visit the plant on\nThursday, an aide\nsaid.\nIt rained there\non Friday.\n\nThey will go on\nSunday.", "Thursday=2024-04-11; Friday=2024-04-05; Sunday=2024-04-14"},
		{"2024-04-10", "He came on a visit\nand left.\n    They will rest. Work resumed on\n    Monday.", "Monday=2024-04-08"},
		// a verb of saying far from the date leaves the tense to the clause
		{"2024-04-08", "Officials have said his first request when he arrives for talks on Wednesday would be aid.", "Wednesday=2024-04-10"},
		{"2024-06-03", "She said that after a launch price in effect until September 30, the device will cost more.", "September 30=2024-09-30"},
		{"2024-04-08", "The ministry said on Wednesday that it will act.", "Wednesday=2024-04-03"},
		// spans: the year at the end is the start's; ranges with "to", "and"
		{"2024-10-19", "Output rose 3 pct in January to September 2023 against the same period.", "January=2023-01; September 2023=2023-09"},
		{"2024-10-19", "It rose in the January to September period, and in March and August 2023.", "March=2023-03; August 2023=2023-08"},
		{"2024-03-20", "Holders may subscribe from September 1 to 30, 2025, to new notes.", "September 1 to 30, 2025=2025-09-01/2025-09-30"},
		{"2024-06-19", "It sold shares between June 10 and 14 at 5 dlrs each.", "June 10 and 14=2024-06-10/2024-06-14"},
		{"2024-06-19", "The council meets on July 1 and 2.", "July 1 and 2=2024-07-01/2024-07-02"},
		{"2024-06-19", "It happened on March 3 and 17.", "March 3=2024-03-03"},
		{"2024-06-19", "On March 3 and 4 people were hurt.", "March 3=2024-03-03"},
		// a date after "to", "or" follows the one before it
		{"2024-03-02", "Trading was postponed until late March or early April.", "late March=2024-03; early April=2024-04"},
		{"2024-03-18", "Delivery is due between May 10 and October 10, and was agreed.", "May 10=2024-05-10; October 10=2024-10-10"},
		{"2024-01-25", "A meeting on Sept 4, 2019 or Feb. 3.", "Sept 4, 2019=2019-09-04; Feb. 3=2024-02-03"},
		// an -ed word before an infinitive or as a participle sets no tense;
		// a past form after "to" is a base form
		{"2024-04-21", "The minister has promised to review the case again in July.", "July=2024-07"},
		{"2024-03-18", "The board backed a plan designed to push members to agree by the end of June.", "June=2024-06"},
		{"2024-03-18", "Its cargo, priced at 80 dlrs a tonne, goes on sale on July 5.", "July 5=2024-07-05"},
		{"2024-01-25", "The troops returned to Baghdad in December.", "December=2023-12"},
		{"2024-01-25", "The ministry reported in March that sales fell.", "March=2023-03"},
		// years after "for", "fiscal", a quarter, and before the noun they modify
		{thu, "The firm posted a loss for 2022 and expects a profit for 2023.", "2022=2022; 2023=2023"},
		{thu, "Revenue rose in fiscal 2022 and in the third quarter of 2023.", "2022=2022; 2023=2023"},
		{thu, "Sales rose 4 pct against the first quarter 2022.", "2022=2022"},
		{thu, "The 2019 crash and its 2021 audit led to a 2020 budget cut in the same 2018 period.", "2019=2019; 2021=2021; 2020=2020; 2018=2018"},
		{thu, "The group's 2022 report came out.", "2022=2022"},
		{thu, "The index held the 2000 level; its 2000 employees and the 2010 GMT deadline; for 2000 homes.", ""},
	}
	for _, tc := range tests {
		got := summary(Find(tc.text, ymd(tc.anchor), true, nil))
		if got != tc.want {
			t.Errorf("anchor %s, %q:\n got  %s\n want %s", tc.anchor, tc.text, got, tc.want)
		}
	}
}

func TestFindOffsets(t *testing.T) {
	text := "WASHINGTON — Officials met on Thursday, and again on Jan. 10, 2024."
	ds := Find(text, ymd("2024-01-25"), true, nil)
	if len(ds) != 2 {
		t.Fatalf("got %d dates, want 2: %s", len(ds), summary(ds))
	}
	for _, d := range ds {
		if text[d.Start:d.End] != d.Text {
			t.Errorf("offsets [%d,%d) give %q, text %q", d.Start, d.End, text[d.Start:d.End], d.Text)
		}
	}
	if ds[1].Precision != Day || ds[0].Precision != Day {
		t.Errorf("precisions %q %q, want day", ds[0].Precision, ds[1].Precision)
	}
}

func TestFindWithoutAnchor(t *testing.T) {
	text := "On Tuesday, last week and in March, after the Jan. 25 talks, the deal of March 3, 2021 and December 2021 stood, as in 2019."
	got := summary(Find(text, time.Time{}, false, nil))
	want := "March 3, 2021=2021-03-03; December 2021=2021-12; 2019=2019"
	if got != want {
		t.Errorf("without anchor:\n got  %s\n want %s", got, want)
	}
}

func TestFindIgnored(t *testing.T) {
	text := "Photo taken on Nov. 5, 2023. Talks began on Thursday."
	ig := []newsgraph.Span{{Start: 0, End: 28}}
	got := summary(Find(text, ymd("2024-01-25"), true, ig))
	if got != "Thursday=2024-01-25" {
		t.Errorf("with ignored caption: got %s", got)
	}
}

func TestPrecision(t *testing.T) {
	text := "On Jan. 3, in August 2023, in 2019, this week and on Aug. 7-8, 2023."
	var precs []string
	for _, d := range Find(text, ymd("2024-01-25"), true, nil) {
		precs = append(precs, d.Precision)
	}
	if got, want := strings.Join(precs, ","), "day,month,year,range,range"; got != want {
		t.Errorf("precisions %s, want %s", got, want)
	}
}

func TestResolve(t *testing.T) {
	a := ymd("2024-01-25")
	tests := []struct {
		expr   string
		future bool
		want   string
		ok     bool
	}{
		{"Thursday", false, "2024-01-25", true},
		{"Monday", false, "2024-01-22", true},
		{"Monday", true, "2024-01-29", true},
		{"last week", false, "2024-01-15/2024-01-21", true},
		{"Jan. 10", false, "2024-01-10", true},
		{"Feb. 10", true, "2024-02-10", true},
		{"yesterday", false, "2024-01-24", true},
		{"in the coming days", false, "", false},
		{"", false, "", false},
	}
	for _, tc := range tests {
		d, ok := Resolve(tc.expr, a, tc.future)
		if ok != tc.ok || d.Value != tc.want {
			t.Errorf("Resolve(%q, future=%v) = %q, %v; want %q, %v", tc.expr, tc.future, d.Value, ok, tc.want, tc.ok)
		}
	}
}

func TestUnique(t *testing.T) {
	text := "They met on Thursday. On Thursday they spoke. Officials said Thursday's talks went well."
	ds := Unique(Find(text, ymd("2024-01-25"), true, nil))
	if len(ds) != 1 || ds[0].Start != strings.Index(text, "Thursday") {
		t.Errorf("Unique kept %s, want the first Thursday only", summary(ds))
	}
}

var valueRe = regexp.MustCompile(`^(\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2}|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2})$`)

// checkDates asserts the invariants every Find result must hold.
func checkDates(text string, ds []newsgraph.Date) error {
	prev := 0
	for _, d := range ds {
		if d.Start < prev || d.End <= d.Start || d.End > len(text) {
			return fmt.Errorf("bad offsets [%d,%d) after %d in %d bytes", d.Start, d.End, prev, len(text))
		}
		if text[d.Start:d.End] != d.Text {
			return fmt.Errorf("text %q != text[%d:%d] %q", d.Text, d.Start, d.End, text[d.Start:d.End])
		}
		if !valueRe.MatchString(d.Value) {
			return fmt.Errorf("malformed value %q for %q", d.Value, d.Text)
		}
		layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}
		for _, v := range strings.Split(d.Value, "/") {
			if _, err := time.Parse(layout[len(v)], v); err != nil {
				return fmt.Errorf("invalid value %q for %q: %v", d.Value, d.Text, err)
			}
		}
		if a, b, ok := strings.Cut(d.Value, "/"); ok && b <= a {
			return fmt.Errorf("empty range %q for %q", d.Value, d.Text)
		}
		prev = d.End
	}
	return nil
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Defense Secretary Lloyd Austin said Thursday.",
		"held on Aug. 7-8, 2023 and Dec. 30-Jan. 2 and 5-6 March",
		"“Today,” he said last week, in 2017 and 2019, since mid-October.",
		"WASHINGTON, Jan. 25 (Reuters) - 2024-02-30 1/25/2024 31/31/2024",
		"Feb. 29 early next year 3 weeks ago over the weekend",
		"\"the summer of 2022\" Sept. 31, Mar 5th 2021",
	} {
		f.Add(s, int64(0))
	}
	f.Fuzz(func(t *testing.T, text string, days int64) {
		anchor := ymd("2024-01-25").AddDate(0, 0, int(days%40000))
		for _, has := range []bool{true, false} {
			if err := checkDates(text, Find(text, anchor, has, nil)); err != nil {
				t.Fatal(err)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	para := "WASHINGTON, Jan. 25 (Reuters) - The United States and Iraq on Thursday announced talks, " +
		"the Pentagon said in a statement, after meetings held Aug. 7-8, 2023 and attacks since mid-October. " +
		"Around 2,500 troops remain; officials said earlier this week that the commission would meet next Monday, " +
		"as it did in 2017 and 2019, and the parliament voted in January 2020 to expel foreign forces.\n"
	text := strings.Repeat(para, 50)
	anchor := ymd("2024-01-25")
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(text, anchor, true, nil)
	}
}
