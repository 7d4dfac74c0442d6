// A relation whose two actors became one is no relation ("X praised X"): it goes, with its Event node.
UNWIND $ids AS id
MATCH (t:Entity {id: id})-[r]->(t)
DELETE r
