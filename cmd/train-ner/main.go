// Command train-ner trains, evaluates and tries out the NER model of
// package ingest/ner.
//
//	go run ./cmd/train-ner -gmb PATH -gum DIR -out ingest/ner/model.bin.gz
//	go run ./cmd/train-ner -eval -gmb PATH -gum DIR [-model FILE]
//	go run ./cmd/train-ner -print data/articles [-model FILE]
//	go run ./cmd/train-ner -gazetteers DIR -gaz-out ingest/ner/gazetteer.txt
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/newsgraph/newsgraph/ingest/ner"
	"github.com/newsgraph/newsgraph/ingest/segment"
)

func main() {
	gmb := flag.String("gmb", "", "GMB ner_dataset.csv")
	gum := flag.String("gum", "", "GUM folder holding dep/*.conllu")
	out := flag.String("out", "", "write the trained model here")
	epochs := flag.Int("epochs", 8, "training epochs")
	prune := flag.Float64("prune", 0.5, "drop features whose largest |averaged weight| is below this")
	gumRepeat := flag.Int("gum-repeat", 2, "times the GUM training sentences are repeated")
	eval := flag.Bool("eval", false, "evaluate on the held-out GMB slice and GUM news")
	model := flag.String("model", "", "model file for -eval/-print (default: the embedded model)")
	print := flag.String("print", "", "print the mentions found in the *.txt articles of this folder")
	gazDir := flag.String("gazetteers", "", "derive the gazetteer from this folder")
	gazOut := flag.String("gaz-out", "ingest/ner/gazetteer.txt", "where -gazetteers writes")
	flag.Parse()
	log.SetFlags(0)
	runtime.GOMAXPROCS(1)

	if *gazDir != "" {
		data, err := ner.BuildGazetteer(*gazDir)
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(*gazOut, data, 0o644); err != nil {
			log.Fatal(err)
		}
		log.Printf("wrote %s (%d bytes)", *gazOut, len(data))
	}
	var gmbTrain, gmbTest, gumTrain, gumNews []ner.Sentence
	if *gmb != "" {
		s, err := ner.ReadGMB(*gmb)
		if err != nil {
			log.Fatal(err)
		}
		gmbTrain, gmbTest = ner.SplitGMB(s)
	}
	if *gum != "" {
		docs, err := ner.ReadGUM(*gum)
		if err != nil {
			log.Fatal(err)
		}
		gumTrain, gumNews = ner.SplitGUM(docs)
	}
	var m *ner.Model
	if *out != "" {
		if len(gmbTrain)+len(gumTrain) == 0 {
			log.Fatal("train-ner: -out needs -gmb and/or -gum training data")
		}
		train := append([]ner.Sentence(nil), gmbTrain...)
		for i := 0; i < *gumRepeat; i++ {
			train = append(train, gumTrain...)
		}
		log.Printf("training on %d sentences (GMB %d, GUM %d x%d)", len(train), len(gmbTrain), len(gumTrain), *gumRepeat)
		start := time.Now()
		var err error
		m, err = ner.Train(train, ner.TrainOptions{Epochs: *epochs, Prune: *prune, Seed: 1, Logf: log.Printf})
		if err != nil {
			log.Fatal(err)
		}
		log.Printf("trained in %s", time.Since(start).Round(time.Second))
		f, err := os.Create(*out)
		if err != nil {
			log.Fatal(err)
		}
		if err := m.Write(f); err != nil {
			log.Fatal(err)
		}
		if err := f.Close(); err != nil {
			log.Fatal(err)
		}
		st, _ := os.Stat(*out)
		log.Printf("wrote %s: %d features, %d bytes", *out, m.Features(), st.Size())
	}
	if *eval || *print != "" {
		if m == nil {
			var err error
			m, err = loadModel(*model)
			if err != nil {
				log.Fatal(err)
			}
		}
	}
	if *eval {
		if len(gmbTest) > 0 {
			fmt.Printf("GMB held-out slice (%d sentences):\n", len(gmbTest))
			ner.Evaluate(m, gmbTest).Print(os.Stdout)
		}
		if len(gumNews) > 0 {
			fmt.Printf("GUM held-out Wikinews news+interview dev/test (%d sentences):\n", len(gumNews))
			ner.Evaluate(m, gumNews).Print(os.Stdout)
		}
	}
	if *print != "" {
		if err := printArticles(m, *print); err != nil {
			log.Fatal(err)
		}
	}
}

func loadModel(path string) (*ner.Model, error) {
	if path == "" {
		return ner.Load()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := ner.Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

func printArticles(m *ner.Model, dir string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return err
	}
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		text := string(data)
		toks := segment.Tokenize(text, segment.Sentences(text, nil))
		fmt.Printf("== %s\n", p)
		for _, mn := range m.Tag(toks, text) {
			fmt.Printf("%-8s %q\n", mn.Type, mn.Text)
		}
	}
	return nil
}
