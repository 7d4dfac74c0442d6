// Re-point the {type} relationships (a type from schema/relations.toml) that these documents gave
// an old node to its new node: a copy with the same properties, then the old one goes.
UNWIND $rows AS row
MATCH (n:Entity {id: row.source})-[r:{type}]->(o:Entity)
WHERE r.doc_id IN row.docs
MATCH (t:Entity {id: row.target})
CREATE (t)-[c:{type}]->(o)
SET c = properties(r)
DELETE r
