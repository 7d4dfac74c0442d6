UNWIND $ids AS doc_id
MATCH (:Document {id: doc_id})-[:MENTIONS]->(e:Entity)
RETURN DISTINCT e.id AS id
