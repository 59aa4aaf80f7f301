package actor

import "fmt"

// itemKind says what a dictionary phrase names.
type itemKind uint8

const (
	itemCountry  itemKind = iota // country name (China)
	itemAdj                      // country adjective (Chinese)
	itemPeople                   // demonym (Chinese, Americans)
	itemCapital                  // capital standing for the government (Beijing)
	itemCity                     // other city (Shanghai)
	itemIGO                      // international organisation (UN)
	itemOrg                      // named organisation or institution (Hamas, the Kremlin)
	itemPerson                   // full name or explicit alias of a person
	itemSurname                  // derived surname of a prominent person
	itemTitle                    // office title (president)
	itemAgent                    // sector noun (police)
	itemModifier                 // former, deputy, senior
	itemClass                    // closed-class grammar word
)

// item is one meaning of a phrase.
type item struct {
	kind itemKind
	n    uint8  // words in the phrase
	ref  int32  // index into the table of its kind
	aux  int32  // title forms: default country index + 1; person forms: shortForm or 0; city forms: townForm or 0
	cas  uint64 // case demand of each word, two bits per word
}

// townForm marks the city forms of a country's `town` field, which stand for
// the country only where the document does not name others alone (see
// resolver.strayTowns).
const townForm = 1

// caseDemand returns the case demand of word i of the phrase.
func (it item) caseDemand(i int) uint8 { return uint8(it.cas>>(2*uint(i))) & 3 }

const maxPhraseWords = 32

// lexicon is a trie over normalised words.
type lexicon struct {
	words map[string]uint32 // word key → id (from 1)
	edges map[uint64]uint32 // node<<32 | word id → child node, below the root
	// roots holds, per word id, the root's child for the word (0 for
	// none): every word of a sentence steps from the root, and an array
	// answers faster than the map of edges.
	roots []uint32
	// alone holds, per word id, a bit for every grammar class that has
	// the word alone for a form (1 << class).
	alone []uint64
	items [][]item // per node
	// kinds holds, per word id, a bit for every item kind whose forms use
	// the word (1 << kind).
	kinds []uint16
	keys  []string // per word id, the word's key
	forms int
}

func newLexicon() lexicon {
	return lexicon{
		words: make(map[string]uint32, 1<<16),
		edges: make(map[uint64]uint32, 1<<17),
		roots: make([]uint32, 1, 1<<16),
		alone: make([]uint64, 1, 1<<16),
		items: make([][]item, 1, 1<<17),
		kinds: make([]uint16, 1, 1<<16),
		keys:  make([]string, 1, 1<<16),
	}
}

// add inserts a phrase (a dictionary form) with its meaning.
func (l *lexicon) add(form string, it item, buf []word) ([]word, error) {
	return l.addCase(form, it, buf, caseAny)
}

// addCase inserts a phrase whose words demand at least the case atLeast.
func (l *lexicon) addCase(form string, it item, buf []word, atLeast uint8) ([]word, error) {
	buf = splitWords(form, 0, 0, buf[:0])
	return buf, l.addWords(form, buf, it, atLeast)
}

// addWords inserts a phrase given as its words (splitWords of form).
func (l *lexicon) addWords(form string, buf []word, it item, atLeast uint8) error {
	if len(buf) == 0 {
		return fmt.Errorf("empty form %q", form)
	}
	if len(buf) > maxPhraseWords {
		return fmt.Errorf("form %q has more than %d words", form, maxPhraseWords)
	}
	node := uint32(0)
	it.n = uint8(len(buf))
	it.cas = 0
	for i, w := range buf {
		if w.key == "" {
			return fmt.Errorf("form %q has an empty word", form)
		}
		id, ok := l.words[w.key]
		if !ok {
			id = uint32(len(l.words) + 1)
			l.words[w.key] = id
			l.kinds = append(l.kinds, 0)
			l.keys = append(l.keys, w.key)
			l.roots = append(l.roots, 0)
			l.alone = append(l.alone, 0)
		}
		if it.kind == itemClass && len(buf) == 1 && it.ref >= 0 && it.ref < 64 {
			l.alone[id] |= 1 << uint(it.ref)
		}
		l.kinds[id] |= 1 << it.kind
		child := l.step(node, id)
		if child == 0 {
			child = uint32(len(l.items))
			l.items = append(l.items, nil)
			if node == 0 {
				l.roots[id] = child
			} else {
				l.edges[uint64(node)<<32|uint64(id)] = child
			}
		}
		node = child
		it.cas |= uint64(max(caseOf(w), atLeast)) << (2 * uint(i))
	}
	for _, old := range l.items[node] {
		if old.kind == it.kind && old.ref == it.ref && old.aux == it.aux && old.cas == it.cas {
			return nil
		}
	}
	if len(l.items[node]) == 0 {
		l.forms++
	}
	l.items[node] = append(l.items[node], it)
	return nil
}

// node returns the node of a phrase given as word keys, or 0.
func (l *lexicon) node(keys []string) uint32 {
	node := uint32(0)
	for _, k := range keys {
		id, ok := l.words[k]
		if !ok {
			return 0
		}
		if node = l.step(node, id); node == 0 {
			return 0
		}
	}
	return node
}

// step follows the edge for word id from node; 0 means no edge.
func (l *lexicon) step(node, id uint32) uint32 {
	if id == 0 {
		return 0
	}
	if node == 0 {
		if int(id) < len(l.roots) {
			return l.roots[id]
		}
		return 0
	}
	return l.edges[uint64(node)<<32|uint64(id)]
}
