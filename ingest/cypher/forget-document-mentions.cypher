// Remove these documents' mentions; an entity that nothing mentions any more leaves the graph
// (the documents' new versions MERGE back the ones they still name). One statement, no read
// before the write: the transaction never waits on a round trip.
UNWIND $ids AS doc_id
MATCH (:Document {id: doc_id})-[m:MENTIONS]->(e:Entity)
DELETE m
WITH DISTINCT e
WHERE NOT (e)<-[:MENTIONS]-(:Document)
DETACH DELETE e
