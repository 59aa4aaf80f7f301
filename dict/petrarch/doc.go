// Package petrarch reads the dictionaries of the PETRARCH event coders
// (PETRARCH-2 and the TABARI-era PETRARCH validation files) and writes them in
// Parley's own formats.
//
// Four legacy files are read, each by its own reader: verb pattern
// dictionaries (ReadVerbs: synonym sets, verb blocks, verb forms and
// patterns), actor dictionaries (ReadActors: names, synonyms and codes with
// date restrictions), agent dictionaries (ReadAgents: sector nouns with
// plural and substitution markers) and discard lists (ReadDiscards). A reader
// returns everything it could read together with a Problem, naming file and
// line, for every entry it skipped: nothing malformed is dropped silently.
//
// Convert writes what was read as Parley dictionaries: event patterns
// (parley.patterns.v1, see event/data/FORMAT.md) and actor entries
// (parley.actors.v1, see actor/data/FORMAT.md). How each legacy construct is
// translated is described at WritePatterns and WriteActors.
package petrarch
