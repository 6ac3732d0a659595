// Package boilerplate is the pipeline stage that marks the parts of a news
// web page that are not article content: comment policies, "Related
// Content" and "Read more:" links, "License Photo", "Updated at ..." stamps,
// newsletter and social-media prompts, cookie notices, advertisement
// markers and copyright footers.
//
// It never changes the text: it adds the byte spans of such lines to
// Document.Ignored, so every later offset still points into the file.
// Headlines, bylines, datelines and photo captions and credits are article
// content and are left alone.
//
// Rules work line by line, on whole lines only, so a phrase quoted inside a
// paragraph ("he said the comments were moderated") is never ignored.
package boilerplate

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest/pipeline"
)

// New returns the boilerplate stage.
func New() pipeline.Stage { return stage{} }

type stage struct{}

func (stage) Name() string { return "boilerplate" }

func (stage) Process(doc *newsgraph.Document) error {
	doc.Ignored = merge(append(doc.Ignored, Find(doc.Text)...))
	return nil
}

// line is one line of the text: its trimmed extent.
type line struct {
	start, end int // trimmed: text[start:end] has no leading/trailing space
	text       string
}

func splitLines(text string) []line {
	var lines []line
	for off := 0; off <= len(text); {
		nl := strings.IndexByte(text[off:], '\n')
		end := len(text)
		if nl >= 0 {
			end = off + nl
		}
		raw := text[off:end]
		lead := len(raw) - len(strings.TrimLeft(raw, " \t\r\u00a0\ufeff"))
		trimmed := strings.TrimSpace(strings.TrimLeft(raw, " \t\r\u00a0\ufeff"))
		trimmed = strings.TrimRight(trimmed, "\u00a0")
		lines = append(lines, line{off + lead, off + lead + len(trimmed), trimmed})
		if nl < 0 {
			break
		}
		off = end + 1
	}
	return lines
}

// Find returns the spans of boilerplate lines in text, in order.
func Find(text string) []newsgraph.Span {
	lines := splitLines(text)
	var spans []newsgraph.Span
	add := func(a, b line) {
		spans = append(spans, newsgraph.Span{Start: a.start, End: b.end})
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l.text == "" {
			continue
		}
		if j, ok := commentBlock(lines, i); ok {
			add(l, lines[j])
			i = j
			continue
		}
		if isBoilerLine(l.text) {
			add(l, l)
		}
	}
	return spans
}

// merge sorts spans and joins overlapping ones.
func merge(spans []newsgraph.Span) []newsgraph.Span {
	if len(spans) < 2 {
		return spans
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	out := spans[:1]
	for _, s := range spans[1:] {
		last := &out[len(out)-1]
		if s.Start <= last.End {
			last.End = max(last.End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

var (
	// Headings of a comment section, alone on their line.
	commentHeading = regexp.MustCompile(`(?i)^(\d+\s+)?(comments?|comment policy|comments policy|community guidelines|(post|leave|add|write|submit) (a |your )?comments?|(show|view|hide|load|read) (all )?(\d+ )?comments?|join the (conversation|discussion)|comments? \(\d+\)|[\p{L}.’' ]{2,40}['’]s? comments? policy)\s*[:.]?$`)
	// Words of a comment policy.
	commentWord = regexp.MustCompile(`(?i)\bcomment(s|ing|ers?)?\b`)
	policyWord  = regexp.MustCompile(`(?i)\b(moderat\w*|welcome\w*|guidelines?|approv\w*|reject\w*|publication|publish\w*|policy|profanit\w*|tolerat\w*|edited|submit\w*|post(ed|ing)?|civil\w*|respectful|offensive|abus\w*|removed?|delete\w*|reserve the right|discussion|relevant|off-topic)\b`)
	// Addressing the reader, as site text does and news text rarely does.
	// "us" only in lower case: "US" is the country.
	readerWord    = regexp.MustCompile(`\b([Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our)\b`)
	quoteOrSpeech = regexp.MustCompile(`["“”]|\b(said|says|told|added)\b`)
	// "We will not tolerate the following: profanity, threats, ..."
	toleratePolicy = regexp.MustCompile(`(?i)\b(not|never) (be )?tolerat\w*\b.*\b(profanity|threats|personal attacks|abuse|spam|vulgarity|harassment)`)
)

// commentLine tells whether a line reads like part of a comment policy, and
// whether strongly so (it addresses the reader).
func commentLine(s string) (policy, strong bool) {
	if continuation(s) {
		return false, false
	}
	if commentHeading.MatchString(s) {
		return true, true
	}
	if quoteOrSpeech.MatchString(s) {
		return false, false // news reporting what someone said
	}
	if toleratePolicy.MatchString(s) {
		return true, readerWord.MatchString(s)
	}
	if commentWord.MatchString(s) && policyWord.MatchString(s) {
		// A long paragraph needs more than one policy word.
		if len(s) > 200 && len(policyWord.FindAllString(s, 3)) < 3 {
			return false, false
		}
		return true, readerWord.MatchString(s)
	}
	return false, false
}

// commentBlock finds a comment-policy block starting at line i: a run of
// comment-policy lines (blank lines, and one unmatched line between two
// matched ones, allowed) of which at least one addresses the reader or is a
// heading. It returns the index of the block's last line.
func commentBlock(lines []line, i int) (int, bool) {
	policy, strong := commentLine(lines[i].text)
	if !policy {
		return 0, false
	}
	last := i
	gap := 0
	for j := i + 1; j < len(lines); j++ {
		t := lines[j].text
		if t == "" {
			continue
		}
		p, s := commentLine(t)
		if !p && !isBoilerLine(t) {
			gap++
			if gap > 1 {
				break
			}
			continue
		}
		gap = 0
		last = j
		strong = strong || s
	}
	if !strong {
		return 0, false
	}
	return last, true
}

// rule matches a whole boilerplate line of at most max bytes.
type rule struct {
	max int
	re  *regexp.Regexp
}

func r(max int, expr string) rule { return rule{max, regexp.MustCompile(`(?i)` + expr)} }

// months and weekdays, for time stamps.
const dayOrMonth = `(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?)`

// lineRules match whole boilerplate lines (case-insensitive). Lengths are
// checked apart from the expressions: bounded repetition is slow in RE2.
var lineRules = []rule{
	// Links out: "CLICK HERE TO READ MORE FROM ...", "Read more: ...".
	r(120, `^(click|tap) here\b`),
	r(240, `^(read more|read also|also read|see also|related|recommended|watch|listen|more on this|more from [^:]+|further reading)\s*[:|»›>-]`),
	// Section headings of link lists.
	r(60, `^(related|related (content|articles?|stories|story|coverage|news|topics|links|reading|posts)|recommended( for you| stories| articles| reading)?|more (stories|news|articles)|more from [\p{L}\p{N} .&’'-]+|read more|see also|also read|read also|you (may|might) also (like|be interested in)|most (read|popular|viewed|shared)|trending( now| stories)?|top stories|latest (news|stories)|editor['’]?s picks|don['’]?t miss|in case you missed it|around the web|sponsored (content|links|stories)|from our partners|more on this( story| topic)?)\s*:?$`),
	// Photo licensing and gallery controls.
	r(40, `^((license|buy|purchase|order|reprint) (this )?(photo|image|picture)s?|(enlarge|expand|view|open) (this )?(photo|image|gallery|slideshow)|(view|see) (the )?(full )?(gallery|slideshow)|\d+ of \d+( photos?| images?)?)\s*$`),
	// Time stamps of the web page: "Updated at 08:12 pm", "Updated: Jan. 5".
	r(100, `^(last )?(updated|modified|published|posted|first published)(\s+(on|at))?\s*[:|-]?\s*(\d|`+dayOrMonth+`\b)[\p{L}\p{N} ,.:/+()-]*$`),
	r(20, `^\d+\s*(min|minute)s?\s+read$`),
	r(50, `^listen to (this|the) (article|story)(\s*\d+\s*min(ute)?s?)?$`),
	// Newsletters and subscriptions.
	r(200, `\b(sign up|subscribe|register)\b.*\b(newsletters?|briefing|alerts|inbox)\b`),
	r(200, `\bnewsletters?\b.*\b(sign up|subscribe|inbox|delivered)\b`),
	r(20, `^(subscribe|subscribe now|sign up|log in|login|sign in|register)\s*[.!]?$`),
	// Social prompts.
	r(150, `^(follow|like|join) us on (twitter|facebook|instagram|x|telegram|whatsapp|linkedin|youtube|tiktok|threads|google news|bluesky)\b`),
	r(80, `^follow [\p{L}\p{N} .@_]+ on (twitter|facebook|instagram|x|telegram|linkedin|youtube|tiktok|threads|bluesky)\s*[.!:]?\s*(@\S+)?$`),
	r(150, `^(follow us|join our (whatsapp|telegram) (channel|group)|download (our|the) (free )?app)\b`),
	r(30, `^(share|share this( article| story| page| post)?|share on \p{L}+|copy link|link copied)\s*[:!]?$`),
	// Cookie notices.
	r(400, `\b(we use cookies|(site|website) uses cookies|accept (all )?cookies|cookie (policy|settings|preferences|consent)|by continuing to browse|by continuing to use (this|our) (site|website))\b`),
	r(20, `^(accept|accept all|reject all|manage (cookies|preferences|settings)|got it|i agree|ok, i agree)\s*$`),
	// Advertising.
	r(60, `^(advertisement|advertising|ad|sponsored|sponsored content|paid content|(story|article) continues (below|after)( (this )?(advertisement|ad))?|scroll (down )?to continue( with content)?|continue reading( below)?|skip (this )?ad)\s*[.:-]?$`),
	// Footers.
	r(200, `^(©|\(c\)\s*\d{4}|copyright\s*(©|\(c\))?\s*\d{4})`),
	r(200, `\ball rights reserved\b`),
	r(240, `^(tags|topics|keywords|filed under)\s*:`),
	r(40, `^(report an? (error|typo|correction)|send us a tip|contact us|privacy policy|terms of (use|service))\s*$`),
	r(20, `^(post a comment|leave a reply|leave a comment)\s*$`),
}

// shareWords are words of a social-media button row ("Facebook | Twitter |
// Email").
var shareWords = map[string]bool{
	"share": true, "tweet": true, "email": true, "e-mail": true, "print": true, "facebook": true,
	"twitter": true, "x": true, "whatsapp": true, "linkedin": true, "reddit": true, "telegram": true,
	"pinterest": true, "flipboard": true, "messenger": true, "copy": true, "link": true, "save": true,
	"comment": true, "comments": true, "mail": true,
}

// isShareRow reports whether a line is only social-media button labels.
func isShareRow(s string) bool {
	fields := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == '|' || r == '/' || r == '•' || r == '·' || r == ',' || r == '\t'
	})
	if len(fields) < 2 {
		return false
	}
	for _, f := range fields {
		if !shareWords[f] {
			return false
		}
	}
	return true
}

// isBoilerLine reports whether a whole line is site boilerplate.
func isBoilerLine(s string) bool {
	if len(s) > 400 || continuation(s) {
		return false // a paragraph, not a web page element
	}
	for _, r := range lineRules {
		if len(s) <= r.max && r.re.MatchString(s) {
			return true
		}
	}
	return isShareRow(s)
}

// continuation reports whether a line starts in lower case, as the
// continuation of a hard-wrapped paragraph does and page elements do not.
func continuation(s string) bool {
	c, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(c)
}
