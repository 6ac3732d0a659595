package ner

import (
	"fmt"
	"io"
	"sort"
)

// Score counts exact-match typed entity spans.
type Score struct {
	TP, FP, FN int
}

// P is precision, R recall, F1 their harmonic mean.
func (s Score) P() float64  { return ratio(s.TP, s.TP+s.FP) }
func (s Score) R() float64  { return ratio(s.TP, s.TP+s.FN) }
func (s Score) F1() float64 { return ratio(2*s.TP, 2*s.TP+s.FP+s.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluation is a Score per entity type plus the micro-averaged total
// under the key "ALL".
type Evaluation map[string]*Score

type labeledSpan struct {
	typ        string
	start, end int
}

// spansOf reads typed spans out of BIO labels.
func spansOf(labels []string) map[labeledSpan]bool {
	out := map[labeledSpan]bool{}
	for i := 0; i < len(labels); {
		l := labels[i]
		if l == "O" || len(l) < 3 {
			i++
			continue
		}
		typ := l[2:]
		j := i + 1
		for j < len(labels) && labels[j] == "I-"+typ {
			j++
		}
		out[labeledSpan{typ, i, j}] = true
		i = j
	}
	return out
}

// Evaluate tags each sentence's words and compares the typed spans found
// with the gold labels.
func Evaluate(m *Model, sents []Sentence) Evaluation {
	ev := Evaluation{"ALL": {}}
	get := func(t string) *Score {
		if ev[t] == nil {
			ev[t] = &Score{}
		}
		return ev[t]
	}
	for _, s := range sents {
		pred := m.Predict(s.Words)
		labels := make([]string, len(pred))
		for i, c := range pred {
			labels[i] = Labels[c]
		}
		g, p := spansOf(s.Labels), spansOf(labels)
		for sp := range p {
			if g[sp] {
				get(sp.typ).TP++
				ev["ALL"].TP++
			} else {
				get(sp.typ).FP++
				ev["ALL"].FP++
			}
		}
		for sp := range g {
			if !p[sp] {
				get(sp.typ).FN++
				ev["ALL"].FN++
			}
		}
	}
	return ev
}

// Print writes the evaluation as a table.
func (ev Evaluation) Print(w io.Writer) {
	var types []string
	for t := range ev {
		if t != "ALL" {
			types = append(types, t)
		}
	}
	sort.Strings(types)
	types = append(types, "ALL")
	fmt.Fprintf(w, "%-8s %6s %6s %6s %6s %6s %6s\n", "type", "gold", "pred", "P", "R", "F1", "TP")
	for _, t := range types {
		s := ev[t]
		fmt.Fprintf(w, "%-8s %6d %6d %6.1f %6.1f %6.1f %6d\n", t, s.TP+s.FN, s.TP+s.FP, 100*s.P(), 100*s.R(), 100*s.F1(), s.TP)
	}
}
