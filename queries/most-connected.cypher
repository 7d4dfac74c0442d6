// Most connected actors
// The actors taking part in the most relations, with how many documents mention them and the
// kinds of relation they take part in.
// Sorted by the counts the writer keeps on each actor (`relations`, `documents`, indexed: see
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
WITH e, relations, documents, [kind IN [
     ['ACTS_FOR', COUNT { (e)-[:ACTS_FOR]-() }], ['AGREED', COUNT { (e)-[:AGREED]-() }],
     ['ALLIED', COUNT { (e)-[:ALLIED]-() }], ['ATTACKED', COUNT { (e)-[:ATTACKED]-() }],
     ['COERCED', COUNT { (e)-[:COERCED]-() }], ['COMMENTED', COUNT { (e)-[:COMMENTED]-() }],
     ['CONCEDED', COUNT { (e)-[:CONCEDED]-() }], ['CONDEMNED', COUNT { (e)-[:CONDEMNED]-() }],
     ['COOPERATED', COUNT { (e)-[:COOPERATED]-() }], ['DENIED', COUNT { (e)-[:DENIED]-() }],
     ['DEPLOYED', COUNT { (e)-[:DEPLOYED]-() }], ['HOLDS_ROLE', COUNT { (e)-[:HOLDS_ROLE]-() }],
     ['INVESTIGATED', COUNT { (e)-[:INVESTIGATED]-() }], ['MANUFACTURED', COUNT { (e)-[:MANUFACTURED]-() }],
     ['MEMBER_OF', COUNT { (e)-[:MEMBER_OF]-() }], ['MET', COUNT { (e)-[:MET]-() }],
     ['PROTESTED', COUNT { (e)-[:PROTESTED]-() }], ['REQUESTED', COUNT { (e)-[:REQUESTED]-() }],
     ['RETREATED', COUNT { (e)-[:RETREATED]-() }], ['SANCTIONED', COUNT { (e)-[:SANCTIONED]-() }],
     ['SUPPLIED', COUNT { (e)-[:SUPPLIED]-() }], ['SUPPORTED', COUNT { (e)-[:SUPPORTED]-() }],
     ['WARNED', COUNT { (e)-[:WARNED]-() }]
     ] WHERE kind[1] > 0 | kind[0]] AS kinds  // a degree a relation type: none of the relations is read
RETURN e.name AS actor, e.type AS type, relations, documents, kinds
ORDER BY relations DESC, documents DESC, actor;
