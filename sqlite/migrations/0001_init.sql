-- Parley store, schema version 1.
--
-- Conventions: days are integers YYYYMMDD (0 when unknown), times are UTC
-- text 'YYYY-MM-DDTHH:MM:SSZ' ('' when unknown) so that text order is time
-- order; spans are byte offsets [start, end) into documents.text.

CREATE TABLE documents (
	id         INTEGER PRIMARY KEY,
	doc_key    TEXT    NOT NULL,          -- the id the source gave
	url        TEXT,                      -- normalised; NULL when none
	text_hash  TEXT    NOT NULL UNIQUE,   -- hex SHA-256 of the normalised text
	source     TEXT    NOT NULL,
	outlet     TEXT    NOT NULL,          -- source, else host of url
	title      TEXT    NOT NULL,
	byline     TEXT    NOT NULL,
	published  TEXT    NOT NULL,
	day        INTEGER NOT NULL,
	added      TEXT    NOT NULL,
	chars      INTEGER NOT NULL,
	tone       REAL    NOT NULL,
	tone_pos   REAL    NOT NULL,
	tone_neg   REAL    NOT NULL,
	tone_pol   REAL    NOT NULL,
	tone_words INTEGER NOT NULL,
	text       TEXT    NOT NULL           -- last, so metadata reads skip it
);
CREATE UNIQUE INDEX documents_url ON documents(url);
CREATE INDEX documents_day ON documents(day);
CREATE INDEX documents_outlet ON documents(outlet, day);

CREATE TABLE sentences (
	doc_id     INTEGER NOT NULL,
	idx        INTEGER NOT NULL,
	tok_start  INTEGER NOT NULL,
	tok_end    INTEGER NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	paragraph  INTEGER NOT NULL,          -- 1 when it starts a paragraph
	tone       REAL,                      -- NULL when not measured
	tone_pos   REAL,
	tone_neg   REAL,
	tone_pol   REAL,
	tone_words INTEGER,
	PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

-- One row per distinct resolved actor; events counts the event mentions
-- that name it as source or target.
CREATE TABLE actors (
	id      INTEGER PRIMARY KEY,
	code    TEXT    NOT NULL,
	name    TEXT    NOT NULL,
	country TEXT    NOT NULL,
	kind    TEXT    NOT NULL,
	sectors TEXT    NOT NULL,             -- space-separated
	entry   TEXT    NOT NULL,             -- dictionary entry id
	events  INTEGER NOT NULL DEFAULT 0,
	UNIQUE (code, name, country, kind, sectors, entry)
);

-- Event mentions: one row per source–target pair coded in a sentence. The
-- id is doc_id << 16 | idx, so that a document's events are one range of
-- the table and no other index is needed to find them.
CREATE TABLE events (
	id             INTEGER PRIMARY KEY,
	doc_id         INTEGER NOT NULL,
	idx            INTEGER NOT NULL,      -- position in the document's events
	event_key      TEXT    NOT NULL,
	grp            TEXT    NOT NULL,
	sentence       INTEGER NOT NULL,
	sent_text      TEXT,                  -- NULL when it is the sentence's text
	day            INTEGER NOT NULL,
	event_time     TEXT    NOT NULL,
	cameo_code     TEXT    NOT NULL,
	cameo_root     TEXT    NOT NULL,
	cameo_name     TEXT    NOT NULL,
	goldstein      REAL    NOT NULL,
	quad           INTEGER NOT NULL,
	plover_type    TEXT    NOT NULL,
	plover_mode    TEXT    NOT NULL,
	plover_context TEXT    NOT NULL,      -- space-separated
	src_actor      INTEGER,               -- NULL when there is no source
	src_code       TEXT    NOT NULL,
	src_country    TEXT    NOT NULL,
	src_text       TEXT    NOT NULL,
	src_start      INTEGER NOT NULL,
	src_end        INTEGER NOT NULL,
	tgt_actor      INTEGER,               -- NULL when there is no target
	tgt_code       TEXT    NOT NULL,
	tgt_country    TEXT    NOT NULL,
	tgt_text       TEXT    NOT NULL,
	tgt_start      INTEGER NOT NULL,
	tgt_end        INTEGER NOT NULL,
	modality       TEXT    NOT NULL,
	verb_text      TEXT    NOT NULL,
	verb_start     INTEGER NOT NULL,
	verb_end       INTEGER NOT NULL,
	rule           TEXT    NOT NULL,
	quote_ref      TEXT    NOT NULL,
	date_value     TEXT    NOT NULL,
	date_gran      TEXT    NOT NULL,
	date_text      TEXT    NOT NULL,
	date_start     INTEGER NOT NULL,
	date_end       INTEGER NOT NULL,
	date_rule      TEXT    NOT NULL,
	place_text     TEXT,                  -- NULL when there is no place
	place_start    INTEGER,
	place_end      INTEGER,
	place_name     TEXT,
	place_country  TEXT,
	place_admin1   TEXT,
	place_lat      REAL,
	place_lon      REAL,
	place_geonames INTEGER,
	place_class    TEXT,
	place_rule     TEXT,
	tone           REAL    NOT NULL,      -- the sentence's tone
	tone_pos       REAL    NOT NULL,
	tone_neg       REAL    NOT NULL,
	tone_pol       REAL    NOT NULL,
	tone_words     INTEGER NOT NULL,
	doc_tone       REAL    NOT NULL,      -- the document's tone, for aggregates
	cluster_id     INTEGER                -- NULL when not asserted
);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_dyad ON events(src_code, tgt_code, day);
CREATE INDEX events_country_dyad ON events(src_country, tgt_country, day);
CREATE INDEX events_target ON events(tgt_code, day);
-- A cluster's mentions are found through events_dyad by its key.

-- De-duplicated events: see package store for the semantics.
CREATE TABLE clusters (
	id           INTEGER PRIMARY KEY,
	src_code     TEXT    NOT NULL,
	tgt_code     TEXT    NOT NULL,
	cameo_code   TEXT    NOT NULL,
	day          INTEGER NOT NULL,
	cameo_root   TEXT    NOT NULL,
	quad         INTEGER NOT NULL,
	goldstein    REAL    NOT NULL,
	num_mentions INTEGER NOT NULL,
	num_articles INTEGER NOT NULL,
	num_sources  INTEGER NOT NULL,
	first_seen   TEXT    NOT NULL,
	last_seen    TEXT    NOT NULL,
	tone_sum     INTEGER NOT NULL,        -- sum of article tones, millionths
	rep_event    INTEGER NOT NULL,        -- representative mention (events.id)
	rep_order    TEXT    NOT NULL,        -- its sort key
	added        TEXT    NOT NULL,
	UNIQUE (src_code, tgt_code, cameo_code, day)
);
CREATE INDEX clusters_day ON clusters(day);

CREATE TABLE cluster_outlets (
	cluster_id INTEGER NOT NULL,
	outlet     TEXT    NOT NULL,
	PRIMARY KEY (cluster_id, outlet)
) WITHOUT ROWID;

-- The id is doc_id << 16 | idx, as for events.
CREATE TABLE quotes (
	id            INTEGER PRIMARY KEY,
	doc_id        INTEGER NOT NULL,
	idx           INTEGER NOT NULL,
	quote_key     TEXT    NOT NULL,
	direct        INTEGER NOT NULL,
	speaker_actor INTEGER NOT NULL,
	speaker_code  TEXT    NOT NULL,
	speaker_name  TEXT    NOT NULL,
	speaker_text  TEXT    NOT NULL,
	speaker_start INTEGER NOT NULL,
	speaker_end   INTEGER NOT NULL,
	cue_text      TEXT    NOT NULL,
	cue_start     INTEGER NOT NULL,
	cue_end       INTEGER NOT NULL,
	content_text  TEXT    NOT NULL,
	content_start INTEGER NOT NULL,
	content_end   INTEGER NOT NULL
);
CREATE INDEX quotes_speaker_code ON quotes(speaker_code);
CREATE INDEX quotes_speaker_name ON quotes(speaker_name);

CREATE TABLE places (
	doc_id        INTEGER NOT NULL,
	idx           INTEGER NOT NULL,
	place_text    TEXT    NOT NULL,
	span_start    INTEGER NOT NULL,
	span_end      INTEGER NOT NULL,
	name          TEXT    NOT NULL,
	country       TEXT    NOT NULL,
	admin1        TEXT    NOT NULL,
	lat           REAL    NOT NULL,
	lon           REAL    NOT NULL,
	geonames_id   INTEGER NOT NULL,
	feature_class TEXT    NOT NULL,
	rule          TEXT    NOT NULL,
	PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
