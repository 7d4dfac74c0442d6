// FalkorDB runs shortestPath only in WITH/RETURN and only along one direction, and its
// algo.SPpaths enumerates paths out from one end (seconds through hubs on a large graph). So this
// searches from both ends at once, by length, each length only when no shorter chain exists:
// one step; two (a common neighbour); then three or four, meeting in the middle: every node one
// step from a neighbour of x or of y, grouped by node (a hash join, not a list scan), is where the
// two searches meet, never four steps out from one end. {relation_pattern} is filled from
// schema/relations.toml (ALLIED|ATTACKED|...), so documents (MENTIONS) and events are never a link.
MATCH (x:Entity)
WHERE toLower($a) IN x.lookup
MATCH (y:Entity)
WHERE toLower($b) IN y.lookup
WITH x, y
WHERE x <> y
MATCH path = (x)-[:{relation_pattern}]-(y)
RETURN path, length(path) AS steps, [r IN relationships(path) | r.sentence] AS sentences
LIMIT 1
UNION ALL
MATCH (x:Entity)
WHERE toLower($a) IN x.lookup
MATCH (y:Entity)
WHERE toLower($b) IN y.lookup
WITH x, y
WHERE x <> y AND NOT (x)-[:{relation_pattern}]-(y)
MATCH path = (x)-[:{relation_pattern}]-(:Entity)-[:{relation_pattern}]-(y)
RETURN path, length(path) AS steps, [r IN relationships(path) | r.sentence] AS sentences
LIMIT 1
UNION ALL
MATCH (x:Entity)
WHERE toLower($a) IN x.lookup
MATCH (y:Entity)
WHERE toLower($b) IN y.lookup
WITH x, y
WHERE x <> y AND NOT (x)-[:{relation_pattern}]-(y) AND NOT (x)-[:{relation_pattern}]-(:Entity)-[:{relation_pattern}]-(y)
OPTIONAL MATCH (x)-[:{relation_pattern}]-(xn:Entity)
WITH x, y, collect(DISTINCT xn) AS near_x
OPTIONAL MATCH (y)-[:{relation_pattern}]-(yn:Entity)
WITH x, y, near_x, collect(DISTINCT yn) AS near_y
UNWIND [n IN near_x | [n, 0]] + [n IN near_y | [n, 1]] AS start
WITH x, y, start[0] AS n, start[1] AS side
MATCH (n)-[:{relation_pattern}]-(m:Entity)
WHERE m <> x AND m <> y
WITH x, y, m, collect(CASE WHEN side = 0 THEN n END)[0] AS a, collect(CASE WHEN side = 1 THEN n END)[0] AS b
WITH x, y, m, a, b, size([(m)-[:{relation_pattern}]-(y) | 1]) > 0 AS by_y, size([(m)-[:{relation_pattern}]-(x) | 1]) > 0 AS by_x
// m is two steps from x (through a) and next to y, or the other way round: three steps; two from each: four
WITH x, y, m, a, b, by_y, CASE WHEN a IS NOT NULL AND by_y THEN 3 WHEN b IS NOT NULL AND by_x THEN 3
                               WHEN a IS NOT NULL AND b IS NOT NULL THEN 4 END AS length
WHERE length IS NOT NULL
WITH x, y, m, a, b, by_y, length
ORDER BY length
LIMIT 1
WITH x, y, m, coalesce(a, m) AS a, coalesce(b, m) AS b, length,
     CASE WHEN a IS NOT NULL AND by_y THEN a ELSE m END AS first, CASE WHEN a IS NOT NULL AND by_y THEN m ELSE b END AS second
OPTIONAL MATCH three = (x)-[:{relation_pattern}]-(first)-[:{relation_pattern}]-(second)-[:{relation_pattern}]-(y)
WHERE length = 3
OPTIONAL MATCH four = (x)-[:{relation_pattern}]-(a)-[:{relation_pattern}]-(m)-[:{relation_pattern}]-(b)-[:{relation_pattern}]-(y)
WHERE length = 4
WITH coalesce(three, four) AS path
WHERE path IS NOT NULL
RETURN path, length(path) AS steps, [r IN relationships(path) | r.sentence] AS sentences
LIMIT 1
