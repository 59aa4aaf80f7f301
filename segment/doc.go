// Package segment splits tokenized text into sentences and paragraphs, with
// rules tuned for news.
//
// The rules, in the order they are tried after each token:
//
//   - A blank line (two or more line breaks) ends the sentence and starts a
//     paragraph.
//   - A dateline at the start of a paragraph ("BEIJING (Reuters) -",
//     "WASHINGTON —", "KABUL, Afghanistan (AP) —", "LONDON, June 5 (Reuters)
//     -", "LONDON/DUBAI (Reuters) -", also after a byline "By Jane Roe") is
//     a sentence of its own, so the news sentence starts at its subject. A
//     dateline is a place in capitals (or several joined by slashes) and/or
//     an agency in brackets, then a dash; a place may also end with a colon
//     ("MULTAN:", "KUWAIT CITY, July 24:").
//   - A sub-heading in capitals that runs into a sentence ("IMF SUPPORT
//     Thorning-Schmidt said"): two or more words in capitals, one of five
//     letters or more, then a capitalised word; it may open any sentence.
//   - An agency's credit line, "(Reporting by …; Editing by …)", is a
//     sentence of its own even where no punctuation ends the sentence before
//     it.
//   - Sentence-final punctuation (. ! ? … and runs of them), with the closing
//     quotes, brackets, citation marks ("[3]") and emoticons after it, ends a
//     sentence unless the next token continues it: punctuation (, ; : ) [),
//     a lower-case word after a quotation or an ellipsis ('"Help!" he said'),
//     or a name and a verb of saying after a quoted question or exclamation
//     ('"Why?" Smith asked'). A lone list number ("1.") does not make a
//     sentence of its own. As in UD English, a period that is a token of its
//     own ends the sentence even before a lower-case word.
//   - An abbreviation that keeps its period ends a sentence only if it may do
//     so (Inc., U.S., Sept.; not Mr., Gen., or an initial as in "George W.
//     Bush") and a sentence starter (The, He, But, ...), an opening quote
//     before a capital, or a line break follows. (The tokenizer already
//     splits off the period in those places, as UD English writes "Acme Inc
//     ."; this rule covers tokens from elsewhere.)
//   - A single line break is read by the layout of the whole text. Text is
//     hard-wrapped when at least three lines end in a single line break, 90%
//     of those are at most 120 bytes long and half of them reach 60% of that
//     width; there a single line break is a space, except before a bullet
//     ("-", "*", "•"). Text without blank lines that is not hard-wrapped has
//     one paragraph per line: every line break starts a paragraph unless the
//     line ends in a sign that continues (, ; - ( & /) and the next starts in
//     lower case. In other text a single line break ends a sentence when the
//     line looks like a headline or a list item: it does not end in such a
//     sign and the next line does not start in lower case.
//   - No sentence grows beyond Options.MaxWords tokens (DefaultMaxWords,
//     200): at the limit it is split after the last, strongest break in its
//     second half (sentence punctuation, then ';', ':', a dash, ','), else at
//     the limit itself, never inside a multiword token. This keeps the stages
//     that follow linear on text without punctuation.
//
// The word lists are data: abbreviations, their classes and sentence
// starters come from the tokenizer's lexicon (tokenize/data/english.lex),
// verbs of saying from data/english.seg (see Rules for the format).
//
// Measured from raw text against the UD English treebanks with the CoNLL
// 2018 metrics (TestUDRawText), sentence F1 is about 85 on EWT and 96 on
// GUM, whether paragraphs are separated by blank lines, by single line
// breaks, or hard-wrapped at 80 columns.
package segment
