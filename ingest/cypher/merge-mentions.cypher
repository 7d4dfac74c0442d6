UNWIND $rows AS row
MATCH (d:Document {id: row.doc_id})
MATCH (e:Entity {id: row.entity_id})
MERGE (d)-[m:MENTIONS]->(e)
SET m.count = row.count
