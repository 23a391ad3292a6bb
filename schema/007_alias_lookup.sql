-- wirefacts schema, version 7: the alias look-up of every actor a story
-- names (store/claim_store.cc ResolveActor, ActorIdsByAlias: WHERE
-- alias_key = ?) reads actor_id from the index itself instead of fetching
-- each actor_aliases row. The index on (alias_key) alone is replaced by one
-- on (alias_key, actor_id): the same number of indexes to keep up on
-- insert. Applied by store/migrations.cc inside one transaction; documented
-- in schema/README.md ("Version 7").

DROP INDEX actor_aliases_key;
CREATE INDEX actor_aliases_key_actor ON actor_aliases(alias_key, actor_id);

PRAGMA user_version = 7;
