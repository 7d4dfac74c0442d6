// Actors mentioned together
// Pairs of actors most often mentioned in the same documents.
// A pair is never mentioned together in more documents than its less mentioned actor, so the pairs
// are looked for among the `among` actors mentioned in the most documents (each actor's count of
// documents is kept by the writer: ingest/cypher/count-entities.cypher; read in the index's order),
// each pair counted from the documents of one of its actors: raise `among` for pairs of less
// mentioned actors. That count reads every mention of those actors: it grows with their documents.
// param min_documents: integer = 1, example 2 - only pairs mentioned together in at least this many documents
// param limit: integer = 25, example 10 - rows at most
// param among: integer = 10, example 10 - pairs among this many of the most mentioned actors
MATCH (e:Entity)
WHERE e.documents > 0  // (every actor: the index's range, so its order)
WITH e
ORDER BY e.documents DESC, e.id
LIMIT $among
MATCH (e)<-[:MENTIONS]-(d)  // only documents mention: no label read a mention
WITH d, collect(e) AS here  // the top actors each document mentions
UNWIND here AS a
UNWIND here AS b
WITH a, b, d
WHERE elementId(a) < elementId(b)  // each pair once, by the store's own ids: no property read a pair and document
WITH a, b, count(*) AS documents
WHERE documents >= $min_documents
WITH CASE WHEN a.id < b.id THEN a ELSE b END AS a, CASE WHEN a.id < b.id THEN b ELSE a END AS b, documents
RETURN a.name AS actor, b.name AS other, documents, a.type AS actor_type, b.type AS other_type
ORDER BY documents DESC, actor, other
LIMIT $limit;
