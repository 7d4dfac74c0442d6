// For a store that runs one write at a time (the embedded FalkorDB): see write.write_statements.
// Every event (a relation whose type has a PLOVER code) as an Event node, one-sided or not:
// (source)-[:SOURCE_OF]->(event)<-[:REPORTS]-(document). Its id is the direct relationship's id.
// CREATE, not MERGE: forget-document-events has just removed every Event these documents
// reported before, with its links, so neither the node nor its links can exist yet.
UNWIND $rows AS row
MATCH (d:Document {id: row.properties.doc_id})
MATCH (s:Entity {id: row.source})
CREATE (d)-[:REPORTS]->(ev:Event {id: row.id})<-[:SOURCE_OF]-(s)
SET ev += row.properties
