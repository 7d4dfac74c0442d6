// The target of each event that has one: (event)-[:TARGETS]->(target).
UNWIND $rows AS row
MATCH (ev:Event {id: row.id})
MATCH (t:Entity {id: row.target})
MERGE (ev)-[:TARGETS]->(t)
