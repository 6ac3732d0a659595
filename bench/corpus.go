package bench

import (
	"bytes"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// ReutersSource is the publisher given to Reuters-21578 articles.
const ReutersSource = "Reuters"

var (
	reutersOpen  = regexp.MustCompile(`<REUTERS[^>]*\bNEWID="(\d+)"[^>]*>`)
	reutersField = func(tag string) *regexp.Regexp {
		return regexp.MustCompile(`(?s)<` + tag + `>(.*?)</` + tag + `>`)
	}
	reutersDate     = reutersField("DATE")
	reutersTitle    = reutersField("TITLE")
	reutersBody     = reutersField("BODY")
	reutersDateline = reutersField("DATELINE")
	numericEntity   = regexp.MustCompile(`&#(\d+);`)
)

// ReadReuters reads the Reuters-21578 SGML files (reut2-*.sgm) of dir, in
// file order, and returns up to limit articles (all when limit <= 0).
// Records without a <BODY> are left out. Each article has the id
// "reuters-NEWID", the title, the body as text (Latin-1 decoded to UTF-8,
// SGML character references resolved, control characters dropped), the
// publication date from <DATE> and the source "Reuters".
func ReadReuters(dir string, limit int) ([]newsgraph.Article, error) {
	files, err := filepath.Glob(filepath.Join(dir, "reut2-*.sgm"))
	if err != nil {
		return nil, fmt.Errorf("reuters corpus %s: %w", dir, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("reuters corpus %s: no reut2-*.sgm files", dir)
	}
	sort.Strings(files)
	var out []newsgraph.Article
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("reuters corpus: %w", err)
		}
		as, err := ParseReuters(data, f)
		if err != nil {
			return nil, err
		}
		for _, a := range as {
			if limit > 0 && len(out) >= limit {
				return out, nil
			}
			out = append(out, a)
		}
	}
	return out, nil
}

// ParseReuters parses one Reuters-21578 SGML file (name is for errors and
// Article.Path) into the articles of its records that have a body.
func ParseReuters(data []byte, name string) ([]newsgraph.Article, error) {
	text := latin1(data)
	locs := reutersOpen.FindAllStringSubmatchIndex(text, -1)
	if len(locs) == 0 {
		return nil, fmt.Errorf("reuters file %s: no <REUTERS NEWID=...> records", name)
	}
	var out []newsgraph.Article
	for i, loc := range locs {
		end := len(text)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		rec := text[loc[1]:end]
		if j := strings.Index(rec, "</REUTERS>"); j >= 0 {
			rec = rec[:j]
		}
		id := text[loc[2]:loc[3]]
		body := field(reutersBody, rec)
		if body == "" {
			continue
		}
		a := newsgraph.Article{
			ID:     "reuters-" + id,
			Title:  field(reutersTitle, rec),
			Source: ReutersSource,
			Text:   body,
			Path:   name + "#" + id,
		}
		if d := field(reutersDate, rec); d != "" {
			p, err := reutersTime(d)
			if err != nil {
				return nil, fmt.Errorf("reuters file %s: record NEWID=%s: %w", name, id, err)
			}
			a.Published = p
		}
		if dl := field(reutersDateline, rec); dl != "" && !strings.HasPrefix(a.Text, dl) {
			// The dateline ("WASHINGTON, March 2 - ") opens the story in
			// the wire copy; keep it, as extraction reads datelines.
			a.Text = dl + " " + a.Text
		}
		out = append(out, a)
	}
	return out, nil
}

// reutersTime turns "26-FEB-1987 15:01:01.79" into "1987-02-26".
func reutersTime(s string) (string, error) {
	f := strings.Fields(s)
	if len(f) > 0 {
		if d := strings.Split(f[0], "-"); len(d) == 3 && len(d[1]) == 3 {
			mon := d[1][:1] + strings.ToLower(d[1][1:])
			if t, err := time.Parse("2-Jan-2006", d[0]+"-"+mon+"-"+d[2]); err == nil {
				return t.Format("2006-01-02"), nil
			}
		}
	}
	return "", fmt.Errorf("bad <DATE> %q", s)
}

func field(re *regexp.Regexp, rec string) string {
	m := re.FindStringSubmatch(rec)
	if m == nil {
		return ""
	}
	return cleanSGML(m[1])
}

// cleanSGML resolves character references and drops control characters
// other than newline and tab.
func cleanSGML(s string) string {
	s = numericEntity.ReplaceAllStringFunc(s, func(m string) string {
		var n int
		fmt.Sscanf(m, "&#%d;", &n)
		if n < 32 && n != '\n' && n != '\t' {
			return ""
		}
		return string(rune(n))
	})
	s = html.UnescapeString(s)
	s = strings.Map(func(r rune) rune {
		if r < 32 && r != '\n' && r != '\t' {
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// latin1 decodes ISO-8859-1 bytes as UTF-8 text (input already valid UTF-8
// is returned as is).
func latin1(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/16)
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

// ReadBBC reads the BBC news corpus under dir (CATEGORY/NNN.txt, the first
// line the title, the rest the story) in lexical order and returns up to
// limit articles (all when limit <= 0), with ids "bbc-CATEGORY-NNN". The
// corpus has no dates: Published is left empty. A file that is not valid
// UTF-8 is decoded as Latin-1.
func ReadBBC(dir string, limit int) ([]newsgraph.Article, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("bbc corpus %s: %w", dir, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("bbc corpus %s: no CATEGORY/*.txt files", dir)
	}
	sort.Strings(files)
	var out []newsgraph.Article
	for _, f := range files {
		if limit > 0 && len(out) >= limit {
			break
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("bbc corpus: %w", err)
		}
		a, err := ParseBBC(data, f)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// ParseBBC parses one BBC story file; path gives the id
// ("bbc-CATEGORY-NNN").
func ParseBBC(data []byte, path string) (newsgraph.Article, error) {
	text := strings.ReplaceAll(latin1(data), "\r\n", "\n")
	title, body, _ := strings.Cut(strings.TrimLeft(text, "\n"), "\n")
	title, body = strings.TrimSpace(title), strings.TrimSpace(body)
	if title == "" || body == "" {
		return newsgraph.Article{}, fmt.Errorf("bbc file %s: want a title line and a story", path)
	}
	cat := filepath.Base(filepath.Dir(path))
	num := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return newsgraph.Article{ID: "bbc-" + cat + "-" + num, Title: title, Source: "BBC News", Text: body, Path: path}, nil
}

// Words counts the whitespace-separated words of the articles' texts.
func Words(as []newsgraph.Article) int {
	n := 0
	for _, a := range as {
		n += len(bytes.Fields([]byte(a.Text)))
	}
	return n
}
