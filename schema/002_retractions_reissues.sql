-- wirefacts schema, version 2: retractions (ninjs pubstatus "canceled"),
-- CORRECTED/REPEAT reissues stored under the story they reissue, and a
-- per-story claim count that proves a story was stored whole. Applied by
-- store/migrations.cc inside one transaction; documented column by column in
-- schema/README.md ("Version 2").

-- 1 when the claim's story was canceled (retracted) by its outlet: the
-- claim stays queryable but is hidden from default listings, and relations
-- involving it are left out of `relations` by default.
ALTER TABLE claims ADD COLUMN retracted INTEGER NOT NULL DEFAULT 0;

-- The number of claims stored with the story, written in the story's own
-- transaction. NULL for stories stored before version 2.
ALTER TABLE stories ADD COLUMN claim_count INTEGER;

-- The uri the story arrived with when the store recognised it as a
-- CORRECTED/REPEAT reissue of an earlier story and stored it under that
-- story's uri; '' otherwise.
ALTER TABLE stories ADD COLUMN received_uri TEXT NOT NULL DEFAULT '';

-- Reissue candidates: the newest current stories of an outlet.
CREATE INDEX stories_source_current ON stories(source, id) WHERE superseded_by IS NULL;

-- The views gain the retracted flag (claims_view) and keep their shape
-- otherwise; relations_view reads claims_view, so both are rebuilt.
DROP VIEW relations_view;
DROP VIEW claims_view;

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
  c.end              AS end,
  c.retracted        AS retracted
FROM claims c
JOIN stories s ON s.id = c.story_id
LEFT JOIN sentences se ON se.story_id = c.story_id AND se.idx = c.sentence_idx
LEFT JOIN attributions a ON a.claim_id = c.id;

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
  r.created_at  AS created_at,
  max(ca.retracted, cb.retracted) AS retracted
FROM relations r
JOIN claims_view ca ON ca.claim_id = r.claim_a
JOIN claims_view cb ON cb.claim_id = r.claim_b;

PRAGMA user_version = 2;
