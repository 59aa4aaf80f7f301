/*
Package sqlite implements store.Store on an embedded SQLite database
(modernc.org/sqlite, pure Go) in WAL mode, with a versioned schema.

# Schema

The schema is in migrations/NNNN_name.sql, embedded in the binary and
applied in order by Open (or Migrate), each in its own transaction and
recorded in the table schema_migrations; a database written by a newer
program is refused (ErrSchemaTooNew). Tables: documents (with their text),
sentences, actors (one row per distinct resolved actor, with a count of its
event mentions), events (one row per mention, with the actor codes and
countries copied in for the indexes), clusters and cluster_outlets (the
de-duplicated events, see package store), quotes and places. The ids of
events and quotes are the document id shifted left 16 bits plus the index
in the document, so a document's rows are one range of their table.

Summary tables answer aggregates over long ranges without reading the
events: day_totals counts the event mentions by day and modality (the
volume series); dyad_totals the asserted ones by actor codes, countries
and QuadClass, with their first and last day (the network of all time,
actor profiles); dyad_days the asserted ones by actor codes and day, with
their documents' tones (dyad time series of actor codes, the network of a
date range). They are written in the same transaction as the events, by
sums, minima and maxima only, and their sums of Goldstein scores and tones
are integers (millionths and 10⁻¹⁰), so they are exact functions of the
stored events however the writes were batched or interrupted.

Indexes serve the dashboard's queries: events by day (pages of events),
by (source code, target code, day) and (source country, target country,
day) for the dyad time series the summaries do not answer and cluster
mentions, by (target code, day) for actor filters; clusters by key and by
day; quotes by speaker code and name; documents by URL, text hash, day and
outlet. The indexes by target code, source country and speaker leave out
the rows where that column is empty, which no query looks for: a query on
one of them states the index's condition too (nonEmpty), or SQLite would
not use the index.

# Writes

PutDocuments writes all its documents in one transaction, on one connection
serialised by a mutex: a crash or SIGKILL leaves either all of a call or
none of it. With WAL and synchronous=NORMAL a killed process never loses a
committed transaction (only a power failure may lose the last ones, never
corrupting the file). Documents are inserted one by one (their ids and
duplicates are needed at once); their sentences, events, quotes, places,
cluster and summary updates are gathered and written with multi-row
statements prepared once. What a document's rows hold of it alone (the
JSON of its sentences, places and event details; its events' and quotes'
rows but for their ids and actors) is built outside the transaction when
the caller gives the document to Prepare first, as ingest's coders do (see
store.Preparer); otherwise in it. Cluster updates are commutative (sums, distinct
counts, minima and maxima, the representative by least order key), so
clusters do not depend on batching, order or interruptions; Dump writes a
database's content without wall-clock times, to compare two databases.

# Reads

Queries run on a pool of read connections, which WAL lets proceed while a
write is in progress. Pages are keyset-paginated (store.Page cursors), so a
deep page costs as much as the first.
*/
package sqlite
