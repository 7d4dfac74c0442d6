// Refusals and denials
// What was refused, rejected or denied (DENIED relations), and every act reported as not having
// happened (negative polarity), with the sentence and the outlet.
// param limit: integer = 50, example 20 - rows at most
MATCH (s:Entity)-[r]->(t:Entity)
WHERE type(r) = 'DENIED' OR r.polarity = 'negative'
OPTIONAL MATCH (d:Document {id: r.doc_id})
OPTIONAL MATCH (speaker:Entity {id: r.attributed_to})
RETURN s.name AS source, type(r) AS relation, r.polarity AS polarity, t.name AS target, r.theme AS what,
       speaker.name AS said_by, d.outlet AS outlet, coalesce(r.date, d.published) AS date, r.sentence AS sentence
ORDER BY relation, source, target
LIMIT $limit;
