package tokenize

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parleyproject/parley/text"
)

// Name identifies this tokenizer and its conventions in model metadata.
const Name = "parley.tokenize.english.v1"

// Tokenizer splits text into tokens following the conventions of the UD
// English treebanks (EWT, GUM). It is read-only and safe for concurrent use.
type Tokenizer struct {
	lex *Lexicon
}

// New returns a tokenizer that uses lex.
func New(lex *Lexicon) *Tokenizer { return &Tokenizer{lex: lex} }

var defaultTokenizer = sync.OnceValue(func() *Tokenizer { return New(EnglishLexicon()) })

// Default returns the tokenizer built on the embedded English lexicon. It
// is built once and shared by every caller; a Tokenizer is read-only.
func Default() *Tokenizer { return defaultTokenizer() }

// Tokenize splits src with the default tokenizer; see Tokenizer.Tokenize.
func Tokenize(src string) []text.Token { return Default().Tokenize(src) }

// Lexicon returns the tokenizer's lexicon.
func (t *Tokenizer) Lexicon() *Lexicon { return t.lex }

// Tokenize returns the syntactic words of src in order. Every byte of src
// that is not a space (see IsSpace) lies in exactly one token's Span, and
// Form is src[Span]. A surface token that UD splits into several words
// ("don't" → do n't, "China's" → China 's) yields one Token per word, all
// sharing MultiWord (the index of the first); other tokens have MultiWord -1.
// Head is -1. SpaceAfter reports whether a space follows the word.
//
// Tokenize runs in time linear in len(src) and accepts any bytes, including
// invalid UTF-8.
func (t *Tokenizer) Tokenize(src string) []text.Token {
	return t.Append(make([]text.Token, 0, len(src)/5+1), src)
}

// Append tokenizes src like Tokenize and appends the tokens to dst.
func (t *Tokenizer) Append(dst []text.Token, src string) []text.Token {
	s := scanner{lex: t.lex, src: src, toks: dst}
	s.run()
	return s.toks
}

// IsSpace reports whether r separates tokens: Unicode white space, control
// characters, and the invisible zero-width space, word joiner and byte order
// mark. Invalid UTF-8 bytes are not spaces.
func IsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r <= ' ' || r == 0x7f
	}
	switch r {
	case 0x200b, 0x2060, 0xfeff:
		return true
	}
	return r <= 0x9f || unicode.IsSpace(r)
}

type scanner struct {
	lex  *Lexicon
	src  string
	toks []text.Token
	// quoteOpen is set by an opening single quote and cleared by the closing
	// one (or a paragraph break); it tells a closing quote from the
	// apostrophe of a plural possessive ("the parents' house").
	quoteOpen bool
}

// decode returns the rune at i and its length; invalid bytes decode as
// utf8.RuneError of length 1.
func (s *scanner) decode(i int) (rune, int) {
	if c := s.src[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s.src[i:])
}

func (s *scanner) run() {
	src := s.src
	newlines := 0
	for i := 0; i < len(src); {
		r, n := s.decode(i)
		if IsSpace(r) {
			if r == '\n' || r == 0x2029 {
				newlines++
				if newlines >= 2 || r == 0x2029 {
					s.quoteOpen = false
				}
			}
			i += n
			continue
		}
		newlines = 0
		j := i + n
		for j < len(src) {
			r, n := s.decode(j)
			if IsSpace(r) {
				break
			}
			j += n
		}
		before := len(s.toks)
		s.chunk(i, j)
		if len(s.toks) > before && j < len(src) {
			s.toks[len(s.toks)-1].SpaceAfter = true
		}
		i = j
	}
}

func (s *scanner) emit(a, b int) {
	s.toks = append(s.toks, text.Token{Span: text.Span{Start: a, End: b}, Form: s.src[a:b], Head: -1, MultiWord: -1})
}

// emitGroup emits the words [cuts[k], cuts[k+1]) of one surface token.
func (s *scanner) emitGroup(cuts ...int) {
	g := len(s.toks)
	for k := 0; k+1 < len(cuts); k++ {
		a, b := cuts[k], cuts[k+1]
		s.toks = append(s.toks, text.Token{Span: text.Span{Start: a, End: b}, Form: s.src[a:b], Head: -1, MultiWord: g})
	}
}

// chunk tokenizes the space-free run src[cs:ce].
func (s *scanner) chunk(cs, ce int) {
	at := cs - 1 // the next '@' at or after i, once looked for
	for i := cs; i < ce; {
		r, n := s.decode(i)
		if isAlnum(r) {
			if at < i {
				if k := strings.IndexByte(s.src[i:ce], '@'); k >= 0 {
					at = i + k
				} else {
					at = ce
				}
			}
			if e := s.special(i, ce, at); e > i {
				s.emit(i, e)
				i = e
				continue
			}
			i = s.word(i, ce)
			continue
		}
		i = s.punct(cs, i, ce, r, n)
	}
}

// Longest parts of an e-mail address that are looked for (RFC 5321 limits);
// the bounds keep the search linear.
const (
	maxEmailLocal  = 64
	maxEmailDomain = 255
)

// special matches a URL or an e-mail address starting at i (at is the next
// '@' in the chunk, or ce) and returns its end, or i.
func (s *scanner) special(i, ce, at int) int {
	w := s.src[i:ce]
	switch w[0] | 0x20 {
	case 'h', 'f', 'w', 'm':
		for _, p := range [...]string{"http://", "https://", "ftp://", "www.", "mailto:"} {
			if len(w) > len(p) && strings.EqualFold(w[:len(p)], p) {
				return s.trimURL(i, ce)
			}
		}
	}
	if at >= ce || at-i > maxEmailLocal {
		return i
	}
	for k := i; k < at; k++ {
		if !isEmailLocal(s.src[k]) {
			return i
		}
	}
	e := at + 1
	letter := false
	for e < ce && e-at <= maxEmailDomain && isDomainByte(s.src[e]) {
		letter = letter || isASCIILetter(s.src[e])
		e++
	}
	for e > at+1 && (s.src[e-1] == '.' || s.src[e-1] == '-') {
		e--
	}
	if e == at+1 || !letter {
		return i
	}
	return e
}

// urlStart reports whether a URL with a scheme or "www." starts at i.
func (s *scanner) urlStart(i, ce int) bool {
	w := s.src[i:ce]
	switch w[0] | 0x20 {
	case 'h':
		return len(w) > 7 && (strings.EqualFold(w[:7], "http://") || strings.EqualFold(w[:8], "https://"))
	case 'w':
		return len(w) > 4 && strings.EqualFold(w[:4], "www.")
	}
	return false
}

// trimURL returns the end of a URL that starts at i and runs to ce at most,
// leaving out trailing punctuation and unbalanced closing brackets.
func (s *scanner) trimURL(i, ce int) int {
	w := s.src[i:ce]
	open := strings.Count(w, "(")
	closed := strings.Count(w, ")")
	e := len(w)
	for e > 0 {
		c := w[e-1]
		switch {
		case strings.IndexByte(".,;:!?'\">]}", c) >= 0:
			e--
		case c == ')' && closed > open:
			closed--
			e--
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeLastRuneInString(w[:e])
			if !isCloser(r) {
				return i + e
			}
			e -= n
		default:
			return i + e
		}
	}
	return i + e
}

// word tokenizes a run that starts with a letter or digit at i and returns
// where it stopped.
func (s *scanner) word(i, ce int) int {
	src := s.src
	lex := s.lex

	// The candidate is alphanumeric runs joined by single joiner characters
	// (. , : / - ' ’ & _) that are followed by another alphanumeric run.
	j := i
	joined := false
	for {
		for j < ce {
			r, n := s.decode(j)
			if !isAlnum(r) {
				break
			}
			j += n
		}
		if jl := s.joinerLen(j, ce); jl > 0 && j+jl < ce {
			if r, _ := s.decode(j + jl); isAlnum(r) && !s.urlStart(j+jl, ce) {
				j += jl
				joined = true
				continue
			}
		}
		break
	}

	// Whole-candidate lexicon entries: "Ph.D.", "No.", "w/o".
	if j < ce && src[j] == '.' {
		if c := lex.abbrevs[src[i:j+1]]; c != NotAbbrev && (c != AbbrevNumber || s.digitFollows(j+1, ce)) {
			if (c == AbbrevOther || c == AbbrevDate) && s.endsSentence(j+1, ce) {
				s.emit(i, j) // "etc ." ends the sentence
				s.emit(j, j+1)
			} else {
				s.emit(i, j+1)
			}
			return j + 1
		}
	}
	if joined && inFold(lex.words, src[i:j]) {
		s.emit(i, j)
		return j
	}
	if j < ce && (src[j] == '/' || src[j] == '.') && inFold(lex.words, src[i:j+1]) {
		s.emit(i, j+1)
		return j + 1
	}

	tokStart := i
	cliticAt := -1       // start of a clitic that ends the candidate
	initialism := false  // the current token is letters joined by periods
	hyphenJoinUntil := i // digit groups joined by hyphens up to here
	segStart := i
	for p := i; p < j; {
		r, n := s.decode(p)
		if isAlnum(r) {
			p += n
			continue
		}
		jl := s.joinerLen(p, j)
		if jl == 0 {
			jl = n // cannot happen: the candidate holds only joiners between runs
		}
		c := src[p]
		ls, rs := segStart, p+jl
		re := rs
		for re < j {
			r, n := s.decode(re)
			if !isAlnum(r) {
				break
			}
			re += n
		}
		L, R := src[ls:p], src[rs:re]
		join := false
		switch {
		case c == '.':
			switch {
			case allDigits(L) && startsDigit(R):
				join = true
			case oneLetter(L) && oneLetter(R) && (initialism || ls == tokStart || src[ls-1] == '-'):
				join, initialism = true, true
			case len(R) >= 2 && isLowerStart(R):
				join = true
			case tickerRoot(L) && isUpperCode(R) && len(R) <= 3 && !strings.ContainsAny(src[tokStart:p], ".-"):
				join = true // tickers and file names: MMC.N, 047050.KS, REPORT.DOC
			}
			if !join {
				// "Mr.Smith", "A.Smith": the period still belongs to the word.
				w := src[tokStart : p+1]
				if a := lex.abbrevs[w]; (a != NotAbbrev && (a != AbbrevNumber || startsDigit(R))) || initialism || initial(src[tokStart:p]) {
					s.finish(tokStart, p+1)
					tokStart, segStart, initialism = rs, rs, false
					p = rs
					continue
				}
			}
		case c == ',':
			join = allDigits(L) && leadingDigits(R) == 3
		case c == ':':
			join = allDigits(L) && leadingDigits(R) == 2
		case c == '/':
			join = allDigits(L) && allDigits(R)
		case c == '-':
			switch {
			case p < hyphenJoinUntil:
				join = true
			case allDigits(L) && allDigits(R):
				end, groups, lens := s.digitGroups(ls, j)
				if groups >= 3 || (groups == 2 && (lens == [2]int{3, 4} || lens == [2]int{5, 4})) {
					hyphenJoinUntil = end
					join = true
				}
			case allLetters(L) && inFold(lex.prefixes, L):
				join = true
			case allLetters(R) && inFold(lex.suffixes, R):
				join = true
			}
		case c == '\'' || c == '`' || jl == 3: // ' ` ’
			if re == j && lastIsLetter(L) {
				if lex.negation && (R == "t" || R == "T") && len(L) >= 2 && (L[len(L)-1] == 'n' || L[len(L)-1] == 'N') {
					cliticAt = p - 1
				} else if inFold(lex.clitics, R) {
					cliticAt = p
				}
			}
			join = true
		case c == '&':
			join = allLetters(L) && allLetters(R)
		case c == '_':
			join = true
		}
		if !join {
			s.finish(tokStart, p)
			s.emit(p, p+jl)
			tokStart, initialism = rs, false
		}
		segStart = rs
		p = rs
	}

	end := j
	switch {
	case cliticAt > tokStart:
		s.emitGroup(tokStart, cliticAt, j)
		return j
	case j >= ce:
	case src[j] == '.' && (j+1 >= ce || src[j+1] != '.'):
		a := lex.abbrevs[src[tokStart:j+1]]
		switch {
		case initial(src[tokStart:j]) || a == AbbrevTitle || (a == AbbrevNumber && s.digitFollows(j+1, ce)):
			end = j + 1
		case (initialism || a == AbbrevOther || a == AbbrevDate) && !s.endsSentence(j+1, ce):
			end = j + 1
		}
	case src[j] == '-' && j+1 == ce && allLetters(src[tokStart:j]):
		end = j + 1 // a word broken off: "th- that"
	case src[j] == '$' && isUpperCode(src[tokStart:j]) && j-tokStart <= 3 && allLetters(src[tokStart:j]):
		end = j + 1 // US$, HK$
	case src[j] == '\'' || strings.HasPrefix(src[j:ce], "’"):
		al := 1
		if src[j] != '\'' {
			al = 3
		}
		if j+al < ce {
			if r, _ := s.decode(j + al); isAlnum(r) {
				break
			}
		}
		if s.quoteOpen {
			break
		}
		w := src[tokStart:j]
		if last := w[len(w)-1]; last == 's' || last == 'S' {
			s.emitGroup(tokStart, j, j+al) // the parents' → parents '
			return j + al
		}
		if strings.HasSuffix(w, "in") && al == 1 && allLetters(w) && isLowerStart(w) {
			end = j + al // goin'
		}
	}
	s.finish(tokStart, end)
	return end
}

// finish emits the word src[a:b], splitting listed contractions ("cannot")
// and units written against a number ("5pm").
func (s *scanner) finish(a, b int) {
	if a >= b {
		return
	}
	w := s.src[a:b]
	if lens := s.lex.split(w); lens != nil {
		cuts := make([]int, 0, len(lens)+1)
		cuts = append(cuts, a)
		for _, l := range lens {
			cuts = append(cuts, cuts[len(cuts)-1]+l)
		}
		s.emitGroup(cuts...)
		return
	}
	if w[0] >= '0' && w[0] <= '9' {
		q := 0
		for q < len(w) && (isASCIIDigit(w[q]) || ((w[q] == '.' || w[q] == ',' || w[q] == ':') && q+1 < len(w) && isASCIIDigit(w[q+1]))) {
			q++
		}
		if q < len(w) && isASCIILetter(w[q]) && s.lex.units[w[q:]] {
			s.emit(a, a+q)
			s.emit(a+q, b)
			return
		}
	}
	s.emit(a, b)
}

// digitGroups measures the run of digit groups joined by hyphens that starts
// at a: its end, the number of groups and the lengths of the first two.
func (s *scanner) digitGroups(a, limit int) (end, groups int, lens [2]int) {
	p := a
	for p < limit {
		q := p
		for q < limit && isASCIIDigit(s.src[q]) {
			q++
		}
		if q == p {
			break
		}
		if groups < 2 {
			lens[groups] = q - p
		}
		groups++
		end = q
		if q+1 < limit && s.src[q] == '-' && isASCIIDigit(s.src[q+1]) {
			p = q + 1
			continue
		}
		break
	}
	return end, groups, lens
}

// joinerLen returns the length of the joiner character at p, or 0.
func (s *scanner) joinerLen(p, limit int) int {
	if p >= limit {
		return 0
	}
	switch s.src[p] {
	case '.', ',', ':', '/', '-', '\'', '&', '_', '`':
		return 1
	}
	if strings.HasPrefix(s.src[p:limit], "’") {
		return 3
	}
	return 0
}

// endsSentence reports whether an abbreviation whose period ends at p (the
// chunk ending at ce) also ends its sentence: the text or the paragraph ends,
// or a line break, an opening quote or a listed sentence starter follows.
func (s *scanner) endsSentence(p, ce int) bool {
	src := s.src
	if p < ce {
		return false // "U.S.," "Inc.)"
	}
	nl := 0
	for p < len(src) {
		r, n := s.decode(p)
		if !IsSpace(r) {
			break
		}
		switch r {
		case '\n':
			nl++
		case 0x2029:
			nl += 2
		}
		p += n
	}
	if p >= len(src) || nl >= 2 {
		return true
	}
	r, n := s.decode(p)
	switch {
	case nl == 1:
		return !unicode.IsLower(r)
	case r == '"' || r == '“':
		nr, _ := s.decodeAt(p+n, len(src))
		return unicode.IsUpper(nr)
	}
	q := p
	for q < len(src) && isASCIILetter(src[q]) {
		q++
	}
	if q == p {
		return false
	}
	if q < len(src) && src[q] == '.' && s.lex.starters[src[p:q+1]] {
		return true
	}
	return s.lex.starters[src[p:q]]
}

// digitFollows reports whether the next non-space character after p is a
// digit (looking past the chunk end into the following space).
func (s *scanner) digitFollows(p, ce int) bool {
	for p < len(s.src) {
		r, n := s.decode(p)
		if p >= ce && IsSpace(r) {
			p += n
			continue
		}
		return r >= '0' && r <= '9'
	}
	return false
}

// punct tokenizes punctuation and symbols starting at i and returns where it
// stopped.
func (s *scanner) punct(cs, i, ce int, r rune, n int) int {
	src := s.src
	prevAlnum := false
	if i > cs {
		pr, _ := utf8.DecodeLastRuneInString(src[cs:i])
		prevAlnum = isAlnum(pr)
	}
	next := func(k int) byte {
		if k < ce {
			return src[k]
		}
		return 0
	}
	switch r {
	case '.', '+':
		if isASCIIDigit(next(i+1)) && !prevAlnum {
			// ".04", "+44": a number written without its leading digit or with a sign.
			j := i + 1
			for j < ce && (isASCIIDigit(src[j]) || ((src[j] == '.' || src[j] == ',') && isASCIIDigit(next(j+1)))) {
				j++
			}
			s.emit(i, j)
			return j
		}
	case '@', '#':
		if c := next(i + 1); isASCIILetter(c) || (r == '@' && c == '_') {
			// @handle, #hashtag
			j := i + 1
			for j < ce {
				r, n := s.decode(j)
				if !isAlnum(r) && r != '_' {
					break
				}
				j += n
			}
			s.emit(i, j)
			return j
		}
	case '\'', '’':
		j := i + n
		// '60s, '72, 's, 'em: an apostrophe that starts a word.
		k := j
		for k < ce && isASCIIDigit(src[k]) {
			k++
		}
		if k-j == 2 {
			if next(k) == 's' {
				k++
			}
			if rr, _ := s.decodeAt(k, ce); !isAlnum(rr) {
				s.emit(i, k)
				return k
			}
		}
		k = j
		for k < ce && isASCIILetter(src[k]) {
			k++
		}
		if k > j {
			if rr, _ := s.decodeAt(k, ce); !isAlnum(rr) {
				if w := src[j:k]; inFold(s.lex.clitics, w) || strings.EqualFold(w, "em") || strings.EqualFold(w, "n") {
					s.emit(i, k)
					return k
				}
			}
		}
		if nr, nn := s.decodeAt(j, ce); (r == '\'' && nr == '\'') || (r == '’' && nr == '’') {
			s.emit(i, j+nn) // '' or ’’ written for a double quote
			return j + nn
		}
		nr, _ := s.decodeAt(j, ce)
		switch {
		case !prevAlnum && isAlnum(nr):
			s.quoteOpen = true
		default:
			s.quoteOpen = false
		}
		s.emit(i, j)
		return j
	case '‘':
		s.quoteOpen = true
		if nr, nn := s.decodeAt(i+n, ce); nr == '’' || nr == '‘' {
			s.emit(i, i+n+nn) // ‘’ written for a double quote
			return i + n + nn
		}
		s.emit(i, i+n)
		return i + n
	case '`':
		if next(i+1) == '`' {
			s.emit(i, i+2)
			return i + 2
		}
	}
	if e := s.emoticon(i, ce); e > i {
		s.emit(i, e)
		return e
	}
	switch {
	case r == '.' && next(i+1) == '.':
		j := i
		for j < ce && src[j] == '.' {
			j++
		}
		s.emit(i, j) // an ellipsis stays apart from a following ? or !
		return j
	case r == '.' || r == '!' || r == '?' || r == '…':
		j := i
		for j < ce {
			c := src[j]
			if c == '.' || c == '!' || c == '?' {
				j++
			} else if strings.HasPrefix(src[j:ce], "…") {
				j += len("…")
			} else {
				break
			}
		}
		s.emit(i, j)
		return j
	case r < utf8.RuneSelf && strings.IndexByte("-=*_~+#<>|^\\/:;,&%@$", byte(r)) >= 0:
		j := i + 1
		for j < ce && src[j] == byte(r) {
			j++
		}
		s.emit(i, j)
		return j
	case r == '—' || r == '–' || r == '―' || r == '•' || r == '·':
		j := i + n
		for strings.HasPrefix(src[j:ce], src[i:i+n]) {
			j += n
		}
		s.emit(i, j)
		return j
	case r == utf8.RuneError && n == 1:
		j := i + 1
		for j < ce {
			rr, nn := s.decode(j)
			if rr != utf8.RuneError || nn != 1 {
				break
			}
			j++
		}
		s.emit(i, j)
		return j
	case unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r):
		j := s.emojiEnd(i+n, ce, r)
		s.emit(i, j)
		return j
	}
	s.emit(i, i+n)
	return i + n
}

// decodeAt decodes the rune at k, or returns 0 at or past limit.
func (s *scanner) decodeAt(k, limit int) (rune, int) {
	if k >= limit {
		return 0, 0
	}
	return s.decode(k)
}

// emoticon returns the end of a listed emoticon starting at i that ends the
// chunk or is followed by closing or final punctuation, or i.
func (s *scanner) emoticon(i, ce int) int {
	max := min(s.lex.maxEmoticon, ce-i)
	for l := max; l >= 2; l-- {
		if !s.lex.emoticons[s.src[i:i+l]] {
			continue
		}
		if r, _ := s.decodeAt(i+l, ce); r != 0 && !strings.ContainsRune(".,;!?)]}\"'”’…", r) {
			continue
		}
		return i + l
	}
	return i
}

// emojiEnd extends an emoji that starts with first up to j over its
// modifiers, variation selectors, zero-width-joined parts and the second
// regional indicator of a flag.
func (s *scanner) emojiEnd(j, ce int, first rune) int {
	regional := isRegional(first)
	for j < ce {
		r, n := s.decode(j)
		switch {
		case regional && isRegional(r):
			regional = false
			j += n
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || (r >= 0x1f3fb && r <= 0x1f3ff):
			j += n
		case r == 0x200d && j+n < ce:
			r2, n2 := s.decode(j + n)
			if !unicode.Is(unicode.So, r2) {
				return j
			}
			j += n + n2
		default:
			return j
		}
	}
	return j
}

func isRegional(r rune) bool { return r >= 0x1f1e6 && r <= 0x1f1ff }

// asciiAlnum marks ASCII letters and digits.
var asciiAlnum = func() (t [utf8.RuneSelf]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// isAlnum reports whether r belongs inside a word: a letter, a decimal digit
// or a combining mark.
func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiAlnum[r]
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

func isCloser(r rune) bool {
	switch r {
	case '”', '’', '»', '›':
		return true
	}
	return false
}

func isASCIIDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

func isEmailLocal(c byte) bool {
	return isASCIILetter(c) || isASCIIDigit(c) || strings.IndexByte("._%+-'", c) >= 0
}

func isDomainByte(c byte) bool {
	return isASCIILetter(c) || isASCIIDigit(c) || c == '.' || c == '-' || c == '_'
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isASCIIDigit(s[i]) {
			return false
		}
	}
	return true
}

func startsDigit(s string) bool { return s != "" && isASCIIDigit(s[0]) }

// leadingDigits counts the digits s starts with.
func leadingDigits(s string) int {
	k := 0
	for k < len(s) && isASCIIDigit(s[k]) {
		k++
	}
	return k
}

func allLetters(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			return false
		}
	}
	return true
}

// oneLetter reports whether s is a single letter.
func oneLetter(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && unicode.IsLetter(r)
}

// initial reports whether s is a single upper-case letter other than the
// pronoun I, so that "W." keeps its period.
func initial(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && n > 0 && unicode.IsUpper(r) && s != "I"
}

func isLowerStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// isUpperCode reports whether s is upper-case ASCII letters and digits with
// at least one letter (ticker codes such as "MMC" or "N").
func isUpperCode(s string) bool {
	letter := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			letter = true
		case isASCIIDigit(c):
		default:
			return false
		}
	}
	return letter
}

// tickerRoot reports whether s can start a ticker or file name joined by a
// period: upper-case letters and digits, perhaps ending in one lower-case
// letter (RDSa.L, 047050.KS).
func tickerRoot(s string) bool {
	if s != "" && s[len(s)-1] >= 'a' && s[len(s)-1] <= 'z' {
		s = s[:len(s)-1]
	}
	return s != "" && (isUpperCode(s) || allDigits(s))
}

func lastIsLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}
