// Package ingest reads news articles from disk and runs them in bulk through
// the extraction pipeline, the entity resolver and the graph writer.
//
// Reading (Read, ReadFile) accepts three forms of input:
//
//   - NAME.txt, the article text, with an optional sidecar NAME.meta.json
//     holding id, title, source, url, published and byline;
//   - NAME.json, one JSON object or an array of objects with the fields
//     id, title, source, url, published, byline and text;
//   - NAME.jsonl, JSON Lines: one such object per line.
//
// Directories are walked recursively in lexical order; hidden files and
// directories and files of other extensions are ignored there, but a file of
// another extension named explicitly is reported as a skip.
//
// Bad input never stops a batch: every input that cannot be read becomes a
// Skip naming the file (file:line for JSON Lines) and the reason. The rules:
//
//   - empty files, and records without text, are skipped;
//   - binary files (a NUL byte, or mostly control characters) are skipped;
//   - text that is not valid UTF-8 is skipped rather than repaired, because
//     repairing would move the byte offsets every annotation refers to;
//     a leading UTF-8 byte order mark is dropped;
//   - HTML pages are skipped ("HTML page: extract the article text first"):
//     tags would pollute every offset-based annotation;
//   - text over MaxTextBytes is skipped;
//   - a malformed sidecar skips its article, and a sidecar without its
//     .txt is reported;
//   - the sidecar's id is authoritative: it may differ from the file name,
//     which is only the fallback id when there is no sidecar id. The
//     fallback is the file name without extension, prefixed with its
//     subdirectory when found by walking a directory ("business/001"), so
//     that same-named files in different folders do not collide; records of
//     a .json or .jsonl file without an id get "<that>-<n>", n the record
//     number (.json) or line number (.jsonl);
//   - an unparseable published date skips the article (a wrong anchor date
//     would silently misdate every relative date in it); YYYY-MM-DD,
//     RFC 3339 and forms such as "Jan 2, 2006" are accepted and normalised;
//   - a duplicate id within one batch skips the later article, naming both
//     files;
//   - a broken JSON Lines line is skipped with its line number, the rest of
//     the file is read.
//
// The batch Runner streams articles from Read through the pipeline on
// several goroutines, resolves them in batches and writes them one article
// per transaction from a single writer goroutine (see Runner and Extract).
package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// MaxTextBytes is the largest article text accepted (5 MB): a news article
// is far smaller; anything bigger is a dump or a mistake.
const MaxTextBytes = 5 << 20

// maxLineBytes caps one JSON Lines line: JSON escaping can make text
// several times longer than MaxTextBytes before it is decoded.
const maxLineBytes = 4 * MaxTextBytes

// Skip is one input that was not read, or not processed, and why.
type Skip struct {
	Path   string // file, "file.jsonl:12" for a JSON Lines line, "file.json#3" for a record
	Reason string
}

func (s Skip) String() string { return s.Path + ": " + s.Reason }

// Read streams the articles found in paths (files or directories) to fn in
// input order. Articles are never all held in memory: each is handed to fn
// as soon as it is read. Inputs that cannot be read are returned as skips;
// the returned error is non-nil only when fn returns an error, which stops
// the reading.
func Read(paths []string, fn func(newsgraph.Article) error) ([]Skip, error) {
	var skips []Skip
	r := newReader(fn, func(s Skip) { skips = append(skips, s) })
	err := r.paths(paths)
	return skips, err
}

// ReadFile reads the articles of one file. A file that cannot be read at
// all returns no articles and an error naming the file and the reason. When
// only some records of a .json or .jsonl file are bad, the good articles are
// returned together with an error listing the bad records.
func ReadFile(path string) ([]newsgraph.Article, error) {
	var arts []newsgraph.Article
	var errs []error
	r := newReader(func(a newsgraph.Article) error {
		arts = append(arts, a)
		return nil
	}, func(s Skip) { errs = append(errs, errors.New(s.String())) })
	if err := r.file(path, true); err != nil {
		return arts, err
	}
	return arts, errors.Join(errs...)
}

// reader holds the state of one batch: where each id was seen, and which
// files were already read.
type reader struct {
	emit   func(newsgraph.Article) error
	skip   func(Skip)
	onFile func(size int64) // called after each file; may be nil
	ids    map[string]string
	done   map[string]bool
	root   string // the directory being walked, "" for a file named explicitly
}

func newReader(emit func(newsgraph.Article) error, skip func(Skip)) *reader {
	return &reader{emit: emit, skip: skip, ids: map[string]string{}, done: map[string]bool{}}
}

func (r *reader) paths(paths []string) error {
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			r.skip(Skip{p, statReason(err)})
			continue
		}
		if !fi.IsDir() {
			if err := r.file(p, true); err != nil {
				return err
			}
			continue
		}
		r.root = p
		err = walkInputs(p, func(path string) error { return r.file(path, false) }, func(path string, err error) {
			r.skip(Skip{path, statReason(err)})
		})
		r.root = ""
		if err != nil {
			return err
		}
	}
	return nil
}

func statReason(err error) string {
	if errors.Is(err, fs.ErrNotExist) {
		return "no such file or directory"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// walkInputs calls fn for every candidate input file under dir, in lexical
// order, skipping hidden entries.
func walkInputs(dir string, fn func(path string) error, bad func(path string, err error)) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			bad(path, err)
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		name := d.Name()
		if path != dir && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return nil
		}
		if kindOf(path) == kindOther {
			return nil
		}
		return fn(path)
	})
}

type kind int

const (
	kindOther kind = iota
	kindText
	kindSidecar
	kindJSON
	kindJSONL
)

func kindOf(path string) kind {
	lower := strings.ToLower(path)
	switch {
	case strings.HasSuffix(lower, ".meta.json"):
		return kindSidecar
	case strings.HasSuffix(lower, ".txt"):
		return kindText
	case strings.HasSuffix(lower, ".jsonl"):
		return kindJSONL
	case strings.HasSuffix(lower, ".json"):
		return kindJSON
	}
	return kindOther
}

// file reads one input file. Only an error from emit is returned; every
// problem with the input is reported through skip.
func (r *reader) file(path string, explicit bool) error {
	k := kindOf(path)
	if k == kindSidecar {
		txt := path[:len(path)-len(".meta.json")] + ".txt"
		if _, err := os.Stat(txt); err != nil {
			r.skip(Skip{path, "sidecar without its text file " + filepath.Base(txt)})
			return nil
		}
		if !explicit {
			return nil // read together with its .txt
		}
		path, k = txt, kindText
	}
	if k == kindOther {
		r.skip(Skip{path, "unknown file type (want .txt with optional .meta.json, .json or .jsonl)"})
		return nil
	}
	key := filepath.Clean(path)
	if r.done[key] {
		return nil
	}
	r.done[key] = true
	var size int64
	if fi, err := os.Stat(path); err == nil {
		size = fi.Size()
	}
	if r.onFile != nil {
		defer r.onFile(size)
	}
	switch k {
	case kindText:
		return r.textFile(path)
	case kindJSON:
		return r.jsonFile(path)
	default:
		return r.jsonlFile(path)
	}
}

// add checks an article's id and date, then hands it on.
func (r *reader) add(a newsgraph.Article) error {
	if prev, ok := r.ids[a.ID]; ok {
		r.skip(Skip{a.Path, fmt.Sprintf("duplicate id %q: already read from %s", a.ID, prev)})
		return nil
	}
	r.ids[a.ID] = a.Path
	return r.emit(a)
}

// meta is the metadata of a sidecar or of a JSON record.
type meta struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Byline    string `json:"byline"`
}

// record is one article of a .json or .jsonl file.
type record struct {
	meta
	Text *string `json:"text"`
}

// article builds an article from metadata and checked text, normalising the
// date. It returns a reason when the article must be skipped.
func (m meta) article(path, text string) (newsgraph.Article, string) {
	pub, err := NormalizeDate(m.Published)
	if err != nil {
		return newsgraph.Article{}, err.Error()
	}
	if strings.ContainsFunc(m.ID, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return newsgraph.Article{}, fmt.Sprintf("id %q contains control characters", m.ID)
	}
	a := newsgraph.Article{
		ID: strings.TrimSpace(m.ID), Title: strings.TrimSpace(m.Title), Source: strings.TrimSpace(m.Source),
		URL: strings.TrimSpace(m.URL), Published: pub, Byline: strings.TrimSpace(m.Byline),
		Text: text, Path: path,
	}
	if a.Title == "" {
		a.Title = Headline(text)
	}
	return a, ""
}

func (r *reader) textFile(path string) error {
	b, reason := readCapped(path)
	if reason != "" {
		r.skip(Skip{path, reason})
		return nil
	}
	text, reason := checkText(b, true)
	if reason != "" {
		r.skip(Skip{path, reason})
		return nil
	}
	var m meta
	side := strings.TrimSuffix(path, filepath.Ext(path)) + ".meta.json"
	if sb, err := os.ReadFile(side); err == nil {
		if err := json.Unmarshal(sb, &m); err != nil {
			r.skip(Skip{path, fmt.Sprintf("sidecar %s: %s", filepath.Base(side), jsonReason(err))})
			return nil
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		r.skip(Skip{path, fmt.Sprintf("sidecar %s: %s", filepath.Base(side), statReason(err))})
		return nil
	}
	if strings.TrimSpace(m.ID) == "" {
		m.ID = r.stem(path)
	}
	a, reason := m.article(path, text)
	if reason != "" {
		if m.Published != "" {
			reason = "sidecar " + filepath.Base(side) + ": " + reason
		}
		r.skip(Skip{path, reason})
		return nil
	}
	return r.add(a)
}

// stem is the base of the ids of the articles of a file that has none: the
// file name without its extension, prefixed with its directory relative to
// the directory walked, if any ("business/001" for business/001.txt), so
// that files of the same name in different directories get different ids.
func (r *reader) stem(path string) string {
	name := path
	if r.root != "" {
		if rel, err := filepath.Rel(r.root, path); err == nil && !strings.HasPrefix(rel, "..") {
			name = filepath.ToSlash(rel)
		}
	} else {
		name = filepath.Base(path)
	}
	return strings.TrimSuffix(name, filepath.Ext(name))
}

// readCapped reads a whole text file, refusing files over MaxTextBytes
// without reading them.
func readCapped(path string) ([]byte, string) {
	f, err := os.Open(path)
	if err != nil {
		return nil, statReason(err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxTextBytes+4))
	if err != nil {
		return nil, "read: " + statReason(err)
	}
	if len(b) > MaxTextBytes+3 { // +3 for a byte order mark
		return nil, fmt.Sprintf("file is larger than the %d MB limit for one article", MaxTextBytes>>20)
	}
	return b, ""
}

var bom = []byte("\xef\xbb\xbf")

// checkText validates article text and returns it as a string, or the
// reason it is refused. whole is true when b is a whole file (so emptiness
// is reported as an empty file).
func checkText(b []byte, whole bool) (string, string) {
	b = bytes.TrimPrefix(b, bom)
	if len(bytes.TrimSpace(b)) == 0 {
		if whole {
			return "", "empty file"
		}
		return "", "no text"
	}
	if len(b) > MaxTextBytes {
		return "", fmt.Sprintf("text is %d bytes, over the %d MB limit for one article", len(b), MaxTextBytes>>20)
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", fmt.Sprintf("binary data (NUL byte at offset %d)", i)
	}
	if !utf8.Valid(b) {
		return "", fmt.Sprintf("invalid UTF-8 at byte %d: convert the text to UTF-8 (not repaired, to keep offsets exact)", invalidAt(b))
	}
	if mostlyControl(b) {
		return "", "binary data (mostly control characters)"
	}
	if isHTML(b) {
		return "", "HTML page: extract the article text first"
	}
	return string(b), ""
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// mostlyControl reports whether more than a tenth of the first 4 KB are
// control characters other than white space.
func mostlyControl(b []byte) bool {
	if len(b) > 4096 {
		b = b[:4096]
	}
	ctl, n := 0, 0
	for _, r := range string(b) {
		n++
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v' || r == 0x7f {
			ctl++
		}
	}
	return ctl*10 > n
}

// isHTML reports whether text is an HTML page or an HTML fragment rather
// than plain article text.
func isHTML(b []byte) bool {
	head := b
	if len(head) > 1024 {
		head = head[:1024]
	}
	head = bytes.ToLower(bytes.TrimSpace(head))
	for _, p := range []string{"<!doctype html", "<html", "<head>", "<body", "<?xml"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	if bytes.Contains(head, []byte("<html")) && bytes.Contains(head, []byte("<head")) {
		return true
	}
	// A fragment: many block tags.
	lower := b
	if len(lower) > 64<<10 {
		lower = lower[:64<<10]
	}
	lower = bytes.ToLower(lower)
	tags := 0
	for _, t := range []string{"</p>", "<div", "</div>", "<br>", "<br/>", "<br />", "<script", "</span>"} {
		tags += bytes.Count(lower, []byte(t))
	}
	return tags >= 5
}

// jsonReason shortens a JSON decoding error to its reason.
func jsonReason(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("invalid JSON at byte %d: %v", se.Offset, se)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q must be a %s, not a JSON %s", strings.TrimPrefix(te.Field, "meta."), te.Type, te.Value)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "invalid JSON: unexpected end of input"
	}
	return "invalid JSON: " + err.Error()
}

// recordArticle turns one decoded record into an article, or a reason.
func recordArticle(rec record, path, fallbackID string) (newsgraph.Article, string) {
	if rec.Text == nil {
		return newsgraph.Article{}, `record has no "text" field`
	}
	text, reason := checkText([]byte(*rec.Text), false)
	if reason != "" {
		return newsgraph.Article{}, reason
	}
	if strings.TrimSpace(rec.ID) == "" {
		rec.ID = fallbackID
	}
	return rec.meta.article(path, text)
}

func (r *reader) jsonFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		r.skip(Skip{path, statReason(err)})
		return nil
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	head, _ := br.Peek(8192)
	if bytes.IndexByte(head, 0) >= 0 {
		r.skip(Skip{path, "binary data (NUL byte)"})
		return nil
	}
	if bytes.HasPrefix(head, bom) {
		br.Discard(len(bom))
		head = head[len(bom):]
	}
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) == 0 {
		r.skip(Skip{path, "empty file"})
		return nil
	}
	array := head[0] == '['
	if !array && head[0] != '{' {
		r.skip(Skip{path, "not a JSON object or array of objects"})
		return nil
	}
	dec := json.NewDecoder(&utf8Reader{r: br})
	if array {
		if _, err := dec.Token(); err != nil {
			r.skip(Skip{path, jsonReason(err)})
			return nil
		}
	}
	st := r.stem(path)
	n := 0
	for {
		if array && !dec.More() {
			break
		}
		var rec record
		err := dec.Decode(&rec)
		if err == io.EOF && !array {
			break
		}
		n++
		rpath := path
		if array || n > 1 {
			rpath = path + "#" + strconv.Itoa(n)
		}
		if err != nil {
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				r.skip(Skip{rpath, jsonReason(err)})
				continue
			}
			reason := jsonReason(err)
			if array || n > 1 {
				reason += "; rest of file not read"
			}
			r.skip(Skip{rpath, reason})
			return nil
		}
		a, reason := recordArticle(rec, rpath, st+"-"+strconv.Itoa(n))
		if reason != "" {
			r.skip(Skip{rpath, reason})
			continue
		}
		if err := r.add(a); err != nil {
			return err
		}
	}
	if n == 0 {
		r.skip(Skip{path, "no records"})
	}
	return nil
}

// utf8Reader fails on the first invalid UTF-8 sequence, which encoding/json
// would otherwise silently replace with U+FFFD.
type utf8Reader struct {
	r    io.Reader
	tail []byte // an incomplete rune carried to the next read
	off  int64
}

var errInvalidUTF8 = errors.New("invalid UTF-8: convert the file to UTF-8")

func (u *utf8Reader) Read(p []byte) (int, error) {
	if len(p) < utf8.UTFMax+1 {
		return 0, io.ErrShortBuffer
	}
	k := copy(p, u.tail)
	u.tail = u.tail[:0]
	n, err := u.r.Read(p[k:])
	n += k
	chunk := p[:n]
	end := n
	if err == nil {
		// Keep back a possibly incomplete rune at the end.
		for i := 1; i <= utf8.UTFMax-1 && i <= n; i++ {
			c := chunk[n-i]
			if c < utf8.RuneSelf {
				break
			}
			if utf8.RuneStart(c) {
				if !utf8.FullRune(chunk[n-i:]) {
					end = n - i
				}
				break
			}
		}
	}
	if !utf8.Valid(chunk[:end]) {
		return 0, fmt.Errorf("at byte %d: %w", u.off+int64(invalidAt(chunk[:end])), errInvalidUTF8)
	}
	u.tail = append(u.tail, chunk[end:]...)
	u.off += int64(end)
	if err == io.EOF && len(u.tail) > 0 {
		return end, fmt.Errorf("at byte %d: %w", u.off, errInvalidUTF8)
	}
	return end, err
}

func (r *reader) jsonlFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		r.skip(Skip{path, statReason(err)})
		return nil
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	head, _ := br.Peek(8192)
	if bytes.IndexByte(head, 0) >= 0 {
		r.skip(Skip{path, "binary data (NUL byte)"})
		return nil
	}
	st := r.stem(path)
	line, records := 0, 0
	var buf []byte
	for {
		buf = buf[:0]
		tooLong := false
		var err error
		for {
			var part []byte
			var more bool
			part, more, err = br.ReadLine()
			if !tooLong {
				buf = append(buf, part...)
				if len(buf) > maxLineBytes {
					tooLong, buf = true, buf[:0]
				}
			}
			if !more || err != nil {
				break
			}
		}
		if err == io.EOF {
			break
		}
		line++
		lpath := path + ":" + strconv.Itoa(line)
		if err != nil {
			r.skip(Skip{lpath, "read: " + err.Error()})
			return nil
		}
		if tooLong {
			r.skip(Skip{lpath, fmt.Sprintf("line longer than %d MB", maxLineBytes>>20)})
			continue
		}
		trimmed := bytes.TrimSpace(buf)
		if len(trimmed) == 0 {
			continue
		}
		records++
		if !utf8.Valid(trimmed) {
			r.skip(Skip{lpath, "invalid UTF-8: convert the file to UTF-8"})
			continue
		}
		var rec record
		if err := json.Unmarshal(trimmed, &rec); err != nil {
			r.skip(Skip{lpath, jsonReason(err)})
			continue
		}
		a, reason := recordArticle(rec, lpath, st+"-"+strconv.Itoa(line))
		if reason != "" {
			r.skip(Skip{lpath, reason})
			continue
		}
		if err := r.add(a); err != nil {
			return err
		}
	}
	if records == 0 {
		r.skip(Skip{path, "empty file"})
	}
	return nil
}
