// Re-point (old)-[:SOURCE_OF]->(event) of these documents' events to the new node.
UNWIND $rows AS row
MATCH (n:Entity {id: row.source})-[s:SOURCE_OF]->(ev:Event)
WHERE ev.doc_id IN row.docs
MATCH (t:Entity {id: row.target})
CREATE (t)-[:SOURCE_OF]->(ev)
DELETE s
