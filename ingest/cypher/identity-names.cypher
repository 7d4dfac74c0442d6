// Every actor as each document wrote it (the MENTIONS edge keeps the document's own id, name, type and
// aliases) and the node it now points to: what the cross-document identity pass decides over.
MATCH (d:Document)-[m:MENTIONS]->(e:Entity)
RETURN d.id AS doc_id, e.id AS node, coalesce(m.written_id, e.id) AS written_id,
       coalesce(m.written_name, e.name) AS name, coalesce(m.written_type, e.type) AS type,
       coalesce(m.written_aliases, e.aliases, []) AS aliases
ORDER BY doc_id, written_id
