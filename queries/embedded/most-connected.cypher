// FalkorDB has no COUNT { } subquery; its indegree()/outdegree() read the same degrees, counted over the
// relation types (an untyped degree walks every mention and event link: ten times slower). The kinds
// of relation are the types with a degree, not every relationship of the actor read.
MATCH (e:Entity)
WITH e, indegree(e, {relation_arguments}) + outdegree(e, {relation_arguments}) AS relations,
     indegree(e, 'MENTIONS') AS documents
WHERE relations > 0
WITH e, relations, documents
ORDER BY relations DESC, documents DESC, e.name
LIMIT $limit
WITH e, relations, documents, [type IN {relation_types} WHERE indegree(e, type) + outdegree(e, type) > 0] AS kinds
RETURN e.name AS actor, e.type AS type, relations, documents, kinds
ORDER BY relations DESC, documents DESC, actor
