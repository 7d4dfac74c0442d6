// ../count-forgotten-entities.cypher for FalkorDB: see count-entities.cypher here.
UNWIND $ids AS doc_id
MATCH (:Document {id: doc_id})-[:MENTIONS]->(e:Entity)
WITH e, count(*) AS leaving
SET e.relations = indegree(e, {relation_arguments}) + outdegree(e, {relation_arguments}), e.documents = indegree(e, 'MENTIONS') - leaving,
    e.kinds = [kind IN {relation_types} WHERE indegree(e, kind) + outdegree(e, kind) > 0]
