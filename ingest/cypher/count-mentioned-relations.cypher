// count-relations for every actor these documents mention: after their old relations are forgotten (the
// actors the old versions mentioned) and after the new ones are written.
UNWIND $ids AS doc_id
MATCH (:Document {id: doc_id})-[:MENTIONS]->(e:Entity)
WITH DISTINCT e
SET e.relations = COUNT { (e)-[:{relation_pattern}]-() }
