package newsgraph

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Key is the normalised lookup form of a name: lower case, diacritics
// dropped, apostrophes and periods removed, hyphens and other punctuation
// folded to single spaces, a leading "the" dropped. "Mohammed Shia' al-Sudani"
// and "Mohammed Shia al Sudani" share the key "mohammed shia al sudani";
// "U.S." and "US" share "us". Entity resolution and query parameters both
// look names up by Key.
func Key(name string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r): // combining marks: diacritics
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == '`' || r == '.':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	k := b.String()
	k = strings.TrimPrefix(k, "the ")
	return k
}
