// Most connected actors
// The actors taking part in the most relations, with how many documents mention them and the
// kinds of relation they take part in.
// Read from the counts the writer keeps on each actor (`relations`, `documents`, `kinds`; see
// ingest/cypher/count-entities.cypher), so no actor has its relations counted here: the `limit`-th
// count of relations is read first, in the index's order, then only the actors with at least as
// many (the index's range); their kept count of documents breaks ties.
// param limit: integer = 25, example 10 - rows at most
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
RETURN e.name AS actor, e.type AS type, relations, documents, e.kinds AS kinds
ORDER BY relations DESC, documents DESC, actor;
