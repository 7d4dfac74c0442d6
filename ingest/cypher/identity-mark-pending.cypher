// In the transaction that writes these documents: the identity pass has yet to see them. The pass
// clears the mark in its own transaction, so a run stopped between the two leaves the mark, and
// the next ingest (even of nothing new) runs the pass; a graph with no mark needs no pass.
UNWIND $ids AS id
MATCH (d:Document {id: id})
SET d.identity_pending = true
