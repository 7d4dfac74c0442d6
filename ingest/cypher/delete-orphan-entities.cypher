// Entities that no document mentions any more (after a document changed) leave the graph.
UNWIND $ids AS entity_id
MATCH (e:Entity {id: entity_id})
WHERE NOT (e)<-[:MENTIONS]-(:Document)
DETACH DELETE e
