// Requests
// Who asked whom for what (the theme), with the polarity (a request that was denied or did not
// happen is negative), the modality, who said so and the outlet that reported it. A call with no
// one asked ("X called for early elections") has an empty `asked`.
// param limit: integer = 50, example 20 - rows at most
MATCH (requester:Entity)-[:SOURCE_OF]->(ev:Event {type: 'REQUESTED'})
OPTIONAL MATCH (ev)-[:TARGETS]->(asked:Entity)
OPTIONAL MATCH (d:Document)-[:REPORTS]->(ev)
OPTIONAL MATCH (speaker:Entity {id: ev.attributed_to})
RETURN requester.name AS requester, asked.name AS asked, ev.theme AS what, ev.polarity AS polarity,
       ev.modality AS modality, speaker.name AS said_by, d.outlet AS outlet,
       coalesce(ev.date, d.published) AS date, ev.sentence AS sentence
ORDER BY requester, asked, outlet
LIMIT $limit;
