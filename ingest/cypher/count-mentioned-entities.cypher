// count-entities.cypher for every actor these documents mention, once their new versions are written.
UNWIND $ids AS doc_id
MATCH (:Document {id: doc_id})-[:MENTIONS]->(e:Entity)
WITH DISTINCT e
SET e.relations = COUNT { (e)-[:{relation_pattern}]-() }, e.documents = COUNT { (e)<-[:MENTIONS]-() }
