// FalkorDB: a scan of the titles (its full-text index misses infix matches, *word*, on FalkorDB 4.22:
// not a superset of CONTAINS there, so not used).
MATCH (d:Document)
WHERE d.id = $document OR toLower(d.title) CONTAINS toLower($document)
MATCH (d)-[m:MENTIONS]->(e:Entity)
RETURN d.title AS document, e.name AS actor, e.type AS type, m.count AS mentions
ORDER BY document, mentions DESC, actor;
