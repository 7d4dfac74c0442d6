// Shortest connection
// The shortest chain of relations between two actors (up to 4 steps, in any direction, through
// actors only: documents do not count as a link), with the sentence behind each step.
// Returns the path, so --format html draws it.
// param a: string, example "Yoon Suk Yeol" - one actor (name or alias)
// param b: string, example "Vladimir Putin" - the other actor (name or alias)
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($a) OR toLower($a) IN [alias IN x.aliases | toLower(alias)]
MATCH (y:Entity)
WHERE toLower(y.name) = toLower($b) OR toLower($b) IN [alias IN y.aliases | toLower(alias)]
WITH x, y
WHERE x <> y
MATCH path = shortestPath((x)-[*..4]-(y))
WHERE all(n IN nodes(path) WHERE n:Entity)
RETURN path, length(path) AS steps, [r IN relationships(path) | r.sentence] AS sentences;
