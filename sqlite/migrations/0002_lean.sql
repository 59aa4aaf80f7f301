-- Parley store, schema version 2: leaner rows, covering indexes, row counts.
--
-- Writes cost mostly rows, columns bound one by one and index entries, so
-- version 2
--   - keeps a document's sentences and places as two JSON arrays in one
--     row of doc_annotations instead of a row each (the views sentences and
--     places show them as before);
--   - keeps in events only the columns that queries filter or aggregate on,
--     and the rest of each mention as one JSON object (events.detail);
--   - makes the dyad indexes of events covering for dyad time series and
--     actor profiles, so that these read index entries only;
--   - leads the clusters' key with the day, which makes the index of
--     clusters by day needless;
--   - keeps the row counts in totals.
--
-- JSON layouts (numbers are integers unless said otherwise):
--
-- doc_annotations.sentences: one array per sentence,
--   [tok_start, tok_end, span_start, span_end, paragraph (0 or 1)]
--   followed, when the sentence's tone was measured, by
--   tone, positive, negative, polarity (reals) and word count.
-- doc_annotations.places: one array per place,
--   [span_start, span_end, text, name, country, admin1, lat, lon,
--    geonames_id, feature_class, rule]
-- events.detail: an object whose members are left out when empty, zero, or
--   (texts) equal to the document's text at their span:
--   k   the event's id; ks instead when it is the document's id followed by ks
--   g   its group; gs likewise
--   t   the event time ('YYYY-MM-DDTHH:MM:SSZ', '' when unknown); left out
--       when it is the midnight (UTC) of the event's day
--   n   CAMEO name
--   pt, pm, pc   PLOVER type, mode and contexts (an array; a string of
--       space-separated contexts in rows migrated from version 1)
--   ss, sx   source span [start, end] and text; ts, tx for the target
--   vs, vx   the verb's span and text
--   r   rule;  q   the quotation it was coded from
--   dv, dg, ds, dx, dr   the date reference's value (left out when it is the
--       event time), granularity, span, text, rule
--   ps, px, pa, pi, pf, pr   the place's span, text, admin1, GeoNames id,
--       feature class and rule (name, country, lat and lon are columns)
--   tn  the sentence tone [tone, positive, negative, polarity, word count]

-- A document's events are the ids event_start to event_start+event_count-1.
CREATE TABLE doc_annotations (
	doc_id      INTEGER PRIMARY KEY,
	event_start INTEGER NOT NULL,
	event_count INTEGER NOT NULL,
	sentences   TEXT    NOT NULL,
	places      TEXT    NOT NULL
);

INSERT INTO doc_annotations (doc_id, event_start, event_count, sentences, places)
SELECT d.id, d.id << 16, (SELECT count(*) FROM events e WHERE e.id >= d.id << 16 AND e.id < (d.id + 1) << 16),
	coalesce((SELECT json_group_array(CASE WHEN s.tone IS NULL
			THEN json_array(s.tok_start, s.tok_end, s.span_start, s.span_end, s.paragraph)
			ELSE json_array(s.tok_start, s.tok_end, s.span_start, s.span_end, s.paragraph,
				s.tone, s.tone_pos, s.tone_neg, s.tone_pol, s.tone_words) END ORDER BY s.idx)
		FROM sentences s WHERE s.doc_id = d.id), '[]'),
	coalesce((SELECT json_group_array(json_array(p.span_start, p.span_end, p.place_text, p.name, p.country,
			p.admin1, p.lat, p.lon, p.geonames_id, p.feature_class, p.rule) ORDER BY p.idx)
		FROM places p WHERE p.doc_id = d.id), '[]')
FROM documents d;

-- Event ids are given in the order the events are stored (those of
-- version 1 were doc_id << 16 | idx): a document's events are one range.
CREATE TABLE events_v2 (
	id            INTEGER PRIMARY KEY,
	doc_id        INTEGER NOT NULL,
	idx           INTEGER NOT NULL,       -- position in the document's events
	sentence      INTEGER NOT NULL,       -- index in the document's sentences
	sent_start    INTEGER NOT NULL,       -- the sentence's span, [0, 0] when unknown
	sent_end      INTEGER NOT NULL,
	in_lead       INTEGER NOT NULL,       -- 1 when the sentence is in the first paragraph
	sent_text     TEXT,                   -- NULL when it is the text at the sentence's span
	day           INTEGER NOT NULL,
	cameo_code    TEXT    NOT NULL,
	cameo_root    TEXT    NOT NULL,
	quad          INTEGER NOT NULL,
	goldstein     REAL    NOT NULL,
	modality      TEXT    NOT NULL,
	src_actor     INTEGER,                -- NULL when there is no source
	src_code      TEXT    NOT NULL,
	src_country   TEXT    NOT NULL,
	tgt_actor     INTEGER,                -- NULL when there is no target
	tgt_code      TEXT    NOT NULL,
	tgt_country   TEXT    NOT NULL,
	place_name    TEXT,                   -- the four NULL when there is no place
	place_country TEXT,
	place_lat     REAL,
	place_lon     REAL,
	doc_tone      REAL    NOT NULL,       -- the document's tone, for aggregates
	cluster_id    INTEGER,                -- NULL when not asserted
	detail        TEXT    NOT NULL        -- JSON, see above
);

INSERT INTO events_v2
SELECT e.id, e.doc_id, e.idx, e.sentence, coalesce(s.span_start, 0), coalesce(s.span_end, 0),
	NOT EXISTS (SELECT 1 FROM sentences p WHERE p.doc_id = e.doc_id AND p.idx BETWEEN 1 AND e.sentence AND p.paragraph),
	e.sent_text,
	e.day, e.cameo_code, e.cameo_root, e.quad, e.goldstein, e.modality,
	e.src_actor, e.src_code, e.src_country, e.tgt_actor, e.tgt_code, e.tgt_country,
	e.place_name, e.place_country, e.place_lat, e.place_lon, e.doc_tone, e.cluster_id,
	json_object('k', e.event_key, 'g', e.grp, 't', e.event_time, 'n', e.cameo_name,
		'pt', e.plover_type, 'pm', e.plover_mode,
		'pc', e.plover_context,
		'ss', json_array(e.src_start, e.src_end), 'sx', e.src_text,
		'ts', json_array(e.tgt_start, e.tgt_end), 'tx', e.tgt_text,
		'vs', json_array(e.verb_start, e.verb_end), 'vx', e.verb_text,
		'r', e.rule, 'q', e.quote_ref,
		'dv', e.date_value, 'dg', e.date_gran, 'ds', json_array(e.date_start, e.date_end),
		'dx', e.date_text, 'dr', e.date_rule,
		'ps', json_array(coalesce(e.place_start, 0), coalesce(e.place_end, 0)), 'px', coalesce(e.place_text, ''),
		'pa', coalesce(e.place_admin1, ''), 'pi', coalesce(e.place_geonames, 0),
		'pf', coalesce(e.place_class, ''), 'pr', coalesce(e.place_rule, ''),
		'tn', json_array(e.tone, e.tone_pos, e.tone_neg, e.tone_pol, e.tone_words))
FROM events e
LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence;

-- Row counts, kept in the write transaction so that counting costs
-- nothing however large the database.
CREATE TABLE totals (
	name TEXT PRIMARY KEY,
	n    INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO totals (name, n)
SELECT 'documents', count(*) FROM documents UNION ALL
SELECT 'sentences', count(*) FROM sentences UNION ALL
SELECT 'events', count(*) FROM events UNION ALL
SELECT 'clusters', count(*) FROM clusters UNION ALL
SELECT 'quotes', count(*) FROM quotes UNION ALL
SELECT 'places', count(*) FROM places UNION ALL
SELECT 'actors', count(*) FROM actors;

DROP TABLE events;
ALTER TABLE events_v2 RENAME TO events;
CREATE INDEX events_day ON events(day);
CREATE INDEX events_dyad ON events(src_code, tgt_code, day, modality, quad, goldstein, doc_tone);
CREATE INDEX events_country_dyad ON events(src_country, tgt_country, day, modality, quad, goldstein, doc_tone);
CREATE INDEX events_target ON events(tgt_code, day, src_code, modality, quad);

-- The clusters' key leads with the day: it serves pages of clusters by day,
-- and the writes of a run over recent news fall in a few places of it.
CREATE TABLE clusters_v2 (
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
	UNIQUE (day, src_code, tgt_code, cameo_code)
);
INSERT INTO clusters_v2 SELECT id, src_code, tgt_code, cameo_code, day, cameo_root, quad, goldstein,
	num_mentions, num_articles, num_sources, first_seen, last_seen, tone_sum, rep_event, rep_order, added
FROM clusters;
DROP TABLE clusters;
ALTER TABLE clusters_v2 RENAME TO clusters;

DROP TABLE sentences;
DROP TABLE places;

-- The sentences and places as rows, for SQL users.
CREATE VIEW sentences (doc_id, idx, tok_start, tok_end, span_start, span_end, paragraph,
	tone, tone_pos, tone_neg, tone_pol, tone_words) AS
SELECT a.doc_id, CAST(j.key AS INTEGER), j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4,
	j.value ->> 5, j.value ->> 6, j.value ->> 7, j.value ->> 8, j.value ->> 9
FROM doc_annotations a, json_each(a.sentences) j;

CREATE VIEW places (doc_id, idx, place_text, span_start, span_end, name, country, admin1,
	lat, lon, geonames_id, feature_class, rule) AS
SELECT a.doc_id, CAST(j.key AS INTEGER), j.value ->> 2, j.value ->> 0, j.value ->> 1, j.value ->> 3, j.value ->> 4,
	j.value ->> 5, j.value ->> 6, j.value ->> 7, j.value ->> 8, j.value ->> 9, j.value ->> 10
FROM doc_annotations a, json_each(a.places) j;
