// FalkorDB has no COUNT { } subquery; its indegree()/outdegree() read the same degrees, counted over the
// relation types (an untyped degree walks every mention and event link: ten times slower). The kinds
// of relation are the types with a degree, not every relationship of the actor read.
// A degree costs a walk of the actor's links of those types, so the mentions (the most links by far)
// are counted only for the actors that can make the page: those with at least as many relations as
// the `limit`-th; the mentions only break ties among them.
MATCH (e:Entity)
WITH e, indegree(e, {relation_arguments}) + outdegree(e, {relation_arguments}) AS relations
WHERE relations > 0
WITH e, relations
ORDER BY relations DESC
WITH collect(e) AS actors, collect(relations) AS counts
WITH actors, counts, counts[CASE WHEN size(counts) < $limit THEN size(counts) ELSE $limit END - 1] AS least
UNWIND range(0, size(actors) - 1) AS i
WITH actors[i] AS e, counts[i] AS relations, least
WHERE relations >= least
WITH e, relations, indegree(e, 'MENTIONS') AS documents
ORDER BY relations DESC, documents DESC, e.name
LIMIT $limit
WITH e, relations, documents, [type IN {relation_types} WHERE indegree(e, type) + outdegree(e, type) > 0] AS kinds
RETURN e.name AS actor, e.type AS type, relations, documents, kinds
ORDER BY relations DESC, documents DESC, actor
