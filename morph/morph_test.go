package morph

import (
	"bytes"
	"strings"
	"testing"

	"github.com/parleyproject/parley/conllu"
	"github.com/parleyproject/parley/internal/shareddata"
	"github.com/parleyproject/parley/internal/treebank"
)

const tiny = `1	They	they	PRON	PRP	Case=Nom|Number=Plur|Person=3|PronType=Prs	2	nsubj	_	_
2	met	meet	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
3	leaders	leader	NOUN	NNS	Number=Plur	2	obj	_	_
4	.	.	PUNCT	.	_	2	punct	_	_

`

func TestTrainAndLookup(t *testing.T) {
	sents, err := conllu.ReadAll(strings.NewReader(tiny), "tiny")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(sents)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ form, xpos, want string }{
		{"They", "PRP", "Case=Nom|Number=Plur|Person=3|PronType=Prs"},
		{"talks", "NNS", "Number=Plur"},
		{"attacked", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"},
		{".", ".", ""},
		{"whatever", "XX", ""},
	}
	for _, tt := range tests {
		if got := m.Feats(tt.form, tt.xpos); got != tt.want {
			t.Errorf("Feats(%q, %q) = %q, want %q", tt.form, tt.xpos, got, tt.want)
		}
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got := back.Feats("they", "PRP"); got != "Case=Nom|Number=Plur|Person=3|PronType=Prs" {
		t.Errorf("read model: %q", got)
	}
}

func TestTreebankAccuracy(t *testing.T) {
	ud := shareddata.Path(t, "data", "ud")
	train, err := treebank.Load(ud+"/en_ewt-ud-train.conllu.gz", ud+"/en_gum-open-train.conllu.gz")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(train)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"en_ewt-ud-dev.conllu.gz", "en_ewt-ud-test.conllu.gz"} {
		sents, err := treebank.Load(ud + "/" + name)
		if err != nil {
			t.Fatal(err)
		}
		right, total := 0, 0
		for _, s := range sents {
			for _, w := range s.Words {
				total++
				want := w.Feats
				if want == "_" {
					want = ""
				}
				if m.Feats(w.Form, w.XPOS) == want {
					right++
				}
			}
		}
		acc := 100 * float64(right) / float64(total)
		t.Logf("%s: FEATS accuracy with gold XPOS %.2f%%", name, acc)
		if acc < 90 {
			t.Errorf("%s: accuracy %.2f%% below 90%%", name, acc)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(FormatName + "\ntag\tNN\tNumber=Sing\nword\tPRP\tthey\tCase=Nom\n"))
	f.Add([]byte("garbage"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Read(bytes.NewReader(data))
		if err == nil {
			m.Feats("x", "NN")
		}
	})
}
