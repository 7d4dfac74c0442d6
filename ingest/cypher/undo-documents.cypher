// Undo a half-applied write (see undo-relations): the documents and their mentions.
UNWIND $ids AS doc_id
MATCH (d:Document {id: doc_id})
DETACH DELETE d
