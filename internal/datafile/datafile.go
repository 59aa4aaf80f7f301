// Package datafile reads line-oriented data files (lexicons, rules,
// gazetteers) and reports their errors by file and line.
package datafile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// MaxLine is the longest line a data file may hold, in bytes.
const MaxLine = 1 << 20

// Scanner reads the entries of a data file: text with one entry a line, in
// which blank lines (white space only) and lines starting with '#' are
// comments. It numbers the lines and collects the errors found in them, so
// that a reader can report every bad line and keep the good ones.
type Scanner struct {
	sc   *bufio.Scanner
	name string // file name for error messages
	line int    // number of the current line, from 1
	text string // the current line without its line ending
	errs []error
}

// NewScanner returns a scanner over r; name stands for the file in error
// messages.
func NewScanner(r io.Reader, name string) *Scanner {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), MaxLine)
	return &Scanner{sc: sc, name: name}
}

// Scan advances to the next entry, skipping comments, and reports whether
// there is one. It returns false at the end of the input or when the input
// cannot be read (a line longer than MaxLine, a failing reader); Err then
// reports the read error at the line it could not read.
func (s *Scanner) Scan() bool {
	for s.sc.Scan() {
		s.line++
		t := strings.TrimRight(s.sc.Text(), "\r")
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		s.text = t
		return true
	}
	s.text = ""
	if err := s.sc.Err(); err != nil {
		s.errs = append(s.errs, fmt.Errorf("%s:%d: %w", s.name, s.line+1, err))
	}
	return false
}

// Text returns the current entry: its line without the line ending ("\n" or
// "\r\n"), otherwise as written.
func (s *Scanner) Text() string { return s.text }

// Line returns the number of the current entry's line, counting from 1.
func (s *Scanner) Line() int { return s.line }

// Errorf records an error in the current line, formatted as by fmt.Errorf
// (%w wraps) and prefixed with "NAME:LINE: ", and returns it.
func (s *Scanner) Errorf(format string, args ...any) error {
	err := fmt.Errorf("%s:%d: %w", s.name, s.line, fmt.Errorf(format, args...))
	s.errs = append(s.errs, err)
	return err
}

// Err returns the errors recorded so far, read errors included, joined in
// the order found; nil if there are none.
func (s *Scanner) Err() error { return errors.Join(s.errs...) }

// Load opens the file at path and returns what parse makes of it; parse
// gets path as the file's name. what names the kind of file in the error
// returned when the file cannot be opened ("load WHAT: ...").
func Load[T any](path, what string, parse func(r io.Reader, name string) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, fmt.Errorf("load %s: %w", what, err)
	}
	defer f.Close()
	return parse(f, path)
}

// EachListLine calls fn with every item of the list file at path: one item
// a line, a '#' and what follows it a comment, spaces trimmed, blank lines
// skipped. An error of fn is returned with the file and line.
func EachListLine(path string, fn func(line string) error) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for i, line := range strings.Split(string(b), "\n") {
		if j := strings.IndexByte(line, '#'); j >= 0 {
			line = line[:j]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s:%d: %w", path, i+1, err)
		}
	}
	return nil
}
