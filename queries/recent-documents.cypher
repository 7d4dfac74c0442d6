// Recent documents
// The latest articles in the graph, newest first, with how many actors each mentions.
// param limit: integer = 20, example 5 - rows at most
MATCH (d:Document)
OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
RETURN d.published AS published, d.outlet AS outlet, d.title AS title, count(e) AS actors, d.id AS id
ORDER BY published DESC, title
LIMIT $limit;
