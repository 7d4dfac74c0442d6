// Hypotheticals
// What is only being considered, planned, threatened, pledged or asked for: every relation whose
// modality is not 'asserted', i.e. it has not (yet) happened.
// param limit: integer = 50, example 20 - rows at most
MATCH (s:Entity)-[r]->(t:Entity)
WHERE r.modality IN ['future', 'possible', 'hypothetical']
OPTIONAL MATCH (d:Document {id: r.doc_id})
OPTIONAL MATCH (speaker:Entity {id: r.attributed_to})
RETURN s.name AS source, type(r) AS relation, t.name AS target, r.modality AS modality, r.theme AS what,
       r.polarity AS polarity, speaker.name AS said_by, d.outlet AS outlet, r.sentence AS sentence
ORDER BY modality, source, relation
LIMIT $limit;
