// ../count-missing-entities.cypher for FalkorDB: see count-entities.cypher here.
MATCH (e:Entity)
WHERE e.relations IS NULL OR e.documents IS NULL
SET e.relations = indegree(e, {relation_arguments}) + outdegree(e, {relation_arguments}), e.documents = indegree(e, 'MENTIONS')
