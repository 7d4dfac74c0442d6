// Record contradictions as facts are written, so `disputed-claims` never joins every fact with
// every other: a relation these rows state with one polarity and another document states with the
// other (same source, {type} and target) gets `disputed = true`, on both sides.
// {type} is a relation type from schema/relations.toml, never text from an article. Each row is
// looked up between its two (indexed) actors along one relationship type, so this never scans.
// The row carries its relation's polarity and document: the relations between the two actors are
// walked once a row, and the row's own relation is looked up only when another contradicts it.
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})-[other:{type}]->(t:Entity {id: row.target})
WHERE other.doc_id <> row.doc_id AND other.polarity IN ['positive', 'negative'] AND other.polarity <> row.polarity
SET other.disputed = true
WITH DISTINCT row, s, t
MATCH (s)-[r:{type}]->(t)
WHERE r.id = row.id
SET r.disputed = true
