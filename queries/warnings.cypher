// Warnings and threats
// Who warned or threatened whom, about what, and whether it was reported as fact or only as possible.
// A threat aimed at no actor has an empty `warned`.
// param limit: integer = 50, example 20 - rows at most
MATCH (s:Entity)
WITH s
ORDER BY s.name
WITH collect(s) AS ordered  // the actors by name, read in order below: a sort with a LIMIT after it would keep only `limit` actors
UNWIND ordered AS s
MATCH (s)-[:SOURCE_OF]->(ev {type: 'WARNED'})  // no label: from the actor, never an index scan of every event of the type
WITH s.name AS name
LIMIT $limit
WITH collect(DISTINCT name) AS names  // the actors of the first `limit` events: every row shown is one of theirs
UNWIND names AS name
MATCH (s:Entity {name: name})  // an index seek of those few, not a range of every name before the last
MATCH (s)-[:SOURCE_OF]->(ev {type: 'WARNED'})  // no label: from the actor, never an index scan of every event of the type
OPTIONAL MATCH (ev)-[:TARGETS]->(t:Entity)
OPTIONAL MATCH (d:Document)-[:REPORTS]->(ev)
WITH s, ev, t, d
ORDER BY s.name, t.name
LIMIT $limit  // the rows first, then the speakers of those rows only
WITH s, ev, t, d, ev.attributed_to AS speaker_id
OPTIONAL MATCH (speaker:Entity {id: speaker_id})
RETURN s.name AS warned_by, t.name AS warned, ev.theme AS about, ev.polarity AS polarity, ev.modality AS modality,
       speaker.name AS said_by, d.outlet AS outlet, coalesce(ev.date, d.published) AS date, ev.sentence AS sentence
ORDER BY warned_by, warned
LIMIT $limit;
