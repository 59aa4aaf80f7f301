package conllu_test

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/parleyproject/parley/conllu"
	"github.com/parleyproject/parley/text"
)

// tabs turns " | " column separators into tabs.
func tabs(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimLeft(s, "\n"), "\n") {
		b.WriteString(strings.ReplaceAll(strings.TrimLeft(line, "\t"), " | ", "\t"))
		b.WriteByte('\n')
	}
	return b.String()
}

const sample = `
# newdoc id = d1
# newpar id = p1
# sent_id = 1
# text = Don't go.
1-2 | Don't | _ | _ | _ | _ | _ | _ | _ | _
1 | Do | do | AUX | VB | VerbForm=Inf | 3 | aux | 3:aux | _
2 | n't | not | PART | RB | Polarity=Neg | 3 | advmod | 3:advmod | _
3 | go | go | VERB | VB | VerbForm=Inf | 0 | root | 0:root | SpaceAfter=No
3.1 | went | go | VERB | VBD | _ | _ | _ | 3:conj | _
4 | . | . | PUNCT | . | _ | 3 | punct | 3:punct | _

# sent_id = 2
1 | Fine | fine | ADJ | JJ | Degree=Pos | 0 | root | 0:root | SpaceAfter=No
2 | ! | ! | PUNCT | . | _ | 1 | punct | 1:punct | _

# newpar id = p2
# sent_id = 3
1 | Bye | bye | INTJ | UH | _ | _ | _ | _ | _
`

func TestReadAll(t *testing.T) {
	sents, err := conllu.ReadAll(strings.NewReader(tabs(sample)), "sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 3 {
		t.Fatalf("%d sentences, want 3", len(sents))
	}
	s := sents[0]
	if len(s.Words) != 4 || len(s.MultiWords) != 1 || s.Line != 1 {
		t.Fatalf("sentence 1: %d words, %d multiword tokens, line %d; want 4, 1, 1", len(s.Words), len(s.MultiWords), s.Line)
	}
	if m := s.MultiWords[0]; m.First != 1 || m.Last != 2 || m.Form != "Don't" {
		t.Errorf("multiword token %+v", m)
	}
	if w := s.Words[2]; w.Form != "go" || w.Head != 0 || w.DepRel != "root" || conllu.SpaceAfter(w.Misc) {
		t.Errorf("word 3 %+v", w)
	}
	if v, ok := s.Comment("text"); !ok || v != "Don't go." {
		t.Errorf("text comment %q %v", v, ok)
	}
	if _, ok := s.Comment("newdoc id"); !ok {
		t.Error("newdoc id comment not found")
	}
	if w := sents[2].Words[0]; w.Head != -1 {
		t.Errorf("HEAD _ read as %d, want -1", w.Head)
	}
}

func TestReaderErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ErrColumns", "1 | a | _ | _\n", "f:1: want 10 tab-separated columns, got 4"},
		{"ErrWordID", "x | a | _ | _ | _ | _ | 0 | _ | _ | _\n", `f:1: bad word id "x"`},
		{"ErrSequence", "1 | a | _ | _ | _ | _ | 0 | _ | _ | _\n3 | b | _ | _ | _ | _ | 1 | _ | _ | _\n", "f:2: word id 3 out of sequence (want 2)"},
		{"ErrEmptyForm", "1 |  | _ | _ | _ | _ | 0 | _ | _ | _\n", "f:1: empty FORM"},
		{"ErrHead", "1 | a | _ | _ | _ | _ | x | _ | _ | _\n", `f:1: bad HEAD "x"`},
		{"ErrHeadBeyond", "1 | a | _ | _ | _ | _ | 2 | _ | _ | _\n", "f:1: word 1 has HEAD 2 beyond the sentence"},
		{"ErrRange", "2-1 | ab | _ | _ | _ | _ | _ | _ | _ | _\n", `f:1: bad multiword token range "2-1"`},
		{"ErrRangeStart", "2-3 | ab | _ | _ | _ | _ | _ | _ | _ | _\n", `f:1: multiword token "2-3" does not start at the next word`},
		{"ErrRangeOverlap", "1-2 | ab | _ | _ | _ | _ | _ | _ | _ | _\n1-3 | abc | _ | _ | _ | _ | _ | _ | _ | _\n", `f:2: multiword token "1-3" overlaps 1-2`},
		{"ErrRangeBeyond", "1-2 | ab | _ | _ | _ | _ | _ | _ | _ | _\n1 | a | _ | _ | _ | _ | 0 | _ | _ | _\n", "f:1: multiword token 1-2 beyond the sentence"},
		{"ErrNoWords", "# only a comment\n", "f:1: sentence has no words"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := conllu.ReadAll(strings.NewReader(tabs(tc.in)), "f")
			var se *conllu.SyntaxError
			if !errors.As(err, &se) || err.Error() != tc.want {
				t.Errorf("error %v, want *SyntaxError %q", err, tc.want)
			}
		})
	}
}

func TestReaderGoesOn(t *testing.T) {
	in := tabs(`
1 | a | _ | _ | _ | _ | 0 | _ | _ | _

1 | b | _ | _
2 | c | _ | _ | _ | _ | 0 | _ | _ | _

1 | d | _ | _ | _ | _ | 0 | _ | _ | _
`)
	r := conllu.NewReader(strings.NewReader(in), "f")
	var forms []string
	var errs []string
	for {
		s, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		forms = append(forms, s.Words[0].Form)
	}
	if fmt.Sprint(forms) != "[a d]" || fmt.Sprint(errs) != "[f:3: want 10 tab-separated columns, got 4]" {
		t.Errorf("read %v with errors %q; want [a d] and one error on line 3", forms, errs)
	}
	// ReadAll stops at the error but keeps what came before.
	sents, err := conllu.ReadAll(strings.NewReader(in), "f")
	if len(sents) != 1 || err == nil {
		t.Errorf("ReadAll: %d sentences, error %v; want 1 and an error", len(sents), err)
	}
}

func TestLongLine(t *testing.T) {
	in := "1\t" + strings.Repeat("a", conllu.MaxLineBytes) + "\t_\t_\t_\t_\t0\t_\t_\t_\n"
	sents, err := conllu.ReadAll(strings.NewReader(tabs(sample)+"\n"+in), "f")
	if err == nil || len(sents) != 3 || !strings.Contains(err.Error(), "f:") {
		t.Errorf("%d sentences, error %v; want 3 and an error naming the file", len(sents), err)
	}
}

func TestWriteRoundTrip(t *testing.T) {
	sents, err := conllu.ReadAll(strings.NewReader(tabs(sample)), "sample")
	if err != nil {
		t.Fatal(err)
	}
	written := writeAll(t, sents)
	again, err := conllu.ReadAll(strings.NewReader(written), "written")
	if err != nil {
		t.Fatalf("re-read: %v\n%s", err, written)
	}
	if err := sameSentences(sents, again); err != nil {
		t.Error(err)
	}
	if !strings.Contains(written, "1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tDo\tdo\tAUX") {
		t.Errorf("multiword token not written before its words:\n%s", written)
	}
}

func TestToDocument(t *testing.T) {
	sents, err := conllu.ReadAll(strings.NewReader(tabs(sample)), "sample")
	if err != nil {
		t.Fatal(err)
	}
	doc := conllu.ToDocument("d", sents, true)
	if want := "Don't go. Fine!\n\nBye"; doc.Text != want {
		t.Errorf("text %q, want %q", doc.Text, want)
	}
	var got []string
	for _, tk := range doc.Tokens {
		got = append(got, fmt.Sprintf("%s/%d/%d", tk.Form, tk.Span.Start, tk.MultiWord))
	}
	if want := "[Do/0/0 n't/2/0 go/6/-1 ./8/-1 Fine/10/-1 !/14/-1 Bye/17/-1]"; fmt.Sprint(got) != want {
		t.Errorf("tokens %v, want %v", got, want)
	}
	if doc.Tokens[0].Head != 2 || doc.Tokens[5].Head != 4 || doc.Tokens[2].Head != -1 {
		t.Errorf("heads %d %d %d, want 2 4 -1", doc.Tokens[0].Head, doc.Tokens[5].Head, doc.Tokens[2].Head)
	}
	paras := []bool{doc.Sentences[0].ParagraphStart, doc.Sentences[1].ParagraphStart, doc.Sentences[2].ParagraphStart}
	if fmt.Sprint(paras) != "[true false true]" {
		t.Errorf("paragraph starts %v, want [true false true]", paras)
	}

	back := conllu.FromDocument(doc)
	if len(back) != 3 || len(back[0].MultiWords) != 1 || back[0].MultiWords[0].Form != "Don't" {
		t.Fatalf("FromDocument lost the multiword token: %+v", back[0])
	}
	if w := back[0].Words[2]; w.Misc != "SpaceAfter=No|TokenRange=6:8" || w.Head != 0 {
		t.Errorf("word %+v", w)
	}
}

func TestFromDocumentCleansForms(t *testing.T) {
	doc := &text.Document{
		Text:      "a\tb",
		Tokens:    []text.Token{{Span: text.Span{Start: 0, End: 3}, Form: "a\tb", Head: -1, MultiWord: -1}},
		Sentences: []text.Sentence{{Start: 0, End: 1, Span: text.Span{Start: 0, End: 3}, ParagraphStart: true}},
	}
	s := conllu.FromDocument(doc)[0]
	if s.Words[0].Form != "a b" {
		t.Errorf("form %q, want tab replaced", s.Words[0].Form)
	}
}

// sameSentences compares what a CoNLL-U file says, reading "" and "_" alike.
// writeAll returns sents written in CoNLL-U.
func writeAll(tb testing.TB, sents []*conllu.Sentence) string {
	tb.Helper()
	var b strings.Builder
	for _, s := range sents {
		if err := conllu.Write(&b, s); err != nil {
			tb.Fatal(err)
		}
	}
	return b.String()
}

func sameSentences(a, b []*conllu.Sentence) error {
	if len(a) != len(b) {
		return fmt.Errorf("%d sentences, then %d", len(a), len(b))
	}
	blank := func(s string) string {
		if s == "" {
			return "_"
		}
		return s
	}
	for i := range a {
		x, y := a[i], b[i]
		if fmt.Sprint(x.Comments) != fmt.Sprint(y.Comments) {
			return fmt.Errorf("sentence %d comments %q, then %q", i, x.Comments, y.Comments)
		}
		if len(x.Words) != len(y.Words) || len(x.MultiWords) != len(y.MultiWords) {
			return fmt.Errorf("sentence %d: %d/%d words, then %d/%d", i, len(x.Words), len(x.MultiWords), len(y.Words), len(y.MultiWords))
		}
		for k, w := range x.Words {
			v := y.Words[k]
			for _, f := range [][2]string{{w.Form, v.Form}, {w.Lemma, v.Lemma}, {w.UPOS, v.UPOS}, {w.XPOS, v.XPOS},
				{w.Feats, v.Feats}, {w.DepRel, v.DepRel}, {w.Deps, v.Deps}, {w.Misc, v.Misc}} {
				if blank(f[0]) != blank(f[1]) {
					return fmt.Errorf("sentence %d word %d: %q, then %q", i, k+1, f[0], f[1])
				}
			}
			if w.ID != v.ID || w.Head != v.Head {
				return fmt.Errorf("sentence %d word %d: id/head %d/%d, then %d/%d", i, k+1, w.ID, w.Head, v.ID, v.Head)
			}
		}
		for k, m := range x.MultiWords {
			n := y.MultiWords[k]
			if m.First != n.First || m.Last != n.Last || m.Form != n.Form || blank(m.Misc) != blank(n.Misc) {
				return fmt.Errorf("sentence %d multiword token %d: %+v, then %+v", i, k, m, n)
			}
		}
	}
	return nil
}

// FuzzReader checks that reading never panics, that what is read is well
// formed (ids in sequence, heads and multiword tokens inside the sentence),
// that writing it and reading it back gives the same sentences, and that
// converting it to a document and back keeps the words.
func FuzzReader(f *testing.F) {
	f.Add(tabs(sample))
	f.Add("1\ta\t_\t_\t_\t_\t0\t_\t_\t_\n")
	f.Add("1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t2\t_\t_\t_\n2\tb\t_\t_\t_\t_\t0\t_\t_\t_\n\n")
	f.Add("# c\n1.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t_\t_\t_\t_\r\n\n\n1\tb\t_\t_\t_\t_\t1\t_\t_\t_")
	f.Add("1\ta b\t\t\t\t\t0\t\t\t\n")
	f.Add("1-3\tabc\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t0\t_\t_\t_\n2-3\tbc\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		r := conllu.NewReader(strings.NewReader(in), "fuzz")
		var sents []*conllu.Sentence
		for n := 0; n < 10000; n++ {
			s, err := r.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				continue
			}
			if err := wellFormed(s); err != nil {
				t.Fatalf("read an ill-formed sentence: %v", err)
			}
			sents = append(sents, s)
		}
		written := writeAll(t, sents)
		again, err := conllu.ReadAll(strings.NewReader(written), "written")
		if err != nil {
			t.Fatalf("cannot re-read what was written: %v\n%q", err, written)
		}
		if err := sameSentences(sents, again); err != nil {
			t.Fatalf("round trip: %v", err)
		}
		doc := conllu.ToDocument("fuzz", sents, true)
		nwords := 0
		for _, s := range sents {
			nwords += len(s.Words)
		}
		if len(doc.Tokens) != nwords || len(doc.Sentences) != len(sents) {
			t.Fatalf("ToDocument: %d tokens, %d sentences; want %d, %d", len(doc.Tokens), len(doc.Sentences), nwords, len(sents))
		}
		for i, tk := range doc.Tokens {
			if tk.Span.Start < 0 || tk.Span.End > len(doc.Text) || tk.Form != doc.Text[tk.Span.Start:tk.Span.End] {
				t.Fatalf("token %d span %v outside the text or Form mismatch", i, tk.Span)
			}
			if tk.Head >= len(doc.Tokens) {
				t.Fatalf("token %d head %d out of range", i, tk.Head)
			}
		}
		if back := conllu.FromDocument(doc); len(back) != len(sents) {
			t.Fatalf("FromDocument: %d sentences, want %d", len(back), len(sents))
		}
	})
}

func wellFormed(s *conllu.Sentence) error {
	if len(s.Words) == 0 {
		return errors.New("no words")
	}
	for i, w := range s.Words {
		if w.ID != i+1 || w.Head < -1 || w.Head > len(s.Words) || w.Form == "" {
			return fmt.Errorf("word %d: %+v", i+1, w)
		}
	}
	last := 0
	for _, m := range s.MultiWords {
		if m.First <= last || m.Last < m.First || m.Last > len(s.Words) {
			return fmt.Errorf("multiword token %d-%d", m.First, m.Last)
		}
		last = m.Last
	}
	return nil
}
