// Shortest connection
// The shortest chain of relations between two actors (up to 4 steps, in any direction, through
// actors only: documents do not count as a link), with the sentence behind each step.
// Returns the path, so --format html draws it.
// param a: string, example "Yoon Suk Yeol" - one actor (name or alias)
// param b: string, example "Vladimir Putin" - the other actor (name or alias)
MATCH (x:Entity)
WHERE toLower($a) IN x.lookup
MATCH (y:Entity)
WHERE toLower($b) IN y.lookup
WITH x, y
WHERE x <> y
MATCH path = shortestPath((x)-[*..4]-(y))
WHERE all(n IN nodes(path) WHERE n:Entity)
RETURN path, length(path) AS steps, [r IN relationships(path) | r.sentence] AS sentences;
