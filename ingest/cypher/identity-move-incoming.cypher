// As identity-move-outgoing, for the {type} relationships that end at the old node.
UNWIND $rows AS row
MATCH (o:Entity)-[r:{type}]->(n:Entity {id: row.source})
WHERE r.doc_id IN row.docs
MATCH (t:Entity {id: row.target})
CREATE (o)-[c:{type}]->(t)
SET c = properties(r)
DELETE r
