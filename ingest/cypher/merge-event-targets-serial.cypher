// For a store that runs one write at a time (the embedded FalkorDB): see write.write_statements.
// The target of each event that has one: (event)-[:TARGETS]->(target). The Event was created by
// merge-events in this transaction, so the link cannot exist yet: CREATE.
UNWIND $rows AS row
MATCH (ev:Event {id: row.id})
MATCH (t:Entity {id: row.target})
CREATE (ev)-[:TARGETS]->(t)
