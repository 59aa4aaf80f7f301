// Package conllu reads and writes the CoNLL-U format of Universal Dependencies.
package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one syntactic word line of a CoNLL-U sentence. Fields hold the
// column text as written ("_" for an empty column); Head is -1 when the HEAD
// column is "_".
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int
	DepRel string
	Deps   string
	Misc   string
}

// MultiWord is a range line ("3-4 don't") covering words First..Last.
type MultiWord struct {
	First, Last int
	Form        string
	Misc        string
}

// Sentence is one CoNLL-U sentence: its comment lines, words and multiword
// token lines. Empty nodes (decimal ids) are not kept.
type Sentence struct {
	Comments   []string // without the leading "# "
	Words      []Word
	MultiWords []MultiWord
	// Line is the line number of the sentence's first line in its file.
	Line int
}

// Comment returns the value of a "# key = value" comment, and whether it is
// present.
func (s *Sentence) Comment(key string) (string, bool) {
	for _, c := range s.Comments {
		k, v, ok := strings.Cut(c, "=")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v), true
		}
		if !ok && strings.TrimSpace(c) == key {
			return "", true
		}
	}
	return "", false
}

// SpaceAfter reports whether the MISC column lacks SpaceAfter=No.
func SpaceAfter(misc string) bool {
	for _, f := range strings.Split(misc, "|") {
		if f == "SpaceAfter=No" {
			return false
		}
	}
	return true
}

// SyntaxError reports a malformed line.
type SyntaxError struct {
	File string
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// Reader reads sentences from CoNLL-U text.
type Reader struct {
	sc   *bufio.Scanner
	name string
	line int
	done bool
}

// MaxLineBytes is the longest line a Reader accepts.
const MaxLineBytes = 16 << 20

// NewReader returns a Reader over r; name appears in error messages.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), MaxLineBytes)
	return &Reader{sc: sc, name: name}
}

// Next returns the next sentence, or io.EOF after the last one. A malformed
// sentence yields a *SyntaxError naming its line; reading may go on with the
// following sentence, so one bad line loses only its own sentence.
func (r *Reader) Next() (*Sentence, error) {
	if r.done {
		return nil, io.EOF
	}
	var s *Sentence
	var bad error
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if s == nil {
				continue
			}
			if bad != nil {
				return nil, bad
			}
			return s, r.check(s)
		}
		if s == nil {
			s = &Sentence{Line: r.line}
		}
		if bad != nil {
			continue // skip the rest of a broken sentence
		}
		if strings.HasPrefix(line, "#") {
			s.Comments = append(s.Comments, strings.TrimSpace(strings.TrimPrefix(line, "#")))
			continue
		}
		if err := r.addLine(s, line); err != nil {
			bad = err
		}
	}
	r.done = true
	if err := r.sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", r.name, r.line+1, err)
	}
	if s == nil {
		return nil, io.EOF
	}
	if bad != nil {
		return nil, bad
	}
	return s, r.check(s)
}

func (r *Reader) errorf(format string, args ...any) error {
	return &SyntaxError{File: r.name, Line: r.line, Msg: fmt.Sprintf(format, args...)}
}

func (r *Reader) addLine(s *Sentence, line string) error {
	cols := strings.Split(line, "\t")
	if len(cols) != 10 {
		return r.errorf("want 10 tab-separated columns, got %d", len(cols))
	}
	id := cols[0]
	if strings.Contains(id, ".") {
		return nil // empty node of the enhanced graph
	}
	if first, last, ok := strings.Cut(id, "-"); ok {
		a, err1 := strconv.Atoi(first)
		b, err2 := strconv.Atoi(last)
		if err1 != nil || err2 != nil || a < 1 || b < a {
			return r.errorf("bad multiword token range %q", id)
		}
		if a != len(s.Words)+1 {
			return r.errorf("multiword token %q does not start at the next word", id)
		}
		if n := len(s.MultiWords); n > 0 && a <= s.MultiWords[n-1].Last {
			return r.errorf("multiword token %q overlaps %d-%d", id, s.MultiWords[n-1].First, s.MultiWords[n-1].Last)
		}
		s.MultiWords = append(s.MultiWords, MultiWord{First: a, Last: b, Form: cols[1], Misc: cols[9]})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n < 1 {
		return r.errorf("bad word id %q", id)
	}
	if n != len(s.Words)+1 {
		return r.errorf("word id %d out of sequence (want %d)", n, len(s.Words)+1)
	}
	if cols[1] == "" {
		return r.errorf("empty FORM")
	}
	head := -1
	if cols[6] != "_" {
		h, err := strconv.Atoi(cols[6])
		if err != nil || h < 0 {
			return r.errorf("bad HEAD %q", cols[6])
		}
		head = h
	}
	s.Words = append(s.Words, Word{
		ID: n, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4], Feats: cols[5],
		Head: head, DepRel: cols[7], Deps: cols[8], Misc: cols[9],
	})
	return nil
}

// check validates what can only be seen once the sentence is complete.
func (r *Reader) check(s *Sentence) error {
	if len(s.Words) == 0 {
		return &SyntaxError{File: r.name, Line: s.Line, Msg: "sentence has no words"}
	}
	for _, w := range s.Words {
		if w.Head > len(s.Words) {
			return &SyntaxError{File: r.name, Line: s.Line, Msg: fmt.Sprintf("word %d has HEAD %d beyond the sentence", w.ID, w.Head)}
		}
	}
	for _, m := range s.MultiWords {
		if m.Last > len(s.Words) {
			return &SyntaxError{File: r.name, Line: s.Line, Msg: fmt.Sprintf("multiword token %d-%d beyond the sentence", m.First, m.Last)}
		}
	}
	return nil
}

// ReadAll reads every sentence of r. It stops at the first error and returns
// the sentences read before it together with the error.
func ReadAll(r io.Reader, name string) ([]*Sentence, error) {
	cr := NewReader(r, name)
	var out []*Sentence
	for {
		s, err := cr.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// Write writes s in CoNLL-U form, followed by a blank line.
func Write(w io.Writer, s *Sentence) error {
	bw := bufio.NewWriter(w)
	for _, c := range s.Comments {
		bw.WriteString("# ")
		bw.WriteString(c)
		bw.WriteByte('\n')
	}
	mw := 0
	for _, word := range s.Words {
		for mw < len(s.MultiWords) && s.MultiWords[mw].First == word.ID {
			m := s.MultiWords[mw]
			fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First, m.Last, m.Form, orBlank(m.Misc))
			mw++
		}
		head := "_"
		if word.Head >= 0 {
			head = strconv.Itoa(word.Head)
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", word.ID, word.Form, orBlank(word.Lemma),
			orBlank(word.UPOS), orBlank(word.XPOS), orBlank(word.Feats), head, orBlank(word.DepRel),
			orBlank(word.Deps), orBlank(word.Misc))
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

func orBlank(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
