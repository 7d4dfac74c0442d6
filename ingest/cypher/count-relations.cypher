// `relations` on each of these actors: how many relations (of the types in schema/relations.toml, either
// way) it takes part in, which most-connected sorts by without counting them for every actor. Set again
// for every actor a write or the identity pass touched. COUNT { } of typed relationships reads Neo4j's
// degree store, never the relations themselves.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.relations = COUNT { (e)-[:{relation_pattern}]-() }
