-- wirefacts schema, version 4: the uri a reissue arrived with is looked up
-- before any near-copy search (store/claim_store.cc StoreInTransaction), so
-- that ingesting a batch again recognises a CORRECTED/REPEAT story it has
-- already filed under the original's uri, however many stories came since.
-- Applied by store/migrations.cc inside one transaction; documented in
-- schema/README.md ("Version 4").

-- Reissues only: most stories keep received_uri = ''.
CREATE INDEX stories_received_uri ON stories (source, received_uri) WHERE received_uri <> '';

PRAGMA user_version = 4;
