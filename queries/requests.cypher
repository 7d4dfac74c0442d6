// Requests
// Who asked whom for what (the theme), with the polarity (a request that was denied or did not
// happen is negative), the modality, who said so and the outlet that reported it. A call with no
// one asked ("X called for early elections") has an empty `asked`.
// param limit: integer = 50, example 20 - rows at most
MATCH (requester:Entity)
WITH requester
ORDER BY requester.name
WITH collect(requester) AS ordered  // the actors by name, read in order below: a sort with a LIMIT after it would keep only `limit` actors
UNWIND ordered AS requester
MATCH (requester)-[:SOURCE_OF]->(ev {type: 'REQUESTED'})  // no label: from the actor, never an index scan of every event of the type
WITH requester.name AS name
LIMIT $limit
WITH collect(DISTINCT name) AS names  // the actors of the first `limit` events: every row shown is one of theirs
UNWIND names AS name
MATCH (requester:Entity {name: name})  // an index seek of those few, not a range of every name before the last
MATCH (requester)-[:SOURCE_OF]->(ev {type: 'REQUESTED'})  // no label: from the actor, never an index scan of every event of the type
OPTIONAL MATCH (ev)-[:TARGETS]->(asked:Entity)
OPTIONAL MATCH (d:Document)-[:REPORTS]->(ev)
WITH requester, ev, asked, d
ORDER BY requester.name, asked.name, d.outlet
LIMIT $limit  // the rows first, then the speakers of those rows only
WITH requester, ev, asked, d, ev.attributed_to AS speaker_id
OPTIONAL MATCH (speaker:Entity {id: speaker_id})
RETURN requester.name AS requester, asked.name AS asked, ev.theme AS what, ev.polarity AS polarity,
       ev.modality AS modality, speaker.name AS said_by, d.outlet AS outlet,
       coalesce(ev.date, d.published) AS date, ev.sentence AS sentence
ORDER BY requester, asked, outlet
LIMIT $limit;
