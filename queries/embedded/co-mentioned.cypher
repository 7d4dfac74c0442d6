// FalkorDB has no COUNT { } subquery; indegree() reads the same count of mentions.
MATCH (e:Entity)
WITH e, indegree(e, 'MENTIONS') AS mentioned
ORDER BY mentioned DESC, e.id
LIMIT $among
MATCH (e)<-[:MENTIONS]-(d:Document)
WITH d, collect(e) AS here  // the top actors each document mentions
UNWIND here AS a
UNWIND here AS b
WITH a, b, d
WHERE a.id < b.id
WITH a, b, count(d) AS documents
WHERE documents >= $min_documents
RETURN a.name AS actor, b.name AS other, documents, a.type AS actor_type, b.type AS other_type
ORDER BY documents DESC, actor, other
LIMIT $limit
