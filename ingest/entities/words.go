package entities

import "strings"

// General knowledge of English news used by the rules: function words that
// start sentences, titles, connectors inside names and the head nouns that
// give a name its type. None of it names a particular person, place or
// organisation.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// starters are words that are capitalised only because they begin a
// sentence (lower case).
var starters = set("the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at", "as",
	"with", "for", "from", "by", "to", "of", "after", "before", "during", "since", "until",
	"while", "when", "where", "what", "who", "whom", "why", "how", "this", "that", "these",
	"those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
	"my", "your", "both", "all", "some", "many", "most", "several", "around", "roughly",
	"about", "more", "less", "nearly", "almost", "also", "however", "meanwhile",
	"nevertheless", "still", "today", "yesterday", "tomorrow", "earlier", "later", "last",
	"next", "photo", "photos", "file", "comments", "updated", "related", "if", "though",
	"although", "because", "despite", "among", "amid", "over", "under", "there", "here",
	"then", "thus", "instead", "such", "each", "every", "no", "not", "one", "two", "three",
	"other", "another", "any", "only", "just", "even", "according", "asked", "speaking",
	"read", "click", "watch", "listen", "source", "sources", "via", "per", "editing",
	"reporting", "writing", "by", "said", "says", "meanwhile", "overall", "again",
	"already", "now", "soon", "once", "first", "second", "finally", "above", "below",
	"inside", "outside", "up", "down", "out", "off", "new", "top", "senior", "former",
	"rival", "rivals", "fellow", "veteran", "newcomer", "newcomers", "compatriot", "defending",
	"reigning", "neither", "either", "outgoing", "incoming", "interim", "caretaker", "embattled",
	"beleaguered", "struggling", "troubled", "substitute", "teenager", "keeper", "winger",
	"striker", "midfielder", "defender", "goalkeeper", "skipper", "youngster", "actor", "actress",
	"singer", "comedian", "rapper", "presenter", "novelist", "author", "chef", "designer", "ailing", "cash-strapped", "debt-laden")

// months and weekdays never belong to a name.
var calendar = set("jan", "january", "feb", "february", "mar", "march", "apr", "april",
	"may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september",
	"oct", "october", "nov", "november", "dec", "december", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
	"thu", "thur", "thurs", "fri", "sat", "sun")

// notNames are capitalised words and phrases that name no entity of the
// extraction.v1 types: holidays, religions and their followers, currencies.
var notNames = set("christmas", "christmas day", "christmas eve", "boxing day", "new year",
	"new year's day", "new year's eve", "new years", "easter", "easter sunday", "good friday",
	"ramadan", "eid", "eid al-fitr", "eid al-adha", "thanksgiving", "hanukkah", "passover",
	"diwali", "halloween", "lent", "valentine's day", "islam", "christianity", "judaism",
	"hinduism", "buddhism", "sikhism", "muslim", "muslims", "christian", "christians",
	"jew", "jews", "jewish", "catholic", "catholics", "protestant", "protestants", "hindu",
	"hindus", "buddhist", "buddhists", "sikh", "sikhs", "euro", "euros", "dollar", "dollars",
	"sterling", "yen", "yuan", "rouble", "ruble", "rupee", "internet", "web", "god", "allah",
	"welsh", "scottish", "english", "scots", "irish", "european", "europeans", "african",
	"asian", "arab", "arabs", "latin american", "englishman", "kurds", "sunni", "sunnis",
	"shiite", "shiites", "shia", "shi'ite", "shi'ites", "budget", "serb", "serbs", "croat", "croats", "bosniak", "bosniaks",
	"kurd", "pashtun", "pashtuns", "tamil", "tamils", "tutsi", "tutsis", "hutu", "hutus",
	"uighur", "uighurs", "uyghur", "uyghurs", "alawite", "alawites", "druze", "yazidi",
	"yazidis", "sufi", "salafi", "wahhabi")

// commonAcronyms abbreviate common nouns, units and times, not entities.
var commonAcronyms = set("gmt", "bst", "utc", "gdp", "gnp", "cpi", "rpi", "tv", "pc", "pcs",
	"id", "wmd", "gcse", "gcses", "vat", "dna", "hiv", "aids", "ok", "faq", "pdf", "usb",
	"dvd", "cd", "gps", "sms", "ai", "ipo", "ceo", "cfo", "coo", "am", "pm", "km", "mph",
	"kw", "mw", "gw", "hq", "lw", "fm", "vip", "rip", "ps", "nb", "etc", "ie", "eg", "q1",
	"q2", "q3", "q4", "lgbt", "lgbtq", "3d", "4g", "5g", "mp3", "diy", "suv", "atm", "pin",
	"lng", "lpg", "ev", "evs", "gnp", "roi", "eps", "m&a", "iq")

// stormWords start the names of storms, which are events: "Hurricane
// Jane", "Cyclone Doe".
var stormWords = set("hurricane", "cyclone", "typhoon", "storm", "tropical storm", "superstorm")

// facilityOf are facility heads that take "of" before the rest of the
// name: "Museum of Flight", "Palace of Westminster".
var facilityOf = set("museum", "palace", "gallery", "airport", "stadium", "library",
	"cathedral", "theatre", "theater", "arena", "hotel", "tower", "bridge")

// corpSuffix end company names: "Acme Inc", "Acme Holdings Ltd".
var corpSuffix = set("inc", "corp", "ltd", "plc", "llc", "gmbh", "llp")

// compass points and their adjectives.
var compass = set("north", "south", "east", "west", "northern", "southern", "eastern",
	"western", "central", "north-east", "north-west", "south-east", "south-west")

// locatives are prepositions after which a name is usually a place (case
// as written).
var locatives = set("near", "outside", "in", "inside", "around", "across", "towards", "toward")

// arabicOrgLead are first words of Arabic, Persian and Urdu names of
// armed groups, parties and movements ("Harakat ...", "Jaish ...",
// "Lashkar-e-..."): movement, army, party, front, brigades, corps, ...
// Such names often hold "al-", which otherwise suggests a person.
var arabicOrgLead = set("harakat", "harakah", "harkat", "asaib", "asa'ib", "saraya", "liwa",
	"alwiya", "jaish", "jaysh", "hizb", "hizbul", "ansar", "jabhat", "jabha", "hayat",
	"hay'at", "tahrir", "majlis", "tanzim", "jamaat", "jama'at", "jamaah", "jemaah", "lashkar",
	"lashkar-e-taiba", "tehrik", "tehreek", "sipah", "ahrar", "faylaq", "quwat", "katibat",
	"firqat", "munazzamat", "tayyar", "itilaf", "harakat-ul")

// capsTitles are titles written in capitals; other words in capitals of
// three letters or more are acronyms, not titles ("SEC", not "Sec.").
var capsTitles = set("ceo", "cfo", "coo", "cto", "msp", "mep", "mla", "mpp")

// sportEventHeads end names of races and tournaments.
var sportEventHeads = set("prix", "cup", "open", "championship", "championships", "games",
	"marathon", "masters", "classic", "trophy", "derby", "olympics", "tournament")

// surnameHeads are event heads that are also surnames: "Jane Masters" is a
// person, "Monte Carlo Masters" a tournament.
var surnameHeads = set("masters", "classic", "derby")

// groupPossessive are words whose possessive continues a name: "People's
// Party", "Workers' Union", "Children's Hospital".
var groupPossessive = set("people", "peoples", "workers", "children", "women", "men",
	"soldiers", "veterans", "farmers", "consumers", "employers", "nations")

// mountWords start names of mountains, lakes and capes: "Mount Doe",
// "Lake Doe".
var mountWords = set("mount", "mt", "lake", "cape", "isle", "loch")

// nameCalendar are month and weekday words that are also names or name
// words: "Edmonton Sun", "Jane May", "Mar" in a place name.
var nameCalendar = set("sun", "sat", "wed", "mar", "may", "june", "april", "august", "jan")

// shoutWords are common words that headlines and slogans write in capitals
// ("WILL", "ANY"); alone they are no acronym.
var shoutWords = set("will", "any", "not", "yes", "can", "are", "was", "be", "do",
	"did", "has", "have", "had", "go", "get", "got", "see", "we", "me", "him", "her",
	"off", "new", "old", "now", "why", "how", "what", "who", "all", "and", "or", "the",
	"for", "too", "may", "must", "shall", "should", "would", "could", "never", "ever",
	"stop", "end", "big", "war", "oil", "win", "lose", "live", "free", "help", "save")

// trailingTitles are office titles that may end a run of capitalised words
// after the organisation or place they belong to: "Northland Governor",
// "Acme CEO". They are cut off; the run is not a person.
var trailingTitles = set("ceo", "cfo", "coo", "mp", "msp", "mep", "governor", "mayor",
	"chairman", "chairwoman", "chairperson", "spokesman", "spokeswoman", "spokesperson",
	"president", "minister", "secretary", "ambassador", "director", "administrator",
	"commissioner", "coach", "manager", "senator", "boss", "chief", "dj", "founder",
	"correspondent", "editor", "reporter")

// abbreviations keep their final period as part of the word.
var abbrevs = set("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "sen", "rep",
	"gov", "capt", "sgt", "adm", "cmdr", "st", "jr", "sr", "rev", "inc", "corp", "ltd", "co",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"brig", "pres", "supt", "cpl", "pvt", "mt", "ft", "no", "vs")

// honorifics are stripped from names but are not roles.
var honorifics = set("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mx")

// titleHeads are words that make a phrase a title (lower case, no period).
var titleHeads = set("president", "minister", "premier", "chancellor", "secretary",
	"secretary-general", "ambassador", "spokesperson", "spokesman", "spokeswoman",
	"chairman", "chairwoman", "chairperson", "chair", "ceo", "cfo", "coo", "director",
	"commander", "gen", "general", "lt", "col", "maj", "brig", "capt", "sgt", "adm",
	"admiral", "colonel", "lieutenant", "major", "captain", "sergeant", "marshal",
	"sen", "senator", "rep", "representative", "congressman", "congresswoman", "gov",
	"governor", "mayor", "king", "queen", "prince", "princess", "sheikh", "emir", "sultan",
	"ayatollah", "pope", "judge", "justice", "speaker", "coach", "striker", "manager",
	"midfielder", "defender", "goalkeeper", "forward", "captain", "commissioner",
	"envoy", "adviser", "advisor", "lawmaker", "mp", "leader", "chief", "head", "founder",
	"owner", "executive", "president-elect", "officer", "official", "analyst", "professor",
	"journalist", "correspondent", "reporter", "editor", "photographer", "diplomat",
	"cleric", "imam", "rabbi", "bishop", "cardinal", "mufti", "attorney", "prosecutor",
	"spy", "negotiator", "inspector", "superintendent", "sheriff", "councillor",
	"councilman", "councilwoman", "deputy", "vice", "cmdr", "supt", "chancellor",
	"sec", "pres", "cpl", "pvt", "administrator", "dj", "msp", "mep", "boss", "comptroller",
	"treasurer", "auditor", "solicitor", "taoiseach", "tanaiste", "tánaiste")

// titleWords may appear inside a title besides the heads.
var titleWords = set("prime", "foreign", "defense", "defence", "interior", "finance",
	"health", "justice", "state", "first", "deputy", "vice", "senior", "chief", "acting",
	"former", "late", "top", "assistant", "under", "undersecretary", "executive", "national",
	"security", "press", "military", "army", "navy", "air", "force", "supreme", "federal",
	"head", "general", "major", "lieutenant", "brigadier", "rear", "staff", "of", "the",
	"for", "and", "government", "foreign", "affairs", "economy", "trade", "energy", "oil",
	"education", "labor", "labour", "transport", "culture", "information", "media",
	"intelligence", "homeland", "treasury", "commerce", "agriculture", "environment",
	"parliament", "parliamentary", "party", "opposition", "regional", "provincial",
	"minority", "majority", "house", "senate", "white", "whip", "crown", "grand", "high",
	"special", "political", "public", "relations", "chief-of-staff", "mr", "mrs", "ms",
	"dr", "prof", "sir", "dame", "u.s.", "us", "un", "u.n.", "eu", "team", "club", "head",
	"field", "retired", "ret", "lt.", "mp", "state-run", "his", "her", "their",
	"shadow", "home", "industry", "culture", "sport", "business", "work", "pensions",
	"immigration", "development", "housing", "exchequer", "constitutional", "european",
	"commons", "lords", "welsh", "scottish", "northern", "communications", "technology",
	"tory", "labour", "conservative", "democrat", "democratic", "republican", "liberal",
	"financial", "operating", "marketing", "investment", "commercial", "medical", "scientific",
	"legal", "strategy", "digital", "risk", "compliance", "creative", "sporting", "technical")

// nameParticles are the lower-case words inside people's names: "Ursula von
// der Leyen", "Jane de la Cruz", "Hamad bin Khalifa".
var nameParticles = set("al", "bin", "ibn", "bint", "de", "da", "di", "du", "des", "del",
	"della", "dos", "das", "van", "von", "der", "den", "la", "le", "y", "ter", "ten")

// weakConnectors may join capitalised words into one name.
var connectors = set("of", "the", "for", "de", "da", "di", "du", "des", "del", "della", "dos",
	"das", "van", "von", "der", "den", "ter", "ten", "bin", "ibn", "bint", "al", "el", "la",
	"le", "y", "&", "and", "in", "to", "on")

// Heads that type a name by its last word (lower case).
var (
	facilityHeads = set("airbase", "base", "airport", "airfield", "tower", "camp", "fort",
		"barracks", "embassy", "consulate", "hospital", "prison", "jail", "stadium",
		"arena", "palace", "bridge", "dam", "mosque", "church", "cathedral", "temple",
		"synagogue", "station", "port", "harbor", "harbour", "complex", "compound",
		"plant", "refinery", "facility", "terminal", "crossing", "checkpoint", "museum",
		"building", "headquarters", "hotel", "square", "mall", "center", "centre",
		"road", "street", "avenue", "boulevard", "highway", "motorway", "planetarium",
		"library", "theatre", "theater", "park", "gallery", "pier", "racecourse")
	locationHeads = set("strip", "sea", "river", "gulf", "mountains", "mountain", "desert",
		"valley", "peninsula", "zone", "ocean", "lake", "bay", "strait", "straits",
		"canal", "island", "islands", "coast", "plain", "plains", "plateau", "basin",
		"heights", "highlands", "forest", "corridor", "border")
	gpeHeads = set("province", "district", "governorate", "region", "state", "county",
		"city", "oblast", "prefecture", "municipality", "town", "village", "emirate",
		"republic", "kingdom", "territory", "canton", "borough", "parish")
	eventHeads = set("summit", "conference", "games", "cup", "olympics", "dialogue", "war", "spring",
		"championship", "championships", "festival", "forum", "election", "elections",
		"revolution", "uprising", "offensive", "massacre", "talks", "expo", "tournament",
		"marathon", "grand prix", "world cup", "open", "crisis", "intifada", "attack",
		"attacks", "bombing", "siege", "battle", "prix", "derby", "referendum", "awards", "slam",
		"olympiad", "paralympics", "indoors", "trophy", "classic", "invitational", "masters")
	orgHeads = set("ministry", "department", "agency", "council", "commission", "committee",
		"party", "forces", "force", "army", "corps", "brigades", "brigade", "hezbollah",
		"front", "movement", "guard", "guards", "inc", "corp", "corporation", "ltd", "llc",
		"group", "bank", "university", "news", "times", "post", "office", "organization",
		"organisation", "union", "alliance", "league", "federation", "association",
		"institute", "court", "fund", "service", "services", "authority", "board",
		"coalition", "resistance", "framework", "network", "company", "co", "airlines",
		"airways", "college", "school", "police", "navy", "command", "tribunal", "senate",
		"assembly", "congress", "parliament", "government", "administration", "cabinet",
		"club", "fc", "society", "foundation", "bureau", "directorate", "secretariat",
		"militia", "battalion", "battalions", "division", "regiment", "fleet", "taskforce",
		"press", "agency", "journal", "herald", "tribune", "gazette", "broadcasting",
		"star", "sun", "mail", "mirror", "telegraph", "observer", "chronicle", "express",
		"examiner", "courier", "inquirer", "recorder", "dispatch", "bulletin", "daily",
		"television", "tv", "radio", "channel", "media", "holdings", "industries",
		"technologies", "systems", "motors", "partners", "mission",
		"observatory", "watch", "initiative", "caucus", "brotherhood", "jihad", "legion",
		"taliban", "unit", "units", "lab",
		"labs", "laboratory", "workers", "faction",
		// business and sport: "Acme plc", "Acme Bros", "Northtown United"
		"plc", "ag", "sa", "gmbh", "nv", "llp", "bros", "securities", "investments",
		"insurance", "entertainment", "studios", "records", "stores", "exchange", "reserve",
		"pharmaceuticals", "petroleum", "telecom", "telecommunications", "united", "rovers",
		"electric", "electronics", "steel", "chemicals", "pharma", "foods", "brands", "logistics",
		"wanderers", "athletic", "albion", "hotspur", "healthcare", "biotech", "airline",
		"gaming", "software", "solutions", "ventures", "consulting", "semiconductor",
		// parties named by their members: "Liberal Democrats", "Lib Dems"
		"democrats", "dems", "conservatives", "tories", "republicans", "socialists", "greens")
	// leadOrg are first words of "X of Y" organisation names.
	leadOrg = set("ministry", "department", "university", "bank", "council", "office",
		"government", "house", "court", "commission", "committee", "board", "institute",
		"federation", "league", "union", "association", "organization", "organisation",
		"church", "party", "army", "college", "agency", "chamber", "bureau", "secretariat")
	leadFacility = set("camp", "fort", "stade", "estadio", "stadio", "palais", "palazzo")
	leadLocation = set("gulf", "sea", "bay", "strait", "straits", "isle", "mount", "lake",
		"cape", "river")
	leadGPE = set("city", "province", "republic", "kingdom", "state", "county", "emirate")
	// notEntityHeads are heads of named things that no extraction.v1 type fits:
	// treaties, laws, plans.
	notEntityHeads = set("agreement", "accord", "accords", "treaty", "act", "law", "plan", "system",
		"program", "programme", "doctrine", "resolution", "protocol", "bill", "charter",
		"convention", "declaration", "memorandum", "deal", "index", "award", "prize")
	// complementHeads may take "in", "to", "on" or "and" inside their name:
	// "Union for Peace in the Balkans", "Global Coalition to End Hunger".
	complementHeads = set("state", "resistance", "coalition", "council", "commission",
		"committee", "movement", "front", "forces", "force", "army", "mission", "office",
		"ministry", "department", "court", "union", "league", "organization",
		"organisation", "party", "group", "alliance", "authority", "fund", "bank",
		"university", "institute", "agency", "command", "operation", "campaign", "war",
		"conference", "summit", "dialogue", "talks", "games", "forum", "association")
	// genericNames are capitalised common nouns that name nothing on their own.
	genericNames = set("government", "parliament", "cabinet", "ministry", "council",
		"commission", "committee", "department", "army", "coalition", "court", "agency",
		"state", "president", "minister", "city", "province", "region", "district",
		"house", "office", "military", "police", "forces", "party",
		"administration", "embassy", "airport", "base", "university", "company", "group",
		"ministry", "board", "union", "republic", "kingdom", "capital", "national",
		"international", "global", "federal", "statement", "breaking", "update",
		"exclusive", "analysis", "opinion", "editorial", "video", "watch", "live",
		"advertisement", "subscribe", "share", "home", "world", "news", "politics",
		"business", "sports", "sport", "health", "science", "tech", "technology", "election",
		"market", "markets", "federation", "athletes", "nationals", "militia", "militias",
		"troops", "officials", "rebels", "insurgents", "soldiers", "protesters", "lawmakers",
		"analysts", "residents", "witnesses", "critics", "experts", "militants", "fighters")
	// lowercaseHeads may follow a name in lower case and belong to it:
	// "Dorvia province", "Kessel district", "Tal al-Tarfa airbase".
	lowercaseHeads = set("province", "governorate", "district", "region", "county",
		"airbase", "base", "airport", "airfield", "camp", "prison", "refinery", "river",
		"valley", "desert", "mountains", "border crossing", "crossing", "strip", "dam",
		"oblast", "prefecture", "sea", "party")
	// orgFollowers after a name in lower case say it is an organisation,
	// without belonging to it: "the Rayah movement", "the Doe militia".
	orgFollowers = set("movement", "militia", "militias", "faction", "group", "party",
		"company", "firm", "bank", "newspaper", "broadcaster", "agency")
)

// trimDot lower-cases w and drops a final period: "Gen." -> "gen".
func trimDot(w string) string { return strings.ToLower(strings.TrimSuffix(w, ".")) }

// orgDescriptors are common nouns that business, media and sport news put
// right before an organisation's name: "carmaker Doe", "state broadcaster
// Doe", "defence group Doe". Nouns that also describe people ("analyst",
// "investor", "publisher") are left out; a given name and surname after
// them stays a person.
var orgDescriptors = set("carmaker", "automaker", "chipmaker", "drugmaker", "planemaker",
	"toymaker", "retailer", "retailers", "supermarket", "supermarkets", "grocer", "firm",
	"firms", "company", "companies", "bank", "banks", "lender", "lenders", "insurer",
	"insurers", "airline", "airlines", "carrier", "broadcaster", "broadcasters", "newspaper",
	"tabloid", "magazine", "brewer", "brewers", "manufacturer", "manufacturers", "giant",
	"conglomerate", "operator", "operators", "distributor", "regulator", "watchdog",
	"consultancy", "label", "studio", "studios", "network", "chain", "group", "outfit",
	"startup", "start-up", "telecoms", "utility", "miner", "miners", "exporter",
	"supplier", "provider", "website", "agency", "bourse", "band", "subsidiary", "unit", "maker", "multinational", "pharmaceutical", "conglomerates", "side")

// orgPrepHeads are "noun + preposition" pairs that a company follows:
// "shares in Doe", "analysts at Doe".
var orgPrepHeads = set("shares in", "stake in", "stakes in", "holding in", "analyst at",
	"analysts at", "economist at", "economists at", "strategist at", "strategists at",
	"trader at", "traders at", "executives at", "executive at", "shareholders in",
	"investors in", "investment in", "takeover of", "offer for", "merger with")

// staffTitles are lower-case job titles that, written between a name and
// a person's name, make the first name an employer: "Doe chief economist
// Jane Roe", "Doe analyst Jane Roe", "Doe spokeswoman Jane Roe".
// Titles that also follow a work ("Doe director Jane Roe", "Doe presenter
// Jane Roe") are left out.
var staffTitles = set("economist", "analyst", "strategist", "executive", "chairman",
	"chairwoman", "spokesman", "spokeswoman", "spokesperson", "boss",
	"manager", "coach", "founder", "trader", "president", "striker", "midfielder",
	"defender", "goalkeeper", "winger", "captain", "chief", "owner", "partner",
	"officer", "head", "lawyer", "chief-executive")

// possOrgNouns after a name's possessive say it is a company: "Doe's
// shares", "Doe's shareholders", "Doe's chief executive".
var possOrgNouns = set("shares", "share", "shareholders", "stock", "profits", "profit",
	"revenues", "revenue", "turnover", "earnings", "board", "chief", "subsidiary", "subsidiaries",
	"stores", "shops", "branches", "factories", "factory", "plants", "workforce", "takeover",
	"customers", "brands", "products", "headquarters", "stake")

// months are the month words of calendar (not the weekdays).
var months = set("jan", "january", "feb", "february", "mar", "march", "apr", "april",
	"may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september",
	"oct", "october", "nov", "november", "dec", "december")

// datedEventHeads follow a month and day in the names of attacks: "the
// Oct. 7 attack", "the September 11 attacks".
var datedEventHeads = set("attack", "attacks", "massacre", "bombing", "bombings", "raid", "assault")

// attackModifiers may stand between a date and an attack word: "the
// Oct. 7 terrorist attack", "the July 7 suicide bombings".
var attackModifiers = set("terrorist", "terror", "suicide", "bomb", "car", "truck", "rocket",
	"missile", "drone", "chemical", "gas", "militant", "deadly", "coordinated", "cyber",
	"knife", "gun", "air", "mortar", "grenade", "arson", "mass")

// spacePrograms number their missions: "Apollo 11", "Artemis II",
// "STS-134", "Shenzhou-12", "Expedition 30".
var spacePrograms = set("apollo", "gemini", "artemis", "skylab", "sts", "shenzhou",
	"expedition", "soyuz", "gaganyaan")

// eventCueWords mark event names besides eventHeads: "Berlin Film
// Festival", "Super Bowl", "Tour de France", "Operation Doe".
var eventCueWords = set("festival", "awards", "award", "bowl", "tour", "rally", "fair",
	"week", "final", "finals", "series", "race", "regatta", "gala", "carnival", "parade",
	"jubilee", "ceremony", "operation", "campaign", "mission", "event", "meeting",
	"convention", "session", "round", "war")

// gatheringHeads end names of events held somewhere: "in"/"to" after
// them starts the place, not more of the name.
var gatheringHeads = set("conference", "summit", "games", "forum", "talks", "dialogue",
	"olympics", "festival", "championship", "championships", "cup", "expo", "marathon",
	"awards", "tournament", "congress", "convention", "meeting")

// yearGames end event names written after their year: "the 2004
// Olympics", "the 2012 Games"; gamesWords may stand between ("the 2002
// Winter Olympics", "the 2008 Olympic Games").
var yearGames = set("olympics", "games", "paralympics", "olympiad")

var gamesWords = set("olympic", "paralympic", "winter", "summer", "youth")

// campaignHeads follow a named campaign's bracketed acronym: "the
// Defeat-Doe (D-DOE) campaign".
var campaignHeads = set("campaign", "offensive", "operation", "mission", "initiative")

// yearEventLead are event names written with their year: "Euro 2024".
var yearEventLead = set("euro", "expo", "afcon", "eurobasket")

// leadEvent start "X of Y" event names: "Battle of Doe", "Siege of Doe".
var leadEvent = set("battle", "siege", "war", "massacre")

// roman numerals that number events: "World War II".
var roman = set("i", "ii", "iii", "iv", "v", "vi", "one", "two")

// thingNouns follow codes that name strains, models and weapons, not
// organisations: "the H5N1 strain", "an AC-130 gunship", "T-72 tanks".
var thingNouns = set("strain", "strains", "virus", "viruses", "variant", "variants", "subtype",
	"bird", "flu", "influenza", "vaccine", "vaccines", "gene", "genes", "mutation", "gunship",
	"gunships", "aircraft", "jet", "jets", "plane", "planes", "airliner", "airliners",
	"missile", "missiles", "rocket", "rockets", "helicopter", "helicopters", "fighter",
	"fighters", "bomber", "bombers", "drone", "drones", "rifle", "rifles", "tank", "tanks",
	"engine", "engines", "chip", "chips", "satellite", "satellites", "warhead", "warheads",
	"variety", "form", "type", "model", "models")

// mediaFollowers, in lower case after a name, say it is an organisation:
// "the Doe tabloid", "the Doe airline"; newsFollowers after "news":
// "the Doe news agency".
var mediaFollowers = set("tabloid", "tabloids", "magazine", "weekly", "newspapers", "channel",
	"airline", "insurer", "retailer", "carmaker", "automaker", "lender", "conglomerate",
	"broadcasters", "publisher", "newswire")

var newsFollowers = set("agency", "service", "channel", "network", "website", "outlet", "portal", "organisation", "organization")

// nameStarters are starters that also begin names: "New Velen", "First
// Roe Bank", "Top Doe".
var nameStarters = set("new", "top", "first", "second", "next", "last", "senior")

// personNouns in lower case right before a name say it is a person's:
// "cameraman Jane Doe", "dissident Jane Doe".
var personNouns = set("reporter", "cameraman", "camerawoman", "photographer", "journalist",
	"correspondent", "politician", "poet", "writer", "novelist", "playwright", "dissident",
	"activist", "economist", "lawyer", "attorney", "businessman", "businesswoman", "banker",
	"tycoon", "billionaire", "cleric", "imam", "priest", "pastor", "rabbi", "scientist",
	"researcher", "professor", "surgeon", "teacher", "student", "soldier", "negotiator",
	"envoy", "diplomat", "lawmaker", "legislator", "hostage", "prisoner", "detainee",
	"suspect", "defendant", "engineer", "pilot", "farmer", "composer", "singer", "actor",
	"actress", "artist", "architect", "athlete", "boxer", "cyclist", "swimmer", "opponent")

// seatHeads are heads of institutions that sit in a place: "in" and a
// known place after them end the name ("the Doe Ministry in Roeville").
var seatHeads = set("ministry", "department", "university", "college", "school", "institute",
	"embassy", "consulate", "court", "office", "agency", "bank")

// rankOrgHeads follow a military rank word in organisations' names, where
// the rank is no title: "Major League", "General Assembly".
var rankOrgHeads = set("league", "leagues", "assembly", "council", "committee", "commission",
	"federation", "association", "confederation", "secretariat", "directorate", "motors",
	"electric", "dynamics")

// nationalityNouns name a person by nationality: "Welshman Jane Doe".
var nationalityNouns = set("welshman", "welshwoman", "scot", "scotsman", "scotswoman",
	"spaniard", "frenchman", "frenchwoman", "englishman", "englishwoman", "irishman",
	"irishwoman", "dutchman", "dutchwoman", "briton", "swede", "dane", "finn", "pole",
	"kiwi", "aussie", "argentine", "swiss", "czech", "croat", "serb", "slovak", "slovene")

// workNouns come right before the title of a work, which names no entity:
// "the film Doe", "his album Doe", "the hit single Doe".
var workNouns = set("film", "films", "movie", "album", "single", "song", "novel", "book",
	"play", "musical", "sitcom", "drama", "documentary", "opera", "ballet", "track",
	"biopic", "thriller", "comedy", "soap", "series", "show", "programme", "videogame",
	"game", "painting", "poem", "memoir", "autobiography", "epic", "blockbuster", "sequel")

// innerStaffTitles count as staffTitles only after another title word:
// "Doe finance director Jane Roe", not "Doe director Jane Roe" (a film).
var innerStaffTitles = set("director", "editor", "presenter", "correspondent")

// honourSuffix are honours and post-nominal letters written after a
// person's name: "Jane Doe OBE".
var honourSuffix = set("obe", "mbe", "cbe", "kbe", "dbe", "qc", "kc", "frs", "phd")

// numberedFacility are facility words that take a number as their name:
// "Tower 22", "Terminal 5", "Camp 4".
var numberedFacility = set("tower", "terminal", "camp", "outpost", "checkpoint", "pier", "hangar")

// partyAdjectives are party names used as adjectives: "Republican
// senator", "Democratic candidate".
var partyAdjectives = set("republican", "democratic", "libertarian", "socialist", "communist")

// partyNouns name a party's member before a person's name: "Democrat Jane
// Doe", "Liberal Democrat Jane Doe".
var partyNouns = set("democrat", "conservative", "liberal democrat", "labour", "tory",
	"lib dem", "unionist", "nationalist", "liberal", "green")

// buildingHeads follow a name in lower case and belong to it when the
// name is no place ("the Europa building", "the Ritz hotel"; not "a Gaza
// hospital").
var buildingHeads = set("building", "stadium", "hotel", "arena", "tower")

// Hyphenated titles: "Vice-President", "Co-Chairman", "Ex-President",
// "Director-General", "Lieutenant-Colonel".
func init() {
	for _, p := range []string{"vice", "co", "ex", "deputy", "acting", "under"} {
		for _, h := range []string{"president", "chairman", "chairwoman", "chair", "chancellor",
			"premier", "minister", "governor", "admiral", "director", "leader", "founder",
			"secretary", "commissioner", "mayor", "manager", "captain", "coach", "pm"} {
			titleHeads[p+"-"+h] = true
		}
	}
	for _, w := range []string{"director-general", "attorney-general", "governor-general",
		"solicitor-general", "lieutenant-colonel", "lieutenant-general", "lieutenant-governor",
		"major-general", "commander-in-chief", "editor-in-chief", "prime-minister"} {
		titleHeads[w] = true
	}
}
