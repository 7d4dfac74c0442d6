// count-entities.cypher for every actor without its counts: a graph written before the writer kept
// them. Run as the schema is applied (each open of the embedded store, `newsgraph schema apply`,
// every ingest), so such a graph lists its actors again without being ingested again; once every
// actor has them it sets nothing.
MATCH (e:Entity)
WHERE e.relations IS NULL OR e.documents IS NULL OR e.kinds IS NULL
SET e.relations = COUNT { (e)-[:{relation_pattern}]-() }, e.documents = COUNT { (e)<-[:MENTIONS]-() },
    e.kinds = {relation_kinds}
