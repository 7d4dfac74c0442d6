// Actors in a document
// The actors a document mentions, most mentioned first. The document is given by its id or by
// part of its title.
// param document: string, example "did not ask for weapons" - a document id, or words from its title
MATCH (d:Document)
WHERE d.id = $document OR toLower(d.title) CONTAINS toLower($document)
MATCH (d)-[m:MENTIONS]->(e:Entity)
RETURN d.title AS document, e.name AS actor, e.type AS type, m.count AS mentions
ORDER BY document, mentions DESC, actor;
