// ../count-entities.cypher for FalkorDB (no COUNT { } subquery there): indegree()/outdegree() over the
// relation types read the same counts.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.relations = indegree(e, {relation_arguments}) + outdegree(e, {relation_arguments}), e.documents = indegree(e, 'MENTIONS'),
    e.kinds = [kind IN {relation_types} WHERE indegree(e, kind) + outdegree(e, kind) > 0]
