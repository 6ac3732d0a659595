package ner

import (
	"unicode"
	"unicode/utf8"
)

// Features are 64-bit FNV-1a hashes of a template id and the bytes of its
// values, computed without allocating a string per feature.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hasher hashes one feature incrementally.
type hasher uint64

func newHash(template byte) hasher {
	h := hasher(fnvOffset)
	return h.byte(template)
}

func (h hasher) byte(b byte) hasher { return (h ^ hasher(b)) * fnvPrime }

func (h hasher) str(s string) hasher {
	for i := 0; i < len(s); i++ {
		h = (h ^ hasher(s[i])) * fnvPrime
	}
	return h
}

func (h hasher) u64(v uint64) hasher {
	for i := 0; i < 8; i++ {
		h = (h ^ hasher(byte(v>>(8*i)))) * fnvPrime
	}
	return h
}

// sum returns the final hash; 0 is reserved for empty table slots.
func (h hasher) sum() uint64 { return uint64(h) | 1 }

// Feature templates. Their numbers are part of the model format: change
// them and the model must be retrained.
const (
	tBias byte = iota + 1
	tLower
	tWord
	tShape
	tShort
	tPrefix
	tSuffix
	tCase
	tLowerM2
	tLowerM1
	tLowerP1
	tLowerP2
	tShortM2
	tShortM1
	tShortP1
	tShortP2
	tBigramL
	tBigramR
	tShape3
	tGazFirst
	tGazFirstM1
	tGazPlace
	tGazPlaceM1P1
	tPrevTag
	tPrev2Tags
	tPrevTagWord
	tPrevTagShape
	tCapRun
	tOrgSuffix
)

// tokenInfo is what the feature templates need of one token, computed once
// per token.
type tokenInfo struct {
	lower uint64 // hash of the lower-cased word
	shape uint64 // hash of the long shape (Xxxxx -> Xxxx capped)
	short uint64 // hash of the collapsed shape (Xx, X.X., d,d)
	caseF byte   // case class
	first bool   // in the first-name gazetteer
	place byte   // 0 none, 1 starts a place name, 2 continues one
	cap   bool   // starts with an upper-case letter
	org   bool   // a word that ends organisation names (Corp, Ministry)
}

// Case classes.
const (
	caseLower byte = iota
	caseTitle
	caseUpper
	caseTitleInit // title case, sentence-initial
	caseUpperInit
	caseOther
)

// staticFeatures is the number of tag-independent features per token.
const staticFeatures = 31

// featurizer holds reusable buffers for one sentence.
type featurizer struct {
	gaz    *gazetteer
	info   []tokenInfo
	static []uint64 // len(words)*staticFeatures
	lowBuf []byte
}

// prepare computes the per-token information and static features of words.
func (f *featurizer) prepare(words []string) {
	n := len(words)
	if cap(f.info) < n {
		f.info = make([]tokenInfo, n)
		f.static = make([]uint64, n*staticFeatures)
	}
	f.info = f.info[:n]
	f.static = f.static[:n*staticFeatures]
	for i, w := range words {
		f.info[i] = f.tokenInfo(w, i == 0)
	}
	if f.gaz != nil {
		f.gaz.markPlaces(words, f.info, f)
	}
	for i, w := range words {
		f.staticFor(i, w, words)
	}
}

var (
	padM = tokenInfo{lower: newHash(0).str("<s>").sum(), shape: 1, short: 1}
	padP = tokenInfo{lower: newHash(0).str("</s>").sum(), shape: 3, short: 3}
)

func (f *featurizer) at(i int) *tokenInfo {
	switch {
	case i < 0:
		return &padM
	case i >= len(f.info):
		return &padP
	}
	return &f.info[i]
}

// lowerBytes returns w lower-cased in a reused buffer.
func (f *featurizer) lowerBytes(w string) []byte {
	b := f.lowBuf[:0]
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(w[i:])
		if r == '’' || r == 'ʼ' {
			r = '\''
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += sz
	}
	// "Corp." and "Corp", "Mr." and "Mr" share their lower form.
	if n := len(b); n > 2 && b[n-1] == '.' && b[n-2] != '.' {
		b = b[:n-1]
	}
	f.lowBuf = b
	return b
}

func hashBytes(h hasher, b []byte) hasher {
	for _, c := range b {
		h = (h ^ hasher(c)) * fnvPrime
	}
	return h
}

func (f *featurizer) tokenInfo(w string, initial bool) tokenInfo {
	var ti tokenInfo
	low := f.lowerBytes(w)
	ti.lower = hashBytes(newHash(0), low).sum()
	// Shapes.
	long, short := newHash(1), newHash(2)
	var last byte
	run := 0
	nUpper, nLower, nLetter := 0, 0, 0
	firstUpper := false
	for i, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			nUpper++
			nLetter++
			if i == 0 {
				firstUpper = true
			}
		case unicode.IsLower(r):
			c = 'x'
			nLower++
			nLetter++
		case unicode.IsLetter(r):
			c = 'x'
			nLetter++
		case unicode.IsDigit(r):
			c = 'd'
		case r == '’':
			c = '\''
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			run++
		} else {
			run = 0
			short = short.byte(c)
		}
		if run < 4 {
			long = long.byte(c)
		}
		last = c
	}
	ti.shape = long.sum()
	ti.short = short.sum()
	ti.cap = firstUpper
	switch {
	case nLetter == 0:
		ti.caseF = caseOther
	case nUpper == nLetter && nLetter > 1:
		ti.caseF = caseUpper
		if initial {
			ti.caseF = caseUpperInit
		}
	case firstUpper:
		ti.caseF = caseTitle
		if initial {
			ti.caseF = caseTitleInit
		}
	default:
		ti.caseF = caseLower
	}
	if f.gaz != nil {
		ti.first = firstUpper && f.gaz.first[ti.lower]
	}
	ti.org = firstUpper && orgWords[ti.lower]
	return ti
}

func (f *featurizer) staticFor(i int, w string, words []string) {
	out := f.static[i*staticFeatures : (i+1)*staticFeatures]
	ti := f.at(i)
	k := 0
	add := func(h hasher) { out[k] = h.sum(); k++ }
	add(newHash(tBias))
	add(newHash(tLower).u64(ti.lower))
	add(newHash(tWord).str(w))
	add(newHash(tShape).u64(ti.shape))
	add(newHash(tShort).u64(ti.short))
	// Prefixes and suffixes of the lower-cased word, 1-4 runes.
	low := f.lowerBytes(w)
	runes := utf8.RuneCount(low)
	for n := 1; n <= 4; n++ {
		if n > runes {
			add(newHash(tPrefix).byte(byte(n)).byte(0xff))
			continue
		}
		add(hashBytes(newHash(tPrefix).byte(byte(n)), prefixRunes(low, n)))
	}
	for n := 1; n <= 4; n++ {
		if n > runes {
			add(newHash(tSuffix).byte(byte(n)).byte(0xff))
			continue
		}
		add(hashBytes(newHash(tSuffix).byte(byte(n)), suffixRunes(low, n)))
	}
	add(newHash(tCase).byte(ti.caseF))
	m2, m1, p1, p2 := f.at(i-2), f.at(i-1), f.at(i+1), f.at(i+2)
	add(newHash(tLowerM2).u64(m2.lower))
	add(newHash(tLowerM1).u64(m1.lower))
	add(newHash(tLowerP1).u64(p1.lower))
	add(newHash(tLowerP2).u64(p2.lower))
	add(newHash(tShortM2).u64(m2.short))
	add(newHash(tShortM1).u64(m1.short))
	add(newHash(tShortP1).u64(p1.short))
	add(newHash(tShortP2).u64(p2.short))
	add(newHash(tBigramL).u64(m1.lower).u64(ti.lower))
	add(newHash(tBigramR).u64(ti.lower).u64(p1.lower))
	add(newHash(tShape3).u64(m1.short).u64(ti.short).u64(p1.short))
	add(newHash(tGazFirst).byte(b2i(ti.first)).byte(ti.caseF))
	add(newHash(tGazFirstM1).byte(b2i(m1.first)).byte(b2i(ti.cap)))
	add(newHash(tGazPlace).byte(ti.place).byte(b2i(ti.cap)))
	add(newHash(tGazPlaceM1P1).byte(m1.place).byte(p1.place).byte(ti.place))
	// Length of the run of capitalised words around i, capped.
	run := 0
	for j := i - 1; j >= 0 && f.info[j].cap && run < 3; j-- {
		run++
	}
	after := 0
	for j := i + 1; j < len(words) && f.info[j].cap && after < 3; j++ {
		after++
	}
	add(newHash(tCapRun).byte(byte(run)).byte(byte(after)).byte(b2i(ti.cap)))
	// Whether this word, or one of the next three in its run of
	// capitalised words, ends organisation names.
	orgAhead := byte(0)
	for j := i + 1; j < len(words) && j <= i+3 && f.info[j].cap; j++ {
		if f.info[j].org {
			orgAhead = 1
			break
		}
	}
	add(newHash(tOrgSuffix).byte(b2i(ti.org)).byte(orgAhead).byte(b2i(ti.cap)))
	if k != staticFeatures {
		panic("ner: staticFeatures out of date")
	}
}

func prefixRunes(b []byte, n int) []byte {
	i := 0
	for ; n > 0 && i < len(b); n-- {
		_, sz := utf8.DecodeRune(b[i:])
		i += sz
	}
	return b[:i]
}

func suffixRunes(b []byte, n int) []byte {
	i := len(b)
	for ; n > 0 && i > 0; n-- {
		_, sz := utf8.DecodeLastRune(b[:i])
		i -= sz
	}
	return b[i:]
}

func b2i(b bool) byte {
	if b {
		return 1
	}
	return 0
}

// dynamicFeatures writes the features of token i that depend on the tags
// already chosen for i-1 and i-2 into out (len 4).
func (f *featurizer) dynamicFeatures(i int, words []string, prev, prev2 int, out []uint64) {
	ti := f.at(i)
	out[0] = newHash(tPrevTag).byte(byte(prev)).sum()
	out[1] = newHash(tPrev2Tags).byte(byte(prev)).byte(byte(prev2)).sum()
	out[2] = newHash(tPrevTagWord).byte(byte(prev)).u64(ti.lower).sum()
	out[3] = newHash(tPrevTagShape).byte(byte(prev)).u64(ti.short).sum()
}

const dynamicCount = 4

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// orgWords are words that end organisation names in English news, keyed by
// the hash of their lower-cased form (a trailing period dropped).
var orgWords = func() map[uint64]bool {
	m := map[uint64]bool{}
	var f featurizer
	for _, w := range []string{
		"corp", "corporation", "inc", "ltd", "llc", "plc", "co", "company", "group",
		"holdings", "bank", "agency", "ministry", "department", "council", "commission",
		"committee", "party", "army", "navy", "force", "forces", "corps", "guard",
		"university", "college", "institute", "association", "union", "federation",
		"organization", "organisation", "authority", "office", "bureau", "court",
		"parliament", "assembly", "senate", "congress", "fund", "foundation", "front",
		"movement", "brigade", "brigades", "network", "news", "times", "post", "press",
		"airlines", "airways", "industries", "motors", "media", "service", "services",
		"club", "league", "coalition", "alliance", "command", "police",
	} {
		m[hashBytes(newHash(0), f.lowerBytes(w)).sum()] = true
	}
	return m
}()
