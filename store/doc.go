/*
Package store declares how Parley keeps coded documents: the Store interface
that every backend (sqlite/, later postgres/) implements, the records it
returns, the filters it accepts, and the rules by which event mentions are
de-duplicated into clusters.

# Documents

A document is stored once. Two keys identify it (see Keys): its URL, when it
has one, without the fragment; and the SHA-256 of its normalised text (NFC,
runs of white space made one space, trimmed). A document whose URL or text
hash is already stored is not stored again, and PutDocuments reports it as a
duplicate; HasDocument lets a caller skip such a document before coding it.

Everything a document brings (its sentences, events, quotes, places, the
actors they name, and its share of the clusters) is written in the same
transaction as the document, so a crash leaves either all of it or none.

# Clusters

GDELT users count events, not sentences: the same meeting reported by twenty
articles is one event with twenty mentions. Parley groups event mentions into
clusters the same way. A cluster is identified by

	(source actor code, target actor code, CAMEO event code, event day)

where the actor identity is the actor code exactly as coded ("USAGOV" and
"USA" are different actors, as in GDELT), a missing source or target counts as
the empty code, and the date window is the event's calendar day in UTC (as
GDELT's Day field). Only asserted events are clustered: negated, future and
hypothetical events are stored and exported with their modality but belong to
no cluster and count in no aggregate.

For each cluster the store keeps:

  - NumMentions: the number of asserted event mentions in it (several in one
    article all count);
  - NumArticles: the number of distinct documents that mention it;
  - NumSources: the number of distinct outlets among those documents, an
    outlet being the document's Source or, when empty, the host of its URL
    (see SourceName);
  - FirstSeen, LastSeen: the earliest and latest publication time of those
    documents (the event date when a document has none);
  - AvgTone: the mean of the documents' tone, one value per article, as
    GDELT's AvgTone;
  - the representative mention, from which names, places and SOURCEURL are
    exported: the mention that comes first ordered by publication time, URL,
    text hash, then position in the document.

Each of these is a function of the set of mentions only (sums, counts of
distinct values, minima and maxima, and a minimum under a total order; tone
sums are kept in integer millionths so that floating-point addition order
does not matter), so the clusters do not depend on the order in which
documents arrive, on how they are batched, or on interruptions. Every
mention is kept and linked to its cluster (EventRecord.ClusterID).
*/
package store
