// count-entities.cypher for every actor the old versions of these documents mention, after their
// relations are forgotten and before their mentions are (then no link leads to those actors any
// more): the documents that still mention each are its mentions but these documents'.
UNWIND $ids AS doc_id
MATCH (:Document {id: doc_id})-[:MENTIONS]->(e:Entity)
WITH e, count(*) AS leaving
SET e.relations = COUNT { (e)-[:{relation_pattern}]-() }, e.documents = COUNT { (e)<-[:MENTIONS]-() } - leaving,
    e.kinds = {relation_kinds}
