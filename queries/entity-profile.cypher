// Entity profile
// One actor: its type, aliases and the roles it holds, then everything it did and had done to it,
// grouped by relation type and direction, with whom and the outlets that reported it.
// The name matches the actor's name or one of its aliases, ignoring case.
// param name: string, example "Yoon Suk Yeol" - the actor's name or one of its aliases
MATCH (e:Entity)
WHERE toLower($name) IN e.lookup
OPTIONAL MATCH (e)-[role:HOLDS_ROLE]->(office:Entity)
WITH e, collect(DISTINCT role.theme + ', ' + office.name) AS roles
OPTIONAL MATCH (e)-[r]-(other:Entity)
WHERE type(r) <> 'HOLDS_ROLE'
WITH e, roles, r, other, r.doc_id AS doc_id  // FalkorDB cannot look up {id: r.doc_id} when r is null
OPTIONAL MATCH (d:Document {id: doc_id})
RETURN e.name AS name, e.type AS type, e.aliases AS aliases, roles, type(r) AS relation,
       CASE WHEN r IS NULL THEN null WHEN startNode(r) = e THEN 'to' ELSE 'from' END AS direction,
       collect(DISTINCT other.name) AS with_whom, collect(DISTINCT d.outlet) AS sources
ORDER BY relation, direction;
