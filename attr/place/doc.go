// Package place finds place mentions in a document and resolves them against
// a compact gazetteer generated from GeoNames data.
//
// A mention is a capitalised name of the gazetteer that is not part of a
// longer proper name ("Bank of China", "Paris Hilton"); common words and
// first names that are also place names ("Police", "Victoria") count only
// after a locative preposition or before a ", Country" qualifier. A name used
// as an actor ("Washington said", or a span the actor stage excludes) is not
// a place. Each mention is resolved to one entry by the rules of FORMAT.md:
// qualifiers, cue words, the countries of the sentence and of the article,
// then kind and population. A name that cannot be resolved is skipped and
// never stops the others.
//
// The gazetteer credits GeoNames (CC BY 4.0); see NOTICE.
package place
