// Hypotheticals
// What is only being considered, planned, threatened, pledged or asked for: every event whose
// modality is not 'asserted', i.e. it has not (yet) happened (one-sided events with an empty
// target), then the other facts (roles, memberships) of that kind.
// param limit: integer = 50, example 20 - rows at most
MATCH (s:Entity)-[:SOURCE_OF]->(ev:Event)
WHERE ev.modality IN ['future', 'possible', 'hypothetical']
OPTIONAL MATCH (ev)-[:TARGETS]->(t:Entity)
OPTIONAL MATCH (d:Document)-[:REPORTS]->(ev)
OPTIONAL MATCH (speaker:Entity {id: ev.attributed_to})
RETURN s.name AS source, ev.type AS relation, t.name AS target, ev.modality AS modality, ev.theme AS what,
       ev.polarity AS polarity, speaker.name AS said_by, d.outlet AS outlet, ev.sentence AS sentence
ORDER BY modality, source, relation
LIMIT $limit
UNION ALL
MATCH (s:Entity)-[r]->(t:Entity)
WHERE r.plover IS NULL AND r.modality IN ['future', 'possible', 'hypothetical']
OPTIONAL MATCH (d:Document {id: r.doc_id})
OPTIONAL MATCH (speaker:Entity {id: r.attributed_to})
RETURN s.name AS source, type(r) AS relation, t.name AS target, r.modality AS modality, r.theme AS what,
       r.polarity AS polarity, speaker.name AS said_by, d.outlet AS outlet, r.sentence AS sentence
ORDER BY modality, source, relation
LIMIT $limit;
