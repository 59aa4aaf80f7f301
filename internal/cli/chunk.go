package cli

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

// chunkText reads r and calls fn with pieces of at most max bytes, cut at a
// paragraph break where there is one (else a line break, else a space, else
// a character boundary), so that a text of any size is analysed in bounded
// memory; base is the piece's byte offset in the whole text.
func chunkText(r io.Reader, max int, fn func(piece string, base int) error) error {
	buf := make([]byte, 0, max)
	base := 0
	eof := false
	for !eof || len(buf) > 0 {
		for !eof && len(buf) < max {
			n, err := r.Read(buf[len(buf):max])
			buf = buf[:len(buf)+n]
			if errors.Is(err, io.EOF) {
				eof = true
			} else if err != nil {
				return err
			}
		}
		cut := len(buf)
		if !eof {
			cut = cutPoint(buf)
		}
		if err := fn(string(buf[:cut]), base); err != nil {
			return err
		}
		base += cut
		rest := copy(buf, buf[cut:])
		buf = buf[:rest]
	}
	return nil
}

func cutPoint(b []byte) int {
	for _, sep := range [][]byte{[]byte("\n\n"), []byte("\n"), []byte(" ")} {
		if i := bytes.LastIndex(b, sep); i > len(b)/2 {
			return i + len(sep)
		}
	}
	// No break in the second half: cut before an incomplete last character.
	i := len(b) - 1
	for i > 0 && i > len(b)-utf8.UTFMax && !utf8.RuneStart(b[i]) {
		i--
	}
	if i == 0 || utf8.FullRune(b[i:]) {
		return len(b)
	}
	return i
}
