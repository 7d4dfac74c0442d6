// Conflict events
// Attacks, deployments, sanctions and coercion: who did it to whom, when, and who reported it.
// An act with no actor on the other side ("X imposed a curfew on the city") has an empty target.
// param limit: integer = 50, example 20 - rows at most
MATCH (ev:Event)
WHERE ev.type IN ['ATTACKED', 'DEPLOYED', 'SANCTIONED', 'COERCED']
MATCH (s:Entity)-[:SOURCE_OF]->(ev)
OPTIONAL MATCH (ev)-[:TARGETS]->(t:Entity)
OPTIONAL MATCH (d:Document)-[:REPORTS]->(ev)
WITH s, ev, t, d
ORDER BY coalesce(ev.date, d.published), ev.type, s.name, t.name
LIMIT $limit  // the rows first, then the speakers of those rows only
WITH s, ev, t, d, ev.attributed_to AS speaker_id
OPTIONAL MATCH (speaker:Entity {id: speaker_id})
RETURN coalesce(ev.date, d.published) AS date, s.name AS source, ev.type AS relation, t.name AS target,
       ev.theme AS what, ev.polarity AS polarity, ev.modality AS modality, speaker.name AS said_by,
       d.outlet AS outlet, ev.sentence AS sentence
ORDER BY date, relation, source, target
LIMIT $limit;
