// Entity profile
// One actor: its type and aliases, and every relation it is part of, grouped by relation type,
// with the outlets that reported them.
// param name: string, example "Yoon Suk Yeol" - the actor's name or one of its aliases
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
OPTIONAL MATCH (e)-[r]-(other:Entity)
OPTIONAL MATCH (d:Document {id: r.doc_id})
WITH e, type(r) AS relation, startNode(r) = e AS outgoing, other, r, d
WHERE r IS NULL OR relation <> 'MENTIONS'
RETURN e.name AS name, e.type AS type, e.aliases AS aliases, relation,
       CASE WHEN outgoing THEN 'to' ELSE 'from' END AS direction,
       collect(DISTINCT other.name) AS with_whom, collect(DISTINCT d.outlet) AS sources
ORDER BY relation, direction
