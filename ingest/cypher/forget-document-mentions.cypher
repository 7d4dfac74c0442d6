UNWIND $ids AS doc_id
MATCH (d:Document {id: doc_id})-[m:MENTIONS]->(:Entity)
DELETE m
