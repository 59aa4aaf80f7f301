// Package binfmt writes and reads the small binary containers that hold
// Parley's trained models: a magic string, then varints, strings and nested
// byte blocks, with errors that say what was being read.
package binfmt

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// Writer writes a model container. The first error sticks and is returned by
// Flush.
type Writer struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

// NewWriter starts a container with the given magic string.
func NewWriter(w io.Writer, magic string) *Writer {
	bw := &Writer{w: bufio.NewWriterSize(w, 1<<16)}
	bw.Raw([]byte(magic))
	return bw
}

// Raw writes bytes as they are.
func (w *Writer) Raw(b []byte) {
	if w.err == nil {
		_, w.err = w.w.Write(b)
	}
}

// Uint writes an unsigned varint.
func (w *Writer) Uint(v uint64) {
	n := binary.PutUvarint(w.buf[:], v)
	w.Raw(w.buf[:n])
}

// Int writes a signed varint.
func (w *Writer) Int(v int64) {
	n := binary.PutVarint(w.buf[:], v)
	w.Raw(w.buf[:n])
}

// Float writes a float32.
func (w *Writer) Float(f float32) {
	binary.LittleEndian.PutUint32(w.buf[:4], math.Float32bits(f))
	w.Raw(w.buf[:4])
}

// String writes a length-prefixed string.
func (w *Writer) String(s string) {
	w.Uint(uint64(len(s)))
	w.Raw([]byte(s))
}

// Strings writes a counted list of strings.
func (w *Writer) Strings(ss []string) {
	w.Uint(uint64(len(ss)))
	for _, s := range ss {
		w.String(s)
	}
}

// Flush flushes buffered bytes and returns the first error met.
func (w *Writer) Flush() error {
	if w.err != nil {
		return w.err
	}
	return w.w.Flush()
}

// ErrFormat reports bytes that are not a valid container.
var ErrFormat = errors.New("bad model data")

// MaxString bounds strings and lists read, so corrupt data cannot force huge
// allocations.
const MaxString = 1 << 24

// Reader reads a model container. The first error sticks; later reads return
// zero values.
type Reader struct {
	r   *bufio.Reader
	err error
	buf [8]byte
}

// NewReader checks the magic string and returns a Reader.
func NewReader(r io.Reader, magic string) (*Reader, error) {
	br := &Reader{r: bufio.NewReaderSize(r, 1<<16)}
	got := make([]byte, len(magic))
	if _, err := io.ReadFull(br.r, got); err != nil || string(got) != magic {
		return nil, fmt.Errorf("%w: want header %q", ErrFormat, magic)
	}
	return br, nil
}

// Underlying returns the buffered reader, for nested formats.
func (r *Reader) Underlying() *bufio.Reader { return r.r }

func (r *Reader) fail(what string, err error) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: %s: %v", ErrFormat, what, err)
	}
}

// Uint reads an unsigned varint.
func (r *Reader) Uint() uint64 {
	if r.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(r.r)
	if err != nil {
		r.fail("varint", err)
	}
	return v
}

// Int reads a signed varint.
func (r *Reader) Int() int64 {
	if r.err != nil {
		return 0
	}
	v, err := binary.ReadVarint(r.r)
	if err != nil {
		r.fail("varint", err)
	}
	return v
}

// Float reads a float32.
func (r *Reader) Float() float32 {
	if r.err != nil {
		return 0
	}
	if _, err := io.ReadFull(r.r, r.buf[:4]); err != nil {
		r.fail("float", err)
		return 0
	}
	return math.Float32frombits(binary.LittleEndian.Uint32(r.buf[:4]))
}

// Len reads a count and checks it against limit.
func (r *Reader) Len(limit int) int {
	n := r.Uint()
	if n > uint64(limit) {
		r.fail("count", fmt.Errorf("%d exceeds %d", n, limit))
		return 0
	}
	return int(n)
}

// String reads a length-prefixed string.
func (r *Reader) String() string {
	n := r.Len(MaxString)
	if r.err != nil || n == 0 {
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r.r, b); err != nil {
		r.fail("string", err)
		return ""
	}
	return string(b)
}

// Strings reads a counted list of strings.
func (r *Reader) Strings() []string {
	n := r.Len(MaxString)
	out := make([]string, 0, min(n, 1<<10))
	for i := 0; i < n && r.err == nil; i++ {
		out = append(out, r.String())
	}
	return out
}

// Err returns the first error met.
func (r *Reader) Err() error { return r.err }

// Fail records an error found by the caller while decoding.
func (r *Reader) Fail(what string, err error) { r.fail(what, err) }

// Write implements io.Writer, for nested formats.
func (w *Writer) Write(p []byte) (int, error) {
	w.Raw(p)
	if w.err != nil {
		return 0, w.err
	}
	return len(p), nil
}
