// count-entities.cypher for every actor the old versions of these documents mention, after their
// relations are forgotten and before their mentions are (then no link leads to those actors any
// more): the documents that still mention each are its mentions but these documents'.
UNWIND $ids AS doc_id
MATCH (:Document {id: doc_id})-[:MENTIONS]->(e:Entity)
WITH e, count(*) AS leaving
// The actor's write lock before its links are counted (a SET that reads the property takes it before
// the read): a concurrent write that adds to the counts (count-written-entities) has then committed,
// and is in the count, or waits for this one and adds to it. Otherwise its addition could be lost.
SET e.relations = e.relations
WITH e, leaving
SET e.relations = COUNT { (e)-[:{relation_pattern}]-() }, e.documents = COUNT { (e)<-[:MENTIONS]-() } - leaving,
    e.kinds = {relation_kinds}
