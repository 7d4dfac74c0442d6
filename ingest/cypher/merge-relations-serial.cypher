// For a store that runs one write at a time (the embedded FalkorDB): see write.write_statements.
// {type} is a relation type from schema/relations.toml, never text from an article.
// CREATE, not MERGE: forget-document-facts has just removed every relation these documents said
// before (each row's id is made from its document), so none can exist yet. A MERGE would compare
// the id of every relationship already between the two actors: between two countries that grows
// with the archive, and it did (issue 11, part 5).
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CREATE (s)-[r:{type} {id: row.id}]->(t)
SET r += row.properties
