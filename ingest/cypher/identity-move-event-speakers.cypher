// Event nodes of these documents said by the old node (attributed_to) are said by the new one.
UNWIND $rows AS row
MATCH (d:Document)-[:REPORTS]->(ev:Event)
WHERE d.id IN row.docs AND ev.attributed_to = row.source
SET ev.attributed_to = row.target
