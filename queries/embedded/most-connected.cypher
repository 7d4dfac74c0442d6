// FalkorDB reads no index in order, so the kept counts (ingest/cypher/count-entities.cypher) are read
// for every actor once: the `limit`-th count of relations first, then the actors with at least as many
// (the index's range), which the kept count of documents orders; indegree()/outdegree() only for the
// kinds of relation (the types with a degree) of those listed.
MATCH (e:Entity)
WHERE e.relations > 0
WITH e.relations AS relations
ORDER BY relations DESC
LIMIT $limit
WITH min(relations) AS least
MATCH (e:Entity)
WHERE e.relations >= least
WITH e, e.relations AS relations, e.documents AS documents
ORDER BY relations DESC, documents DESC, e.name
LIMIT $limit
WITH e, relations, documents, [type IN {relation_types} WHERE indegree(e, type) + outdegree(e, type) > 0] AS kinds
RETURN e.name AS actor, e.type AS type, relations, documents, kinds
ORDER BY relations DESC, documents DESC, actor
