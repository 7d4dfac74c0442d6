// ../count-missing-entities.cypher for FalkorDB: see count-entities.cypher here.
MATCH (e:Entity)
WHERE e.relations IS NULL OR e.documents IS NULL OR e.kinds IS NULL
SET e.relations = indegree(e, {relation_arguments}) + outdegree(e, {relation_arguments}), e.documents = indegree(e, 'MENTIONS'),
    e.kinds = [kind IN {relation_types} WHERE indegree(e, kind) + outdegree(e, kind) > 0]
