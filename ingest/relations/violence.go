package relations

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// attackWords and strikeWords are the triggers of attacked and struck.
var attackWords = map[string]bool{"attack": true, "attacks": true, "attacked": true,
	"assassination": true, "assassinated": true, "killing": true, "killed": true,
	"bombing": true, "bombed": true, "shelling": true, "shelled": true,
	"raid": true, "raids": true, "raided": true, "ambush": true, "ambushed": true,
	"invasion": true, "invaded": true, "assault": true, "assaulted": true}

var strikeWords = map[string]bool{"strike": true, "strikes": true, "struck": true,
	"airstrike": true, "airstrikes": true, "air-strikes": true, "bombardment": true,
	"hit": true}

// verbs take their object directly: "X attacked Y", "X struck Y".
var verbs = map[string]bool{"attacked": true, "assassinated": true, "killed": true,
	"bombed": true, "shelled": true, "raided": true, "ambushed": true, "invaded": true,
	"assaulted": true, "struck": true, "hit": true, "targeted": true, "targeting": true}

// actorGap words may stand between an actor and its trigger: "the US
// carried out strikes", "Hamas's Oct. 7 terrorist attack".
var actorGap = map[string]bool{"'s": true, "carried": true, "out": true,
	"conducted": true, "launched": true, "has": true, "have": true, "had": true,
	"also": true, "repeatedly": true, "several": true, "multiple": true, "a": true,
	"an": true, "series": true, "of": false, "new": true, "retaliatory": true,
	"recent": true, "most": true, "deadly": true, "the": true, "its": true,
	"their": true, "air": true, "drone": true, "missile": true, "rocket": true,
	"terrorist": true, "surprise": true, "latest": true, "fresh": true,
	"further": true, "military": true, "precision": true, "oct.": true,
	"deadliest": true, "major": true, "previous": true, "first": true, "second": true,
	"twin": true, "two": true, "three": true, "coordinated": true, "cross-border": true}

// objPreps introduce the target of a trigger noun.
var objPreps = map[string]bool{"on": true, "against": true, "of": true, "at": true, "targeting": true, "in": true}

// objStop ends the reading of a target phrase.
var objStop = map[string]bool{"were": true, "was": true, "have": true, "has": true,
	"that": true, "which": true, "who": true, "by": true, "after": true,
	"before": true, "in response": true, "took": true, "said": true, "to": true,
	"while": true, "because": true, "since": true, "as": true, "during": true}

// violence reads attacked and struck: an actor (a mention or nationality
// adjective right before the trigger, or the clause subject of "X carried
// out strikes"), a trigger, and targets after it.
func (x *index) violence(c *collector, s newsgraph.Span) {
	ts := tokens(x.text, s.Start, s.End)
	var lastActor string
	var lastPred string
	for k, t := range ts {
		pred := ""
		switch {
		case strikeWords[t.Low]:
			pred = newsgraph.Struck
		case attackWords[t.Low]:
			pred = newsgraph.Attacked
		case t.Low == "targeted" || t.Low == "targeting":
			// "strikes ... targeted X": the target of an earlier trigger.
			pred = lastPred
		}
		if m, ok := x.mentionAt(t.Start); pred == "" || ok && m.Type != newsgraph.Event {
			continue
		}
		actor := x.actor(ts, k)
		if actor == "" && (t.Low == "targeted" || t.Low == "targeting") {
			actor = lastActor
		}
		if actor != "" {
			lastActor, lastPred = actor, pred
		} else if t.Low != "targeted" && t.Low != "targeting" {
			lastActor, lastPred = "", pred
		}
		if actor == "" {
			// An attack whose actor the text does not name still
			// happened to its target: record it without a subject. Only
			// the first target: later ones are mostly where it happened
			// ("attacks on the base in western Osland").
			if t.Low != "targeted" && t.Low != "targeting" {
				if objs := x.targets(ts, k, pred); len(objs) > 0 {
					on, _ := x.name(objs[0])
					c.addEvent(s, on, pred)
				}
			}
			continue
		}
		for _, obj := range x.targets(ts, k, pred) {
			on, _ := x.name(obj)
			if newsgraph.Key(on) == newsgraph.Key(actor) {
				continue
			}
			c.addNames(s, actor, on, pred, "")
		}
	}
}

// actor returns the entity acting in trigger ts[k]: a mention or a
// nationality adjective within the few words before it.
func (x *index) actor(ts []tok, k int) string {
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		t := ts[j]
		if m, ok := x.mentionAt(t.Start); ok && m.Type != newsgraph.Event {
			n, typ := x.name(m)
			if typ == newsgraph.Org || typ == newsgraph.GPE || typ == newsgraph.Person {
				// a mention that is itself a target: "attacks on X and strikes"
				if j > 0 && objPreps[ts[j-1].Low] {
					return ""
				}
				return n
			}
			return ""
		}
		if isUpper(t.Text) && !t.Punct {
			if e := x.gpeOfAdjective(t.Text); e >= 0 {
				return x.doc.Entities[e].Name
			}
		}
		if t.Punct && t.Low != "'s" && t.Low != "." {
			return ""
		}
		if !actorGap[t.Low] && !isNumber(t.Low) && !isUpper(t.Text) {
			return ""
		}
	}
	return ""
}

func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// targets returns the mentions a trigger is aimed at: "strikes on X",
// "attacked X", "the killing of X and Y", "attack in X" (a country).
func (x *index) targets(ts []tok, k int, pred string) []newsgraph.Mention {
	j := k + 1
	word := ts[k].Low
	viaIn := false
	if !verbs[word] {
		if j >= len(ts) || !objPreps[ts[j].Low] {
			return nil
		}
		if ts[j].Low == "in" {
			if pred != newsgraph.Attacked {
				return nil
			}
			viaIn = true
		}
		if ts[j].Low == "of" && !(word == "killing" || word == "assassination" || word == "bombing" || word == "invasion" || word == "shelling") {
			return nil
		}
		j++
	}
	var out []newsgraph.Mention
	seen := map[int]bool{}
	for n := 0; j < len(ts) && n < 14; j, n = j+1, n+1 {
		t := ts[j]
		if t.Punct && t.Low != "'s" && t.Low != "," && t.Low != "(" && t.Low != ")" {
			break
		}
		if t.Low == "," && (j+1 >= len(ts) || !listWords[ts[j+1].Low]) {
			break
		}
		if objStop[t.Low] && !x.covered(t.Start) && !(t.Low == "by" && j > 0 && usedBy[ts[j-1].Low]) {
			break
		}
		m, ok := x.mentionAt(t.Start)
		if !ok || seen[m.Start] {
			continue
		}
		seen[m.Start] = true
		_, typ := x.name(m)
		switch {
		case viaIn:
			if typ == newsgraph.GPE {
				return []newsgraph.Mention{m}
			}
			return nil
		case typ == newsgraph.GPE && (word == "strike" || word == "strikes" || word == "airstrikes" || word == "airstrike"):
			continue // strikes on a country's soil: "strikes in Iraq"
		case typ == newsgraph.Location || typ == newsgraph.Event:
			continue
		}
		// A country naming the owner of what was hit: "the attack on the
		// Osland frigate Star" is on the frigate, not on Osland.
		if (typ == newsgraph.GPE || typ == newsgraph.Location) && j+1 < len(ts) && modifiesNoun(ts[j+1]) {
			continue
		}
		// The owner of a facility: "Dorvia's Tal al-Tarfa airbase" names the
		// facility, not Dorvia.
		if j+1 < len(ts) && ts[j+1].Low == "'s" && (typ == newsgraph.GPE || typ == newsgraph.Location) {
			continue
		}
		out = append(out, m)
		// Keep reading only through "and" / ", mainly" lists.
		if j+1 < len(ts) {
			nx := ts[j+1]
			if !(nx.Low == "and" || nx.Low == "," && j+2 < len(ts) && listWords[ts[j+2].Low] || nx.Low == "'s" || x.covered(nx.Start)) {
				break
			}
		}
	}
	return out
}

// listWords may follow a comma inside a target phrase: "militias, mainly X".
var listWords = map[string]bool{"and": true, "mainly": true, "including": true,
	"especially": true, "notably": true, "namely": true, "chiefly": true,
	"particularly": true, "primarily": true, "most": true}

// usedBy words let "by" name the owner of a target: "facilities used by X".
var usedBy = map[string]bool{"used": true, "operated": true, "run": true,
	"controlled": true, "owned": true, "held": true, "occupied": true, "manned": true}

// meetings reads "X met (with) Y", "X and Y met" and "after meeting Y"
// (the sentence's subject meeting Y).
func (x *index) meetings(c *collector, s newsgraph.Span) {
	ts := tokens(x.text, s.Start, s.End)
	for k, t := range ts {
		// "after talks with X", "held talks with X": a meeting that took
		// place (not "will hold talks with X").
		talks := t.Low == "talks" && k > 0 && k+1 < len(ts) && ts[k+1].Low == "with" && talksOpen[ts[k-1].Low]
		if t.Low != "met" && t.Low != "meeting" && t.Low != "meets" && t.Low != "meet" && !talks {
			continue
		}
		// object: the first person or organization after, with only
		// "with" and title words between.
		var obj *newsgraph.Mention
		for _, u := range ts[k+1:] {
			if m, ok := x.mentionAt(u.Start); ok {
				if _, typ := x.name(m); typ == newsgraph.Person {
					obj = &m
				}
				break
			}
			if !(u.Low == "with" || titleNouns[u.Low] || titleWords[u.Low] || isUpper(u.Text)) {
				break
			}
		}
		// subject: the mention right before "met", or for "after meeting"
		// the sentence's first person.
		var subj *newsgraph.Mention
		if t.Low == "meeting" || talks {
			if !talks && (k == 0 || ts[k-1].Low != "after" && ts[k-1].Low != "before" && ts[k-1].Low != "while") {
				continue
			}
			for _, m := range x.in(s.Start, t.Start, true) {
				if _, typ := x.name(m); typ == newsgraph.Person {
					m := m
					subj = &m
					break
				}
			}
		} else if k > 0 {
			if m, ok := x.mentionAt(ts[k-1].Start); ok {
				if _, typ := x.name(m); typ == newsgraph.Person {
					subj = &m
				}
			}
			// "X and Y met": both people before "met".
			if subj != nil && obj == nil {
				before := x.in(s.Start, ts[k-1].End, true)
				if n := len(before); n >= 2 {
					a := before[n-2]
					if _, typ := x.name(a); typ == newsgraph.Person && strings.TrimSpace(x.text[a.End:before[n-1].Start]) == "and" {
						c.add(s, a, *subj, newsgraph.MetWith, "")
					}
				}
			}
		}
		if subj != nil && obj != nil {
			c.add(s, *subj, *obj, newsgraph.MetWith, "")
		}
	}
}

// modifiesNoun reports whether t, right after a place name, shows the name
// to modify a noun ("the Osland frigate", "Osland positions"): a lower-case
// word that does not go on with the phrase ("Osland and", "Osland in").
func modifiesNoun(t tok) bool {
	return !t.Punct && startsLower(t.Text) && !placeFollow[t.Low] && !objStop[t.Low] && !cueVerbs[t.Low] && !listWords[t.Low]
}

// talksOpen come before "talks with X" when the talks took place.
var talksOpen = map[string]bool{"after": true, "following": true, "during": true,
	"held": true, "in": true}
