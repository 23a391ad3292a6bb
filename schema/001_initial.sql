-- wirefacts schema, version 1. Applied by store/migrations.cc inside one
-- transaction; every table and column is documented in schema/README.md.
-- Offsets (start, end, source_start, source_end) are Unicode code points.

-- One row per stored version of a story. Identity is (source, uri); at most
-- one row per identity is current (superseded_by IS NULL).
CREATE TABLE stories (
  id            INTEGER PRIMARY KEY,
  uri           TEXT    NOT NULL,
  source        TEXT    NOT NULL DEFAULT '',
  headline      TEXT    NOT NULL DEFAULT '',
  published     TEXT    NOT NULL,
  version       TEXT    NOT NULL DEFAULT '',
  pubstatus     TEXT    NOT NULL DEFAULT 'usable',
  located       TEXT    NOT NULL DEFAULT '',
  body          TEXT    NOT NULL,
  body_hash     TEXT    NOT NULL,
  superseded_by INTEGER REFERENCES stories(id),
  ingested_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX stories_source_uri ON stories(source, uri);
CREATE INDEX stories_uri ON stories(uri);
CREATE UNIQUE INDEX stories_current ON stories(source, uri) WHERE superseded_by IS NULL;
CREATE INDEX stories_superseded_by ON stories(superseded_by) WHERE superseded_by IS NOT NULL;

-- Outlets a story relays as a whole ("Bloomberg" in a story that relays a
-- Bloomberg report).
CREATE TABLE story_relays (
  story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  outlet   TEXT    NOT NULL,
  UNIQUE (story_id, outlet)
);

-- The sentences of each story's stored body, in order.
CREATE TABLE sentences (
  id       INTEGER PRIMARY KEY,
  story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  idx      INTEGER NOT NULL,
  start    INTEGER NOT NULL,
  end      INTEGER NOT NULL,
  text     TEXT    NOT NULL,
  UNIQUE (story_id, idx)
);

-- Full-text index over sentence text (external content: the text lives in
-- sentences; the triggers below keep the index in step).
CREATE VIRTUAL TABLE sentences_fts USING fts5(
  text,
  content = 'sentences',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_fts_update AFTER UPDATE OF text ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;

-- Canonical actors, merged across stories by alias.
CREATE TABLE actors (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'country', 'place')),
  title       TEXT NOT NULL DEFAULT '',
  surname_key TEXT NOT NULL DEFAULT ''
);
CREATE INDEX actors_surname ON actors(kind, surname_key);

-- Every surface form an actor was seen under; alias_key is the case-folded,
-- space-collapsed form used for matching.
CREATE TABLE actor_aliases (
  actor_id  INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  alias     TEXT    NOT NULL,
  alias_key TEXT    NOT NULL,
  UNIQUE (actor_id, alias_key)
);
CREATE INDEX actor_aliases_key ON actor_aliases(alias_key);

-- Every actor mention in a story body.
CREATE TABLE mentions (
  id           INTEGER PRIMARY KEY,
  story_id     INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  actor_id     INTEGER NOT NULL REFERENCES actors(id),
  text         TEXT    NOT NULL,
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  source_start INTEGER NOT NULL,
  source_end   INTEGER NOT NULL,
  form         TEXT    NOT NULL
);
CREATE INDEX mentions_story ON mentions(story_id);
CREATE INDEX mentions_actor ON mentions(actor_id);

-- One row per figure.
CREATE TABLE claims (
  id               INTEGER PRIMARY KEY,
  story_id         INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  sentence_idx     INTEGER NOT NULL,
  kind             TEXT    NOT NULL CHECK (kind IN ('money', 'percent', 'date', 'duration', 'set')),
  text             TEXT    NOT NULL,
  start            INTEGER NOT NULL,
  end              INTEGER NOT NULL,
  source_start     INTEGER NOT NULL,
  source_end       INTEGER NOT NULL,
  unit             TEXT    NOT NULL DEFAULT '',
  low              REAL,
  high             REAL,
  approx           INTEGER NOT NULL DEFAULT 0,
  resolution       REAL    NOT NULL DEFAULT 0,
  currency_assumed INTEGER NOT NULL DEFAULT 0,
  per              TEXT    NOT NULL DEFAULT '',
  of               TEXT    NOT NULL DEFAULT '',
  date_start       TEXT    NOT NULL DEFAULT '',
  date_end         TEXT    NOT NULL DEFAULT '',
  grain            TEXT    NOT NULL DEFAULT '',
  timex            TEXT    NOT NULL DEFAULT '',
  mod              TEXT    NOT NULL DEFAULT '',
  time_start       TEXT,
  time_end         TEXT,
  time_grain       TEXT,
  time_timex       TEXT,
  time_mod         TEXT,
  measure          TEXT    NOT NULL DEFAULT '',
  aspect           TEXT    NOT NULL DEFAULT '',
  events           TEXT    NOT NULL DEFAULT '',
  value_bucket     INTEGER,
  superseded       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX claims_story ON claims(story_id, sentence_idx);
CREATE INDEX claims_blocking ON claims(kind, unit, measure, aspect, value_bucket, id)
  WHERE superseded = 0;

-- The actors of a claim's sentence, in order, with their role.
CREATE TABLE claim_actors (
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  idx      INTEGER NOT NULL,
  actor_id INTEGER NOT NULL REFERENCES actors(id),
  role     TEXT    NOT NULL DEFAULT '',
  PRIMARY KEY (claim_id, idx)
) WITHOUT ROWID;
CREATE INDEX claim_actors_actor ON claim_actors(actor_id, claim_id);

-- Who the claim's sentence credits (at most one row per claim).
CREATE TABLE attributions (
  claim_id                INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
  said_by                 TEXT    NOT NULL,
  said_by_actor_id        INTEGER REFERENCES actors(id),
  cue                     TEXT    NOT NULL DEFAULT '',
  cited_source            TEXT    NOT NULL DEFAULT '',
  cited_source_actor_id   INTEGER REFERENCES actors(id)
);
CREATE INDEX attributions_said_by_actor ON attributions(said_by_actor_id)
  WHERE said_by_actor_id IS NOT NULL;

-- Relations the reconciler found between two claims. claim_a is the claim
-- that was stored first, claim_b the one whose story brought the relation.
CREATE TABLE relations (
  id          INTEGER PRIMARY KEY,
  kind        TEXT    NOT NULL CHECK (kind IN ('corroborates', 'refines', 'conflicts')),
  claim_a     INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  claim_b     INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  reason_code TEXT    NOT NULL DEFAULT '',
  reason      TEXT    NOT NULL DEFAULT '',
  independent INTEGER NOT NULL DEFAULT 1,
  score       REAL    NOT NULL DEFAULT 0,
  created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  UNIQUE (claim_a, claim_b),
  CHECK (claim_a <> claim_b)
);
CREATE INDEX relations_claim_b ON relations(claim_b);
CREATE INDEX relations_kind ON relations(kind);

-- Convenience view for SQL and Datasette users: one row per claim with its
-- story, sentence and attribution.
CREATE VIEW claims_view AS
SELECT
  c.id               AS claim_id,
  c.kind             AS kind,
  c.text             AS text,
  c.unit             AS unit,
  c.low              AS low,
  c.high             AS high,
  c.approx           AS approx,
  c.date_start       AS date_start,
  c.date_end         AS date_end,
  c.timex            AS timex,
  c.time_start       AS time_start,
  c.time_end         AS time_end,
  c.measure          AS measure,
  c.aspect           AS aspect,
  c.superseded       AS superseded,
  a.said_by          AS said_by,
  a.cue              AS cue,
  a.cited_source     AS cited_source,
  (SELECT group_concat(ac.name, '; ')
     FROM claim_actors ca JOIN actors ac ON ac.id = ca.actor_id
    WHERE ca.claim_id = c.id) AS actors,
  se.text            AS sentence,
  s.id               AS story_id,
  s.uri              AS story_uri,
  s.source           AS story_source,
  s.published        AS story_published,
  s.headline         AS story_headline,
  c.start            AS start,
  c.end              AS end
FROM claims c
JOIN stories s ON s.id = c.story_id
LEFT JOIN sentences se ON se.story_id = c.story_id AND se.idx = c.sentence_idx
LEFT JOIN attributions a ON a.claim_id = c.id;

-- Convenience view: each relation with both figures, sentences and sources.
CREATE VIEW relations_view AS
SELECT
  r.id          AS relation_id,
  r.kind        AS kind,
  r.reason_code AS reason_code,
  r.reason      AS reason,
  r.independent AS independent,
  r.score       AS score,
  r.claim_a     AS claim_a,
  ca.text       AS a_text,
  ca.sentence   AS a_sentence,
  ca.story_source AS a_source,
  ca.story_uri  AS a_uri,
  r.claim_b     AS claim_b,
  cb.text       AS b_text,
  cb.sentence   AS b_sentence,
  cb.story_source AS b_source,
  cb.story_uri  AS b_uri,
  r.created_at  AS created_at
FROM relations r
JOIN claims_view ca ON ca.claim_id = r.claim_a
JOIN claims_view cb ON cb.claim_id = r.claim_b;

PRAGMA user_version = 1;
