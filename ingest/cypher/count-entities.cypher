// The counts kept on each of these actors, which the top-N queries read (indexed) instead of counting
// them for every actor: `relations`, how many relations (of the types in schema/relations.toml, either
// way) it takes part in, `kinds`, those types (in the vocabulary's order), both for most-connected;
// `documents`, how many documents mention it (most-connected, co-mentioned). Recounted from the graph
// for every actor the identity pass re-points to or from; a write adds what it writes
// (count-written-entities.cypher) after count-forgotten-entities.cypher recounted the actors its
// documents' old versions mentioned. COUNT { } of typed relationships reads Neo4j's degree store, never
// the relationships themselves; {relation_kinds} is one such count a relation type.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.relations = COUNT { (e)-[:{relation_pattern}]-() }, e.documents = COUNT { (e)<-[:MENTIONS]-() },
    e.kinds = {relation_kinds}
