// Package ner is the statistical named-entity tagger: a greedy averaged-
// perceptron BIO tagger over hashed word, shape, affix, context and
// gazetteer features, trained in Go on the GMB and GUM corpora (see
// docs/ner.md). It finds PERSON, ORG, GPE (any named place: later stages
// refine it to LOCATION or FACILITY) and EVENT mentions. The trained model
// is embedded in the package and loads in a few tens of milliseconds.
package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"

	_ "embed"

	"github.com/newsgraph/newsgraph"
)

// Labels are the BIO tags the model predicts, in class order.
var Labels = []string{"O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "B-GPE", "I-GPE", "B-EVENT", "I-EVENT"}

var labelTypes = []newsgraph.EntityType{"", newsgraph.Person, newsgraph.Person, newsgraph.Org, newsgraph.Org,
	newsgraph.GPE, newsgraph.GPE, newsgraph.Event, newsgraph.Event}

const nClasses = 9

// labelIndex returns the class of a BIO label, or -1.
func labelIndex(l string) int {
	for i, x := range Labels {
		if x == l {
			return i
		}
	}
	return -1
}

func isBegin(c int) bool  { return c%2 == 1 }
func isInside(c int) bool { return c != 0 && c%2 == 0 }

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	keys    []uint64 // open-addressing table of feature hashes, 0 = empty
	rows    []int32  // row of each slot in weights
	mask    uint64
	weights []int16 // nFeatures*nClasses quantised weights
	scale   float32 // weight = int16 * scale
	nFeat   int
	gaz     *gazetteer
	pool    sync.Pool // *featurizer
}

//go:embed model.bin.gz
var embedded []byte

var (
	loadOnce sync.Once
	loaded   *Model
	loadErr  error
)

// Load returns the embedded model, decoding it on first use.
func Load() (*Model, error) {
	loadOnce.Do(func() {
		loaded, loadErr = Read(bytes.NewReader(embedded))
		if loadErr != nil {
			loadErr = fmt.Errorf("ner: embedded model: %w", loadErr)
		}
	})
	return loaded, loadErr
}

const magic = "NGNER1\n"

// Write writes the model in its gzip'd flat binary form: magic, class count,
// feature count, scale, the sorted feature hashes delta-coded as uvarints,
// then the int16 weights row by row.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.DefaultCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	keys, rows := m.sortedFeatures()
	bw.WriteString(magic)
	var hdr [12]byte
	binary.LittleEndian.PutUint32(hdr[0:], nClasses)
	binary.LittleEndian.PutUint32(hdr[4:], uint32(len(keys)))
	binary.LittleEndian.PutUint32(hdr[8:], math.Float32bits(m.scale))
	bw.Write(hdr[:])
	var buf [binary.MaxVarintLen64]byte
	prev := uint64(0)
	for _, k := range keys {
		n := binary.PutUvarint(buf[:], k-prev)
		bw.Write(buf[:n])
		prev = k
	}
	// Weights class-major so that runs of zeros compress well.
	for c := 0; c < nClasses; c++ {
		for _, r := range rows {
			v := m.weights[int(r)*nClasses+c]
			bw.WriteByte(byte(v))
			bw.WriteByte(byte(uint16(v) >> 8))
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ner: write model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("ner: write model: %w", err)
	}
	return nil
}

func (m *Model) sortedFeatures() ([]uint64, []int32) {
	type kr struct {
		k uint64
		r int32
	}
	var all []kr
	for i, k := range m.keys {
		if k != 0 {
			all = append(all, kr{k, m.rows[i]})
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].k < all[j].k })
	keys := make([]uint64, len(all))
	rows := make([]int32, len(all))
	for i, x := range all {
		keys[i], rows[i] = x.k, x.r
	}
	return keys, rows
}

// Read decodes a model written by Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: read model: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("ner: read model: %w", err)
	}
	if !bytes.HasPrefix(data, []byte(magic)) || len(data) < len(magic)+12 {
		return nil, errors.New("ner: read model: not a newsgraph NER model (bad magic)")
	}
	p := data[len(magic):]
	if c := binary.LittleEndian.Uint32(p[0:]); c != nClasses {
		return nil, fmt.Errorf("ner: read model: %d classes, want %d", c, nClasses)
	}
	n := int(binary.LittleEndian.Uint32(p[4:]))
	scale := math.Float32frombits(binary.LittleEndian.Uint32(p[8:]))
	p = p[12:]
	m := newModel(n)
	m.scale = scale
	prev := uint64(0)
	for i := 0; i < n; i++ {
		d, k := binary.Uvarint(p)
		if k <= 0 {
			return nil, fmt.Errorf("ner: read model: truncated feature table at %d of %d", i, n)
		}
		p = p[k:]
		prev += d
		m.insert(prev, int32(i))
	}
	if len(p) != 2*n*nClasses {
		return nil, fmt.Errorf("ner: read model: %d weight bytes, want %d", len(p), 2*n*nClasses)
	}
	for c := 0; c < nClasses; c++ {
		for i := 0; i < n; i++ {
			m.weights[i*nClasses+c] = int16(binary.LittleEndian.Uint16(p))
			p = p[2:]
		}
	}
	if err := m.initGazetteer(); err != nil {
		return nil, err
	}
	return m, nil
}

func newModel(n int) *Model {
	size := 1
	for size < 2*n+16 {
		size <<= 1
	}
	return &Model{
		keys:    make([]uint64, size),
		rows:    make([]int32, size),
		mask:    uint64(size - 1),
		weights: make([]int16, n*nClasses),
		nFeat:   n,
	}
}

func (m *Model) initGazetteer() error {
	g, err := parseGazetteer(gazetteerText)
	if err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	m.gaz = g
	m.pool.New = func() any { return &featurizer{gaz: g} }
	return nil
}

func (m *Model) insert(k uint64, row int32) {
	i := (k * 0x9E3779B97F4A7C15) >> 1 & m.mask
	for m.keys[i] != 0 {
		i = (i + 1) & m.mask
	}
	m.keys[i], m.rows[i] = k, row
}

// lookup returns the weight row of feature k, or nil.
func (m *Model) lookup(k uint64) []int16 {
	i := (k * 0x9E3779B97F4A7C15) >> 1 & m.mask
	for {
		switch m.keys[i] {
		case k:
			r := int(m.rows[i]) * nClasses
			return m.weights[r : r+nClasses : r+nClasses]
		case 0:
			return nil
		}
		i = (i + 1) & m.mask
	}
}

// Features is the number of features the model has weights for.
func (m *Model) Features() int { return m.nFeat }

// Predict tags a sentence given as words and returns one label index per
// word (an index into Labels).
func (m *Model) Predict(words []string) []int {
	f := m.pool.Get().(*featurizer)
	defer m.pool.Put(f)
	f.prepare(words)
	out := make([]int, len(words))
	var dyn [dynamicCount]uint64
	prev, prev2 := 0, 0
	for i := range words {
		var score [nClasses]int32
		for _, k := range f.static[i*staticFeatures : (i+1)*staticFeatures] {
			if w := m.lookup(k); w != nil {
				for c := range score {
					score[c] += int32(w[c])
				}
			}
		}
		f.dynamicFeatures(i, words, prev, prev2, dyn[:])
		for _, k := range dyn {
			if w := m.lookup(k); w != nil {
				for c := range score {
					score[c] += int32(w[c])
				}
			}
		}
		best := bestValid(score[:], prev)
		out[i] = best
		prev2, prev = prev, best
	}
	return out
}

// bestValid returns the highest-scoring class that may follow prev: an I-
// tag only continues a B- or I- tag of its type.
func bestValid[T int32 | float32](score []T, prev int) int {
	best := -1
	for c := range score {
		if isInside(c) && !(prev == c || prev == c-1) {
			continue
		}
		if best < 0 || score[c] > score[best] {
			best = c
		}
	}
	return best
}

// Tag finds the entity mentions among tokens of text. Tokens are grouped
// into sentences by Token.Sentence; no mention crosses a sentence. Mentions
// have Source "ner" and Entity -1.
func (m *Model) Tag(tokens []newsgraph.Token, text string) []newsgraph.Mention {
	var out []newsgraph.Mention
	words := make([]string, 0, 64)
	for s := 0; s < len(tokens); {
		e := s + 1
		for e < len(tokens) && tokens[e].Sentence == tokens[s].Sentence {
			e++
		}
		words = words[:0]
		for _, t := range tokens[s:e] {
			words = append(words, t.Text)
		}
		out = appendMentions(out, m.Predict(words), tokens[s:e], text)
		s = e
	}
	return out
}

// appendMentions turns the BIO classes of one sentence's tokens into
// mentions, dropping a trailing possessive or punctuation token.
func appendMentions(out []newsgraph.Mention, classes []int, toks []newsgraph.Token, text string) []newsgraph.Mention {
	for i := 0; i < len(classes); {
		c := classes[i]
		if c == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(classes) && isInside(classes[j]) && labelTypes[classes[j]] == labelTypes[c] {
			j++
		}
		k := j
		for k > i && !hasWordRune(toks[k-1].Text) {
			k--
		}
		if k > i && isPossessive(toks[k-1].Text) {
			k--
		}
		if k > i {
			start, end := toks[i].Start, toks[k-1].End
			if start >= 0 && end <= len(text) && start < end {
				out = append(out, newsgraph.Mention{
					Span: newsgraph.Span{Start: start, End: end}, Text: text[start:end],
					Type: labelTypes[c], Entity: -1, Source: "ner",
				})
			}
		}
		i = j
	}
	return out
}

func hasWordRune(s string) bool {
	for _, r := range s {
		if isWordRune(r) {
			return true
		}
	}
	return false
}

func isPossessive(s string) bool {
	return s == "'s" || s == "’s" || s == "'S" || s == "’S" || s == "'" || s == "’"
}
