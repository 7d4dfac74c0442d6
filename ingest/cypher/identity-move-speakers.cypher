// Relations of these documents said by the old node (attributed_to) are said by the new one: the
// relations that are events, through their Event node (same id, looked up by document), so no
// actor's every relation is read. identity-move-typed-speakers does the types that are no events.
UNWIND $rows AS row
UNWIND row.docs AS doc_id
MATCH (ev:Event {doc_id: doc_id})
WHERE ev.attributed_to = row.source
MATCH (s:Entity)-[:SOURCE_OF]->(ev)-[:TARGETS]->(t:Entity)
MATCH (s)-[r]->(t)
WHERE r.id = ev.id
SET r.attributed_to = row.target
