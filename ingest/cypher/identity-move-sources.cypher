// Re-point (old)-[:SOURCE_OF]->(event) of these documents' events to the new node (each document's
// events found by its id, an index: the old node may be the source of many other documents' events).
UNWIND $rows AS row
UNWIND row.docs AS doc_id
MATCH (:Entity {id: row.source})-[s:SOURCE_OF]->(ev:Event {doc_id: doc_id})
MATCH (t:Entity {id: row.target})
CREATE (t)-[:SOURCE_OF]->(ev)
DELETE s
