// FalkorDB: indegree() reads the count of mentions without walking them (a pattern comprehension
// walks every mention of a hub: most of the time on a large graph).
MATCH (e:Entity)
WHERE toLower(e.name) CONTAINS toLower($text) OR any(alias IN e.aliases WHERE toLower(alias) CONTAINS toLower($text))
RETURN e.name AS name, e.type AS type, e.aliases AS aliases, e.id AS id,
       indegree(e, 'MENTIONS') AS documents
ORDER BY documents DESC, name;
