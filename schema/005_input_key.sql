-- wirefacts schema, version 5: the input a story was stored from, so that
-- the same input ingested again is recognised before it is analysed
-- (store/claim_store.cc FindUnchanged). Applied by store/migrations.cc inside
-- one transaction; documented in schema/README.md ("Version 5").

-- Normalizer::InputKey of the body as given (its length, its hash and a
-- hash of the normaliser's rules); '' when unknown (stories stored before
-- version 5 until they are ingested again, streamed stories, stories stored
-- without one).
ALTER TABLE stories ADD COLUMN input_key TEXT NOT NULL DEFAULT '';

PRAGMA user_version = 5;
