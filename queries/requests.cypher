// Requests
// Who asked whom for what, with the polarity (a request that was denied or did not happen is negative),
// the modality, who said so and the outlet that reported it.
// param limit: integer = 50, example 20 - rows at most
MATCH (requester:Entity)-[r:REQUESTED]->(asked:Entity)
OPTIONAL MATCH (d:Document {id: r.doc_id})
RETURN requester.name AS requester, asked.name AS asked, r.theme AS what, r.polarity AS polarity,
       r.modality AS modality, d.outlet AS outlet, r.date AS date, r.sentence AS sentence
ORDER BY requester, asked, outlet
LIMIT $limit
