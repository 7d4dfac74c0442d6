// Before these documents' relations are removed (re-ingest, replacement, undo of a partial write):
// a relation of another document that was disputed only by them is disputed no longer. Each such
// relation is re-checked against what stays; `disputed` is removed where nothing contradicts it.
UNWIND $ids AS doc_id
MATCH (:Document {id: doc_id})-[:MENTIONS]->(s:Entity)-[r]->(t:Entity)
WHERE r.doc_id = doc_id AND r.disputed = true
MATCH (s)-[other]->(t)
WHERE type(other) = type(r) AND other.disputed = true AND NOT other.doc_id IN $ids
WITH DISTINCT s, t, other
OPTIONAL MATCH (s)-[against]->(t)
WHERE type(against) = type(other) AND against.doc_id <> other.doc_id AND NOT against.doc_id IN $ids
  AND against.polarity IN ['positive', 'negative'] AND against.polarity <> other.polarity
WITH other, count(against) AS contradictions
WHERE contradictions = 0
REMOVE other.disputed
