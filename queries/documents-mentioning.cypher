// Documents mentioning an actor
// The articles that mention an actor, newest first, with how often each mentions it.
// param name: string, example "Cheongung-II" - the actor's name or one of its aliases
// param limit: integer = 50, example 10 - rows at most
MATCH (e:Entity)
WHERE toLower($name) IN e.lookup
WITH collect(e) AS found  // from the actor to its documents (Neo4j would read every document's mentions)
UNWIND found AS e
MATCH (d:Document)-[m:MENTIONS]->(e)
RETURN d.published AS published, d.outlet AS outlet, d.title AS title, m.count AS mentions,
       d.url AS url, d.id AS id
ORDER BY published DESC, title
LIMIT $limit;
