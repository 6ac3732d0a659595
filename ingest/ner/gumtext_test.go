package ner

import (
	"os"
	"path/filepath"
	"testing"
)

// A hand-made GUM-style sentence: "Senate Democrats met the Republican
// Party in Ohio ." with an ADJ/NNP name word, a plural person group and a
// place.
const gumSample = `# newdoc id = GUM_news_sample
# meta::dateCreated = 2020-05-01
# newpar
# text = Senate Democrats met the Republican Party in Ohio.
1	Senate	Senate	PROPN	NNP	_	2	compound	_	Entity=(1-person-new-x-x-1-x
2	Democrats	Democrat	PROPN	NNPS	_	3	nsubj	_	Entity=1)
3	met	meet	VERB	VBD	_	0	root	_	_
4	the	the	DET	DT	_	6	det	_	Entity=(2-organization-new-x-x-1-x
5	Republican	Republican	ADJ	NNP	_	6	amod	_	_
6	Party	Party	PROPN	NNP	_	3	obj	_	Entity=2)
7	in	in	ADP	IN	_	8	case	_	_
8	Ohio	Ohio	PROPN	NNP	_	3	obl	_	Entity=(3-place-new-x-x-1-x)|SpaceAfter=No
9	.	.	PUNCT	.	_	3	punct	_	_

`

func TestGUMConversionAndText(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "dep"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "dep", "GUM_news_sample.conllu"), []byte(gumSample), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, err := ReadGUM(dir)
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.Created != "2020-05-01" {
		t.Errorf("Created = %q", d.Created)
	}
	text, gold, err := d.Text()
	if err != nil {
		t.Fatal(err)
	}
	if text != "Senate Democrats met the Republican Party in Ohio." {
		t.Errorf("text = %q", text)
	}
	got := map[string]string{}
	for _, g := range gold {
		if text[g.Start:g.End] != g.Text {
			t.Errorf("span %d-%d is %q, not %q", g.Start, g.End, text[g.Start:g.End], g.Text)
		}
		got[g.Text] = g.Type
	}
	want := map[string]string{"Republican Party": "ORG", "Ohio": "GPE"}
	if len(got) != len(want) {
		t.Errorf("gold mentions %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("gold %q = %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
}
