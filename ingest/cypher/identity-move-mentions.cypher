// The documents' mentions of the old node (as each wrote it) now point to the new node, saying why.
UNWIND $rows AS row
MATCH (d:Document)-[m:MENTIONS]->(n:Entity {id: row.source})
WHERE d.id IN row.docs AND coalesce(m.written_id, n.id) = row.written_id
MATCH (t:Entity {id: row.target})
CREATE (d)-[c:MENTIONS]->(t)
SET c = properties(m), c.written_id = row.written_id, c.joined_by = row.rule
DELETE m
