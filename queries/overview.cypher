// Overview
// What the graph holds: how many nodes of each label and relationships of each type,
// largest first. See recent-documents for the latest articles.
MATCH (n)
UNWIND labels(n) AS name
RETURN 'nodes' AS kind, name, count(*) AS count
ORDER BY count DESC, name
UNION ALL
MATCH ()-[r]->()
RETURN 'relationships' AS kind, type(r) AS name, count(*) AS count
ORDER BY count DESC, name;
