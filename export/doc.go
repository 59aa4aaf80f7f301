/*
Package export writes Parley's events in the formats that event-data users
read: an Encoder per format, shared by `parley code` (events straight from
the pipeline, see RecordsOf) and `parley export` (events from a store, see
Export).

Formats:

  - jsonl: the event JSON of contract 1 (DESIGN.md), one object per line,
    with the fields `parley code` adds after contract 1's (evidence.date,
    evidence.quote, place, tone); spans are [start, end) byte offsets;
    target is null when absent, as are empty codes, countries and names.
  - gdelt: the GDELT 2.0 event table, 61 tab-separated columns in the
    codebook's order (GDELTColumns), no header. From a store, one row per
    cluster (package store explains the de-duplication); GlobalEventID is
    the cluster id, NumMentions/NumSources/NumArticles/AvgTone its counts,
    SOURCEURL the URL of its first mention. EventCode, EventBaseCode and
    EventRootCode are strings that keep their leading zeros ("040"), a
    two-digit CAMEO code being written with a trailing zero as GDELT does.
    Actor*CountryCode are the actors' ISO alpha-3 codes (as GDELT's CAMEO
    country codes); *Geo_CountryCode are FIPS 10-4 codes and *Geo_ADM1Code
    FIPS country + GeoNames admin1 code, as GDELT; *Geo_FeatureID is the
    GeoNames id. Parley places the action only: Actor1Geo and Actor2Geo are
    empty with type 0. IsRootEvent is 1 when the representative mention is
    in the first paragraph. Actor names are upper case as in GDELT; ethnic
    and religion codes are empty.
  - mentions: the GDELT 2.0 mentions table, 16 columns (MentionsColumns),
    one row per asserted mention, GlobalEventID linking it to its cluster.
    Character offsets are byte offsets (equal for ASCII text); Confidence is
    100 and InRawText 1.
  - polecat: the 40 columns of the POLECAT weekly files (POLECATColumns),
    tab-separated with a header. Event Type, Mode and Contexts are PLOVER's;
    Intensity is the Goldstein score; Quad Code GDELT's QuadClass. Left
    empty for lack of data: COW codes, titles, Wikipedia ids, District, and
    the story-level entity lists.
  - plover: PLOVER JSON records (PLOVER manual, "JSON Data Fields"): id,
    date, source and recipient as lists of actor objects, event and
    event_text as lists, event_loc as a GeoNames-style object, quad_code,
    event_scale (Goldstein), mode, context, text_info, cite_info and coder,
    plus Parley's own modality, trigger and cameo fields.
  - icews: the 20 columns of the ICEWS coded event files (ICEWSColumns),
    tab-separated with a header; Intensity is the Goldstein score.
  - csv and parquet: Parley's flat event table (Row, FlatColumns), one row
    per mention. Parquet files use only common types (UTF-8 strings, 32- and
    64-bit integers, doubles, DATE, TIMESTAMP(ms), 3-level LISTs) so that
    DuckDB, pandas/pyarrow and R arrow read them.

Formats without a modality column (gdelt, mentions, polecat, icews) write
asserted events only. QuadClass always follows GDELT's mapping of CAMEO
roots.
*/
package export
