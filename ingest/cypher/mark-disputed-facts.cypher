// Record contradictions as facts are written, so `disputed-claims` never joins every fact with
// every other: a relation these rows state with one polarity and another document states with the
// other (same source, {type} and target) gets `disputed = true`, on both sides.
// {type} is a relation type from schema/relations.toml, never text from an article. Each row is
// looked up between its two (indexed) actors along one relationship type, so this never scans.
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})-[r:{type}]->(t:Entity {id: row.target})
WHERE r.id = row.id AND r.polarity IN ['positive', 'negative']
MATCH (s)-[other:{type}]->(t)
WHERE other.doc_id <> r.doc_id AND other.polarity IN ['positive', 'negative'] AND other.polarity <> r.polarity
SET r.disputed = true, other.disputed = true
