// Recent documents
// The latest articles in the graph, newest first, with how many actors each mentions.
// param limit: integer = 20, example 5 - rows at most
// The newest documents are picked first, then only their mentions are counted.
MATCH (d:Document)
WITH d
ORDER BY d.published DESC, d.title
LIMIT $limit
RETURN d.published AS published, d.outlet AS outlet, d.title AS title,
       size([(d)-[:MENTIONS]->(e:Entity) | e]) AS actors, d.id AS id
ORDER BY published DESC, title;
