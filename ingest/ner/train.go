package ner

import (
	"fmt"
	"math"
	"math/rand/v2"
	"time"
)

// Sentence is one training or evaluation sentence: words with their BIO
// labels (values of Labels).
type Sentence struct {
	Words  []string
	Labels []string
}

// TrainOptions tunes Train.
type TrainOptions struct {
	Epochs int     // passes over the data; default 8
	Seed   uint64  // shuffling seed
	Prune  float64 // drop features whose largest |averaged weight| is below this; default 0.5
	// Logf, if set, receives progress lines.
	Logf func(format string, args ...any)
}

// trainer holds the perceptron state while training.
type trainer struct {
	index  map[uint64]int32
	w      []float32 // current weights, row-major nClasses
	total  []float64 // accumulated weight*time, for averaging
	stamp  []int32   // step of last update per weight
	step   int32
	scores [nClasses]float32
}

func (t *trainer) row(k uint64, create bool) int {
	r, ok := t.index[k]
	if !ok {
		if !create {
			return -1
		}
		r = int32(len(t.index))
		t.index[k] = r
		t.w = append(t.w, make([]float32, nClasses)...)
		t.total = append(t.total, make([]float64, nClasses)...)
		t.stamp = append(t.stamp, make([]int32, nClasses)...)
	}
	return int(r) * nClasses
}

func (t *trainer) score(feats []uint64) {
	for _, k := range feats {
		if r := t.row(k, false); r >= 0 {
			for c := 0; c < nClasses; c++ {
				t.scores[c] += t.w[r+c]
			}
		}
	}
}

func (t *trainer) update(feats []uint64, c int, delta float32) {
	for _, k := range feats {
		i := t.row(k, true) + c
		t.total[i] += float64(t.step-t.stamp[i]) * float64(t.w[i])
		t.stamp[i] = t.step
		t.w[i] += delta
	}
}

// Train fits a model to sents with the averaged perceptron, decoding each
// sentence greedily with its own predicted tags as history.
func Train(sents []Sentence, opts TrainOptions) (*Model, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 8
	}
	if opts.Prune <= 0 {
		opts.Prune = 0.5
	}
	logf := opts.Logf
	if logf == nil {
		logf = func(string, ...any) {}
	}
	gold := make([][]int, len(sents))
	for i, s := range sents {
		if len(s.Words) != len(s.Labels) {
			return nil, fmt.Errorf("ner: train: sentence %d has %d words and %d labels", i, len(s.Words), len(s.Labels))
		}
		gold[i] = make([]int, len(s.Labels))
		for j, l := range s.Labels {
			c := labelIndex(l)
			if c < 0 {
				return nil, fmt.Errorf("ner: train: sentence %d word %d: unknown label %q", i, j, l)
			}
			gold[i][j] = c
		}
	}
	g, err := parseGazetteer(gazetteerText)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	f := &featurizer{gaz: g}
	t := &trainer{index: make(map[uint64]int32, 1<<20)}
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6e6572))
	var dyn [dynamicCount]uint64
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, n := 0, 0
		for _, si := range order {
			words := sents[si].Words
			f.prepare(words)
			prev, prev2 := 0, 0
			for i := range words {
				t.step++
				t.scores = [nClasses]float32{}
				static := f.static[i*staticFeatures : (i+1)*staticFeatures]
				f.dynamicFeatures(i, words, prev, prev2, dyn[:])
				t.score(static)
				t.score(dyn[:])
				guess := bestValid(t.scores[:], prev)
				if want := gold[si][i]; guess != want {
					errs++
					t.update(static, want, 1)
					t.update(dyn[:], want, 1)
					t.update(static, guess, -1)
					t.update(dyn[:], guess, -1)
				}
				n++
				prev2, prev = prev, guess
			}
		}
		logf("epoch %d: %d/%d token errors (%.2f%%), %d features, %s", epoch, errs, n,
			100*float64(errs)/float64(n), len(t.index), time.Since(start).Round(time.Millisecond))
	}
	return t.finish(opts.Prune, g, logf), nil
}

// finish averages, prunes and quantises the weights into a Model.
func (t *trainer) finish(prune float64, g *gazetteer, logf func(string, ...any)) *Model {
	T := float64(t.step)
	avg := make([]float32, len(t.w))
	maxAbs := 0.0
	for i := range t.w {
		tot := t.total[i] + float64(t.step-t.stamp[i])*float64(t.w[i])
		a := tot / T
		avg[i] = float32(a)
		maxAbs = math.Max(maxAbs, math.Abs(a))
	}
	type kept struct {
		k uint64
		r int32
	}
	var keep []kept
	for k, r := range t.index {
		big := 0.0
		for c := 0; c < nClasses; c++ {
			big = math.Max(big, math.Abs(float64(avg[int(r)*nClasses+c])))
		}
		if big >= prune {
			keep = append(keep, kept{k, r})
		}
	}
	m := newModel(len(keep))
	m.scale = float32(maxAbs / 32767)
	if m.scale == 0 {
		m.scale = 1
	}
	for i, x := range keep {
		m.insert(x.k, int32(i))
		for c := 0; c < nClasses; c++ {
			v := math.Round(float64(avg[int(x.r)*nClasses+c]) / float64(m.scale))
			m.weights[i*nClasses+c] = int16(max(-32767, min(32767, v)))
		}
	}
	m.gaz = g
	m.pool.New = func() any { return &featurizer{gaz: g} }
	logf("kept %d of %d features (prune %.2f), weight scale %g", len(keep), len(t.index), prune, m.scale)
	return m
}
