// Every event (a relation whose type has a PLOVER code) as an Event node, one-sided or not:
// (source)-[:SOURCE_OF]->(event)<-[:REPORTS]-(document). Its id is the direct relationship's id.
UNWIND $rows AS row
MATCH (d:Document {id: row.properties.doc_id})
MATCH (s:Entity {id: row.source})
MERGE (ev:Event {id: row.id})
SET ev += row.properties
MERGE (d)-[:REPORTS]->(ev)
MERGE (s)-[:SOURCE_OF]->(ev)
