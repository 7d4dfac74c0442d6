// {type} is a relation type from schema/relations.toml, never text from an article.
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:{type} {id: row.id}]->(t)
SET r += row.properties
