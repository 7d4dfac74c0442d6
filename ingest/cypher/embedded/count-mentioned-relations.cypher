// ../count-mentioned-relations.cypher for FalkorDB: see count-relations.cypher here.
UNWIND $ids AS doc_id
MATCH (:Document {id: doc_id})-[:MENTIONS]->(e:Entity)
WITH DISTINCT e
SET e.relations = indegree(e, {relation_arguments}) + outdegree(e, {relation_arguments})
