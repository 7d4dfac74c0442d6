// Remove what earlier versions of these documents said: their relations between actors
// (forget-document-events removes their Event nodes, before this).
// The relations are found through the entities each document mentions, so this never scans the graph.
UNWIND $ids AS doc_id
MATCH (d:Document {id: doc_id})-[:MENTIONS]->(e:Entity)-[r]-(:Entity)
WHERE r.doc_id = doc_id
WITH DISTINCT r
DELETE r
