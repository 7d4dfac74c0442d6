// Event nodes of these documents said by the old node (attributed_to) are said by the new one.
UNWIND $rows AS row
UNWIND row.docs AS doc_id
MATCH (ev:Event {doc_id: doc_id})
WHERE ev.attributed_to = row.source
SET ev.attributed_to = row.target
