-- Parley store, schema version 3: summary tables for the dashboard's
-- aggregates over long ranges.
--
-- The summaries are written in the same transaction as the events they
-- count, by additions only (sums, minima and maxima), so that they are
-- exact functions of the stored events whatever the batching, order or
-- interruptions of the writes. Sums of Goldstein scores and tones are
-- kept as integers for the same reason (a sum of reals depends on the
-- order of its terms): a mention adds round(goldstein * 1e6) to a
-- Goldstein sum, in millionths, and round(doc_tone * 1e10) to a tone sum.

-- Event mentions of every modality by event day (0 when unknown).
CREATE TABLE day_totals (
	day           INTEGER NOT NULL,
	modality      TEXT    NOT NULL,
	events        INTEGER NOT NULL,
	quad1         INTEGER NOT NULL,       -- events by QuadClass
	quad2         INTEGER NOT NULL,
	quad3         INTEGER NOT NULL,
	quad4         INTEGER NOT NULL,
	goldstein_sum INTEGER NOT NULL,       -- millionths
	PRIMARY KEY (day, modality)
) WITHOUT ROWID;

INSERT INTO day_totals (day, modality, events, quad1, quad2, quad3, quad4, goldstein_sum)
SELECT day, modality, count(*), sum(quad = 1), sum(quad = 2), sum(quad = 3), sum(quad = 4),
	sum(CAST(round(goldstein * 1e6) AS INTEGER))
FROM events GROUP BY day, modality;

-- Asserted event mentions by actor codes, countries and QuadClass, with
-- their first known (0 when none is known) and last event day. Codes and
-- countries are '' where the event has no source or target.
CREATE TABLE dyad_totals (
	src_code      TEXT    NOT NULL,
	tgt_code      TEXT    NOT NULL,
	src_country   TEXT    NOT NULL,
	tgt_country   TEXT    NOT NULL,
	quad          INTEGER NOT NULL,
	events        INTEGER NOT NULL,
	goldstein_sum INTEGER NOT NULL,       -- millionths
	first_day     INTEGER NOT NULL,
	last_day      INTEGER NOT NULL,
	PRIMARY KEY (src_code, tgt_code, src_country, tgt_country, quad)
) WITHOUT ROWID;
-- Actor profiles read an actor's rows as target through it.
CREATE INDEX dyad_totals_target ON dyad_totals(tgt_code);

INSERT INTO dyad_totals (src_code, tgt_code, src_country, tgt_country, quad, events, goldstein_sum, first_day, last_day)
SELECT src_code, tgt_code, src_country, tgt_country, quad, count(*), sum(CAST(round(goldstein * 1e6) AS INTEGER)),
	coalesce(min(nullif(day, 0)), 0), max(day)
FROM events WHERE modality = 'asserted'
GROUP BY src_code, tgt_code, src_country, tgt_country, quad;

-- Asserted event mentions by actor codes and event day, with the sum of
-- their documents' tones: the dyad time series of actor codes, and the
-- network of a date range. Kept small (no countries, modalities or
-- QuadClass in the key) since a run over news of many days writes rows
-- all over it.
CREATE TABLE dyad_days (
	src_code      TEXT    NOT NULL,
	tgt_code      TEXT    NOT NULL,
	day           INTEGER NOT NULL,
	events        INTEGER NOT NULL,
	quad1         INTEGER NOT NULL,       -- events by QuadClass
	quad2         INTEGER NOT NULL,
	quad3         INTEGER NOT NULL,
	quad4         INTEGER NOT NULL,
	goldstein_sum INTEGER NOT NULL,       -- millionths
	tone_sum      INTEGER NOT NULL,       -- 10⁻¹⁰
	PRIMARY KEY (src_code, tgt_code, day)
) WITHOUT ROWID;

INSERT INTO dyad_days (src_code, tgt_code, day, events, quad1, quad2, quad3, quad4, goldstein_sum, tone_sum)
SELECT src_code, tgt_code, day, count(*), sum(quad = 1), sum(quad = 2), sum(quad = 3), sum(quad = 4),
	sum(CAST(round(goldstein * 1e6) AS INTEGER)), sum(CAST(round(doc_tone * 1e10) AS INTEGER))
FROM events WHERE modality = 'asserted'
GROUP BY src_code, tgt_code, day;
