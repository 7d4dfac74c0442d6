// The old nodes, once no document mentions them.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)<-[:MENTIONS]-(:Document)
DETACH DELETE e
