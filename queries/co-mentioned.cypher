// Actors mentioned together
// Pairs of actors most often mentioned in the same documents.
// param min_documents: integer = 1, example 2 - only pairs mentioned together in at least this many documents
// param limit: integer = 25, example 10 - rows at most
MATCH (d:Document)-[:MENTIONS]->(a:Entity)
MATCH (d)-[:MENTIONS]->(b:Entity)
WHERE a.id < b.id
WITH a, b, count(DISTINCT d) AS documents
WHERE documents >= $min_documents
RETURN a.name AS actor, b.name AS other, documents, a.type AS actor_type, b.type AS other_type
ORDER BY documents DESC, actor, other
LIMIT $limit;
