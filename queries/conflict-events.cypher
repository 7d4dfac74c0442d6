// Conflict events
// Attacks, deployments, sanctions and coercion: who did it to whom, when, and who reported it.
// param limit: integer = 50, example 20 - rows at most
MATCH (s:Entity)-[r:ATTACKED|DEPLOYED|SANCTIONED|COERCED]->(t:Entity)
OPTIONAL MATCH (d:Document {id: r.doc_id})
OPTIONAL MATCH (speaker:Entity {id: r.attributed_to})
RETURN coalesce(r.date, d.published) AS date, s.name AS source, type(r) AS relation, t.name AS target,
       r.theme AS what, r.polarity AS polarity, r.modality AS modality, speaker.name AS said_by,
       d.outlet AS outlet, r.sentence AS sentence
ORDER BY date, relation, source, target
LIMIT $limit;
