// ../count-mentioned-entities.cypher for FalkorDB: see count-entities.cypher here.
UNWIND $ids AS doc_id
MATCH (:Document {id: doc_id})-[:MENTIONS]->(e:Entity)
WITH DISTINCT e
SET e.relations = indegree(e, {relation_arguments}) + outdegree(e, {relation_arguments}), e.documents = indegree(e, 'MENTIONS')
