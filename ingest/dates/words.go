package dates

import "time"

// Word lists: general English, nothing specific to any article.

var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

var monthAbbrevs = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// Words before a weekday that make it part of a name ("Good Friday",
// "Super Tuesday"), and capitalised words after one that do ("Sunday Times").
var weekdayNamePrefix = set("good", "black", "bloody", "super", "ash", "palm", "holy", "easter",
	"cyber", "maundy", "shrove", "fat", "giving", "blue", "manic")
var weekdayNameSuffix = set("times", "telegraph", "express", "mirror", "agreement", "post", "herald",
	"independent", "tribune", "star", "sport", "prayers", "sermon", "service", "club", "league",
	"school", "mail", "people", "observer", "edition", "magazine", "review")

// Words before a weekday that make it habitual, not a date ("on a Friday night").
// "the Thursday night show" is attributive.
var habitual = set("a", "an", "every", "each", "the")

// Parts of the day that may follow a weekday or "this"/"last".
var dayParts = set("morning", "afternoon", "evening", "night", "overnight")

// Prepositions that introduce a bare month or year as a time ("in August",
// "since 2003"). "by" is left out for "May", a surname.
var monthCues = set("in", "since", "until", "till", "through", "throughout", "during", "before",
	"after", "from", "by", "between", "around", "late", "early", "mid", "last", "next", "this")
var mayCues = set("in", "since", "until", "till", "through", "throughout", "during", "before",
	"after", "from", "early", "late", "mid", "last", "next", "this")
var yearCues = set("in", "since", "until", "till", "through", "throughout", "by", "before", "after",
	"during", "from", "between", "around", "circa", "year", "early", "late", "mid",
	"for", "fiscal", "quarter")

// Determiners before a year that modifies a noun ("the 1985 crash").
var yearDeterminers = set("the", "a", "its", "their", "his", "her", "our", "same")

// Nouns after "the 2000" that make it a number: a level, a unit, a count.
var notYearHeads = set("level", "mark", "barrier", "line", "area", "zone", "threshold", "point",
	"block", "meter", "metre", "mile", "yard", "foot", "pound", "kg", "km", "cc", "series",
	"model", "and", "or", "to", "of", "in", "on", "at", "for", "by", "from", "with", "was", "is", "were",
	"are", "had", "has", "have", "will", "would", "a", "an", "the")

// Nouns before "of" that make the next month or year a time ("the end of 2023").
var ofHeads = set("end", "beginning", "start", "middle", "rest", "half", "spring", "summer", "autumn",
	"fall", "winter", "months", "month", "quarter", "quarters", "period")

// Connectives that continue a date just matched ("in 2017 and 2019", "from
// March to May").
var chainCues = set("and", "or", "to", "through", "until", "till", "-", "–", "—")

var seasonCues = set("over", "this")

// Connectives of a span of months ("January to September 1986").
var spanCues = set("to", "through", "until", "till", "and", "or")

// Words that may follow the end of a day span ("June 16 and 18 at ...").
var spanFollowers = set("and", "or", "but", "in", "at", "on", "for", "with", "when", "while",
	"after", "before", "to", "from", "the", "a", "an", "as", "that", "this", "next", "last")

// starters are the words, besides month, weekday and number words, that may
// begin a date expression.
var starters = set("early", "earlier", "late", "later", "mid", "last", "next", "this", "the",
	"today", "tonight", "yesterday", "tomorrow", "over", "at", "during",
	"spring", "summer", "autumn", "fall", "winter")

var seasonStart = map[string]time.Month{
	"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12,
}

// Small cardinal numbers for "two weeks ago".
var smallNumbers = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

// Words after a bare number that make it a quantity, not a year.
var quantityWords = set("percent", "per", "people", "million", "billion", "thousand", "hundred",
	"km", "kg", "mph", "am", "pm", "gmt", "utc", "hours", "hrs", "troops", "votes")

// Function words that may follow a year and are not plural nouns.
var notPlural = set("was", "has", "is", "this", "its", "his", "as", "thus", "whereas", "unless",
	"perhaps", "across", "us", "yes", "always", "does", "'s", "s")

// Tense cues. A future cue nearest the date makes an underspecified date
// (a bare weekday or month) resolve forward from the anchor; a past cue, or
// none, backward.
var futureCues = set("will", "shall", "would", "ll", "upcoming", "next", "tomorrow",
	"await", "awaits", "awaiting")

// Future cues only when followed by "to" or "for" ("expected to meet
// Monday", "scheduled for Friday"; "than expected in January" is not).
var futureBeforeTo = set("scheduled", "slated", "planned", "expected", "expects", "set", "due",
	"going", "poised", "likely", "plans", "plan", "planning", "planned", "intends", "intend", "aims",
	"aim", "hopes", "hope", "ready", "preparing", "prepares")
var pastCues = set("said", "told", "was", "were", "had", "did", "since", "ago", "last", "yesterday",
	"met", "held", "took", "went", "came", "began", "gave", "made", "left", "saw", "struck", "fought",
	"sent", "spoke", "wrote", "paid", "won", "lost", "led", "fell", "rose", "flew", "ran", "got",
	"found", "brought", "bought", "thought", "kept", "became", "shot", "hit", "put",
	"broke", "chose", "drove", "ate", "forgot", "froze", "grew", "hid", "knew", "laid", "lay",
	"meant", "overtook", "rode", "sank", "sold", "sought", "stood", "stole", "swore", "taught", "threw",
	"understood", "undertook", "withdrew", "wore", "earlier", "previously", "already", "recently",
	"declared", "announced")

// Past-tense verbs of saying: they report a clause that has its own tense.
var sayVerbs = set("said", "told", "announced", "declared")

// Prepositions after which a participle may run ("designed to", "priced at").
var edPrepositions = set("to", "at", "for", "by", "in", "on", "with", "from", "under")

// Determiners: after "to" they make it a preposition ("moved to the").
var determiners = set("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
	"that", "these", "those", "some", "all", "each", "every", "no")

// Words ending in -ed that are not past-tense cues.
var edNotPast = set("need", "speed", "feed", "seed", "indeed", "proceed", "succeed", "exceed", "bed",
	"red", "shed", "bleed", "breed", "greed", "weed", "deed", "freed", "scheduled", "planned", "expected",
	"slated", "based", "armed", "united", "backed", "led", "related", "limited", "alleged", "so-called",
	"concerned", "involved", "detailed", "advanced", "experienced", "qualified", "interested")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// expectWords look forward even without "to": "expects a ruling in June".
var expectWords = set("expected", "expects", "expect", "expecting", "anticipates", "anticipated")
