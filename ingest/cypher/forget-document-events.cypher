// Remove the Event nodes earlier versions of these documents reported (with their links).
UNWIND $ids AS doc_id
MATCH (:Document {id: doc_id})-[:REPORTS]->(ev:Event)
DETACH DELETE ev
