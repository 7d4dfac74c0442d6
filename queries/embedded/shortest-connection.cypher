// FalkorDB runs shortestPath only in WITH/RETURN and only along one direction, so this finds the
// shortest chain by a bounded variable-length match ordered by length. {relation_types} is
// filled from schema/relations.toml, so documents (MENTIONS) are never a link.
MATCH (x:Entity)
WHERE toLower($a) IN x.lookup
MATCH (y:Entity)
WHERE toLower($b) IN y.lookup
WITH x, y
WHERE x <> y
MATCH path = (x)-[:{relation_types}*1..4]-(y)
RETURN path, length(path) AS steps, [r IN relationships(path) | r.sentence] AS sentences
ORDER BY steps
LIMIT 1;
