// For a store that runs one write at a time (the embedded FalkorDB): see write.write_statements.
// A mention keeps the entity as the document wrote it (written_*): the cross-document identity pass
// (ingest/identity.py) decides over those, so it can re-point and, when documents change, re-decide.
// CREATE, not MERGE: forget-document-mentions has just removed these documents' mentions, and
// write_statements gives one row per document and entity.
UNWIND $rows AS row
MATCH (d:Document {id: row.doc_id})
MATCH (e:Entity {id: row.entity_id})
CREATE (d)-[m:MENTIONS]->(e)
SET m.count = row.count, m.written_id = row.entity_id, m.written_name = row.name,
    m.written_type = row.type, m.written_aliases = row.aliases
