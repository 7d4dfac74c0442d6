// Relations of these documents said by the old node (attributed_to) are said by the new one.
UNWIND $rows AS row
MATCH (d:Document)-[:MENTIONS]->(:Entity)-[r]->(:Entity)
WHERE d.id IN row.docs AND r.doc_id = d.id AND r.attributed_to = row.source
SET r.attributed_to = row.target
