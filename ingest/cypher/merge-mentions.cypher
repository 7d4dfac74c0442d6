// A mention keeps the entity as the document wrote it (written_*): the cross-document identity pass
// (ingest/identity.py) decides over those, so it can re-point and, when documents change, re-decide.
UNWIND $rows AS row
MATCH (d:Document {id: row.doc_id})
MATCH (e:Entity {id: row.entity_id})
MERGE (d)-[m:MENTIONS]->(e)
SET m.count = row.count, m.written_id = row.entity_id, m.written_name = row.name,
    m.written_type = row.type, m.written_aliases = row.aliases
