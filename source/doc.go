/*
Package source declares how Parley reads news documents: the Reader that
every format implements, the errors a reader reports, and ingest statistics.

One package per format implements Reader, each over one outside library:

  - source/jsonl: JSON lines in the document form of contract 1;
  - source/plaintext: plain text and Markdown files;
  - source/html: news pages, through go-readability;
  - source/feed: RSS, Atom and JSON feeds, through gofeed, with the linked
    articles fetched and extracted;
  - source/warc: web archives, through gowarc.

Beside them, source/fetch fetches over HTTP with timeouts, size limits,
conditional GET and refusal of private addresses; source/langid tells English
from other languages; and source/open opens any location (file, directory,
standard input, URL), picks the reader, keeps English documents with text and
counts what it skips.

Errors follow one rule: a *RecordError is one bad record (a line, an item, an
archive record, a file in a directory) that the caller reports and steps over;
every other error is fatal. The reason of a RecordError is one of the sentinel
errors (ErrSyntax, ErrTooLarge, ...), which Stats counts by.
*/
package source
