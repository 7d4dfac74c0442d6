// Refusals and denials
// What was refused, rejected or denied (DENIED events), and every act reported as not having
// happened (negative polarity), with the sentence and the outlet; one-sided events have an empty
// target. Negated facts that are not events (roles, memberships) follow.
// param limit: integer = 50, example 20 - rows at most
MATCH (s:Entity)-[:SOURCE_OF]->(ev:Event)
WHERE ev.type = 'DENIED' OR ev.polarity = 'negative'
OPTIONAL MATCH (ev)-[:TARGETS]->(t:Entity)
OPTIONAL MATCH (d:Document)-[:REPORTS]->(ev)
OPTIONAL MATCH (speaker:Entity {id: ev.attributed_to})
RETURN s.name AS source, ev.type AS relation, ev.polarity AS polarity, t.name AS target, ev.theme AS what,
       speaker.name AS said_by, d.outlet AS outlet, coalesce(ev.date, d.published) AS date, ev.sentence AS sentence
ORDER BY relation, source, target
LIMIT $limit
UNION ALL
MATCH (s:Entity)-[r]->(t:Entity)
WHERE r.plover IS NULL AND r.polarity = 'negative'
OPTIONAL MATCH (d:Document {id: r.doc_id})
OPTIONAL MATCH (speaker:Entity {id: r.attributed_to})
RETURN s.name AS source, type(r) AS relation, r.polarity AS polarity, t.name AS target, r.theme AS what,
       speaker.name AS said_by, d.outlet AS outlet, coalesce(r.date, d.published) AS date, r.sentence AS sentence
ORDER BY relation, source, target
LIMIT $limit;
