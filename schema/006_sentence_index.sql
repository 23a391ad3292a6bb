-- wirefacts schema, version 6: sentences_fts is filled by the store once per
-- transaction (store/claim_store.cc IndexSentences: the sentences rows the
-- transaction added, in one INSERT ... SELECT just before it commits), not
-- row by row by a trigger. FTS5 writes its pending terms out as a new index
-- segment at every statement and savepoint: the trigger wrote, and later
-- merged, one segment a story. Deleting or changing a sentence still goes
-- through the triggers of version 1. Applied by store/migrations.cc inside
-- one transaction; documented in schema/README.md ("Version 6").

DROP TRIGGER sentences_fts_insert;

PRAGMA user_version = 6;
