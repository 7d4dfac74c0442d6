// Warnings and threats
// Who warned or threatened whom, about what, and whether it was reported as fact or only as possible.
// A threat aimed at no actor has an empty `warned`.
// param limit: integer = 50, example 20 - rows at most
MATCH (s:Entity)-[:SOURCE_OF]->(ev:Event {type: 'WARNED'})
OPTIONAL MATCH (ev)-[:TARGETS]->(t:Entity)
OPTIONAL MATCH (d:Document)-[:REPORTS]->(ev)
OPTIONAL MATCH (speaker:Entity {id: ev.attributed_to})
RETURN s.name AS warned_by, t.name AS warned, ev.theme AS about, ev.polarity AS polarity, ev.modality AS modality,
       speaker.name AS said_by, d.outlet AS outlet, coalesce(ev.date, d.published) AS date, ev.sentence AS sentence
ORDER BY warned_by, warned
LIMIT $limit;
