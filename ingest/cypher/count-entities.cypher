// The counts kept on each of these actors, which the top-N queries sort by (indexed) instead of
// counting for every actor: `relations`, how many relations (of the types in schema/relations.toml,
// either way) it takes part in (most-connected), and `documents`, how many documents mention it
// (most-connected, co-mentioned). Recomputed, never incremented, for every actor a write or the
// identity pass touched, so no write can make them drift. COUNT { } of typed relationships reads
// Neo4j's degree store, never the relationships themselves.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.relations = COUNT { (e)-[:{relation_pattern}]-() }, e.documents = COUNT { (e)<-[:MENTIONS]-() }
