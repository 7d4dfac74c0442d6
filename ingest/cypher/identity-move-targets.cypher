// Re-point (event)-[:TARGETS]->(old) of these documents' events to the new node.
UNWIND $rows AS row
MATCH (ev:Event)-[x:TARGETS]->(n:Entity {id: row.source})
WHERE ev.doc_id IN row.docs
MATCH (t:Entity {id: row.target})
CREATE (ev)-[:TARGETS]->(t)
DELETE x
