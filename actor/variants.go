package actor

// Spelling variants of names: the news writes the same person's name in
// several transliterations ("Yanukovich" and "Yanukovych", "Kadhafi",
// "Qaddafi" and "Gaddafi", "Ahmadinezhad" and "Ahmadinejad", "Schaeuble"
// and "Schäuble", "Mursi" and "Morsi"). A word the dictionary does not know
// may be read as a word of a person's name that shares its spelling key,
// when no word of another kind of entry has that key and the name words
// that do are few; a phrase reads it as the one of them that continues it.
// The key keeps the consonants, merges the letters transliterations trade
// (vowels, y, doubled letters, kh and h, dh and d, zh and j, q and k,
// initial g and k, w and v, x and ks), so that it tells apart names that
// differ in their consonants.

// minVariantLetters is the shortest word read as a variant: short words
// share keys too easily.
const minVariantLetters = 5

// personKinds are the item kinds whose words variants may stand for.
const personKinds = 1<<itemPerson | 1<<itemSurname

// spellingKey returns the key of a normalised word (lowercase, diacritics
// folded), or "" when the word is not all Latin letters.
func spellingKey(w string) string {
	return string(appendSpellingKey(nil, w))
}

// appendSpellingKey appends the key of w to key, or returns key[:0] when w
// is not all Latin letters; with a reused buffer it spares the resolver an
// allocation for each capitalised word it reads.
func appendSpellingKey(key []byte, w string) []byte {
	const vowel = 'a'
	key = key[:0]
	put := func(c byte) {
		if n := len(key); n > 0 && key[n-1] == c {
			return // doubled letters and runs of vowels count once
		}
		key = append(key, c)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' {
			return key[:0]
		}
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch {
		case next == 'h' && (c == 'k' || c == 'g' || c == 'd' || c == 't' || c == 'z' || c == 'p'):
			// kh → h, gh → g, dh → d, th → t, zh → j, ph → f
			put(digraphLetter(c))
			i++
		case c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y':
			put(vowel)
		case c == 'q' || i == 0 && c == 'g':
			put('k')
		case c == 'c' && next == 'k':
			put('k')
			i++
		case c == 'c' && next != 'e' && next != 'i' && next != 'y' && next != 'h':
			// A hard c is a k: "Papaconstantinou", "Papakonstantinou".
			put('k')
		case c == 'w':
			put('v')
		case c == 'x':
			put('k')
			put('s')
		default:
			put(c)
		}
	}
	return key
}

// maxVariants is the most name words one spelling key may stand for.
const maxVariants = 4

// indexVariants builds the dictionary's map from spelling keys to the
// words of names that have them.
func (d *Dictionary) indexVariants() {
	d.variants = make(map[string][]uint32)
	for w, id := range d.lex.words {
		k := d.lex.kinds[id]
		if k == 0 || k&^personKinds != 0 || letterCount(w) < minVariantLetters {
			continue
		}
		if key := spellingKey(w); key != "" {
			d.variants[key] = append(d.variants[key], id)
		}
	}
	// A key that a word of another kind has too is no name's alone, and
	// one that many names share tells them apart from nothing.
	for w, id := range d.lex.words {
		if d.lex.kinds[id]&^personKinds == 0 {
			continue
		}
		if key := spellingKey(w); key != "" {
			delete(d.variants, key)
		}
	}
	for key, ids := range d.variants {
		if len(ids) > maxVariants {
			delete(d.variants, key)
		}
	}
}

// maxVariantEdits is the most letters a variant may differ by from the
// name word it spells: keys alone take "Khomeini" for "Khamenei".
const maxVariantEdits = 2

// variantsOf returns the name words that word w may spell differently,
// and buf, reused to hold the word's spelling key.
func (d *Dictionary) variantsOf(w *word, buf []byte) ([]uint32, []byte) {
	if !w.upper || !w.alpha || letterCount(w.key) < minVariantLetters {
		return nil, buf
	}
	buf = appendSpellingKey(buf, w.key)
	if len(buf) == 0 {
		return nil, buf
	}
	return d.variants[string(buf)], buf
}

// stepVariant follows from node the edge of the one name word among alts
// (variants of the word written as w) that has one; 0 when none or several
// do.
func (l *lexicon) stepVariant(node uint32, w string, alts []uint32) uint32 {
	found := uint32(0)
	for _, id := range alts {
		if next := l.step(node, id); next != 0 && editDistance(w, l.keys[id], maxVariantEdits) <= maxVariantEdits {
			if found != 0 {
				return 0
			}
			found = next
		}
	}
	return found
}

// digraphLetter is the letter a digraph of c and h is read as.
func digraphLetter(c byte) byte {
	switch c {
	case 'k':
		return 'h'
	case 'z':
		return 'j'
	case 'p':
		return 'f'
	}
	return c
}

// editDistance returns the Levenshtein distance of a and b, or limit+1 when
// it exceeds limit.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
