// Requests
// Who asked whom for what (the theme), with the polarity (a request that was denied or did not
// happen is negative), the modality, who said so and the outlet that reported it.
// param limit: integer = 50, example 20 - rows at most
MATCH (requester:Entity)-[r:REQUESTED]->(asked:Entity)
OPTIONAL MATCH (d:Document {id: r.doc_id})
OPTIONAL MATCH (speaker:Entity {id: r.attributed_to})
RETURN requester.name AS requester, asked.name AS asked, r.theme AS what, r.polarity AS polarity,
       r.modality AS modality, speaker.name AS said_by, d.outlet AS outlet,
       coalesce(r.date, d.published) AS date, r.sentence AS sentence
ORDER BY requester, asked, outlet
LIMIT $limit;
