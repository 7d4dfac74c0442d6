// FalkorDB has no COUNT { } subquery; indegree() reads the same count of mentions.
MATCH (e:Entity)
WITH e, indegree(e, 'MENTIONS') AS mentioned
ORDER BY mentioned DESC, e.id
LIMIT $among
WITH collect(e) AS top
UNWIND top AS a
UNWIND top AS b
WITH a, b
WHERE a.id < b.id
MATCH (a)<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(b)
WITH a, b, count(DISTINCT d) AS documents
WHERE documents >= $min_documents
RETURN a.name AS actor, b.name AS other, documents, a.type AS actor_type, b.type AS other_type
ORDER BY documents DESC, actor, other
LIMIT $limit
