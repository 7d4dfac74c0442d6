// FalkorDB runs shortestPath only in WITH/RETURN and only along one direction; its algo.SPpaths
// procedure searches both directions, breadth first, like Neo4j's shortestPath. {relation_types}
// is filled from schema/relations.toml, so documents (MENTIONS) are never a link.
MATCH (x:Entity)
WHERE toLower($a) IN x.lookup
MATCH (y:Entity)
WHERE toLower($b) IN y.lookup
WITH x, y
WHERE x <> y
CALL algo.SPpaths({sourceNode: x, targetNode: y, relTypes: {relation_types}, relDirection: 'both', maxLen: 4, pathCount: 1})
YIELD path
RETURN path, length(path) AS steps, [r IN relationships(path) | r.sentence] AS sentences
ORDER BY steps
LIMIT 1;
