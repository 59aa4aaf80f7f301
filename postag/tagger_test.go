package postag

import (
	"bytes"
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/parleyproject/parley/text"
)

// toyCorpus is a small language where the tag follows from the word, except
// "run", whose tag depends on the previous word.
func toyCorpus() []Sentence {
	mk := func(pairs ...string) Sentence {
		var s Sentence
		for i := 0; i < len(pairs); i += 2 {
			s.Forms = append(s.Forms, pairs[i])
			up := map[string]string{"NN": "NOUN", "VB": "VERB", "DT": "DET", "PRP": "PRON", ".": "PUNCT"}[pairs[i+1]]
			s.Tags = append(s.Tags, Tag{UPOS: up, XPOS: pairs[i+1]})
		}
		return s
	}
	var out []Sentence
	for i := 0; i < 30; i++ {
		out = append(out,
			mk("the", "DT", "run", "NN", "ended", "VB", ".", "."),
			mk("they", "PRP", "run", "VB", "home", "NN", ".", "."),
		)
	}
	return out
}

func TestTrainToy(t *testing.T) {
	tg, err := Train(context.Background(), toyCorpus(), TrainOptions{Epochs: 5, TwoPass: true, Folds: 3, KnownMinCount: 1000, MinWeight: 1e-6})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		forms []string
		want  []string
	}{
		{[]string{"the", "run", "ended", "."}, []string{"DT", "NN", "VB", "."}},
		{[]string{"they", "run", "home", "."}, []string{"PRP", "VB", "NN", "."}},
	}
	for _, tt := range tests {
		got := tg.TagWords(tt.forms)
		for i, w := range tt.want {
			if got[i].XPOS != w {
				t.Errorf("%v: word %d tagged %s, want %s", tt.forms, i, got[i].XPOS, w)
			}
		}
	}
	var buf bytes.Buffer
	if _, err := tg.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got := back.TagWords([]string{"they", "run"}); got[1].XPOS != "VB" {
		t.Errorf("read model tags %v", got)
	}
	if tg.TagWords(nil) == nil {
		t.Error("TagWords(nil) returned nil")
	}
}

func TestTrainErrNoData(t *testing.T) {
	if _, err := Train(context.Background(), nil, TrainOptions{}); err == nil {
		t.Fatal("training on nothing did not fail")
	}
}

func FuzzRead(f *testing.F) {
	tg, err := Train(context.Background(), toyCorpus(), TrainOptions{Epochs: 1})
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	tg.WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte("PRLYTAG1\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Read(bytes.NewReader(data))
		if err != nil {
			if m != nil {
				t.Fatal("model returned with an error")
			}
			return
		}
		m.TagWords([]string{"a", "b"})
	})
}

// TestFixForms checks that fixed forms get their tag in the pipeline's
// tagging only, and that a tag the model lacks is refused.
func TestFixForms(t *testing.T) {
	tg, err := Train(context.Background(), toyCorpus(), TrainOptions{Epochs: 5, Folds: 3, KnownMinCount: 1000, MinWeight: 1e-6})
	if err != nil {
		t.Fatal(err)
	}
	if err := tg.FixForms([]string{"home"}, Tag{UPOS: "ADV", XPOS: "RB"}); err == nil {
		t.Error("FixForms accepted a tag the model lacks")
	}
	if err := tg.FixForms([]string{"run"}, Tag{UPOS: "VERB", XPOS: "VB"}); err != nil {
		t.Fatal(err)
	}
	toks := []text.Token{{Form: "the"}, {Form: "run"}, {Form: "ended"}, {Form: "."}}
	tg.TagTokens(toks)
	if toks[1].XPOS != "VB" {
		t.Errorf("fixed form tagged %s in TagTokens, want VB", toks[1].XPOS)
	}
	if got := tg.TagWords([]string{"the", "run", "ended", "."}); got[1].XPOS != "NN" {
		t.Errorf("fixed form tagged %s in TagWords, want the model's NN", got[1].XPOS)
	}
}

// TestArgmaxMargin checks argmaxMargin against a scan that keeps the two
// best scores, on random scores with many ties and at the int32 extremes.
func TestArgmaxMargin(t *testing.T) {
	scan := func(scores []int32) (int, float32) {
		best, next := 0, int32(math.MinInt32)
		for i, v := range scores {
			if v > scores[best] {
				best = i
			}
		}
		for i, v := range scores {
			if i != best && v > next {
				next = v
			}
		}
		if len(scores) < 2 {
			return best, 0
		}
		return best, float32(scores[best] - next)
	}
	r := rand.New(rand.NewPCG(7, 8))
	for n := 0; n <= 120; n++ {
		for range 20 {
			scores := make([]int32, n)
			for i := range scores {
				switch r.IntN(4) {
				case 0:
					scores[i] = math.MinInt32
				case 1:
					scores[i] = math.MaxInt32
				default:
					scores[i] = int32(r.IntN(7)) - 3
				}
			}
			before := slices.Clone(scores)
			gotBest, gotMargin := argmaxMargin(scores)
			wantBest, wantMargin := scan(before)
			if gotBest != wantBest || gotMargin != wantMargin || !slices.Equal(scores, before) {
				t.Fatalf("argmaxMargin(%v) = %d, %v; want %d, %v", before, gotBest, gotMargin, wantBest, wantMargin)
			}
		}
	}
}
