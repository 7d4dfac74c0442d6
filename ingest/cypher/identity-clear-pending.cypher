// The identity pass has seen these documents (in the transaction of its moves).
UNWIND $ids AS id
MATCH (d:Document {id: id})
REMOVE d.identity_pending
