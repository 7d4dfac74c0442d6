// After an undo: entities no document mentions (every entity is mentioned by some document).
MATCH (e:Entity)
WHERE NOT (e)<-[:MENTIONS]-(:Document)
DETACH DELETE e
