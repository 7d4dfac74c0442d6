// Entity profile
// One actor: its type, aliases and the roles it holds, then everything it did and had done to it,
// grouped by relation type and direction, with whom and the outlets that reported it. Events it
// did to no actor (one-sided) are in the 'to' rows with no one added to with_whom.
// The name matches the actor's name or one of its aliases, ignoring case.
// param name: string, example "Yoon Suk Yeol" - the actor's name or one of its aliases
MATCH (e:Entity)
WHERE toLower($name) IN e.lookup
OPTIONAL MATCH (e)-[role:HOLDS_ROLE]->(office:Entity)
WITH e, collect(DISTINCT role.theme + ', ' + office.name) AS roles
OPTIONAL MATCH (e)-[r]-(other:Entity)
WHERE type(r) <> 'HOLDS_ROLE'
WITH e, roles, collect({relation: type(r), direction: CASE WHEN startNode(r) = e THEN 'to' ELSE 'from' END,
                        other: other.name, doc_id: r.doc_id}) AS linked
OPTIONAL MATCH (e)-[:SOURCE_OF]->(alone:Event)
WHERE NOT (alone)-[:TARGETS]->(:Entity)
WITH e, roles, linked, collect({relation: alone.type, direction: 'to', other: null, doc_id: alone.doc_id}) AS lonely
WITH e, roles, [f IN linked + lonely WHERE f.relation IS NOT NULL] AS facts
UNWIND CASE WHEN size(facts) = 0 THEN [{relation: null, direction: null, other: null, doc_id: null}] ELSE facts END AS fact
WITH e, roles, fact, fact.doc_id AS doc_id  // FalkorDB cannot look up {id: ...} of a missing fact
OPTIONAL MATCH (d:Document {id: doc_id})
RETURN e.name AS name, e.type AS type, e.aliases AS aliases, roles, fact.relation AS relation,
       fact.direction AS direction, collect(DISTINCT fact.other) AS with_whom, collect(DISTINCT d.outlet) AS sources
ORDER BY relation, direction;
