// Most connected actors
// The actors taking part in the most relations, with how many documents mention them and the
// kinds of relation they take part in.
// Counted from each actor's degree (every relationship but its mentions and its event links),
// which the store keeps, so only the actors listed have their relations read.
// param limit: integer = 25, example 10 - rows at most
MATCH (e:Entity)
WITH e, COUNT { (e)-[]-() } - COUNT { (e)<-[:MENTIONS]-() } - COUNT { (e)-[:SOURCE_OF]->() }
        - COUNT { (e)<-[:TARGETS]-() } AS relations, COUNT { (e)<-[:MENTIONS]-() } AS documents
WHERE relations > 0
WITH e, relations, documents
ORDER BY relations DESC, documents DESC, e.name
LIMIT $limit
MATCH (e)-[r]-(:Entity)
WITH e, relations, documents, collect(DISTINCT type(r)) AS kinds
RETURN e.name AS actor, e.type AS type, relations, documents, kinds
ORDER BY relations DESC, documents DESC, actor;
