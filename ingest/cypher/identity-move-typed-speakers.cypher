// As identity-move-speakers, for the {type} relationships (a type of schema/relations.toml that is
// no event, so has no Event node): each document's own actors' relations of that type.
UNWIND $rows AS row
UNWIND row.docs AS doc_id
MATCH (:Document {id: doc_id})-[:MENTIONS]->(:Entity)-[r:{type}]->(:Entity)
WHERE r.doc_id = doc_id AND r.attributed_to = row.source
SET r.attributed_to = row.target
