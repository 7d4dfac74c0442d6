// Statements by an actor
// Everything a person or organisation is reported as saying: the relations attributed to them
// ("X said that ..."), newest first. Found through the documents that mention the speaker.
// param name: string, example "Rustem Umerov" - the speaker's name or one of its aliases
// param limit: integer = 50, example 20 - rows at most
MATCH (speaker:Entity)
WHERE toLower($name) IN speaker.lookup
MATCH (d:Document)-[:MENTIONS]->(speaker)
MATCH (d)-[:MENTIONS]->(s:Entity)-[r]->(t:Entity)
WHERE r.doc_id = d.id AND r.attributed_to = speaker.id
RETURN speaker.name AS speaker, s.name AS source, type(r) AS relation, t.name AS target, r.theme AS what,
       r.polarity AS polarity, r.modality AS modality, d.outlet AS outlet,
       coalesce(r.date, d.published) AS date, r.sentence AS sentence
ORDER BY date DESC, relation, source, target
LIMIT $limit;
