-- wirefacts schema, version 3: a blocking index for the reconciler's
-- candidate lookup (store/claim_store.cc FindCandidates), so that finding
-- the stored claims a new claim may relate to costs the same however large
-- the database grows. Applied by store/migrations.cc inside one transaction;
-- documented in schema/README.md ("Version 3").

-- One row per (claim, actor) pair the reconciler may relate through:
--  - money and percent claims with a measure and a value bucket, for each
--    of their actors that is not a place:
--      (actor_id, kind, unit, measure, aspect, value_bucket, claim_id)
--      e.g. (12, 'money', 'USD', 'profit', 'level', -2, 5031);
--  - date, duration and set claims, for each of their people:
--      (actor_id, kind, '', '', '', 0, claim_id), e.g. (7, 'date', '', '', '', 0, 5040).
-- Derived from claims and claim_actors (neither kind, unit, measure, aspect,
-- value_bucket nor an actor's kind changes once stored); written in the
-- claim's own transaction. No foreign keys: an index, not data.
CREATE TABLE claim_blocks (
  actor_id     INTEGER NOT NULL,
  kind         TEXT    NOT NULL,
  unit         TEXT    NOT NULL,
  measure      TEXT    NOT NULL,
  aspect       TEXT    NOT NULL,
  value_bucket INTEGER NOT NULL,
  claim_id     INTEGER NOT NULL,
  PRIMARY KEY (actor_id, kind, unit, measure, aspect, value_bucket, claim_id)
) WITHOUT ROWID;

INSERT OR IGNORE INTO claim_blocks
SELECT ca.actor_id, c.kind, c.unit, c.measure, c.aspect, c.value_bucket, c.id
  FROM claims c JOIN claim_actors ca ON ca.claim_id = c.id JOIN actors a ON a.id = ca.actor_id
 WHERE c.kind IN ('money', 'percent') AND c.measure <> '' AND c.value_bucket IS NOT NULL
   AND a.kind <> 'place';

INSERT OR IGNORE INTO claim_blocks
SELECT ca.actor_id, c.kind, '', '', '', 0, c.id
  FROM claims c JOIN claim_actors ca ON ca.claim_id = c.id JOIN actors a ON a.id = ca.actor_id
 WHERE c.kind IN ('date', 'duration', 'set') AND a.kind = 'person';

PRAGMA user_version = 3;
