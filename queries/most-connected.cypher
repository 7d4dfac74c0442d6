// Most connected actors
// The actors taking part in the most relations, with how many documents mention them and the
// kinds of relation they take part in.
// param limit: integer = 25, example 10 - rows at most
MATCH (e:Entity)-[r]-(:Entity)
WITH e, count(r) AS relations, collect(DISTINCT type(r)) AS kinds
RETURN e.name AS actor, e.type AS type, relations,
       size([(d:Document)-[:MENTIONS]->(e) | d]) AS documents, kinds
ORDER BY relations DESC, documents DESC, actor
LIMIT $limit;
