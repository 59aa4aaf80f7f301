package lemma

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
)

//go:embed irregular.txt
var irregularText []byte

// Irregular is a table of English irregular verbs: the base of each past
// and participle form, and the past forms that can be nothing else. The
// suffix rules of a model learn only the verbs its treebank has ("overthrew"
// became "overthre"), and a tagger that never saw a past form may read it as
// another word ("Problems arose" as an adverb). It is read-only.
type Irregular struct {
	base     map[string]string
	pastOnly []string
}

// IrregularVerbs reads the embedded table (irregular.txt).
func IrregularVerbs() (*Irregular, error) {
	return ReadIrregular(bytes.NewReader(irregularText), "irregular.txt")
}

// ReadIrregular reads a table of irregular verbs: lines of a base, a past
// tense and a past participle, separated by spaces, each a lowercase word or
// alternatives joined by "/"; a past form marked "~" is also another word.
// Blank lines and lines starting with "#" are comments. name is used in
// errors.
func ReadIrregular(r io.Reader, name string) (*Irregular, error) {
	ir := &Irregular{base: map[string]string{}}
	type verb struct {
		base              string
		past, participles []string
		ambiguous         map[string]bool
	}
	var verbs []verb
	bases := map[string]bool{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || text[0] == '#' {
			continue
		}
		fields := strings.Fields(text)
		if len(fields) != 3 {
			return nil, fmt.Errorf("%s:%d: want a base, a past tense and a past participle, got %d fields", name, line, len(fields))
		}
		v := verb{base: fields[0], ambiguous: map[string]bool{}}
		if !isLowerWord(v.base) {
			return nil, fmt.Errorf("%s:%d: base %q is not a lowercase word", name, line, v.base)
		}
		for _, f := range strings.Split(fields[1], "/") {
			if rest, ok := strings.CutPrefix(f, "~"); ok {
				f = rest
				v.ambiguous[f] = true
			}
			v.past = append(v.past, f)
		}
		v.participles = strings.Split(fields[2], "/")
		for _, f := range slices.Concat(v.past, v.participles) {
			if !isLowerWord(f) {
				return nil, fmt.Errorf("%s:%d: form %q is not a lowercase word", name, line, f)
			}
			if b, ok := ir.base[f]; ok && b != v.base {
				return nil, fmt.Errorf("%s:%d: %q is already a form of %q", name, line, f, b)
			}
			ir.base[f] = v.base
		}
		bases[v.base] = true
		verbs = append(verbs, v)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	participles := map[string]bool{}
	for _, v := range verbs {
		for _, p := range v.participles {
			participles[p] = true
		}
	}
	for _, v := range verbs {
		for _, p := range v.past {
			if !v.ambiguous[p] && !participles[p] && !bases[p] {
				ir.pastOnly = append(ir.pastOnly, p)
			}
		}
	}
	slices.Sort(ir.pastOnly)
	ir.pastOnly = slices.Compact(ir.pastOnly)
	return ir, nil
}

func isLowerWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// Base returns the base of a past tense or past participle form written in
// lowercase ("withdrew", "overthrown"), and whether the table has it.
func (ir *Irregular) Base(form string) (string, bool) {
	b, ok := ir.base[form]
	return b, ok
}

// PastOnly returns the past tense forms that are no participle, base or
// other word ("withdrew", "arose"), sorted.
func (ir *Irregular) PastOnly() []string { return slices.Clone(ir.pastOnly) }
