// Warnings and threats
// Who warned or threatened whom, about what, and whether it was reported as fact or only as possible.
// param limit: integer = 50, example 20 - rows at most
MATCH (s:Entity)-[r:WARNED]->(t:Entity)
OPTIONAL MATCH (d:Document {id: r.doc_id})
OPTIONAL MATCH (speaker:Entity {id: r.attributed_to})
RETURN s.name AS warned_by, t.name AS warned, r.theme AS about, r.polarity AS polarity, r.modality AS modality,
       speaker.name AS said_by, d.outlet AS outlet, coalesce(r.date, d.published) AS date, r.sentence AS sentence
ORDER BY warned_by, warned
LIMIT $limit;
