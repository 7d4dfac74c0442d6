// ../co-mentioned.cypher for FalkorDB, which reads no index in order: every actor's kept count of
// documents is read (a property, where indegree(e, 'MENTIONS') walked every mention).
MATCH (e:Entity)
WITH e
ORDER BY e.documents DESC, e.id
LIMIT $among
MATCH (e)<-[:MENTIONS]-(d)  // only documents mention: no label read a mention
WITH d, collect(e) AS here  // the top actors each document mentions
UNWIND here AS a
UNWIND here AS b
WITH a, b, d
WHERE id(a) < id(b)  // each pair once, by the store's own ids: no property read a pair and document
WITH a, b, count(*) AS documents
WHERE documents >= $min_documents
WITH CASE WHEN a.id < b.id THEN a ELSE b END AS a, CASE WHEN a.id < b.id THEN b ELSE a END AS b, documents
RETURN a.name AS actor, b.name AS other, documents, a.type AS actor_type, b.type AS other_type
ORDER BY documents DESC, actor, other
LIMIT $limit
