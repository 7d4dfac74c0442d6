// FalkorDB has no COUNT { } subquery; its indegree()/outdegree() read the same degrees.
MATCH (e:Entity)
WITH e, indegree(e) + outdegree(e) - indegree(e, 'MENTIONS') - outdegree(e, 'SOURCE_OF') - indegree(e, 'TARGETS') AS relations,
     indegree(e, 'MENTIONS') AS documents
WHERE relations > 0
WITH e, relations, documents
ORDER BY relations DESC, documents DESC, e.name
LIMIT $limit
MATCH (e)-[r]-(:Entity)
WITH e, relations, documents, collect(DISTINCT type(r)) AS kinds
RETURN e.name AS actor, e.type AS type, relations, documents, kinds
ORDER BY relations DESC, documents DESC, actor
