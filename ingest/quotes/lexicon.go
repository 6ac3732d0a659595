package quotes

// The word lists attribution reads: general English of news reporting, no
// names.

// cues are the verbs (and verb forms) that introduce speech or writing.
var cues = set(
	"said", "says", "say", "saying",
	"told", "tells", "tell", "telling",
	"added", "adds", "adding",
	"continued", "continues", "continuing",
	"wrote", "writes", "writing", "posted", "posting", "tweeted", "tweeting",
	"noted", "notes", "noting",
	"stressed", "stresses", "stressing",
	"warned", "warns", "warning",
	"explained", "explains", "explaining",
	"asked", "asks", "asking",
	"announced", "announces", "announcing",
	"declared", "declares", "declaring",
	"stated", "states",
	"insisted", "insists", "insisting",
	"argued", "argues", "arguing",
	"claimed", "claims", "claiming",
	"acknowledged", "acknowledges", "admitted", "admits",
	"described", "describes", "describing",
	"labeled", "labelled", "labeling", "labelling",
	"called", "calls", "calling",
	"reiterated", "reiterates", "reiterating",
	"emphasized", "emphasised", "emphasizes", "emphasising", "emphasizing",
	"urged", "urges", "urging",
	"replied", "replies", "responded", "responds", "remarked", "observed",
	"suggested", "suggests", "suggesting", "recalled", "recalls",
	"conceded", "concedes", "confirmed", "confirms", "confirming",
	"denied", "denies", "vowed", "vows", "vowing", "pledged", "pledges",
	"promised", "promises", "predicted", "predicts", "cautioned", "cautions",
	"countered", "counters", "concluded", "concludes", "maintained", "maintains",
	"blasted", "slammed", "condemned", "condemns", "praised", "praises",
	"demanded", "demands", "demanding", "accused", "accuses", "accusing",
	"characterized", "characterised", "termed",
	"reported", "reports",
	"according", "tweets", "yelled", "shouted", "cried", "whispered",
	"exclaimed", "answered", "muttered", "murmured",
	"repeated", "interrupted", "rejoined", "pleaded",
	"wondered", "inquired", "enquired", "sighed", "laughed", "groaned",
	"agreed", "agrees", "intimated", "hinted", "revealed", "reveals",
	"commented", "comments", "joked", "jokes", "quipped", "boasted",
	"complained", "complains", "lamented", "laments", "mused",
	"retorted", "snapped", "protested", "protests", "interposed",
	"sneered", "stammered", "gasped", "growled", "shrieked", "screamed",
	"pointed", "points", "read", "reads",
)

// namingWords before a quotation mark a name, title or term rather than
// speech: the so-called "X", a film titled "X".
var namingWords = set(
	"so-called", "dubbed", "nicknamed", "titled", "entitled", "named",
	"codenamed", "code-named", "word", "term", "phrase", "hashtag", "slogan",
	"film", "movie", "book", "novel", "song", "album", "show", "series",
	"documentary", "headlined", "headline", "banner", "sign", "signs",
	"motto", "label", "brand",
)

// personNouns head descriptions of people who speak: "a senior official",
// "the defense chief", "Iraq's top spokesperson".
var personNouns = set(
	"official", "officials", "spokesperson", "spokesman", "spokeswoman",
	"spokespeople", "spokespersons", "spokesmen", "source", "sources", "aide",
	"aides", "diplomat", "diplomats", "officer", "officers", "commander",
	"commanders", "minister", "ministers", "secretary", "president",
	"chief", "head", "leader", "leaders", "member", "members", "lawmaker",
	"lawmakers", "mp", "mps", "representative", "representatives",
	"analyst", "analysts", "expert", "experts", "adviser", "advisers",
	"advisor", "advisors", "ambassador", "envoy", "general", "director",
	"chairman", "chairwoman", "chair", "governor", "mayor", "senator",
	"senators", "legislator", "legislators", "negotiator", "negotiators",
	"person", "people", "man", "woman", "resident", "residents", "witness",
	"witnesses", "militant", "militants", "fighter", "fighters", "soldier",
	"soldiers", "activist", "activists", "researcher", "researchers",
	"ceo", "executive", "executives", "founder", "speaker", "premier",
	"prosecutor", "prosecutors", "judge", "lawyer", "lawyers", "attorney",
	"colonel", "major", "captain", "sergeant", "lieutenant", "admiral",
	"deputy", "coordinator", "manager", "organizer", "organiser",
	"correspondent", "reporter", "journalist", "editor", "student",
	"doctor", "nurse", "teacher", "candidate", "king", "queen", "prince",
	"sheikh", "cleric", "pope", "bishop", "father", "mother",
	"co-chairman", "co-chair", "co-founder", "vice-president", "vice-chairman",
	"chancellor", "boss", "coach", "manager", "striker", "midfielder", "defender",
	"goalkeeper", "player", "economist", "trader", "chairwoman", "owner",
	// market and wire-news speakers: "one dealer said", "a broker at X"
	"economists", "traders", "dealer", "dealers", "broker", "brokers",
	"banker", "bankers", "strategist", "strategists", "investigator",
	"investigators", "scientist", "scientists", "consultant", "consultants",
	"observer", "observers", "insider", "insiders", "employee", "employees",
	"worker", "workers", "investor", "investors", "specialist", "specialists",
	"professor", "partner", "participant", "participants", "agent", "agents",
	"delegate", "delegates", "arbitrageur", "arbitrageurs",
)

// descPreps join a person noun to the organization or place that
// describes it: "members of X", "a dealer at X", "a trader in X".
var descPreps = set("of", "at", "with", "in", "from")

// possessives before a short Title-Case quotation make it a name: its
// "Bright Star" drug, their "Open Door" plan.
var possessives = set("its", "his", "her", "their", "our", "my", "your", "'s")

// speechNouns after a quoted word make it words someone used: his "Nazi"
// comment, her "lazy" jibe.
var speechNouns = set("comment", "comments", "remark", "remarks", "jibe", "jibes",
	"claim", "claims", "quip", "slur", "insult", "description", "words", "word",
	"phrase", "label", "tweet", "post", "slogan", "pledge", "promise", "warning", "outburst")

// obliquePreps before a mention make it no subject: "ahead of X", "with X".
var obliquePreps = set("of", "for", "to", "with", "by", "from", "about", "against",
	"on", "at", "into", "toward", "towards", "over", "under", "between", "among", "without")

// dateBlockers between a cue and a date put the date in what was said:
// "said the talks that began on Tuesday", "because it closed yesterday".
var dateBlockers = set("that", "because", "which", "who", "whom", "where", "when",
	"while", "after", "before", "since", "until", "if", "although", "whether", ";")

// subjectPronouns end a subject phrase read leftward from a cue: "This
// weekend he said".
var subjectPronouns = set("he", "she", "they", "we", "i")

// passiveAux before "quoted" make its subject the speaker: "he was quoted
// as saying".
var passiveAux = set("was", "were", "is", "are", "been", "being")

// occasionPreps before "Saturday's session" make the date the occasion
// of the statement.
var occasionPreps = set("during", "at", "in", "on", "after", "before", "following")

// leadWords open a sentence's leading adverbial: "While in Osland last
// week, ...", "Speaking on Monday, ...".
var leadWords = set("while", "when", "during", "at", "in", "on", "after", "before",
	"speaking", "addressing", "since", "earlier", "later", "last")

// partyMembers head epithets of a politician: "the Texas Democrat".
var partyMembers = set("democrat", "republican", "tory", "conservative", "socialist",
	"liberal", "congressman", "congresswoman", "senator", "lawmaker", "legislator")

// partyNames are party members' words that also name the party ("the
// Tory proposals"): an epithet only with a place before them ("the Ohio
// Democrat").
var partyNames = set("democrat", "republican", "tory", "conservative", "socialist", "liberal")

// docNouns head descriptions of documents an organization issues: "a
// Pentagon readout", "the ministry statement".
var docNouns = set(
	"statement", "statements", "readout", "report", "reports", "release",
	"communique", "communiqué", "declaration", "tally", "post", "letter",
	"notice", "memo", "briefing", "transcript", "announcement", "bulletin",
	"document", "filing", "website", "account", "decree", "resolution",
	"outlet", "newspaper", "agency", "channel", "broadcaster", "network",
	"daily", "paper", "magazine", "station", "ministry", "office",
)

// adverbial words sit between a subject and its cue ("he also added",
// "Doe, however, reiterated"); they are skipped when reading the subject.
var adverbial = set(
	"also", "however", "later", "earlier", "then", "again", "repeatedly",
	"recently", "previously", "further", "nevertheless", "meanwhile",
	"moreover", "furthermore", "still", "once", "first", "finally", "too",
	"this", "that", "last", "next", "week", "month", "year", "today",
	"yesterday", "tonight", "morning", "afternoon", "evening", "night",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "on", "in", "at", "has", "have", "had", "had", "was", "is",
	"were", "would", "will", "publicly", "privately", "separately",
	"reportedly", "bluntly", "flatly", "simply", "only", "just", "even",
	"jointly", "quickly", "immediately", "subsequently", "additionally",
	"instead", "though", "though,", "similarly", "likewise", "indeed",
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar",
	"apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"early", "late", "mid", "the", "of", "not", "never", "previous", "weekend",
)

// clauseWords end the subject reading leftward from a cue: "..., and the
// minister said", "... while officials said".
var clauseWords = set(
	"and", "but", "while", "whereas", "as", "that", "because", "since",
	"although", "though", "when", "after", "before", "which", "who", "where",
	"so", "or", "yet", "with", "if", "than", "whom",
)

// afterSpeaker ends the speaker reading rightward from an inverted cue:
// `," said the minister in a statement`.
var afterSpeaker = set(
	"in", "on", "at", "during", "while", "after", "before", "who", "whose",
	"speaking", "according", "adding", "noting", "referring", "and", "when",
	"to", "from", "as", "via", "through", "late", "early", "last", "this",
	"told", "said", "yesterday", "today", "earlier", "later", "recently",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday",
)

// orgNouns head definite descriptions of an organization named before:
// "the company said", "the club added".
var orgNouns = set("company", "firm", "group", "bank", "airline", "carrier",
	"club", "party", "union", "charity", "council", "retailer", "carmaker",
	"manufacturer", "insurer", "regulator", "organisation", "organization",
	"committee", "watchdog", "operator", "supermarket", "chain", "maker",
	"broadcaster", "association", "federation", "institute", "university",
	"campaign", "alliance", "coalition", "army", "military", "militia")

// nounCues are cue words that are also plural nouns; after a determiner,
// possessive or number they are nouns ("its claims", "six new pledges").
var nounCues = set("claims", "reports", "pledges", "promises", "demands",
	"calls", "notes", "states", "tweets", "vows", "answers", "replies",
	"statements", "warnings", "suggests", "counters", "posts", "writes",
	"comments", "remarks", "jokes", "laments", "protests", "points", "reveals")

var nounBefore = set("'s", "the", "a", "an", "his", "her", "its", "their",
	"our", "my", "your", "these", "those", "new", "any", "no", "such",
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"several", "many", "some", "recent", "latest", "earlier", "previous", "own")

var pronounsPerson = set("he", "she", "him", "her")
var pronounsThing = set("it", "its")
var pronounsPlural = set("they", "we")
var determinersIndef = set("a", "an", "one", "some", "several", "two",
	"three", "four", "many", "other", "another", "any", "various", "around",
	"about", "more", "most", "dozens", "hundreds", "numerous")

// statementNouns refer back to an organization's statement: "the
// statement said", "the readout noted".
var statementNouns = docNouns

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
