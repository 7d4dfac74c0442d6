// Undo a write the embedded store applied only in part (FalkorDB's MULTI/EXEC does not roll back
// a statement that succeeded before another failed): every relation these documents contributed.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.doc_id IN $ids
DELETE r
