// An event whose source and target became one actor goes (as identity-drop-loops).
UNWIND $ids AS id
MATCH (t:Entity {id: id})-[:SOURCE_OF]->(ev:Event)-[:TARGETS]->(t)
DETACH DELETE ev
