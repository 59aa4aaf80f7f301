// Package actor resolves the actors of a document: who each name, title,
// pronoun or description refers to, coded as CAMEO/Phoenix actor codes
// (USAGOV, CHNMIL, IGOUNO, ---CVL) as of the document's date.
//
// Knowledge is data: countries, organisations, sector nouns, titles and
// people with dated offices, in the text format described in
// data/FORMAT.md, embedded by default (Default) and replaceable or
// extendable by the user's files (Load, Files). Resolution (Dictionary.Resolve)
// matches the longest dictionary phrases over a sentence's tokens and
// combines them into actor phrases ("Hungarian and Romanian officials",
// "China's foreign ministry", "Secretary of State Antony Blinken"); offices
// decide codes by date, so the same name codes differently in 2023 and 2026;
// later partial names, pronouns, definite titles and "the two sides" are
// resolved back to what they refer to ("It" opening a sentence, as a verb's
// subject, to the country or organisation the sentence before was about),
// and an abbreviation the text defines
// ("the Bangladesh Nationalist Party (BNP)") stands for its actor. People
// and bodies of local sectors the text names without a country ("the
// government", "police", "protesters") take the country of a story that one
// country dominates (three in four of the distinct actors it names with a
// country, two at least).
package actor
