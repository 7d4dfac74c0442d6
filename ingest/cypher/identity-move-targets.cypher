// Re-point (event)-[:TARGETS]->(old) of these documents' events to the new node (each document's
// events found by its id, an index: the old node may be the target of many other documents' events).
UNWIND $rows AS row
UNWIND row.docs AS doc_id
MATCH (ev:Event {doc_id: doc_id})-[x:TARGETS]->(:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CREATE (ev)-[:TARGETS]->(t)
DELETE x
